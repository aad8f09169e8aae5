/** What formatters get besides the report: rule metadata (for SARIF's rule list) and display options. */
import type { Messages, Severity } from "../core/types.js";

export interface RuleMeta {
  id: string;
  section: string | null;
  layer: string | null;
  severity: Severity;
  /** The source text the rule encodes (Norwegian), empty for built-in checks. */
  quote: string;
  /** A one-line description in both languages (the rule's general message). */
  description: Messages;
}

export interface FormatOptions {
  quiet?: boolean;
  color?: boolean;
  /** Every rule that may appear in the report (policy rules and built-in checks). */
  rules?: RuleMeta[];
  /** The path separator of the file names in the report (default: this platform's). */
  pathSep?: "/" | "\\";
}
