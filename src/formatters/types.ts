export type { RuleMeta } from "../core/report/rules.js";

import type { RuleMeta } from "../core/report/rules.js";

export interface FormatOptions {
  quiet?: boolean;
  color?: boolean;
  /** Every rule that may appear in the report (policy rules and built-in checks). */
  rules?: RuleMeta[];
  /** The path separator of the file names in the report (default: this platform's). */
  pathSep?: "/" | "\\";
}
