/** One entry point for every output format; the CI formats are loaded only when asked for. */
import type { Report } from "../core/report/report.js";
import { formatJson, jsonChunks } from "./json.js";
import { formatText, textChunks } from "./text.js";
import type { FormatOptions } from "./types.js";

export type FormatName = "text" | "json" | "junit" | "sarif" | "github";

export async function format(name: FormatName, report: Report, opts: FormatOptions): Promise<string> {
  switch (name) {
    case "json":
      return formatJson(report);
    case "junit":
      return (await import("./junit.js")).formatJunit(report, opts);
    case "sarif":
      return (await import("./sarif.js")).formatSarif(report, opts);
    case "github":
      return (await import("./github.js")).formatGithub(report, opts);
    default:
      return formatText(report, opts);
  }
}

/**
 * The same output in pieces, for writing: one agreement at a time, so that a run over many
 * agreements never holds the whole report as one string.
 */
export async function formatChunks(
  name: FormatName,
  report: Report,
  opts: FormatOptions,
): Promise<Iterable<string>> {
  switch (name) {
    case "json":
      return jsonChunks(report);
    case "junit":
      return (await import("./junit.js")).junitChunks(report, opts);
    case "sarif":
      return (await import("./sarif.js")).sarifChunks(report, opts);
    case "github":
      return (await import("./github.js")).githubChunks(report, opts);
    default:
      return textChunks(report, opts);
  }
}
