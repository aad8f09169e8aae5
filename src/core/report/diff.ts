/**
 * `policy diff`: what a policy change would do. The same agreements are judged under the old and
 * the new policy set; an agreement is listed when its verdict or findings change. Findings are
 * matched by rule id and JSON pointer, so a new parameter value in a message is not a change.
 */

import type { FileResult, Finding, Severity, Verdict } from "../types.js";
import type { Report } from "./report.js";

interface FindingChange {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  from: Severity;
  to: Severity;
}

interface FileDiff {
  file: string;
  agreementId: string | null;
  before: Verdict;
  after: Verdict;
  added: Finding[];
  removed: Finding[];
  changed: FindingChange[];
}

export interface PolicyDiff {
  files: number;
  changes: FileDiff[];
}

const key = (f: Finding) => `${f.ruleId}\u0000${f.path}`;

function countBy(findings: Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) m.set(key(f), [...(m.get(key(f)) ?? []), f]);
  return m;
}

function diffFile(a: FileResult, b: FileResult): FileDiff | undefined {
  const before = countBy(a.findings);
  const after = countBy(b.findings);
  const added: Finding[] = [];
  const removed: Finding[] = [];
  const changed: FindingChange[] = [];
  for (const [k, list] of after) {
    const old = before.get(k) ?? [];
    added.push(...list.slice(old.length));
    list.slice(0, old.length).forEach((f, i) => {
      const o = old[i];
      if (o && o.severity !== f.severity)
        changed.push({
          ruleId: f.ruleId,
          path: f.path,
          line: f.line,
          column: f.column,
          from: o.severity,
          to: f.severity,
        });
    });
  }
  for (const [k, list] of before) removed.push(...list.slice((after.get(k) ?? []).length));
  if (a.verdict === b.verdict && added.length === 0 && removed.length === 0 && changed.length === 0)
    return undefined;
  return {
    file: b.file,
    agreementId: b.agreementId,
    before: a.verdict,
    after: b.verdict,
    added,
    removed,
    changed,
  };
}

export function diffReports(before: Report, after: Report): PolicyDiff {
  const old = new Map(before.results.map((r) => [r.file, r]));
  const changes: FileDiff[] = [];
  for (const r of after.results) {
    const o = old.get(r.file);
    if (!o) continue;
    const d = diffFile(o, r);
    if (d) changes.push(d);
  }
  return { files: after.results.length, changes };
}
