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

/** What the HTML report needs to know of an agreement beyond its findings (never in the JSON report). */
export interface AgreementAbout {
  unit: { faculty: string; department: string | null };
  period: { start: string; end: string | null };
  employeeId: string;
  /** For each weekday: the share of the cycle's weeks in which it is a home day (0..1). */
  homeDays: Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", number>;
  /** Ids of the rules of the agreement's policy that ran and gave no finding. */
  passed: string[];
}

export interface FileResult {
  file: string;
  agreementId: string | null;
  verdict: Verdict;
  layers: string[];
  findings: Finding[];
  waived: Finding[];
  about?: AgreementAbout;
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
