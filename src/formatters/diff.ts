/** Text and JSON output of `policy diff`. */

import { msg } from "../core/messages/index.js";
import type { PolicyDiff } from "../core/report/diff.js";
import type { Finding, Lang } from "../core/types.js";
import { escapeControls } from "./escape.js";
import { FMT } from "./messages/report.js";
import { SEVERITY, VERDICT } from "./text.js";
import { counted } from "./words.js";

function line(sign: string, f: Finding, lang: Lang): string {
  return `  ${sign} ${f.line}:${f.column}  ${SEVERITY[lang][f.severity]}  ${escapeControls(`${f.ruleId}  ${f.message[lang]}`)}`;
}

export function formatDiffText(diff: PolicyDiff, lang: Lang): string {
  const out: string[] = [];
  for (const c of diff.changes) {
    const verdict =
      c.before === c.after
        ? VERDICT[lang][c.after]
        : `${VERDICT[lang][c.before]} → ${VERDICT[lang][c.after]}`;
    out.push(`${escapeControls(c.file)}  (${verdict})`);
    for (const f of c.added) out.push(line("+", f, lang));
    for (const f of c.removed) out.push(line("-", f, lang));
    for (const ch of c.changed) {
      out.push(
        `  ~ ${ch.line}:${ch.column}  ${escapeControls(ch.ruleId)}  ${SEVERITY[lang][ch.from]} → ${SEVERITY[lang][ch.to]}`,
      );
    }
    out.push("");
  }
  const verdicts = diff.changes.filter((c) => c.before !== c.after).length;
  const changed = diff.changes.length;
  const summary = changed === 1 ? FMT.diffSummaryOne : FMT.diffSummaryMany;
  out.push(
    msg(summary, { changed, files: counted(diff.files, FMT.agreementsOne, FMT.agreementsMany), verdicts })[
      lang
    ],
  );
  return `${out.join("\n")}\n`;
}

export function formatDiffJson(diff: PolicyDiff, lang: Lang): string {
  const f = (x: Finding) => ({ ...x, message: x.message[lang] });
  return `${JSON.stringify(
    {
      version: 1,
      summary: {
        files: diff.files,
        changed: diff.changes.length,
        verdictsChanged: diff.changes.filter((c) => c.before !== c.after).length,
      },
      changes: diff.changes.map((c) => ({ ...c, added: c.added.map(f), removed: c.removed.map(f) })),
    },
    null,
    2,
  )}\n`;
}
