/**
 * Repository-level rules (SPEC 3): checks across the agreements of one run. Each finding is
 * reported on every agreement involved, at its own line, naming at most MAX_RELATED of the other
 * files and counting the rest (SPEC 7), so that the report grows linearly with the agreements.
 * The checks see every agreement of the run, also those of other shards, so shards stay correct.
 */
import { addDays, addMonthsClamped, daysBetween, monthsBetween } from "../dates.js";
import { msg } from "../messages/index.js";
import { REPOSITORY } from "../messages/repository.js";
import { findingOf, type RuleMeta } from "../rule-meta.js";
import type { Finding, Messages } from "../types.js";
import { overlaps } from "./overlaps.js";

export interface RepoEntry {
  file: string;
  id: string;
  employeeId: string;
  start: string;
  end: string | null;
  idPos: { line: number; column: number };
  periodPos: { line: number; column: number };
  renewalGapDays?: number;
  maxConsecutiveMonths?: number;
}

type Found = Map<string, Finding[]>;

/** How many other files a repository finding names; the rest are counted. */
const MAX_RELATED = 10;

/** The other files as a message names them: "a.yaml, b.yaml and 2990 more". */
function fileList(named: string[], omitted: number): Messages {
  const list = named.join(", ");
  if (omitted === 0) return { nb: list, en: list };
  return msg(omitted === 1 ? REPOSITORY.filesAndOneMore : REPOSITORY.filesAndMore, {
    files: list,
    count: omitted,
  });
}

/** The repository-level rules of SPEC 3: what each finding carries, and what formatters list. */
const REPOSITORY_RULES = {
  "duplicate-id": {
    severity: "error",
    section: null,
    layer: null,
    path: "/id",
    quote: "",
    description: REPOSITORY.duplicateIdRule,
  },
  "overlapping-agreements": {
    severity: "error",
    section: "2.4",
    layer: "ntnu-hjemmekontor",
    path: "/period",
    quote: "Avtale om bruk av hjemmekontor kan inngås for maksimalt seks måneder av gangen.",
    description: REPOSITORY.overlappingAgreementsRule,
  },
  "not-permanent": {
    severity: "warning",
    section: "1.2",
    layer: "ntnu-hjemmekontor",
    path: "/period",
    quote: "Hjemmekontor skal ikke benyttes som en permanent ordning for noen ansatte ved NTNU.",
    description: REPOSITORY.notPermanentRule,
  },
} as const satisfies Record<string, Omit<RuleMeta, "id"> & { path: "/id" | "/period" }>;

/**
 * Reports a repository rule on agreement `e`, at the line its rule points to, relating it to the
 * `named` others involved (at most MAX_RELATED) of `total`; `message` is given their file names.
 */
function report(
  found: Found,
  ruleId: keyof typeof REPOSITORY_RULES,
  e: RepoEntry,
  named: RepoEntry[],
  total: number,
  message: (files: Messages) => Messages,
): void {
  const rule = REPOSITORY_RULES[ruleId];
  const pos = rule.path === "/id" ? e.idPos : e.periodPos;
  const related = named.slice(0, MAX_RELATED).map((o) => o.file);
  const omitted = total - related.length;
  const list = found.get(e.file) ?? [];
  list.push({
    ...findingOf({ id: ruleId, ...rule }, message(fileList(related, omitted)), pos, rule.path),
    related,
    ...(omitted > 0 ? { relatedOmitted: omitted } : {}),
  });
  found.set(e.file, list);
}

/** The first MAX_RELATED entries of `group` other than `e`, without copying the whole group. */
function othersIn(group: RepoEntry[], e: RepoEntry): RepoEntry[] {
  return group
    .slice(0, MAX_RELATED + 1)
    .filter((o) => o !== e)
    .slice(0, MAX_RELATED);
}

function groupBy(entries: RepoEntry[], key: (e: RepoEntry) => string): Map<string, RepoEntry[]> {
  const m = new Map<string, RepoEntry[]>();
  for (const e of entries) {
    const list = m.get(key(e));
    if (list) list.push(e);
    else m.set(key(e), [e]);
  }
  return m;
}

/** One employee's agreements in order of start (then file). */
function byStart(group: RepoEntry[]): RepoEntry[] {
  return [...group].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.file < b.file ? -1 : 1,
  );
}

/** duplicate-id: two or more agreements with one id. */
function duplicateIds(found: Found, entries: RepoEntry[]): void {
  for (const [id, group] of groupBy(entries, (e) => e.id)) {
    if (group.length < 2) continue;
    for (const e of group) {
      report(found, "duplicate-id", e, othersIn(group, e), group.length - 1, (files) =>
        msg(REPOSITORY.duplicateId, { id, files }),
      );
    }
  }
}

/** overlapping-agreements: one employee's agreements whose periods overlap (`sorted` by start). */
function overlapping(found: Found, employee: string, sorted: RepoEntry[]): void {
  const periods = sorted.map((e) => ({ start: e.start, end: e.end ?? "9999-12-31" }));
  overlaps(periods, MAX_RELATED).forEach((o, i) => {
    const e = sorted[i];
    if (o.count === 0 || !e) return;
    const named = o.some.flatMap((j) => sorted[j] ?? []);
    report(found, "overlapping-agreements", e, named, o.count, (files) =>
      msg(REPOSITORY.overlappingAgreements, { employee, files }),
    );
  });
}

/** not-permanent: back-to-back agreements of one employee that reach maxConsecutiveMonths. */
function notPermanent(found: Found, employee: string, sorted: RepoEntry[]): void {
  for (const chain of chains(sorted)) {
    const first = chain[0];
    const months = chain[chain.length - 1]?.maxConsecutiveMonths;
    if (chain.length < 2 || months === undefined || !first) continue;
    const end = chain.reduce((m, e) => ((e.end ?? "") > m ? (e.end ?? m) : m), "");
    if (end < addMonthsClamped(first.start, months)) continue;
    for (const e of chain) {
      report(found, "not-permanent", e, othersIn(chain, e), chain.length - 1, (files) =>
        msg(REPOSITORY.notPermanent, { employee, start: first.start, end, months, files }),
      );
    }
  }
}

/** Findings per file, for every agreement given. */
export function repositoryFindings(entries: RepoEntry[]): Found {
  const found: Found = new Map();
  duplicateIds(found, entries);
  for (const [employee, group] of groupBy(entries, (e) => e.employeeId)) {
    if (group.length < 2) continue;
    const sorted = byStart(group);
    overlapping(found, employee, sorted);
    notPermanent(found, employee, sorted);
  }
  return found;
}

/** Back-to-back runs: the next agreement starts at most `renewalGapDays` days after the chain's end. */
function chains(sorted: RepoEntry[]): RepoEntry[][] {
  const out: RepoEntry[][] = [];
  let current: RepoEntry[] = [];
  let end = "";
  for (const e of sorted) {
    if (e.end === null) continue;
    const gap = e.renewalGapDays ?? 0;
    if (current.length > 0 && daysBetween(end, e.start) - 1 <= gap) {
      current.push(e);
      if (e.end > end) end = e.end;
    } else {
      if (current.length > 0) out.push(current);
      current = [e];
      end = e.end;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Repository rules as the catalogue of rules lists them. */
export type RepositoryRuleInfo = RuleMeta;

/** The repository-level rules (SPEC 3), for coverage, quotes, the handbook and formatters. */
export function repositoryRules(): RuleMeta[] {
  return Object.entries(REPOSITORY_RULES).map(([id, { path: _path, ...meta }]) => ({ id, ...meta }));
}

/** One employee's back-to-back agreements, for the HTML report's "what needs doing soon". */
export interface RenewalChain {
  employeeId: string;
  files: string[];
  start: string;
  end: string;
  months: number;
  limitMonths: number;
}

/**
 * The renewal chains (gaps of at most `renewalGapDays`) of two or more agreements that come within
 * `withinMonths` of `maxConsecutiveMonths`, or go over it — the same chains `not-permanent` sees.
 */
export function renewalChains(entries: RepoEntry[], withinMonths = 3): RenewalChain[] {
  const out: RenewalChain[] = [];
  for (const [employeeId, group] of groupBy(entries, (e) => e.employeeId)) {
    if (group.length < 2) continue;
    for (const chain of chains(byStart(group))) {
      const limit = chain[chain.length - 1]?.maxConsecutiveMonths;
      const first = chain[0];
      if (chain.length < 2 || limit === undefined || !first) continue;
      const end = chain.reduce((m, e) => ((e.end ?? "") > m ? (e.end ?? m) : m), "");
      const months = monthsBetween(first.start, addDays(end, 1));
      if (months < limit - withinMonths) continue;
      out.push({
        employeeId,
        files: chain.map((e) => e.file),
        start: first.start,
        end,
        months,
        limitMonths: limit,
      });
    }
  }
  return out;
}
