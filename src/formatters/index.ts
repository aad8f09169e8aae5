/**
 * Every output format of a validation report, in one registry: the CLI takes its `--format`
 * choices from it, and a new format is one file and one line here. Formats are loaded only when
 * asked for, and write one agreement at a time (a large report is never one string in memory).
 */
import type { Report } from "../core/report/report.js";
import type { FormatOptions } from "./types.js";

/** A format: the report in pieces, in the language and with the rule catalogue of `opts`. */
type Formatter = (report: Report, opts: FormatOptions) => Promise<Iterable<string>>;

const FORMATTERS = {
  text: async (report, opts) => (await import("./text.js")).textChunks(report, opts),
  json: async (report, opts) => (await import("./json.js")).jsonChunks(report, opts.lang),
  junit: async (report, opts) => (await import("./junit.js")).junitChunks(report, opts),
  sarif: async (report, opts) => (await import("./sarif.js")).sarifChunks(report, opts),
  github: async (report, opts) => (await import("./github.js")).githubChunks(report, opts),
  html: async (report, opts) => (await import("./html/from-report.js")).htmlChunks(report, opts),
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

/** The report in pieces, for writing. */
export function formatChunks(
  name: FormatName,
  report: Report,
  opts: FormatOptions,
): Promise<Iterable<string>> {
  return FORMATTERS[name](report, opts);
}

/** The report as one string (tests, the library API). */
export async function format(name: FormatName, report: Report, opts: FormatOptions): Promise<string> {
  return [...(await formatChunks(name, report, opts))].join("");
}
