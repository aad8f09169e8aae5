/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding
 * (`::error` / `::warning` / `::notice`), then a plain summary line. Waived findings are not
 * annotated. With `quiet`, only errors are annotated (as in the text format).
 */
import { sep as pathSep } from "node:path";
import type { Report } from "../core/report/report.js";
import type { Finding, Lang, Severity } from "../core/types.js";
import { escapeControlsButLineEnds } from "./escape.js";
import { FMT } from "./messages/report.js";
import { sectionLabel, summaryLine } from "./text.js";
import type { FormatOptions } from "./types.js";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = {
  error: "error",
  warning: "warning",
  info: "notice",
};

/**
 * Escapes a command's message: GitHub's escapeData (%, CR, LF), after every other control and
 * bidi character is made visible (ESC or OSC 8 would reach the log viewer raw).
 */
export function escapeData(s: string): string {
  return escapeControlsButLineEnds(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a command property value (GitHub's escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** A file name as GitHub names it: with `/`, converting a backslash only where it is the separator (Windows). */
function githubPath(file: string, sep: string): string {
  return sep === "\\" ? file.replace(/\\/g, "/") : file;
}

function annotation(file: string, f: Finding, lang: Lang, sep: string): string {
  const title = f.section ? `${f.ruleId} (${sectionLabel(f.section)})` : f.ruleId;
  const props = [
    `file=${escapeProperty(githubPath(file, sep))}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `title=${escapeProperty(title)}`,
  ].join(",");
  // Repository-level messages name the related files themselves.
  return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message[lang])}`;
}

/** The annotations in pieces, one agreement's at a time (see formatChunks). */
export function* githubChunks(report: Report, opts: FormatOptions): Generator<string> {
  const lang = opts.lang;
  for (const r of report.results) {
    const lines: string[] = [];
    for (const f of r.findings) {
      if (opts.quiet && f.severity !== "error") continue;
      lines.push(`${annotation(r.file, f, lang, opts.pathSep ?? pathSep)}\n`);
    }
    if (lines.length > 0) yield lines.join("");
  }
  // A path not read may hold a non-compliant agreement: a warning, not only a line in the log.
  const title = FMT.skippedTitle[lang];
  const lines: string[] = [];
  for (const s of report.skipped) {
    lines.push(`::warning title=${escapeProperty(title)}::${escapeData(`${s.path}: ${s.reason[lang]}`)}\n`);
  }
  lines.push(`${summaryLine(report, lang, opts.failOn)}\n`);
  yield lines.join("");
}

export function formatGithub(report: Report, opts: FormatOptions): string {
  return [...githubChunks(report, opts)].join("");
}
