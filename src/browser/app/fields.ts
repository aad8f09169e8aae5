/**
 * Every field of an agreement (SPEC 2) as the form shows it: input name = the field's dotted path
 * (`*` for the index of a repeated row), kind, label and hint in nb and en, and the choices of an
 * enum. The view builds the form from this table and the model reads and fills it by the names.
 */
import type { Lang, Messages } from "../../core/types.js";

export type Kind = "text" | "number" | "date" | "time" | "textarea" | "bool" | "select" | "checks";

export interface Field {
  /** The input's name: the dotted path, `*` standing for a row's index. */
  name: string;
  kind: Kind;
  label: Messages;
  hint?: Messages;
  /** For `select` and `checks`: the values, and their words. */
  options?: readonly string[];
  words?: Record<Lang, Record<string, string>>;
  /** The id of a datalist of suggestions (filled from the policy). */
  suggest?: string;
  wide?: boolean;
}

/** A group of fields under one JSON pointer (a fieldset in the form). */
export interface Group {
  path: string;
  legend: Messages;
  fields: Field[];
}

/** Rows of the same fields (cycle weeks, equipment, exceptions), added and removed by buttons. */
export interface Repeat {
  path: string;
  legend: Messages;
  /** The legend of one row; {n} is its number. */
  row: Messages;
  fields: Field[];
  add: Messages;
  max: number;
}

export interface Section {
  id: string;
  path: string;
  title: Messages;
  intro?: Messages;
  parts: (Field | Group | Repeat)[];
}

export const isRepeat = (p: Field | Group | Repeat): p is Repeat => "row" in p;
export const isGroup = (p: Field | Group | Repeat): p is Group => "legend" in p && !("row" in p);

/** Every field, repeated ones with `*` in their name. */
import { SECTIONS } from "./sections.js";

export { SECTIONS };

export const ALL_FIELDS: Field[] = SECTIONS.flatMap((s) =>
  s.parts.flatMap((p) => ("fields" in p ? p.fields : [p])),
);

/** A field's JSON pointer from its input name: `schedule.cycle.0.home` → `/schedule/cycle/0/home`. */
export const pointerOf = (name: string): string => `/${name.split(".").join("/")}`;
