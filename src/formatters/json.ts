/** `--format json`: the report of SPEC 7, messages in the chosen language. */
import type { Report } from "../core/report.js";
import type { FileResult, Finding, Lang } from "../core/types.js";

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
  return {
    ...r,
    findings: r.findings.map((f) => finding(f, lang)),
    waived: r.waived.map((f) => finding(f, lang)),
  };
}

export function toJsonReport(report: Report) {
  const lang = report.lang;
  return {
    version: report.version,
    lang,
    summary: report.summary,
    skipped: report.skipped.map((s) => ({ path: s.path, reason: s.reason[lang] })),
    results: report.results.map((r) => result(r, lang)),
  };
}

/**
 * The report as JSON.stringify(toJsonReport(report), null, 2) writes it, in pieces of one result
 * each, so that a large report is written out without ever being one string in memory.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const top = JSON.stringify(toJsonReport({ ...report, results: [] }), null, 2);
  if (report.results.length === 0) {
    yield `${top}\n`;
    return;
  }
  // `top` ends in `"results": []\n}`: open the list there and write each result indented by 4.
  yield `${top.slice(0, top.length - "[]\n}".length)}[\n`;
  let first = true;
  for (const r of report.results) {
    const text = JSON.stringify(result(r, report.lang), null, 2).replace(/\n/g, "\n    ");
    yield `${first ? "" : ",\n"}    ${text}`;
    first = false;
  }
  yield "\n  ]\n}\n";
}

export function formatJson(report: Report): string {
  return [...jsonChunks(report)].join("");
}
