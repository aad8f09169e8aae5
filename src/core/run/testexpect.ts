/**
 * Judging one policy test case: the verdict, and exactly the findings (and waived findings) the
 * case lists. Entries for one rule add up to the number of its findings expected; then each
 * finding is matched to one entry it fits (severity, `path`, `line`, message text), as a
 * bipartite matching, so the order of entries and findings never matters.
 */
import type { ExpectedList } from "../../types/generated/policy-test.js";
import { joinMessages, msg } from "../messages/index.js";
import { POLICY_TEST } from "../messages/policytest.js";
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

/** What a slot asks of a finding, its parts joined by ", ". */
function describeSlot(s: Slot): Messages {
  const parts: Messages[] = [];
  if (s.severity) parts.push(msg(POLICY_TEST.wantedSeverity, { severity: s.severity }));
  if (s.path !== undefined) parts.push(msg(POLICY_TEST.wantedPath, { path: q(s.path) }));
  if (s.line !== undefined) parts.push(msg(POLICY_TEST.wantedLine, { line: s.line }));
  for (const t of s.nb) parts.push(msg(POLICY_TEST.wantedMessageNb, { text: q(t) }));
  for (const t of s.en) parts.push(msg(POLICY_TEST.wantedMessageEn, { text: q(t) }));
  return joinMessages(parts, ", ");
}

/** A finding as the author needs to see it to correct the case, with the text of its line. */
function describeFinding(f: Finding, lines: string[]): Messages {
  return msg(POLICY_TEST.foundFinding, {
    severity: f.severity,
    path: q(f.path),
    line: f.line,
    text: q(lines[f.line - 1]?.trim() ?? ""),
    message: { nb: q(f.message.nb), en: q(f.message.en) },
  });
}

/** The reasons of each kind of list. */
const REASONS = {
  findings: {
    countOne: POLICY_TEST.findingsCountOne,
    countMany: POLICY_TEST.findingsCountMany,
    noneFits: POLICY_TEST.noFindingFits,
    unexpected: POLICY_TEST.unexpectedFindings,
  },
  waived: {
    countOne: POLICY_TEST.waivedCountOne,
    countMany: POLICY_TEST.waivedCountMany,
    noneFits: POLICY_TEST.noWaivedFits,
    unexpected: POLICY_TEST.unexpectedWaived,
  },
};

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
  const texts = REASONS[kind];
  const reasons: Messages[] = [];
  for (const [id, w] of want) {
    const g = got.get(id) ?? [];
    if (g.length !== w.length) {
      const count = w.length === 1 ? texts.countOne : texts.countMany;
      reasons.push(msg(count, { expected: w.length, rule: id, got: g.length }));
      continue;
    }
    const m = match(w, g);
    const unmatched = w.filter((_, i) => m[i] === -1);
    if (unmatched.length === 0) continue;
    const left = g.filter((_, j) => !m.includes(j)).map((f) => describeFinding(f, lines));
    for (const s of unmatched) {
      reasons.push(
        msg(texts.noneFits, {
          rule: id,
          wanted: describeSlot(s),
          left: left.length === 1 ? POLICY_TEST.oneLeft : POLICY_TEST.manyLeft,
          found: joinMessages(left, "; "),
        }),
      );
    }
  }
  for (const [id, g] of got) {
    const first = g[0] as Finding;
    if (!want.has(id))
      reasons.push(msg(texts.unexpected, { rule: id, count: g.length, message: first.message }));
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
    reasons.push(msg(POLICY_TEST.verdictMismatch, { expected: expect.verdict, got: result.verdict }));
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
