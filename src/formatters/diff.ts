/** Text and JSON output of `policy diff`. */
import { msg } from "../core/messages/index.js";
import type { PolicyDiff } from "../core/report/diff.js";
import type { Finding, Lang } from "../core/types.js";
import { escapeControls } from "./escape.js";
import { FMT_POLICY } from "./messages/policy.js";
import { SEVERITY, VERDICT } from "./text.js";

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
  out.push(
    msg(FMT_POLICY.diffSummary, {
      changed: diff.changes.length,
      files: diff.files,
      agreements: diff.files === 1 ? FMT_POLICY.agreementOne : FMT_POLICY.agreementMany,
      verb: diff.changes.length === 1 ? FMT_POLICY.changesOne : FMT_POLICY.changesMany,
      verdicts,
    })[lang],
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
