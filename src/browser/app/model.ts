/**
 * The form's values ↔ an agreement. Values are keyed by input name (the dotted path); rows by
 * index. The agreement holds what was typed — a number field that holds no number stays text, so
 * the schema finding shows — and `fromAgreement` says which parts of an opened file the form
 * cannot hold (unknown keys, values of an unknown kind), so the page can name them.
 */
import { ALL_FIELDS, type Field } from "./fields.js";

export type Value = string | boolean | string[];
export type Values = Record<string, Value>;

/** How many rows each repeated group has. */
export interface Rows {
  weeks: number;
  items: number;
  exceptions: number;
}

type Obj = Record<string, unknown>;

const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

function reader(v: Values) {
  const text = (name: string): string | undefined => {
    const s = v[name];
    return typeof s === "string" && s.trim() !== "" ? s.trim() : undefined;
  };
  return {
    text,
    number: (name: string): number | string | undefined => {
      const s = text(name);
      return s !== undefined && NUMBER.test(s) ? Number(s.replace(",", ".")) : s;
    },
    bool: (name: string): boolean => v[name] === true,
    list: (name: string): string[] => {
      const s = v[name];
      return Array.isArray(s) ? s : [];
    },
    /** The texts of `keys` under `prefix` as an object, compacted (`keep` as for `compact`). */
    texts: (prefix: string, keys: string[], keep = false): Obj | undefined =>
      compact(Object.fromEntries(keys.map((k) => [k, text(`${prefix}.${k}`)])), keep),
  };
}

/** An object without its undefined keys; undefined itself when nothing is left (and `keep` is off). */
function compact(o: Obj, keep = false): Obj | undefined {
  const out: Obj = {};
  for (const [k, x] of Object.entries(o)) if (x !== undefined) out[k] = x;
  return keep || Object.keys(out).length > 0 ? out : undefined;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

type Reader = ReturnType<typeof reader>;

/** `n` rows made by `row`; undefined when there are none. */
const rowList = <T>(n: number, row: (i: number) => T): T[] | undefined =>
  n > 0 ? range(n).map(row) : undefined;

export function toAgreement(v: Values, rows: Rows): Obj {
  const r = reader(v);
  const { text, list, texts } = r;
  const reasons = list("reasons");
  return compact(
    {
      kind: "HomeOfficeAgreement",
      schemaVersion: 1,
      id: text("id"),
      type: text("type"),
      employee: employee(r),
      manager: texts("manager", ["id", "name"]),
      period: texts("period", ["start", "end"], true),
      schedule: schedule(r, rows.weeks),
      reasons: reasons.length > 0 ? reasons : undefined,
      tasks: tasks(r),
      workEnvironment: workEnvironment(r),
      equipment: equipment(r, rows.items),
      terms: terms(r),
      exceptions: rowList(rows.exceptions, (i) =>
        texts(`exceptions.${i}`, ["rule", "approvedBy", "reason", "approvedOn"], true),
      ),
      signatures: compact({
        employee: texts("signatures.employee", ["name", "date"]),
        manager: texts("signatures.manager", ["name", "date"]),
      }),
    },
    true,
  ) as Obj;
}

const employee = ({ text, number, texts }: Reader) =>
  compact(
    {
      id: text("employee.id"),
      name: text("employee.name"),
      position: text("employee.position"),
      employmentPercent: number("employee.employmentPercent"),
      unit: texts("employee.unit", ["faculty", "department"], true),
    },
    true,
  );

const schedule = ({ text, number, list, texts }: Reader, weeks: number) =>
  compact({
    workdays: list("schedule.workdays"),
    hoursPerWeek: number("schedule.hoursPerWeek"),
    cycle: rowList(weeks, (i) => ({ home: list(`schedule.cycle.${i}.home`) })),
    homeHours: texts("schedule.homeHours", ["start", "end"]),
    availability: text("schedule.availability"),
  });

const tasks = ({ bool, texts }: Reader) => ({
  ...texts("tasks", ["description"], true),
  suitableForHomeOffice: bool("tasks.suitableForHomeOffice"),
  ...texts("tasks", ["informationClass"], true),
  healthOrSafetyCritical: bool("tasks.healthOrSafetyCritical"),
});

const workEnvironment = ({ bool, texts }: Reader) => ({
  workstation: bool("workEnvironment.workstation"),
  equipment: bool("workEnvironment.equipment"),
  indoorEnvironment: bool("workEnvironment.indoorEnvironment"),
  ...texts("workEnvironment", ["declaredOn"], true),
});

const equipment = ({ text, number, texts }: Reader, items: number) =>
  compact({
    items: rowList(items, (i) =>
      compact(
        {
          ...texts(`equipment.items.${i}`, ["item", "providedBy", "owner"]),
          costNok: number(`equipment.items.${i}.costNok`),
        },
        true,
      ),
    ),
    maintenance: text("equipment.maintenance"),
  });

const terms = ({ number, bool }: Reader) => ({
  employerMayRecall: bool("terms.employerMayRecall"),
  insuranceInformed: bool("terms.insuranceInformed"),
  ...compact({ noticePeriodDays: number("terms.noticePeriodDays") }, true),
});

function get(value: unknown, segments: string[]): unknown {
  let cur = value;
  for (const s of segments) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, s)) return undefined;
    cur = (cur as Obj)[s];
  }
  return cur;
}

const isObj = (x: unknown): x is Obj => x !== null && typeof x === "object" && !Array.isArray(x);
const escapeSegment = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** Every field name of the form for these rows (`*` replaced by each index). */
export function fieldNames(rows: Rows): { field: Field; name: string }[] {
  const count = (name: string) =>
    name.startsWith("schedule.cycle.")
      ? rows.weeks
      : name.startsWith("equipment.items.")
        ? rows.items
        : rows.exceptions;
  return ALL_FIELDS.flatMap((field) =>
    field.name.includes("*")
      ? range(count(field.name)).map((i) => ({ field, name: field.name.replace("*", String(i)) }))
      : [{ field, name: field.name }],
  );
}

/** The values of an opened agreement, and the JSON pointers of what the form cannot hold. */
export function fromAgreement(a: Obj): { values: Values; rows: Rows; dropped: string[] } {
  const rowsOf = (x: unknown) => (Array.isArray(x) ? x.length : 0);
  const rows: Rows = {
    weeks: rowsOf(get(a, ["schedule", "cycle"])),
    items: rowsOf(get(a, ["equipment", "items"])),
    exceptions: rowsOf(a.exceptions),
  };
  const values: Values = {};
  const held = new Set<string>(["/kind", "/schemaVersion"]);
  const dropped: string[] = [];
  for (const { field, name } of fieldNames(rows)) {
    const segments = name.split(".");
    const pointer = `/${segments.map(escape).join("/")}`;
    const x = get(a, segments);
    if (x === undefined) continue;
    held.add(pointer);
    if (field.kind === "checks") {
      const list = Array.isArray(x) ? x : [x];
      values[name] = list.filter(
        (d): d is string => typeof d === "string" && (field.options ?? []).includes(d),
      );
      list.forEach((d, i) => {
        if (!(values[name] as string[]).includes(d as string))
          dropped.push(Array.isArray(x) ? `${pointer}/${i}` : pointer);
      });
    } else if (field.kind === "bool") {
      values[name] = x === true;
      if (typeof x !== "boolean") dropped.push(pointer);
    } else if (x === null || typeof x !== "object") {
      values[name] = String(x);
    } else dropped.push(pointer);
  }
  // Whatever else the file holds: unknown keys, and objects or lists where the form has none.
  const walk = (x: unknown, pointer: string) => {
    if (held.has(pointer)) return;
    if (Array.isArray(x)) {
      for (const [i, y] of x.entries()) walk(y, `${pointer}/${i}`);
    } else if (isObj(x)) {
      for (const [k, y] of Object.entries(x)) walk(y, `${pointer}/${escapeSegment(k)}`);
    } else dropped.push(pointer);
  };
  walk(a, "");
  if (a.kind !== "HomeOfficeAgreement") dropped.push("/kind");
  if (a.schemaVersion !== 1) dropped.push("/schemaVersion");
  return { values, rows, dropped: [...new Set(dropped)].sort() };
}
