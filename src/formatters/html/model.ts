/**
 * The input of the HTML report (SPEC 9). The renderer is pure: the pipeline collects this data
 * (results, facts, repository-level chains) and `renderHtmlReport` turns it into one
 * self-contained HTML file. Every value is shown as given, so redaction happens before.
 */
import type { Finding, Lang, Verdict } from "../../core/types.js";
import type { RuleMeta } from "../types.js";

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export interface HtmlAgreement {
  file: string;
  agreementId: string | null;
  verdict: Verdict;
  /** Codes as written in the agreement; null when unknown (e.g. an invalid agreement). */
  unit: { faculty: string | null; department: string | null };
  /** ISO dates (YYYY-MM-DD), inclusive; null when missing. */
  period: { start: string | null; end: string | null };
  /** Already redacted when --redact. */
  employeeId: string | null;
  /** For each weekday: the share of cycle weeks in which it is a home day (0..1); null when unknown. */
  homeDays: Record<Weekday, number> | null;
  findings: Finding[];
  waived: Finding[];
  /** Ids of the rules of the agreement's policy that ran and gave no finding. */
  passed: string[];
}

/** One employee's back-to-back agreements (the `not-permanent` rule's view). */
export interface HtmlChain {
  employeeId: string;
  files: string[];
  /** ISO dates: the first agreement's start and the last one's end. */
  start: string;
  end: string;
  /** Months the chain covers, and `maxConsecutiveMonths` of the policy. */
  months: number;
  limitMonths: number;
}

export interface HtmlInput {
  lang: Lang;
  /** The `--as-of` date (YYYY-MM-DD): statuses, "ending soon" and presence are computed for it. */
  asOf: string;
  /** When the report was made (ISO date-time); omitted for reproducible output. */
  generatedAt?: string;
  agreements: HtmlAgreement[];
  /** Metadata of every rule that may appear (for quotes, descriptions and the rule list). */
  rules: RuleMeta[];
  /** Renewal chains near (or over) `maxConsecutiveMonths`, as the pipeline selected them. */
  chains: HtmlChain[];
  /** The policy folders the run used (SPEC 6). */
  policySources?: string[];
  /** True when --redact replaced names and ids: the report says so. */
  redacted?: boolean;
}
