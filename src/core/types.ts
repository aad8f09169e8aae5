/** Shared data types of the core. Findings are data; formatting happens at the edge. */

export type Severity = "error" | "warning" | "info";
export type Lang = "nb" | "en";
export interface Messages {
  nb: string;
  en: string;
}

/** One defect in one agreement. `line` and `column` are 1-based and point into the agreement file. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  section: string | null;
  layer: string | null;
  message: Messages;
  path: string;
  line: number;
  column: number;
  /** Other files involved (repository-level rules): at most 10 of them. */
  related?: string[];
  /** How many further files are involved but not listed in `related`. */
  relatedOmitted?: number;
}

export type Verdict = "compliant" | "non-compliant" | "invalid";

export interface FileResult {
  file: string;
  agreementId: string | null;
  verdict: Verdict;
  layers: string[];
  findings: Finding[];
  waived: Finding[];
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A problem with the run itself (usage, unreadable path, invalid policy): exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly messages: Messages,
    readonly details: Messages[] = [],
  ) {
    super(messages.en);
    this.name = "UsageError";
  }
}
