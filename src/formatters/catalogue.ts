/** `policy facts --format text|json`: the catalogue (SPEC 8.3), grouped, in Norwegian or English. */

import type { CatalogueType, Unit } from "../core/catalogue/facts.js";
import { msg, type Template } from "../core/messages/index.js";
import {
  type Catalogue,
  type FactEntry,
  type OperatorEntry,
  type ParameterEntry,
  showExample,
} from "../core/policy/catalogue.js";
import type { Override } from "../core/policy/model.js";
import type { Lang } from "../core/types.js";
import { FMT_FACTS } from "./messages/facts.js";
import { sectionLabel } from "./text.js";

const TYPES: Record<CatalogueType, Template> = {
  string: FMT_FACTS.typeString,
  number: FMT_FACTS.typeNumber,
  integer: FMT_FACTS.typeInteger,
  boolean: FMT_FACTS.typeBoolean,
  date: FMT_FACTS.typeDate,
  time: FMT_FACTS.typeTime,
  "time span": FMT_FACTS.typeTimeSpan,
  "list of strings": FMT_FACTS.typeStringList,
  "list of elements": FMT_FACTS.typeElementList,
  any: FMT_FACTS.typeAny,
  list: FMT_FACTS.typeList,
  "date or time": FMT_FACTS.typeDateOrTime,
};

const UNITS: Record<NonNullable<Unit>, Template> = {
  "%": FMT_FACTS.unitPercent,
  days: FMT_FACTS.unitDays,
  "days per week": FMT_FACTS.unitDaysPerWeek,
  hours: FMT_FACTS.unitHours,
  "hours per week": FMT_FACTS.unitHoursPerWeek,
  weeks: FMT_FACTS.unitWeeks,
  months: FMT_FACTS.unitMonths,
  NOK: FMT_FACTS.unitNok,
  weekdays: FMT_FACTS.unitWeekdays,
};

const BASIS: Record<string, Template> = {
  regulation: FMT_FACTS.basisRegulation,
  guideline: FMT_FACTS.basisGuideline,
  interpretation: FMT_FACTS.basisInterpretation,
};

const OVERRIDE: Record<Override, Template> = {
  lower: FMT_FACTS.overrideLower,
  higher: FMT_FACTS.overrideHigher,
  subset: FMT_FACTS.overrideSubset,
  superset: FMT_FACTS.overrideSuperset,
  fixed: FMT_FACTS.overrideFixed,
  free: FMT_FACTS.overrideFree,
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** A layer's text with controls, bidi controls and line breaks as escapes, so it cannot move the cursor. */
function clean(s: string): string {
  return s.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function kindOf(type: CatalogueType, unit: Unit, lang: Lang): string {
  return unit ? `${TYPES[type][lang]}, ${UNITS[unit][lang]}` : TYPES[type][lang];
}

function factLines(f: FactEntry, lang: Lang): string[] {
  const out = [`  ${f.name} — ${kindOf(f.type, f.unit, lang)}`, `    ${f.description[lang]}`];
  if (f.fields) out.push(`    ${FMT_FACTS.fields[lang]}: ${f.fields.join(", ")}`);
  if (f.needs.length > 0) out.push(`    ${FMT_FACTS.needs[lang]}: ${f.needs.join(", ")}`);
  out.push(`    ${FMT_FACTS.example[lang]}: ${showExample(f.example)}`);
  return out;
}

function operatorLines(o: OperatorEntry, lang: Lang): string[] {
  return [
    `  ${o.name} — ${TYPES[o.type][lang]}`,
    `    ${o.description[lang]}`,
    `    ${FMT_FACTS.factSide[lang]}: ${o.factSide[lang]}`,
    `    ${FMT_FACTS.valueSide[lang]}: ${o.valueSide[lang]}`,
    `    ${FMT_FACTS.example[lang]}: ${showExample(o.example)}`,
  ];
}

function parameterLines(p: ParameterEntry, lang: Lang): string[] {
  const name = clean(p.name);
  const where = [
    p.section ? sectionLabel(clean(p.section)) : null,
    p.basis ? (BASIS[p.basis]?.[lang] ?? clean(p.basis)) : null,
    OVERRIDE[p.override][lang],
    msg(FMT_FACTS.declared, { layer: clean(p.declaredIn) })[lang],
    p.setIn !== p.declaredIn ? msg(FMT_FACTS.set, { layer: clean(p.setIn) })[lang] : null,
  ];
  const range = [
    p.minimum !== null ? `≥ ${p.minimum}` : null,
    p.maximum !== null ? `≤ ${p.maximum}` : null,
    p.enum ? clean(p.enum.join(", ")) : null,
  ].filter((x) => x !== null);
  return [
    `  ${name} — ${kindOf(p.type, p.unit, lang)}`,
    `    ${clean(p.description?.[lang] ?? FMT_FACTS.noDescription[lang])}`,
    `    ${FMT_FACTS.value[lang]}: ${clean(showExample(p.value))}${range.length > 0 ? ` (${FMT_FACTS.range[lang]}: ${range.join("; ")})` : ""}`,
    `    ${where.filter((x) => x !== null).join(" · ")}`,
    `    ${FMT_FACTS.use[lang]}: ${msg(FMT_FACTS.useText, { name })[lang]}`,
  ];
}

function group<T>(heading: string, entries: T[], lines: (e: T) => string[], empty?: string): string[] {
  const body = entries.length > 0 ? entries.flatMap((e) => [...lines(e), ""]) : [`  ${empty ?? ""}`, ""];
  return [`${heading} (${entries.length})`, "", ...body];
}

/** The catalogue as readable text grouped by kind (in `lang`), or as JSON data (both languages). */
export function formatCatalogue(cat: Catalogue, lang: Lang, format: "text" | "json"): string {
  if (format === "json") return `${JSON.stringify(cat, null, 2)}\n`;
  const lines = [
    FMT_FACTS.title[lang],
    "",
    ...group(FMT_FACTS.facts[lang], cat.facts, (f) => factLines(f, lang)),
    ...group(FMT_FACTS.operators[lang], cat.operators, (o) => operatorLines(o, lang)),
    ...group(
      FMT_FACTS.parameters[lang],
      cat.parameters,
      (p) => parameterLines(p, lang),
      FMT_FACTS.noParameters[lang],
    ),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}
