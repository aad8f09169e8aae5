/** `--format text`: reads like ESLint's stylish output, in Norwegian or English. */

import { msg, type Template } from "../core/messages/index.js";
import { exitCodeOf, type FailOn, type Report } from "../core/report/report.js";
import type { Finding, Lang, Verdict } from "../core/types.js";
import { escapeControls } from "./escape.js";
import { FMT } from "./messages/report.js";
import type { FormatOptions } from "./types.js";
import { byLang, counted } from "./words.js";

type TextOptions = FormatOptions;

/** A severity's word in both languages. */
export const SEVERITY_WORD: Record<Finding["severity"], Template> = {
  error: FMT.severityError,
  warning: FMT.severityWarning,
  info: FMT.severityInfo,
};

/** A verdict's word in both languages. */
export const VERDICT_WORD: Record<Verdict, Template> = {
  compliant: FMT.verdictCompliant,
  "non-compliant": FMT.verdictNonCompliant,
  invalid: FMT.verdictInvalid,
};

/** A severity's word per language: SEVERITY.nb.error is «feil». */
export const SEVERITY: Record<Lang, Record<Finding["severity"], string>> = byLang(SEVERITY_WORD);

/** A verdict's word per language: VERDICT.en["non-compliant"] is «non-compliant». */
export const VERDICT: Record<Lang, Record<string, string>> = byLang(VERDICT_WORD);

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
    const sev = waived ? FMT.waived[lang] : SEVERITY[lang][f.severity];
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
      out.push(`  ${FMT.waivedHeading[lang]}`);
      out.push(...rows(r.waived, lang, color, true));
    }
    yield `${out.join("\n")}\n\n`;
  }
  const out: string[] = [];
  if (report.skipped.length > 0) {
    out.push(FMT.skippedHeading[lang]);
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
  const skipped = report.skipped.length;
  return msg(FMT.summary, {
    mark,
    files: counted(s.files, FMT.agreementsOne, FMT.agreementsMany),
    compliant: s.compliant,
    nonCompliant: s.nonCompliant,
    invalid: counted(s.invalid, FMT.invalidOne, FMT.invalidMany),
    errors: counted(s.errors, FMT.errorsOne, FMT.errorsMany),
    warnings: counted(s.warnings, FMT.warningsOne, FMT.warningsMany),
    infos: counted(s.infos, FMT.infosOne, FMT.infosMany),
    waived: s.waived ? msg(FMT.summaryWaived, { n: s.waived }) : "",
    skipped: skipped ? counted(skipped, FMT.summarySkippedOne, FMT.summarySkippedMany) : "",
  })[lang];
}
