/**
 * Output of `policy lint`: the summary (text on stdout), each warning as a line (text on stderr),
 * or one JSON object with both.
 */
import { msg } from "../core/messages/index.js";
import type { LintWarning, PolicyLint } from "../core/run/lint.js";
import type { Lang } from "../core/types.js";
import { escapeControls } from "./escape.js";
import { FMT_POLICY } from "./messages/policy.js";
import { counted } from "./words.js";

/** Each warning on a line of its own: `file[:line:column]: warning: message`. */
export function formatLintWarnings(lint: PolicyLint, lang: Lang): string {
  return lint.warnings.map((w) => `${escapeControls(warningLine(w)[lang])}\n`).join("");
}

function warningLine(w: LintWarning) {
  const at = w.line === undefined ? w.file : `${w.file}:${w.line}:${w.column ?? 1}`;
  return msg(FMT_POLICY.warningAt, { at, message: w.messages });
}

/** The summary line: layers, rules and folders checked, and how many warnings. */
export function formatLintText(lint: PolicyLint, lang: Lang): string {
  const n = lint.warnings.length;
  const base = {
    layers: counted(lint.layers, FMT_POLICY.layersOne, FMT_POLICY.layersMany),
    rules: counted(lint.rules, FMT_POLICY.rulesOne, FMT_POLICY.rulesMany),
    where: escapeControls(lint.policies.join(", ")),
  };
  const summary =
    n === 0
      ? msg(FMT_POLICY.lintAccepted, base)
      : msg(FMT_POLICY.lintAcceptedWarnings, {
          ...base,
          warnings: counted(n, FMT_POLICY.warningsOne, FMT_POLICY.warningsMany),
        });
  return `✔ ${summary[lang]}\n`;
}

/** One object: `version`, the counts, the policy folders, and each warning with its message in `lang`. */
export function formatLintJson(lint: PolicyLint, lang: Lang): string {
  const doc = {
    version: 1,
    summary: { layers: lint.layers, rules: lint.rules, warnings: lint.warnings.length },
    policies: lint.policies,
    warnings: lint.warnings.map((w) => ({
      kind: w.kind,
      file: w.file,
      ...(w.line === undefined ? {} : { line: w.line, column: w.column }),
      subject: w.subject,
      message: w.messages[lang],
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
