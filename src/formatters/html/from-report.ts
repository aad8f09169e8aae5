/** `--format html`: the HTML report's input, taken from a validation report (run with `about`). */
import type { Report } from "../../core/report/report.js";
import type { FormatOptions } from "../types.js";
import type { HtmlAgreement, HtmlInput } from "./model.js";
import { renderHtmlReport } from "./render.js";

export function htmlInput(report: Report, opts: FormatOptions): HtmlInput {
  const agreements: HtmlAgreement[] = report.results.map((r) => ({
    file: r.file,
    agreementId: r.agreementId,
    verdict: r.verdict,
    unit: { faculty: r.about?.unit.faculty ?? null, department: r.about?.unit.department ?? null },
    period: { start: r.about?.period.start ?? null, end: r.about?.period.end ?? null },
    employeeId: r.about?.employeeId ?? null,
    homeDays: r.about?.homeDays ?? null,
    findings: r.findings,
    waived: r.waived,
    passed: r.about?.passed ?? [],
  }));
  return {
    lang: opts.lang,
    asOf: opts.asOf ?? new Date().toISOString().slice(0, 10),
    agreements,
    rules: opts.rules ?? [],
    chains: report.chains ?? [],
    policySources: report.policySources,
    redacted: opts.redacted === true,
  };
}

export function* htmlChunks(report: Report, opts: FormatOptions): Generator<string> {
  yield renderHtmlReport(htmlInput(report, opts));
}
