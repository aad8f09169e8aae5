/**
 * The catalogue (SPEC 8.3): every fact, operator and parameter a policy may name, with its type,
 * unit, description in nb and en, and an example. Pure data: `hjemmekontor policy facts` formats
 * it (src/formatters/catalogue.ts), and scripts/gen-policy-schema.mjs writes `schemaVocabulary()`
 * into schemas/policy.schema.json, so that editors complete and explain fact and operator names.
 */
import { type CatalogueType, type Example, FACTS, type Unit } from "../catalogue/facts.js";
import { OPERATOR_NAMES, OPERATORS } from "../catalogue/operators.js";
import type { Template } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import type { Messages } from "../types.js";
import type { Override, ParamSpec, ParamValue, ResolvedPolicy } from "./model.js";

interface BaseEntry {
  name: string;
  type: CatalogueType;
  unit: Unit;
}

export interface FactEntry extends BaseEntry {
  kind: "fact";
  description: Messages;
  example: Example;
  /** For a list of elements: the fields of each element ({each.<field>} in messages). */
  fields: string[] | null;
  /** Parameters that must be in force for the fact to exist. */
  needs: string[];
}

export interface OperatorEntry extends BaseEntry {
  kind: "operator";
  description: Messages;
  factSide: Messages;
  valueSide: Messages;
  example: { fact: string; operator: string; value: unknown };
  builtin: boolean;
}

export interface ParameterEntry extends BaseEntry {
  kind: "parameter";
  /** The declaring layer's description, or null when it gives none. */
  description: Messages | null;
  /** How a rule names the parameter: as a condition's value, or {name} in a message. */
  example: { fact: string };
  value: ParamValue;
  minimum: number | null;
  maximum: number | null;
  enum: (string | number)[] | null;
  override: Override;
  section: string | null;
  basis: string | null;
  /** The layer that declared the parameter, and the one that set its value in force. */
  declaredIn: string;
  setIn: string;
}

export type Entry = FactEntry | OperatorEntry | ParameterEntry;

export interface Catalogue {
  facts: FactEntry[];
  operators: OperatorEntry[];
  parameters: ParameterEntry[];
}

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

const PARAM_TYPES: Record<ParamSpec["type"], CatalogueType> = {
  integer: "integer",
  number: "number",
  string: "string",
  date: "date",
  time: "time",
  boolean: "boolean",
  list: "list of strings",
  object: "time span",
};

/** Name endings that give a numeric parameter its unit (most specific first). */
const UNIT_SUFFIXES: [RegExp, Unit][] = [
  [/Percent$/, "%"],
  [/Nok$/, "NOK"],
  [/DaysPerWeek$/, "days per week"],
  [/HoursPerWeek$/, "hours per week"],
  [/Days$/, "days"],
  [/Hours$/, "hours"],
  [/Weeks$/, "weeks"],
  [/Months$/, "months"],
];

/** A parameter's unit, inferred from its name and declared type, or null when none can be. */
function unitOf(name: string, spec: ParamSpec): Unit {
  if (spec.type === "integer" || spec.type === "number") {
    return UNIT_SUFFIXES.find(([re]) => re.test(name))?.[1] ?? null;
  }
  const enumValues = spec.enum ?? [];
  const weekdays = enumValues.length > 0 && enumValues.every((v) => WEEKDAYS.includes(String(v)));
  return (spec.type === "string" || spec.type === "list") && weekdays ? "weekdays" : null;
}

function factEntries(): FactEntry[] {
  return Object.entries(FACTS).map(([name, f]) => ({
    name,
    kind: "fact",
    type: f.type,
    unit: f.unit,
    description: f.description,
    example: f.example,
    fields: f.fields ?? null,
    needs: f.needs ?? [],
  }));
}

function operatorEntries(): OperatorEntry[] {
  return [...OPERATOR_NAMES].flatMap((name) => {
    const o = OPERATORS[name];
    if (!o) return [];
    const { type, description, factSide, valueSide, example, builtin } = o;
    return [{ name, kind: "operator", type, unit: null, description, factSide, valueSide, example, builtin }];
  });
}

function parameterEntries(policy: ResolvedPolicy): ParameterEntry[] {
  return [...policy.params.values()].map((p) => ({
    name: p.name,
    kind: "parameter",
    type: PARAM_TYPES[p.spec.type],
    unit: unitOf(p.name, p.spec),
    description: p.description,
    example: { fact: p.name },
    value: p.value,
    minimum: p.spec.minimum ?? null,
    maximum: p.spec.maximum ?? null,
    enum: p.spec.enum ?? null,
    override: p.override,
    section: p.section,
    basis: p.basis,
    declaredIn: p.declaredBy.layer,
    setIn: p.setBy.layer,
  }));
}

/** The catalogue; with a resolved policy, its parameters too (else none). */
export function catalogue(policy?: ResolvedPolicy): Catalogue {
  return {
    facts: factEntries(),
    operators: operatorEntries(),
    parameters: policy ? parameterEntries(policy) : [],
  };
}

/** A value or condition as it is written in a YAML layer: `{ fact: x, operator: y, value: 40 }`. */
export function showExample(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(showExample).join(", ")}]`;
  if (v !== null && typeof v === "object") {
    const pairs = Object.entries(v).map(([k, x]) => `${k}: ${showExample(x)}`);
    return `{ ${pairs.join(", ")} }`;
  }
  if (typeof v === "string" && !/^[A-Za-z][A-Za-z0-9-]*$/.test(v)) return JSON.stringify(v);
  return String(v);
}

function schemaText(e: FactEntry | OperatorEntry): string {
  const unit = e.unit ? `, ${e.unit}` : "";
  if (e.kind === "fact") {
    const kind = `(${e.type}${unit}; e.g. ${showExample(e.example)})`;
    return `${e.description.en} ${kind} / ${e.description.nb}`;
  }
  const example = `E.g. ${showExample(e.example)}.`;
  const en = `${e.description.en} Fact: ${e.factSide.en} Value: ${e.valueSide.en} ${example}`;
  return `${en} / ${e.description.nb} Faktum: ${e.factSide.nb} Verdi: ${e.valueSide.nb}`;
}

/** A schema description in both languages, as editors show it: "English / norsk". */
const bilingual = (t: Template) => `${t.en} / ${t.nb}`;

/** Names of the catalogue as schema: consts with descriptions, and a branch for any other name. */
function vocabulary(entries: (FactEntry | OperatorEntry)[], description: Template, other: Template) {
  return {
    type: "string",
    maxLength: 64,
    description: bilingual(description),
    anyOf: [
      { oneOf: entries.map((e) => ({ const: e.name, description: schemaText(e) })) },
      // Any other name passes the schema, so that `policy lint` refuses it with file:line and the
      // catalogue's hint (known-fact, known-operator) rather than a list of every name.
      { description: bilingual(other) },
    ],
  };
}

/**
 * The `$defs` of schemas/policy.schema.json that scripts/gen-policy-schema.mjs generates: fact
 * names (parameters are facts too), list facts for forEach, and operator names.
 */
export function schemaVocabulary(cat: Catalogue = catalogue()) {
  const lists = cat.facts.filter((f) => f.fields !== null);
  return {
    factName: vocabulary(cat.facts, POLICY.vocabularyFactName, POLICY.vocabularyOtherFactName),
    listFactName: vocabulary(lists, POLICY.vocabularyListFactName, POLICY.vocabularyOtherListFactName),
    operatorName: vocabulary(
      cat.operators,
      POLICY.vocabularyOperatorName,
      POLICY.vocabularyOtherOperatorName,
    ),
  };
}
