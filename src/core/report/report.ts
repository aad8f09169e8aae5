/** Verdicts, counts and the exit code, decided in one place. */

import type { Skipped } from "../parse/files.js";
import type { RenewalChain } from "../repository/repository.js";
import type { FileResult, Finding, Severity, Verdict } from "../types.js";
import { SEVERITY_RANK } from "../types.js";

export type FailOn = Severity | "never";

export interface Summary {
  files: number;
  compliant: number;
  nonCompliant: number;
  invalid: number;
  errors: number;
  warnings: number;
  infos: number;
  waived: number;
}

export interface Report {
  /** The policy folders the run used (SPEC 6). */
  policySources: string[];
  /** Renewal chains near `maxConsecutiveMonths` (only when the run describes agreements). */
  chains?: RenewalChain[];
  version: 1;
  summary: Summary;
  results: FileResult[];
  /** Paths found but not read (hidden or too deep folders, links, non-regular files), with why. */
  skipped: Skipped[];
}

export function verdictOf(findings: Finding[], invalid: boolean): Verdict {
  if (invalid) return "invalid";
  return findings.some((f) => f.severity === "error") ? "non-compliant" : "compliant";
}

const ORDER = (a: Finding, b: Finding) =>
  a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

export function buildReport(
  results: FileResult[],
  skipped: Skipped[] = [],
  policySources: string[] = [],
): Report {
  const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const summary: Summary = {
    files: 0,
    compliant: 0,
    nonCompliant: 0,
    invalid: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    waived: 0,
  };
  for (const r of sorted) {
    r.findings.sort(ORDER);
    r.waived.sort(ORDER);
    summary.files++;
    if (r.verdict === "compliant") summary.compliant++;
    else if (r.verdict === "non-compliant") summary.nonCompliant++;
    else summary.invalid++;
    for (const f of r.findings) {
      if (f.severity === "error") summary.errors++;
      else if (f.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
    summary.waived += r.waived.length;
  }
  return { version: 1, summary, results: sorted, skipped, policySources };
}

/** 1 when an agreement is invalid or has a finding at or above `failOn`; else 0. */
export function exitCodeOf(report: Report, failOn: FailOn): 0 | 1 {
  if (report.summary.invalid > 0) return 1;
  if (failOn === "never") return 0;
  const threshold = SEVERITY_RANK[failOn];
  return report.results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}
