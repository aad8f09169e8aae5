/**
 * `--redact`: agreements name people, and CI logs travel far. Every name and employee id read
 * from the agreements is replaced, wherever the report shows text from them (messages, file names,
 * related files, JSON pointers, agreement ids, skipped paths), by a pseudonym that is stable within
 * the run (one person, one pseudonym: a person's id and names share it), so findings stay
 * traceable without saying who. Names are found in any letter case, with spaces, dots, dashes or
 * underscores between their parts (`kari-nordmann.yaml`), and in either Unicode normal form.
 */

import type { Finding } from "../types.js";
import type { Report } from "./report.js";

/** One person as an agreement names them: the id (when given) and every spelling of the name. */
export interface Person {
  id: string | null;
  names: string[];
}

/** A name or id as text: a string, or a number written without quotes (`id: 555123`). */
function str(v: unknown): string | null {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return typeof v === "string" && v.trim().length > 0 ? v.trim() : null;
}

function get(o: unknown, ...path: string[]): unknown {
  let cur = o;
  for (const k of path)
    cur = cur && typeof cur === "object" && Object.hasOwn(cur, k) ? Reflect.get(cur, k) : undefined;
  return cur;
}

/** The people an agreement names (best effort: also for agreements that break the schema). */
export function peopleOf(value: unknown): Person[] {
  const person = (id: unknown, ...names: unknown[]): Person => ({
    id: str(id),
    names: names.map(str).filter((n): n is string => n !== null),
  });
  const out = [
    person(
      get(value, "employee", "id"),
      get(value, "employee", "name"),
      get(value, "signatures", "employee", "name"),
    ),
    person(
      get(value, "manager", "id"),
      get(value, "manager", "name"),
      get(value, "signatures", "manager", "name"),
    ),
  ];
  const exceptions = get(value, "exceptions");
  if (Array.isArray(exceptions)) for (const e of exceptions) out.push(person(null, get(e, "approvedBy")));
  return out.filter((p) => p.id !== null || p.names.length > 0);
}

/** Words: runs of letters and digits. A name or id matches whole words only. */
const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between the words of a name: `Kari Nordmann`, `kari-nordmann`, `K. Nordmann`, `O'Brien`. */
const GAP = /^[\s._\-'\u2019]+$/u;
const DIGITS = /\p{Nd}+/gu;
const ALL_DIGITS = /^\p{Nd}+$/u;

/** The words of a text as compared: NFC, lower case. */
function wordsOf(text: string): string[] {
  return text.normalize("NFC").toLowerCase().match(WORD) ?? [];
}

interface Candidate {
  words: string[];
  alias: string;
}

/** Each name and id of a run's people, with the pseudonym it is replaced by. */
class Aliases {
  readonly byName = new Map<string, string>();
  /** All-digit ids, matched as a whole run of digits. */
  readonly digitIds = new Map<string, string>();
  /** Names by their first word, longest first. */
  readonly byFirst = new Map<string, Candidate[]>();

  add(text: string, alias: string): void {
    const norm = text.normalize("NFC");
    if (norm.length < 2) return;
    if (ALL_DIGITS.test(norm)) {
      if (!this.digitIds.has(norm)) this.digitIds.set(norm, alias);
      return;
    }
    const words = wordsOf(norm);
    const [first] = words;
    const k = words.join(" ");
    if (first === undefined || this.byName.has(k)) return;
    this.byName.set(k, alias);
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, alias });
    // Longest first, so that "Kari Nordmann" wins over "Kari".
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  get empty(): boolean {
    return this.byFirst.size === 0 && this.digitIds.size === 0;
  }
}

/** Each distinct person gets `person-N`, in order of appearance; a person's id and names share it. */
function aliasesOf(people: Person[]): Aliases {
  const aliases = new Aliases();
  const byId = new Map<string, string>();
  let n = 0;
  for (const p of people) {
    const alias =
      (p.id && byId.get(p.id)) ||
      p.names.map((name) => aliases.byName.get(wordsOf(name).join(" "))).find((x) => x !== undefined) ||
      `person-${++n}`;
    if (p.id) {
      byId.set(p.id, alias);
      aliases.add(p.id, alias);
    }
    for (const name of p.names) aliases.add(name, alias);
  }
  return aliases;
}

/** The text with every name and id replaced, in one scan of its words. */
function replaceIn(text: string, aliases: Aliases): string {
  const nfc = text.normalize("NFC");
  const tokens = [...nfc.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  let out = "";
  let pos = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (!t) break;
    const hit = (aliases.byFirst.get(t.word) ?? []).find((c) =>
      c.words.every((w, j) => {
        const u = tokens[i + j];
        const prev = tokens[i + j - 1];
        return u?.word === w && (j === 0 || (prev !== undefined && GAP.test(nfc.slice(prev.end, u.start))));
      }),
    );
    if (hit) {
      out += nfc.slice(pos, t.start) + hit.alias;
      pos = tokens[i + hit.words.length - 1]?.end ?? t.end;
      i += hit.words.length;
      continue;
    }
    for (const d of nfc.slice(t.start, t.end).matchAll(DIGITS)) {
      const alias = aliases.digitIds.get(d[0]);
      if (alias === undefined) continue;
      out += nfc.slice(pos, t.start + d.index) + alias;
      pos = t.start + d.index + d[0].length;
    }
    i++;
  }
  if (pos === 0) return text;
  return out + nfc.slice(pos);
}

/**
 * Builds the replacement for one run: each distinct person gets `person-N`, in order of appearance.
 * Names match in any case and with any of the GAP characters between their words; an all-digit id
 * matches a whole run of digits, also inside a word (`IE110482`, `110482-2026`, not `1104820`).
 * Linear in the text (a word-by-word scan, not one pattern of every name), so a run of thousands
 * of agreements stays fast.
 */
export function pseudonymizer(people: Person[]): (text: string) => string {
  const aliases = aliasesOf(people);
  if (aliases.empty) return (t) => t;
  return (text) => replaceIn(text, aliases);
}

/** A JSON pointer with each segment redacted (a key may be a name: `/Siri Dahl`). */
function redactPointer(pointer: string, r: (text: string) => string): string {
  if (pointer === "") return pointer;
  return pointer
    .split("/")
    .map((seg) => r(seg.replace(/~1/g, "/").replace(/~0/g, "~")).replace(/~/g, "~0").replace(/\//g, "~1"))
    .join("/");
}

export function redactReport(report: Report, r: (text: string) => string): Report {
  const finding = (f: Finding): Finding => ({
    ...f,
    message: { nb: r(f.message.nb), en: r(f.message.en) },
    path: redactPointer(f.path, r),
    ...(f.related ? { related: f.related.map(r) } : {}),
  });
  return {
    ...report,
    results: report.results.map((x) => ({
      ...x,
      file: r(x.file),
      agreementId: x.agreementId === null ? null : r(x.agreementId),
      findings: x.findings.map(finding),
      waived: x.waived.map(finding),
      ...(x.about ? { about: { ...x.about, employeeId: r(x.about.employeeId) } } : {}),
    })),
    ...(report.chains
      ? { chains: report.chains.map((c) => ({ ...c, employeeId: r(c.employeeId), files: c.files.map(r) })) }
      : {}),
    skipped: report.skipped.map((s) => ({ ...s, path: r(s.path) })),
  };
}
