/**
 * Adding and removing a row of a repeated group (cycle weeks, equipment, exceptions): the rows
 * count, the values of the rows after a removed one (moved up by one), and the control a new row
 * is entered at.
 */
import type { Rows, Values } from "./model.js";

type RowState = { rows: Rows; values: Values; ownEquipment: boolean };

/** The count in `Rows` of the repeated group at a JSON pointer. */
export function rowKey(path: string): keyof Rows {
  return path === "/schedule/cycle" ? "weeks" : path === "/equipment/items" ? "items" : "exceptions";
}

/** `/equipment/items` → `equipment.items`, the start of its rows' input names. */
const prefixOf = (path: string) => path.slice(1).replace(/\//g, ".");

/** Adds a row to the group at `path`; returns the id of the control to focus in it. */
export function addRow(s: RowState, path: string): string {
  const key = rowKey(path);
  const prefix = prefixOf(path);
  const n = s.rows[key] + 1;
  s.rows = { ...s.rows, [key]: n };
  if (key === "items") {
    s.ownEquipment = true;
    s.values[`${prefix}.${n - 1}.providedBy`] = "ntnu";
    s.values[`${prefix}.${n - 1}.owner`] = "ntnu";
  }
  const first = `f-${prefix.replace(/\./g, "-")}-${n - 1}`;
  return key === "weeks" ? `${first}-home-mon` : `${first}-${key === "items" ? "item" : "rule"}`;
}

/** Removes row `i` of the group at `path`. */
export function removeRow(s: RowState, path: string, i: number): void {
  const key = rowKey(path);
  s.values = withoutRow(s.values, prefixOf(path), i);
  s.rows = { ...s.rows, [key]: s.rows[key] - 1 };
  if (key === "items") s.ownEquipment = true;
}

/** The values without those of row `i` under `prefix`: later rows move up by one. */
function withoutRow(values: Values, prefix: string, i: number): Values {
  const shifted: Values = {};
  for (const [k, v] of Object.entries(values)) {
    const m = k.startsWith(`${prefix}.`) ? /^(\d+)\.(.*)$/.exec(k.slice(prefix.length + 1)) : null;
    if (!m) shifted[k] = v;
    else if (Number(m[1]) < i) shifted[k] = v;
    else if (Number(m[1]) > i) shifted[`${prefix}.${Number(m[1]) - 1}.${m[2]}`] = v;
  }
  return shifted;
}
