/**
 * Repository-level rules (SPEC 3): checks across the agreements of one run. Each finding is
 * reported on every agreement involved, at its own line, naming at most MAX_RELATED of the other
 * files and counting the rest (SPEC 7), so that the report grows linearly with the agreements.
 * The checks see every agreement of the run, also those of other shards, so shards stay correct.
 */
import { addMonthsClamped, daysBetween } from "../dates.js";
import type { Finding, Messages, Severity } from "../types.js";
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
export const MAX_RELATED = 10;

/** The other files as a message names them: "a.yaml, b.yaml and 2990 more". */
function fileList(named: string[], omitted: number): Messages {
  const list = named.join(", ");
  if (omitted === 0) return { nb: list, en: list };
  return {
    nb: `${list} og ${omitted} ${omitted === 1 ? "annen fil" : "andre filer"}`,
    en: `${list} and ${omitted} more ${omitted === 1 ? "file" : "files"}`,
  };
}

/** The repository-level rules of SPEC 3: what each finding carries, and what formatters list. */
export const REPOSITORY_RULES = {
  "duplicate-id": {
    severity: "error",
    section: null,
    layer: null,
    path: "/id",
    quote: "",
    description: { nb: "To avtaler har samme id.", en: "Two agreements have the same id." },
  },
  "overlapping-agreements": {
    severity: "error",
    section: "2.4",
    layer: "ntnu-hjemmekontor",
    path: "/period",
    quote: "Avtale om bruk av hjemmekontor kan inngås for maksimalt seks måneder av gangen.",
    description: {
      nb: "Én ansatt har avtaler med overlappende perioder.",
      en: "One employee has agreements whose periods overlap.",
    },
  },
  "not-permanent": {
    severity: "warning",
    section: "1.2",
    layer: "ntnu-hjemmekontor",
    path: "/period",
    quote: "Hjemmekontor skal ikke benyttes som en permanent ordning for noen ansatte ved NTNU.",
    description: {
      nb: "Sammenhengende avtaler for én ansatt dekker mer enn maxConsecutiveMonths måneder.",
      en: "Back-to-back agreements of one employee cover more than maxConsecutiveMonths months.",
    },
  },
} as const satisfies Record<
  string,
  {
    severity: Finding["severity"];
    section: string | null;
    layer: string | null;
    path: "/id" | "/period";
    quote: string;
    description: Messages;
  }
>;

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
    ruleId,
    severity: rule.severity,
    section: rule.section,
    layer: rule.layer,
    message: message(fileList(related, omitted)),
    path: rule.path,
    line: pos.line,
    column: pos.column,
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

/** Findings per file, for every agreement given. */
export function repositoryFindings(entries: RepoEntry[]): Found {
  const found: Found = new Map();
  for (const [id, group] of groupBy(entries, (e) => e.id)) {
    if (group.length < 2) continue;
    for (const e of group) {
      report(found, "duplicate-id", e, othersIn(group, e), group.length - 1, (files) => ({
        nb: `Avtale-id-en ${id} brukes også i ${files.nb}. Hver avtale trenger en unik id.`,
        en: `The agreement id ${id} is also used in ${files.en}. Every agreement needs a unique id.`,
      }));
    }
  }
  for (const [employee, group] of groupBy(entries, (e) => e.employeeId)) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) =>
      a.start < b.start ? -1 : a.start > b.start ? 1 : a.file < b.file ? -1 : 1,
    );
    const periods = sorted.map((e) => ({ start: e.start, end: e.end ?? "9999-12-31" }));
    overlaps(periods, MAX_RELATED).forEach((o, i) => {
      if (o.count === 0) return;
      const named = o.some.map((j) => sorted[j] as RepoEntry);
      report(found, "overlapping-agreements", sorted[i] as RepoEntry, named, o.count, (files) => ({
        nb: `Ansatt ${employee} har en annen avtale i samme periode (${files.nb}). Avtaler for samme person kan ikke overlappe.`,
        en: `Employee ${employee} has another agreement in the same period (${files.en}). Agreements of one person must not overlap.`,
      }));
    });
    for (const chain of chains(sorted)) {
      const last = chain[chain.length - 1] as RepoEntry;
      const first = chain[0] as RepoEntry;
      const months = last.maxConsecutiveMonths;
      if (chain.length < 2 || months === undefined) continue;
      const end = chain.reduce((m, e) => ((e.end ?? "") > m ? (e.end ?? m) : m), "");
      if (end < addMonthsClamped(first.start, months)) continue;
      for (const e of chain) {
        report(found, "not-permanent", e, othersIn(chain, e), chain.length - 1, (files) => ({
          nb: `Ansatt ${employee} har sammenhengende avtaler fra ${first.start} til ${end}, mer enn ${months} måneder (${files.nb}). Hjemmekontor skal ikke være en permanent ordning.`,
          en: `Employee ${employee} has back-to-back agreements from ${first.start} to ${end}, more than ${months} months (${files.en}). A home office must not become permanent.`,
        }));
      }
    }
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

export interface RepositoryRuleInfo {
  id: string;
  layer: string | null;
  section: string | null;
  severity: Severity;
  quote: string;
  description: Messages;
}

/** The repository-level rules (SPEC 3), for coverage, quotes and the handbook. */
export function repositoryRules(): RepositoryRuleInfo[] {
  return Object.entries(REPOSITORY_RULES).map(([id, r]) => ({
    id,
    layer: r.layer,
    section: r.section,
    severity: r.severity,
    quote: r.quote,
    description: r.description,
  }));
}
