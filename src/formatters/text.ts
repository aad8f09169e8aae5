/** `--format text`: reads like ESLint's stylish output, in Norwegian or English. */
import { exitCodeOf, type FailOn, type Report } from "../core/report/report.js";
import type { Finding, Lang } from "../core/types.js";
import { escapeControls } from "./escape.js";
import type { FormatOptions } from "./types.js";

type TextOptions = FormatOptions;

export const SEVERITY: Record<Lang, Record<Finding["severity"], string>> = {
  nb: { error: "feil", warning: "advarsel", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

export const VERDICT: Record<Lang, Record<string, string>> = {
  nb: { compliant: "i samsvar", "non-compliant": "ikke i samsvar", invalid: "ugyldig" },
  en: { compliant: "compliant", "non-compliant": "non-compliant", invalid: "invalid" },
};

/** "§ 2.4" for numbered sections, the name alone for "Innledning" or "Vedlegg 2". */
export function sectionLabel(section: string): string {
  return /^\d/.test(section) ? `§ ${section}` : section;
}

function paint(on: boolean, code: number, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

function rows(findings: Finding[], lang: Lang, color: boolean, waived = false): string[] {
  const cells = findings.map((f) => {
    const source = escapeControls(f.section ? `${f.ruleId} (${sectionLabel(f.section)})` : f.ruleId);
    const sev = waived ? (lang === "nb" ? "unntak" : "waived") : SEVERITY[lang][f.severity];
    // Repository-level messages name the related files themselves; file names and values in
    // messages come from the agreements, so every control character is escaped.
    const msg = escapeControls(f.message[lang]);
    return { pos: `${f.line}:${f.column}`, sev, severity: f.severity, msg, source };
  });
  const wPos = Math.max(0, ...cells.map((c) => c.pos.length));
  const wSev = Math.max(0, ...cells.map((c) => c.sev.length));
  return cells.map((c) => {
    const code = waived ? 90 : c.severity === "error" ? 31 : c.severity === "warning" ? 33 : 36;
    return `  ${paint(color, 2, c.pos.padEnd(wPos))}  ${paint(color, code, c.sev.padEnd(wSev))}  ${c.msg}  ${paint(color, 2, c.source)}`;
  });
}

/** The text report in pieces, one agreement's block at a time (see formatChunks). */
export function* textChunks(report: Report, opts: TextOptions): Generator<string> {
  const lang = opts.lang;
  const color = opts.color ?? false;
  for (const r of report.results) {
    const shown = opts.quiet ? r.findings.filter((f) => f.severity === "error") : r.findings;
    if (shown.length === 0 && (opts.quiet || r.waived.length === 0)) continue;
    const out = [`${paint(color, 4, escapeControls(r.file))}  (${VERDICT[lang][r.verdict]})`];
    out.push(...rows(shown, lang, color));
    if (!opts.quiet && r.waived.length > 0) {
      out.push(
        lang === "nb"
          ? "  Unntak (godkjent, ikke talt som feil):"
          : "  Waived (approved exception, not counted):",
      );
      out.push(...rows(r.waived, lang, color, true));
    }
    yield `${out.join("\n")}\n\n`;
  }
  const out: string[] = [];
  if (report.skipped.length > 0) {
    out.push(lang === "nb" ? "Hoppet over (ikke lest):" : "Skipped (not read):");
    for (const s of report.skipped)
      out.push(`  ${escapeControls(s.path)}  ${paint(color, 2, s.reason[lang])}`);
    out.push("");
  }
  out.push(paint(color, 1, summaryLine(report, lang, opts.failOn)));
  yield `${out.join("\n")}\n`;
}

export function formatText(report: Report, opts: TextOptions): string {
  return [...textChunks(report, opts)].join("");
}

/** The closing count line, shared by the text and GitHub formats; its mark says how the run ends: ✖ when it fails (exit 1), else ✔. */
export function summaryLine(report: Report, lang: Lang, failOn: FailOn = "error"): string {
  const s = report.summary;
  const mark = exitCodeOf(report, failOn) === 1 ? "✖" : "✔";
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const waived = (word: string) => (s.waived ? `, ${s.waived} ${word}` : "");
  const skipped = report.skipped.length;
  const nb = skipped ? `; ${n(skipped, "sti", "stier")} hoppet over` : "";
  const en = skipped ? `; ${n(skipped, "path", "paths")} skipped` : "";
  return lang === "nb"
    ? `${mark} ${n(s.files, "avtale", "avtaler")}: ${s.compliant} i samsvar, ${s.nonCompliant} ikke i samsvar, ${n(s.invalid, "ugyldig", "ugyldige")} — ${s.errors} feil, ${n(s.warnings, "advarsel", "advarsler")}, ${s.infos} info${waived("unntak")}${nb}`
    : `${mark} ${n(s.files, "agreement", "agreements")}: ${s.compliant} compliant, ${s.nonCompliant} non-compliant, ${s.invalid} invalid — ${n(s.errors, "error", "errors")}, ${n(s.warnings, "warning", "warnings")}, ${n(s.infos, "info", "infos")}${waived("waived")}${en}`;
}
