/** The policy data model: layers as loaded, and one resolved (merged) policy per layer chain. */
import type { Position } from "../parse/load.js";
import type { Messages, Severity } from "../types.js";

export type Override = "lower" | "higher" | "subset" | "superset" | "fixed" | "free";
export type ParamValue = number | string | boolean | string[] | { start: string; end: string };
export type { ParamSpec, ParamType } from "../catalogue/params.js";

import type { ParamSpec } from "../catalogue/params.js";

/** A json-rules-engine condition, possibly with our own `path` and `message` on a branch. */
export type Condition = Record<string, unknown>;

export interface ParamEntry extends Partial<ParamSpec> {
  value: ParamValue;
  section?: string;
  basis?: "regulation" | "guideline" | "interpretation";
  override?: Override;
  /** What the parameter means, in both languages; given where it is declared. */
  description?: Messages;
}

export interface RuleEntry {
  id: string;
  section?: string;
  quote?: string;
  severity?: Severity;
  mandatory?: boolean;
  exceptionAllowed?: boolean;
  enabled?: boolean;
  path?: string;
  forEach?: string;
  when?: Condition;
  message?: Messages;
  help?: Messages;
}

export interface Layer {
  file: string;
  /** Index of the --policies folder the layer came from (0: the first, which holds the central layers). */
  source?: number;
  /** The name of the layer's source text, `<layer folder>/sources/<name>.md` (SPEC 8.1). */
  sourceName?: string;
  id: string;
  version: string;
  title?: string;
  example: boolean;
  effective: { from: string; to?: string };
  extends?: { id: string; range: string };
  appliesTo: { faculty?: string; department?: string };
  parameters: Record<string, ParamEntry>;
  rules: RuleEntry[];
  positionOf(pointer: string, opts?: { key?: boolean }): Position;
}

export interface Origin {
  layer: string;
  file: string;
  line: number;
  column: number;
}

export interface ResolvedParam {
  name: string;
  value: ParamValue;
  spec: ParamSpec;
  section: string | null;
  basis: string | null;
  override: Override;
  /** The declaring layer's description, or null when it gives none. */
  description: Messages | null;
  declaredBy: Origin;
  setBy: Origin;
}

export interface ResolvedRule {
  id: string;
  /** The layer that owns (declared) the rule. */
  layer: string;
  section: string;
  quote: string;
  severity: Severity;
  mandatory: boolean;
  exceptionAllowed: boolean;
  enabled: boolean;
  path: string;
  forEach: string | null;
  when: Condition;
  message: Messages;
  help: Messages | null;
  declaredBy: Origin;
  /** Lower layers that changed the rule, in order. */
  changedBy: Origin[];
}

export interface ResolvedPolicy {
  /** `id@version` of each layer, national first. */
  key: string;
  layers: Layer[];
  params: Map<string, ResolvedParam>;
  rules: ResolvedRule[];
}

/** A refusal: a layer that breaks a guarantee or refers to something unknown. */
export interface PolicyProblem {
  file: string;
  line: number;
  column: number;
  /** What the problem is about: a parameter, a rule id, a key. */
  subject: string;
  guarantee: string;
  messages: Messages;
}

/** A problem at the node a JSON pointer names in a layer's file. */
export function problemAt(
  layer: Layer,
  pointer: string,
  subject: string,
  guarantee: string,
  messages: Messages,
): PolicyProblem {
  const pos = layer.positionOf(pointer);
  return { file: layer.file, line: pos.line, column: pos.column, subject, guarantee, messages };
}
