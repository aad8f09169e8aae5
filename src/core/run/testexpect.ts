/**
 * Judging one policy test case: the verdict, and exactly the findings (and waived findings) the
 * case lists. Entries for one rule add up to the number of its findings expected; then each
 * finding is matched to one entry it fits (severity, `path`, `line`, message text), as a
 * bipartite matching, so the order of entries and findings never matters.
 */
import type { ExpectedList } from "../../types/generated/policy-test.js";
import type { FileResult, Finding, Messages, Severity, Verdict } from "../types.js";

export type Expected = ExpectedList[number];

export interface CaseExpect {
  verdict?: Verdict;
  findings?: ExpectedList;
  waived?: ExpectedList;
}

/** One finding expected: an entry of `count` n stands for n of these. */
interface Slot {
  ruleId: string;
  severity?: Severity;
  path?: string;
  line?: number;
  nb: string[];
  en: string[];
}

const list = (s: string | string[] | undefined): string[] => (s === undefined ? [] : [s].flat());

function slots(expected: ExpectedList): Slot[] {
  return expected.flatMap((e) => {
    if (typeof e === "string") return [{ ruleId: e, nb: [], en: [] }];
    const slot: Slot = {
      ruleId: e.ruleId,
      severity: e.severity,
      path: e.path,
      line: e.line,
      nb: list(e.message?.nb),
      en: list(e.message?.en),
    };
    return Array.from({ length: e.count ?? 1 }, () => slot);
  });
}

function fits(s: Slot, f: Finding): boolean {
  return (
    (s.severity === undefined || f.severity === s.severity) &&
    (s.path === undefined || f.path === s.path) &&
    (s.line === undefined || f.line === s.line) &&
    s.nb.every((t) => f.message.nb.includes(t)) &&
    s.en.every((t) => f.message.en.includes(t))
  );
}

/** Kuhn's augmenting paths: for each slot the finding it gets, or -1. Sizes are at most 100. */
function match(want: Slot[], got: Finding[]): number[] {
  const owner = new Array<number>(got.length).fill(-1);
  const assign = (i: number, seen: boolean[]): boolean => {
    for (let j = 0; j < got.length; j++) {
      if (seen[j] || !fits(want[i] as Slot, got[j] as Finding)) continue;
      seen[j] = true;
      if (owner[j] === -1 || assign(owner[j] as number, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < want.length; i++) assign(i, new Array<boolean>(got.length).fill(false));
  const mine = new Array<number>(want.length).fill(-1);
  owner.forEach((i, j) => {
    if (i >= 0) mine[i] = j;
  });
  return mine;
}

const q = (s: string) => JSON.stringify(s);

function describeSlot(s: Slot): Messages {
  const nb: string[] = [];
  const en: string[] = [];
  if (s.severity) {
    nb.push(`alvorlighetsgrad ${s.severity}`);
    en.push(`severity ${s.severity}`);
  }
  if (s.path !== undefined) {
    nb.push(`sti ${q(s.path)}`);
    en.push(`path ${q(s.path)}`);
  }
  if (s.line !== undefined) {
    nb.push(`linje ${s.line}`);
    en.push(`line ${s.line}`);
  }
  for (const t of s.nb) {
    nb.push(`meldingen (nb) inneholder ${q(t)}`);
    en.push(`message (nb) containing ${q(t)}`);
  }
  for (const t of s.en) {
    nb.push(`meldingen (en) inneholder ${q(t)}`);
    en.push(`message (en) containing ${q(t)}`);
  }
  return { nb: nb.join(", "), en: en.join(", ") };
}

/** A finding as the author needs to see it to correct the case, with the text of its line. */
function describeFinding(f: Finding, lines: string[]): Messages {
  const text = lines[f.line - 1]?.trim() ?? "";
  return {
    nb: `${f.severity}, sti ${q(f.path)}, linje ${f.line} (${q(text)}): ${q(f.message.nb)}`,
    en: `${f.severity}, path ${q(f.path)}, line ${f.line} (${q(text)}): ${q(f.message.en)}`,
  };
}

function compare(
  kind: "findings" | "waived",
  expected: ExpectedList,
  actual: Finding[],
  lines: string[],
): Messages[] {
  const want = new Map<string, Slot[]>();
  for (const s of slots(expected)) want.set(s.ruleId, [...(want.get(s.ruleId) ?? []), s]);
  const got = new Map<string, Finding[]>();
  for (const f of actual) got.set(f.ruleId, [...(got.get(f.ruleId) ?? []), f]);
  const label =
    kind === "findings" ? { nb: "funn", en: "findings" } : { nb: "unntak", en: "waived findings" };
  const reasons: Messages[] = [];
  for (const [id, w] of want) {
    const g = got.get(id) ?? [];
    if (g.length !== w.length) {
      reasons.push({
        nb: `forventet ${w.length} ${label.nb} for ${id}, fikk ${g.length}`,
        en: `expected ${w.length} ${label.en} of ${id}, got ${g.length}`,
      });
      continue;
    }
    const m = match(w, g);
    const unmatched = w.filter((_, i) => m[i] === -1);
    if (unmatched.length === 0) continue;
    const left = g.filter((_, j) => !m.includes(j)).map((f) => describeFinding(f, lines));
    for (const s of unmatched) {
      const d = describeSlot(s);
      reasons.push({
        nb: `${id}: ingen av ${label.nb}ene passer til ${d.nb}; ${left.length === 1 ? "funnet som er igjen" : "de som er igjen"}: ${left.map((x) => x.nb).join("; ")}`,
        en: `${id}: no ${kind === "findings" ? "finding" : "waived finding"} fits ${d.en}; ${left.length === 1 ? "the one left" : "those left"}: ${left.map((x) => x.en).join("; ")}`,
      });
    }
  }
  for (const [id, g] of got) {
    if (!want.has(id)) {
      reasons.push({
        nb: `uventet ${label.nb}: ${id} (${g.length}) — ${g[0]?.message.nb ?? ""}`,
        en: `unexpected ${label.en}: ${id} (${g.length}) — ${g[0]?.message.en ?? ""}`,
      });
    }
  }
  return reasons;
}

/**
 * Why a case fails, in both languages; empty when it passes. `text` is the agreement as the case
 * wrote it, to show the text of a finding's line.
 */
export function judge(expect: CaseExpect, result: FileResult, text = ""): Messages[] {
  const reasons: Messages[] = [];
  const lines = text.split("\n");
  if (expect.verdict && expect.verdict !== result.verdict) {
    reasons.push({
      nb: `forventet vurdering ${expect.verdict}, fikk ${result.verdict}`,
      en: `expected verdict ${expect.verdict}, got ${result.verdict}`,
    });
  }
  if (expect.findings) reasons.push(...compare("findings", expect.findings, result.findings, lines));
  if (expect.waived) reasons.push(...compare("waived", expect.waived, result.waived, lines));
  return reasons;
}

/** The rule ids a case's expectations name (to tell which rules have cases at all). */
export function namedRules(expect: CaseExpect): string[] {
  return [...(expect.findings ?? []), ...(expect.waived ?? [])].map((e) =>
    typeof e === "string" ? e : e.ruleId,
  );
}
