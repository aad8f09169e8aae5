/** `--format json`: the report of SPEC 7, messages in the chosen language. */
import type { Report } from "../core/report/report.js";
import type { FileResult, Finding, Lang } from "../core/types.js";
import { jsonPieces } from "./stream.js";

function finding(f: Finding, lang: Lang) {
  const { message, related, relatedOmitted, ...rest } = f;
  return {
    ...rest,
    message: message[lang],
    ...(related ? { related } : {}),
    ...(relatedOmitted ? { relatedOmitted } : {}),
  };
}

function result(r: FileResult, lang: Lang) {
  const { about: _about, ...rest } = r;
  return {
    ...rest,
    findings: r.findings.map((f) => finding(f, lang)),
    waived: r.waived.map((f) => finding(f, lang)),
  };
}

export function toJsonReport(report: Report, lang: Lang) {
  return {
    version: report.version,
    lang,
    summary: report.summary,
    policySources: report.policySources,
    skipped: report.skipped.map((s) => ({ path: s.path, reason: s.reason[lang] })),
    results: report.results.map((r) => result(r, lang)),
  };
}

/**
 * The report as JSON.stringify(toJsonReport(report, lang), null, 2) writes it, in pieces of one result
 * each, so that a large report is written out without ever being one string in memory.
 */
export function jsonChunks(report: Report, lang: Lang): Generator<string> {
  const head = toJsonReport({ ...report, results: [] }, lang);
  const results = (function* () {
    for (const r of report.results) yield result(r, lang);
  })();
  return jsonPieces((list) => ({ ...head, results: list }), results, report.results.length);
}

export function formatJson(report: Report, lang: Lang): string {
  return [...jsonChunks(report, lang)].join("");
}
