/** `--format json`: the report of SPEC 7, messages in the chosen language. */
import type { Report } from "../core/report.js";
import type { Finding, Lang } from "../core/types.js";

function finding(f: Finding, lang: Lang) {
  const { message, related, ...rest } = f;
  return { ...rest, message: message[lang], ...(related ? { related } : {}) };
}

export function toJsonReport(report: Report) {
  const lang = report.lang;
  return {
    version: report.version,
    lang,
    summary: report.summary,
    results: report.results.map((r) => ({
      ...r,
      findings: r.findings.map((f) => finding(f, lang)),
      waived: r.waived.map((f) => finding(f, lang)),
    })),
  };
}

export function formatJson(report: Report): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
