/** `policy facts --format text|json`: the catalogue (SPEC 8.3), grouped, in Norwegian or English. */

import type { CatalogueType, Unit } from "../core/catalogue/facts.js";
import {
  type Catalogue,
  type FactEntry,
  type OperatorEntry,
  type ParameterEntry,
  showExample,
} from "../core/policy/catalogue.js";
import type { Override } from "../core/policy/model.js";
import type { Lang } from "../core/types.js";
import { sectionLabel } from "./text.js";

const WORDS = {
  nb: {
    title: "Katalogen: fakta, operatorer og parametere en policy kan bruke",
    facts: "Fakta",
    operators: "Operatorer",
    parameters: "Parametere",
    noParameters: "(ingen policy er gitt, så ingen parametere)",
    noDescription: "(laget gir ingen beskrivelse)",
    example: "Eksempel",
    fields: "Felt per element",
    needs: "Finnes bare når denne parameteren gjelder",
    factSide: "Faktum",
    valueSide: "Verdi",
    value: "Verdi",
    range: "Tillatt",
    declared: "erklært i",
    set: "satt i",
    use: "Bruk",
    useText: (name: string) => `value: { fact: ${name} }, eller {${name}} i en melding`,
  },
  en: {
    title: "The catalogue: the facts, operators and parameters a policy may name",
    facts: "Facts",
    operators: "Operators",
    parameters: "Parameters",
    noParameters: "(no policy given, so no parameters)",
    noDescription: "(the layer gives no description)",
    example: "Example",
    fields: "Fields of each element",
    needs: "Exists only when this parameter is in force",
    factSide: "Fact",
    valueSide: "Value",
    value: "Value",
    range: "Allowed",
    declared: "declared in",
    set: "set in",
    use: "Use",
    useText: (name: string) => `value: { fact: ${name} }, or {${name}} in a message`,
  },
};

const TYPES: Record<CatalogueType, Record<Lang, string>> = {
  string: { nb: "tekst", en: "string" },
  number: { nb: "tall", en: "number" },
  integer: { nb: "heltall", en: "integer" },
  boolean: { nb: "sann/usann (true/false)", en: "true/false" },
  date: { nb: "dato (ÅÅÅÅ-MM-DD)", en: "date (YYYY-MM-DD)" },
  time: { nb: "klokkeslett (TT:MM)", en: "time (HH:MM)" },
  "time span": { nb: "tidsrom { start, end }", en: "time span { start, end }" },
  "list of strings": { nb: "liste av tekster", en: "list of strings" },
  "list of elements": { nb: "liste av elementer", en: "list of elements" },
  any: { nb: "hva som helst", en: "any" },
  list: { nb: "liste", en: "list" },
  "date or time": { nb: "dato eller klokkeslett", en: "date or time" },
};

const UNITS: Record<NonNullable<Unit>, Record<Lang, string>> = {
  "%": { nb: "%", en: "%" },
  days: { nb: "dager", en: "days" },
  "days per week": { nb: "dager per uke", en: "days per week" },
  hours: { nb: "timer", en: "hours" },
  "hours per week": { nb: "timer per uke", en: "hours per week" },
  weeks: { nb: "uker", en: "weeks" },
  months: { nb: "måneder", en: "months" },
  NOK: { nb: "kroner", en: "NOK" },
  weekdays: { nb: "ukedager (mon … sun)", en: "weekdays (mon … sun)" },
};

const BASIS: Record<string, Record<Lang, string>> = {
  regulation: { nb: "forskrift", en: "regulation" },
  guideline: { nb: "retningslinje", en: "guideline" },
  interpretation: { nb: "tolkning", en: "interpretation" },
};

const OVERRIDE: Record<Override, Record<Lang, string>> = {
  lower: { nb: "lavere lag kan bare senke den", en: "lower layers may only lower it" },
  higher: { nb: "lavere lag kan bare øke den", en: "lower layers may only raise it" },
  subset: { nb: "lavere lag kan bare snevre den inn", en: "lower layers may only narrow it" },
  superset: { nb: "lavere lag kan bare utvide den", en: "lower layers may only extend it" },
  fixed: { nb: "kan ikke endres av lavere lag", en: "lower layers may not change it" },
  free: { nb: "lavere lag kan sette den fritt", en: "lower layers may set it freely" },
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
  const w = WORDS[lang];
  const out = [`  ${f.name} — ${kindOf(f.type, f.unit, lang)}`, `    ${f.description[lang]}`];
  if (f.fields) out.push(`    ${w.fields}: ${f.fields.join(", ")}`);
  if (f.needs.length > 0) out.push(`    ${w.needs}: ${f.needs.join(", ")}`);
  out.push(`    ${w.example}: ${showExample(f.example)}`);
  return out;
}

function operatorLines(o: OperatorEntry, lang: Lang): string[] {
  const w = WORDS[lang];
  return [
    `  ${o.name} — ${TYPES[o.type][lang]}`,
    `    ${o.description[lang]}`,
    `    ${w.factSide}: ${o.factSide[lang]}`,
    `    ${w.valueSide}: ${o.valueSide[lang]}`,
    `    ${w.example}: ${showExample(o.example)}`,
  ];
}

function parameterLines(p: ParameterEntry, lang: Lang): string[] {
  const w = WORDS[lang];
  const name = clean(p.name);
  const where = [
    p.section ? sectionLabel(clean(p.section)) : null,
    p.basis ? (BASIS[p.basis]?.[lang] ?? clean(p.basis)) : null,
    OVERRIDE[p.override][lang],
    `${w.declared} ${clean(p.declaredIn)}`,
    p.setIn !== p.declaredIn ? `${w.set} ${clean(p.setIn)}` : null,
  ];
  const range = [
    p.minimum !== null ? `≥ ${p.minimum}` : null,
    p.maximum !== null ? `≤ ${p.maximum}` : null,
    p.enum ? clean(p.enum.join(", ")) : null,
  ].filter((x) => x !== null);
  return [
    `  ${name} — ${kindOf(p.type, p.unit, lang)}`,
    `    ${clean(p.description?.[lang] ?? w.noDescription)}`,
    `    ${w.value}: ${clean(showExample(p.value))}${range.length > 0 ? ` (${w.range}: ${range.join("; ")})` : ""}`,
    `    ${where.filter((x) => x !== null).join(" · ")}`,
    `    ${w.use}: ${w.useText(name)}`,
  ];
}

function group<T>(heading: string, entries: T[], lines: (e: T) => string[], empty?: string): string[] {
  const body = entries.length > 0 ? entries.flatMap((e) => [...lines(e), ""]) : [`  ${empty ?? ""}`, ""];
  return [`${heading} (${entries.length})`, "", ...body];
}

/** The catalogue as readable text grouped by kind (in `lang`), or as JSON data (both languages). */
export function formatCatalogue(cat: Catalogue, lang: Lang, format: "text" | "json"): string {
  if (format === "json") return `${JSON.stringify(cat, null, 2)}\n`;
  const w = WORDS[lang];
  const lines = [
    w.title,
    "",
    ...group(w.facts, cat.facts, (f) => factLines(f, lang)),
    ...group(w.operators, cat.operators, (o) => operatorLines(o, lang)),
    ...group(w.parameters, cat.parameters, (p) => parameterLines(p, lang), w.noParameters),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}
