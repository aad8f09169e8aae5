/**
 * `--format json` of `policy lint` and `policy test` when the run is refused (exit 2): one object
 * on stdout, so that a CI step that parses the output gets the problems too, not an empty stream.
 * The same problems still go to stderr as text.
 */
import type { PolicyRefused } from "../core/run/run.js";
import type { Lang, UsageError } from "../core/types.js";

/** `version`, the message, and for a refused policy or test file each problem with its place. */
export function formatRefusalJson(err: UsageError, lang: Lang): string {
  const problems = "problems" in err ? (err as PolicyRefused).problems : undefined;
  const doc = {
    version: 1,
    error: err.messages[lang],
    ...(problems
      ? {
          problems: problems.map((p) => ({
            file: p.file,
            line: p.line,
            column: p.column,
            guarantee: p.guarantee,
            subject: p.subject,
            message: p.messages[lang],
          })),
        }
      : { details: err.details.map((d) => d[lang]) }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
