/** What the report computes from its input: statuses on the as-of date, units, totals, presence. */
import { addDays, daysBetween, isValidDate } from "../../core/dates.js";
import type { Verdict } from "../../core/types.js";
import { type HtmlAgreement, WEEKDAYS, type Weekday } from "./model.js";

export type Status = "active" | "expired" | "upcoming" | "unknown";

/** The agreement's status on `asOf`: dates are inclusive; no end date means open-ended. */
export function statusOn(a: HtmlAgreement, asOf: string): Status {
  const { start, end } = a.period;
  if (!start || !isValidDate(start)) return "unknown";
  if (start > asOf) return "upcoming";
  if (end && isValidDate(end) && end < asOf) return "expired";
  return "active";
}

/** A unit's identity: unit codes are case-insensitive (SPEC 5), so keys are lower case.
 * `faculty/department`, `faculty/` for an agreement at faculty level, `` when unknown. */
export function unitKey(a: HtmlAgreement): string {
  const f = facultyKey(a);
  return f ? `${f}/${a.unit.department?.trim().toLowerCase() ?? ""}` : "";
}

function facultyKey(a: HtmlAgreement): string {
  return a.unit.faculty?.trim().toLowerCase() ?? "";
}

export interface Tally {
  total: number;
  compliant: number;
  "non-compliant": number;
  invalid: number;
}

export const emptyTally = (): Tally => ({ total: 0, compliant: 0, "non-compliant": 0, invalid: 0 });

function add(t: Tally, v: Verdict): void {
  t.total++;
  t[v]++;
}

export interface UnitGroup {
  /** Faculty key (lower case), `` for unknown. */
  key: string;
  /** The faculty code as first written. */
  name: string;
  tally: Tally;
  /** Departments (key `faculty/department`), in code order; `faculty/` holds faculty-level ones. */
  departments: { key: string; name: string | null; tally: Tally }[];
}

/** Agreements grouped by faculty and department, each with its verdict tally, in code order. */
export function groupUnits(agreements: HtmlAgreement[]): UnitGroup[] {
  const faculties = new Map<string, UnitGroup>();
  const departments = new Map<string, { key: string; name: string | null; tally: Tally }>();
  for (const a of agreements) {
    const key = unitKey(a);
    const fKey = facultyKey(a);
    let g = faculties.get(fKey);
    if (!g) {
      g = { key: fKey, name: a.unit.faculty?.trim() ?? "", tally: emptyTally(), departments: [] };
      faculties.set(fKey, g);
    }
    add(g.tally, a.verdict);
    if (fKey === "") continue;
    let d = departments.get(key);
    if (!d) {
      d = { key, name: a.unit.department?.trim() || null, tally: emptyTally() };
      departments.set(key, d);
      g.departments.push(d);
    }
    add(d.tally, a.verdict);
  }
  const byCode = (x: { key: string }, y: { key: string }) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  const groups = [...faculties.values()].sort((x, y) =>
    x.key === "" ? 1 : y.key === "" ? -1 : byCode(x, y),
  );
  for (const g of groups) g.departments.sort(byCode);
  return groups;
}

export interface Totals {
  tally: Tally;
  errors: number;
  warnings: number;
  infos: number;
  waived: number;
}

export function totals(agreements: HtmlAgreement[]): Totals {
  const t: Totals = { tally: emptyTally(), errors: 0, warnings: 0, infos: 0, waived: 0 };
  for (const a of agreements) {
    add(t.tally, a.verdict);
    for (const f of a.findings) {
      if (f.severity === "error") t.errors++;
      else if (f.severity === "warning") t.warnings++;
      else t.infos++;
    }
    t.waived += a.waived.length;
  }
  return t;
}

export interface EndingSoon {
  agreement: HtmlAgreement;
  daysLeft: number;
}

/** Agreements whose last day is within `days` days from `asOf` (inclusive), soonest first. */
export function endingSoon(agreements: HtmlAgreement[], asOf: string, days = 30): EndingSoon[] {
  const last = addDays(asOf, days);
  const out: EndingSoon[] = [];
  for (const a of agreements) {
    const end = a.period.end;
    if (!end || !isValidDate(end) || end < asOf || end > last) continue;
    out.push({ agreement: a, daysLeft: daysBetween(asOf, end) });
  }
  return out.sort((x, y) => x.daysLeft - y.daysLeft || (x.agreement.file < y.agreement.file ? -1 : 1));
}

export interface PresenceRow {
  key: string;
  faculty: string;
  department: string | null;
  /** A faculty's total row (followed by its departments). */
  isFaculty: boolean;
  active: number;
  days: Record<Weekday, number>;
}

const zeroDays = (): Record<Weekday, number> => ({ mon: 0, tue: 0, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 });

/** Employees at home per weekday: each active agreement with a known schedule adds its shares. */
export function presence(agreements: HtmlAgreement[], asOf: string): PresenceRow[] {
  const active = agreements.filter((a) => a.homeDays && statusOn(a, asOf) === "active" && unitKey(a));
  const rows: PresenceRow[] = [];
  for (const g of groupUnits(active)) {
    const facultyRow: PresenceRow = {
      key: g.key,
      faculty: g.name,
      department: null,
      isFaculty: true,
      active: 0,
      days: zeroDays(),
    };
    const deptRows = g.departments.map(
      (d): PresenceRow => ({
        key: d.key,
        faculty: g.name,
        department: d.name,
        isFaculty: false,
        active: 0,
        days: zeroDays(),
      }),
    );
    const byKey = new Map(deptRows.map((r) => [r.key, r]));
    for (const a of active) {
      const row = byKey.get(unitKey(a));
      if (!row || !a.homeDays) continue;
      for (const r of [facultyRow, row]) {
        r.active++;
        for (const d of WEEKDAYS) r.days[d] += clampShare(a.homeDays[d]);
      }
    }
    const onlyFacultyLevel = deptRows.length === 1 && deptRows[0]?.department === null;
    rows.push(facultyRow, ...(onlyFacultyLevel ? [] : deptRows));
  }
  return rows;
}

function clampShare(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
