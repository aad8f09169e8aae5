/**
 * The handbook (SPEC 8.5): what it is built from, and the view it is rendered from. The view holds
 * every text already in the chosen language and unescaped; each renderer escapes for its format.
 */

import type { Coverage } from "../../core/policy/coverage.js";
import type { ResolvedPolicy } from "../../core/policy/model.js";
import type { ParsedSource } from "../../core/policy/sources.js";
import type { RepositoryRuleInfo } from "../../core/repository/repository.js";
import type { Lang, Severity } from "../../core/types.js";

export interface HandbookInput {
  policy: ResolvedPolicy;
  unit: { faculty?: string; department?: string };
  /** The date the policy is in force on (YYYY-MM-DD). */
  date: string;
  /** The parsed source text of each layer that has one, keyed by layer id. */
  sources: Record<string, ParsedSource>;
  /** The coverage tables; each belongs to the source its `source` names. */
  coverage: Coverage[];
  /** The repository-level rules (`repositoryRules()`); those of layers not in force are left out. */
  repositoryRules: RepositoryRuleInfo[];
}

export interface HandbookOptions {
  lang: Lang;
  format: "html" | "markdown";
}

/** A piece of a rule message: text, a parameter's value, or a placeholder filled per agreement. */
export type MessagePart =
  | { kind: "text"; text: string }
  | { kind: "param"; name: string; text: string }
  | { kind: "placeholder"; name: string };

export interface RuleView {
  id: string;
  anchor: string;
  layer: string | null;
  section: string | null;
  severity: Severity;
  /** null for repository rules, which have no such flag. */
  mandatory: boolean | null;
  exceptionAllowed: boolean | null;
  enabled: boolean;
  repository: boolean;
  message: MessagePart[];
  quote: string;
  /** "layer, file:line" where declared; and each lower layer that changed it. */
  declaredAt: string | null;
  changedAt: string[];
}

export interface ParamView {
  name: string;
  value: string;
  section: string | null;
  basis: string;
  override: string;
  description: string | null;
  setBy: string;
  setAt: string;
  declaredBy: string;
  declaredAt: string;
}

export interface SectionView {
  anchor: string;
  id: string;
  heading: string;
  /** 1 for a top-level section of its source, 2 for a subsection, … */
  depth: number;
  /** The section's own markdown body (subsections are sections of their own). */
  text: string;
  rules: RuleView[];
  params: ParamView[];
}

export interface SourceView {
  anchor: string;
  layer: string;
  name: string;
  /** Where the source text is: `sources/<name>.md` beside the layer's file. */
  file: string;
  title: string;
  sections: SectionView[];
}

export interface LayerView {
  id: string;
  version: string;
  file: string;
  title: string | null;
  level: string;
  effective: string;
  example: boolean;
  hasSource: boolean;
}

export interface ChangeItem {
  kind: "rule-added" | "rule-changed" | "param-declared" | "param-changed";
  subject: string;
  detail: string;
  at: string;
}

export interface ChangeView {
  layer: string;
  example: boolean;
  items: ChangeItem[];
}

export interface CoverageView {
  anchor: string;
  source: string;
  title: string;
  rows: {
    section: string;
    text: string;
    rules: { id: string; anchor: string | null }[];
    reason: string | null;
  }[];
  totals: { norms: number; encoded: number; notCheckable: number };
}

export interface HandbookView {
  lang: Lang;
  title: string;
  unit: string;
  date: string;
  layers: LayerView[];
  sources: SourceView[];
  /** Rules whose section stands in no source text in force. */
  unplaced: RuleView[];
  params: ParamView[];
  /** One per faculty or department layer in force, in chain order. */
  changes: ChangeView[];
  coverage: CoverageView[];
}
