import type { FailOn } from "../core/report/report.js";
import type { Lang } from "../core/types.js";

export type { RuleMeta } from "../core/report/rules.js";

import type { RuleMeta } from "../core/report/rules.js";

export interface FormatOptions {
  /** The language of every message and label: chosen here, at the edge, never stamped on the report. */
  lang: Lang;
  /** The date an agreement's status (active, expired, upcoming) is judged on (HTML report). */
  asOf?: string;
  /** The severity at which an agreement fails (JUnit); default `error`. */
  failOn?: FailOn;
  /** Names and ids were replaced (--redact): the HTML report says so. */
  redacted?: boolean;
  quiet?: boolean;
  color?: boolean;
  /** Every rule that may appear in the report (policy rules and built-in checks). */
  rules?: RuleMeta[];
  /** The path separator of the file names in the report (default: this platform's). */
  pathSep?: "/" | "\\";
}
