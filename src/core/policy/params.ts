/**
 * Parameters across layers (SPEC 4, 5). A parameter is declared once, with a section, a basis, an
 * override direction and a type (SPEC 5.5); a lower layer may then set only its value, and every
 * value is checked against the declared type and range before its direction. Parameter names live
 * apart from facts: a parameter named like a fact would hide it from every rule, so it is refused.
 */

import { FACTS } from "../catalogue/facts.js";
import { PARAM_CONTRACTS } from "../catalogue/params.js";
import { isValidDate } from "../dates.js";
import type {
  Layer,
  Origin,
  Override,
  ParamEntry,
  ParamSpec,
  ParamType,
  ParamValue,
  PolicyProblem,
  ResolvedParam,
} from "./model.js";
import { problemAt } from "./model.js";

/** Names a parameter may not take: the facts, and the placeholders the core fills itself. */
const RESERVED = new Set(["index", "each"]);

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

const origins = new WeakMap<Layer, Map<string, Origin>>();

/** Where in its file a layer says something; memoised, as a layer is merged under many parents. */
export function origin(layer: Layer, pointer: string): Origin {
  let byPointer = origins.get(layer);
  if (!byPointer) {
    byPointer = new Map();
    origins.set(layer, byPointer);
  }
  let o = byPointer.get(pointer);
  if (!o) {
    const pos = layer.positionOf(pointer);
    o = { layer: layer.id, file: layer.file, line: pos.line, column: pos.column };
    byPointer.set(pointer, o);
  }
  return o;
}

export function showValue(v: ParamValue): string {
  return Array.isArray(v) ? `[${v.join(", ")}]` : typeof v === "object" ? `${v.start}–${v.end}` : String(v);
}

/** Deep equality of parameter values (object keys in any order). */
export function sameValue(a: ParamValue, b: ParamValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (typeof a === "object" && typeof b === "object") return a.start === b.start && a.end === b.end;
  return a === b;
}

const TYPE_TEXT: Record<ParamType, { nb: string; en: string }> = {
  integer: { nb: "et heltall", en: "an integer" },
  number: { nb: "et tall", en: "a number" },
  string: { nb: "en tekst", en: "a string" },
  date: { nb: "en dato (ÅÅÅÅ-MM-DD, år 1900–2199)", en: "a date (YYYY-MM-DD, years 1900–2199)" },
  time: { nb: "et klokkeslett (TT:MM)", en: "a time (HH:MM)" },
  list: { nb: "en liste av tekster", en: "a list of strings" },
  object: { nb: "et tidsrom { start, end }", en: "a time span { start, end }" },
  boolean: { nb: "true eller false", en: "true or false" },
};

function hasType(type: ParamType, v: ParamValue): boolean {
  switch (type) {
    case "integer":
      return typeof v === "number" && Number.isSafeInteger(v);
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "string":
      return typeof v === "string";
    case "date":
      return typeof v === "string" && isValidDate(v);
    case "time":
      return typeof v === "string" && TIME.test(v);
    case "list":
      return Array.isArray(v) && v.every((x) => typeof x === "string");
    case "object":
      return (
        typeof v === "object" && !Array.isArray(v) && TIME.test(String(v.start)) && TIME.test(String(v.end))
      );
    case "boolean":
      return typeof v === "boolean";
  }
}

/** Why `v` breaks `spec`, in both languages, or null when it keeps to it. */
export function typeBreach(spec: ParamSpec, v: ParamValue): { nb: string; en: string } | null {
  if (!hasType(spec.type, v)) {
    const t = TYPE_TEXT[spec.type];
    return { nb: `verdien må være ${t.nb}`, en: `the value must be ${t.en}` };
  }
  if (typeof v === "number") {
    if (spec.minimum !== undefined && v < spec.minimum)
      return {
        nb: `verdien må være minst ${spec.minimum}`,
        en: `the value must be at least ${spec.minimum}`,
      };
    if (spec.maximum !== undefined && v > spec.maximum)
      return { nb: `verdien kan være høyst ${spec.maximum}`, en: `the value may be at most ${spec.maximum}` };
  }
  if (spec.enum) {
    const allowed = spec.enum;
    const values = Array.isArray(v) ? v : [v];
    const bad = values.find((x) => typeof x === "object" || !allowed.includes(x as string | number));
    if (bad !== undefined) {
      const list = allowed.join(", ");
      return {
        nb: `«${showValue(bad as ParamValue)}» er ikke blant de tillatte verdiene (${list})`,
        en: `"${showValue(bad as ParamValue)}" is not among the allowed values (${list})`,
      };
    }
  }
  return null;
}

/** The types each direction can compare. */
const DIRECTION_TYPES: Record<Override, ParamType[] | null> = {
  lower: ["integer", "number", "date", "time"],
  higher: ["integer", "number", "date", "time"],
  subset: ["list"],
  superset: ["list"],
  fixed: null,
  free: null,
};

/** Whether `next` keeps to `override` relative to `prev`; both already have the declared type. */
function directionHolds(override: Override, prev: ParamValue, next: ParamValue): boolean {
  switch (override) {
    case "free":
      return true;
    case "fixed":
      return sameValue(prev, next);
    case "lower":
      return (next as number | string) <= (prev as number | string);
    case "higher":
      return (next as number | string) >= (prev as number | string);
    case "subset":
      return Array.isArray(prev) && Array.isArray(next) && next.every((x) => prev.includes(x));
    case "superset":
      return Array.isArray(prev) && Array.isArray(next) && prev.every((x) => next.includes(x));
  }
}

const DIRECTION_TEXT: Record<Override, { nb: string; en: string }> = {
  lower: { nb: "kan bare senkes", en: "may only be lowered" },
  higher: { nb: "kan bare økes", en: "may only be raised" },
  subset: { nb: "kan bare snevres inn (en delmengde)", en: "may only be narrowed (a subset)" },
  superset: { nb: "kan bare utvides (en overmengde)", en: "may only be extended (a superset)" },
  fixed: { nb: "kan ikke endres", en: "may not be changed" },
  free: { nb: "må beholde sin type", en: "must keep its type" },
};

const DECLARATION_KEYS = ["override", "section", "basis", "type", "minimum", "maximum", "enum"] as const;

/** Problems of a new parameter's declaration: its name, completeness, type and own value. */
function declarationProblems(name: string, entry: ParamEntry, layer: Layer, ptr: string): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const refuse = (at: string, guarantee: string, nb: string, en: string) =>
    out.push(problemAt(layer, at, name, guarantee, nb, en));
  if (Object.hasOwn(FACTS, name) || RESERVED.has(name)) {
    refuse(
      ptr,
      "parameter-name",
      `Parameteren ${name} har samme navn som et faktum. Et faktum beskriver avtalen og kan ikke overstyres av en policy; gi parameteren et eget navn (se «hjemmekontor policy facts»).`,
      `The parameter ${name} has the name of a fact. A fact describes the agreement and cannot be overridden by a policy; give the parameter a name of its own (see "hjemmekontor policy facts").`,
    );
    return out;
  }
  const lacks = (["section", "basis", "override", "type"] as const).filter((k) => entry[k] === undefined);
  if (lacks.length > 0) {
    refuse(
      ptr,
      "parameter-complete",
      `Den nye parameteren ${name} mangler ${lacks.join(", ")}. Hver parameter skal si hvilket avsnitt den bygger på, grunnlaget, typen og retningen lavere lag kan endre den i.`,
      `The new parameter ${name} lacks ${lacks.join(", ")}. Every parameter must give its section, its basis, its type and the direction in which lower layers may change it.`,
    );
    return out;
  }
  const spec = specOf(entry);
  const override = entry.override as Override;
  const comparable = DIRECTION_TYPES[override];
  if (comparable && !comparable.includes(spec.type)) {
    refuse(
      `${ptr}/override`,
      "parameter-override",
      `Parameteren ${name} har typen ${spec.type}, som «override: ${override}» ikke kan sammenligne. Bruk ${comparable.join(" eller ")}, eller override fixed eller free.`,
      `The parameter ${name} has type ${spec.type}, which "override: ${override}" cannot compare. Use ${comparable.join(" or ")}, or override fixed or free.`,
    );
  }
  const numeric = spec.type === "integer" || spec.type === "number";
  if (!numeric && (spec.minimum !== undefined || spec.maximum !== undefined)) {
    refuse(
      `${ptr}/type`,
      "parameter-type",
      `minimum og maximum gjelder bare typene integer og number, ikke ${spec.type} (parameteren ${name}).`,
      `minimum and maximum apply only to the types integer and number, not ${spec.type} (the parameter ${name}).`,
    );
  } else if (spec.minimum !== undefined && spec.maximum !== undefined && spec.minimum > spec.maximum) {
    refuse(
      `${ptr}/minimum`,
      "parameter-type",
      `Parameteren ${name} har minimum ${spec.minimum} over maximum ${spec.maximum}.`,
      `The parameter ${name} has minimum ${spec.minimum} above maximum ${spec.maximum}.`,
    );
  }
  const contract = contractOf(name);
  if (contract && contract.type !== spec.type) {
    refuse(
      `${ptr}/type`,
      "parameter-type",
      `Kjernen utleder fakta av parameteren ${name} og krever typen ${contract.type}, ikke ${spec.type}.`,
      `The core derives facts from the parameter ${name} and needs the type ${contract.type}, not ${spec.type}.`,
    );
  }
  return out;
}

/** The core's own contract for a parameter name (an own key only: `constructor` is a fine name). */
function contractOf(name: string): ParamSpec | undefined {
  return Object.hasOwn(PARAM_CONTRACTS, name) ? PARAM_CONTRACTS[name] : undefined;
}

export function specOf(entry: ParamEntry): ParamSpec {
  const spec: ParamSpec = { type: entry.type as ParamType };
  if (entry.minimum !== undefined) spec.minimum = entry.minimum;
  if (entry.maximum !== undefined) spec.maximum = entry.maximum;
  if (entry.enum !== undefined) spec.enum = entry.enum;
  return spec;
}

/** A value's breach of its declared spec, or of the core's contract for the name. */
function valueBreach(name: string, spec: ParamSpec, v: ParamValue) {
  const contract = contractOf(name);
  return typeBreach(spec, v) ?? (contract ? typeBreach(contract, v) : null);
}

/** Applies one layer's `parameters` on top of those in force above it. Collects every problem. */
export function mergeParams(
  base: Map<string, ResolvedParam>,
  layer: Layer,
  problems: PolicyProblem[],
): Map<string, ResolvedParam> {
  const params = new Map(base);
  for (const [name, entry] of Object.entries(layer.parameters) as [string, ParamEntry][]) {
    const ptr = `/parameters/${name}`;
    const prev = params.get(name);
    const refuse = (at: string, guarantee: string, nb: string, en: string) =>
      problems.push(problemAt(layer, at, name, guarantee, nb, en));
    if (!prev) {
      const declared = declarationProblems(name, entry, layer, ptr);
      problems.push(...declared);
      if (declared.length > 0) continue;
      const spec = specOf(entry);
      const breach = valueBreach(name, spec, entry.value);
      if (breach) {
        refuse(
          `${ptr}/value`,
          "parameter-type",
          `Parameteren ${name} kan ikke være ${showValue(entry.value)}: ${breach.nb}.`,
          `The parameter ${name} cannot be ${showValue(entry.value)}: ${breach.en}.`,
        );
        continue;
      }
      const o = origin(layer, ptr);
      params.set(name, {
        name,
        value: entry.value,
        spec,
        section: entry.section ?? null,
        basis: entry.basis ?? null,
        override: entry.override as Override,
        description: entry.description ?? null,
        declaredBy: o,
        setBy: o,
      });
      continue;
    }
    const extra = DECLARATION_KEYS.filter((k) => entry[k] !== undefined);
    if (extra.length > 0) {
      refuse(
        `${ptr}/${extra[0]}`,
        "parameter-declaration",
        `Parameteren ${name} er erklært i ${prev.declaredBy.layer} (${prev.declaredBy.file}:${prev.declaredBy.line}); et lavere lag kan bare sette «value», ikke «${extra.join(", ")}».`,
        `The parameter ${name} is declared in ${prev.declaredBy.layer} (${prev.declaredBy.file}:${prev.declaredBy.line}); a lower layer may set only "value", not "${extra.join(", ")}".`,
      );
      continue;
    }
    const breach = valueBreach(name, prev.spec, entry.value);
    if (breach) {
      refuse(
        `${ptr}/value`,
        "parameter-type",
        `Parameteren ${name} kan ikke være ${showValue(entry.value)}: ${breach.nb} (erklært i ${prev.declaredBy.layer}, ${prev.declaredBy.file}:${prev.declaredBy.line}).`,
        `The parameter ${name} cannot be ${showValue(entry.value)}: ${breach.en} (declared in ${prev.declaredBy.layer}, ${prev.declaredBy.file}:${prev.declaredBy.line}).`,
      );
      continue;
    }
    if (!directionHolds(prev.override, prev.value, entry.value)) {
      const d = DIRECTION_TEXT[prev.override];
      refuse(
        `${ptr}/value`,
        `override-${prev.override}`,
        `Parameteren ${name} svekkes: ${showValue(entry.value)} i stedet for ${showValue(prev.value)} fra ${prev.setBy.layer}. Den ${d.nb} (override: ${prev.override}). Et lokalt lag kan stramme inn, aldri svekke.`,
        `The parameter ${name} is weakened: ${showValue(entry.value)} instead of ${showValue(prev.value)} from ${prev.setBy.layer}. It ${d.en} (override: ${prev.override}). A local layer may tighten, never weaken.`,
      );
      continue;
    }
    params.set(name, { ...prev, value: entry.value, setBy: origin(layer, ptr) });
  }
  return params;
}
