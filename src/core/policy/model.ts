/**
 * The policy data model: layers as loaded, and one resolved (merged) policy per layer chain. A
 * layer's parameters and rules are what schemas/policy.schema.json describes (the generated types);
 * fact, operator and list names are plain strings here, as parameters extend the catalogue's names.
 */
import type { Message, Parameter, Policy, Rule } from "../../types/generated/policy.js";
import type { ParamSpec, ParamValue } from "../catalogue/params.js";
import type { Position } from "../parse/load.js";
import type { Messages, Severity } from "../types.js";

export type { ParamSpec, ParamType, ParamValue } from "../catalogue/params.js";

export type Override = NonNullable<Parameter["override"]>;

/** Our own keys on any node of a condition tree: where a finding points, its message, its list. */
interface Own {
  path?: string;
  message?: Message;
  /** A list fact: one finding per element. */
  forEach?: string;
}

/** A comparison: a fact (or parameter), an operator of the catalogue, and a value or `{ fact }`. */
export interface LeafCondition extends Own {
  fact: string;
  operator: string;
  value: LeafValue;
}

type Scalar = number | string | boolean | null;
type LeafValue = Scalar | Scalar[] | { fact: string };

interface AllCondition extends Own {
  all: Condition[];
}

interface AnyCondition extends Own {
  any: Condition[];
}

interface NotCondition extends Own {
  not: Condition;
}

/** A json-rules-engine condition tree, with our own `path`, `message` and `forEach` on any node. */
export type Condition = LeafCondition | AllCondition | AnyCondition | NotCondition;

/** A parameter as a layer writes it: declared with its type and override, or only a new value. */
export type ParamEntry = Parameter;

/** A rule as a layer writes it: a new rule in full, or a change to one declared above. */
export interface RuleEntry extends Omit<Rule, "when" | "forEach"> {
  forEach?: string;
  when?: Condition;
}

/** The fact a leaf's value refers to (`value: { fact: … }`), or null for a literal value. */
export function valueFact(leaf: LeafCondition): string | null {
  const v = leaf.value;
  return v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.fact === "string"
    ? v.fact
    : null;
}

/** The parts checked on their own: each branch of a top-level `any`, else the whole condition. */
export function branchesOf(when: Condition): Condition[] {
  return "any" in when ? when.any : [when];
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
  effective: Policy["effective"];
  extends?: { id: string; range: string };
  appliesTo: NonNullable<Policy["appliesTo"]>;
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
