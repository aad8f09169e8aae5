/**
 * `--redact`: agreements name people, and CI logs travel far. Every name and employee id read
 * from the agreements is replaced, in every message, file name and related path of the report,
 * by a pseudonym that is stable within the run (one person, one pseudonym: a person's id and
 * names share it), so findings stay traceable without saying who.
 */
import type { Report } from "./report.js";
import type { Finding } from "./types.js";

/** One person as an agreement names them: the id (when given) and every spelling of the name. */
export interface Person {
  id: string | null;
  names: string[];
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim().length > 0 ? v.trim() : null;
}

function get(o: unknown, ...path: string[]): unknown {
  let cur = o;
  for (const k of path)
    cur =
      cur && typeof cur === "object" && Object.hasOwn(cur, k)
        ? (cur as Record<string, unknown>)[k]
        : undefined;
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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Builds the replacement for one run: each distinct person gets `person-N`, in order of appearance. */
export function pseudonymizer(people: Person[]): (text: string) => string {
  const byText = new Map<string, string>();
  let n = 0;
  const byId = new Map<string, string>();
  for (const p of people) {
    let alias =
      (p.id && byId.get(p.id)) || p.names.map((name) => byText.get(name)).find((x) => x !== undefined);
    if (!alias) alias = `person-${++n}`;
    if (p.id) {
      byId.set(p.id, alias);
      byText.set(p.id, alias);
    }
    for (const name of p.names) if (!byText.has(name)) byText.set(name, alias);
  }
  // Longest first, whole words only, so that "Kari Nordmann" wins over "Kari" and an id never
  // replaces digits inside a longer number.
  const texts = [...byText.keys()].filter((t) => t.length >= 2).sort((a, b) => b.length - a.length);
  if (texts.length === 0) return (t) => t;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${texts.map(escapeRe).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (text) => text.replace(re, (m) => byText.get(m) ?? m);
}

export function redactReport(report: Report, r: (text: string) => string): Report {
  const finding = (f: Finding): Finding => ({
    ...f,
    message: { nb: r(f.message.nb), en: r(f.message.en) },
    ...(f.related ? { related: f.related.map(r) } : {}),
  });
  return {
    ...report,
    results: report.results.map((x) => ({
      ...x,
      file: r(x.file),
      findings: x.findings.map(finding),
      waived: x.waived.map(finding),
    })),
  };
}
