/**
 * Parameters across layers (SPEC 4, 5). A parameter is declared once, with a section, a basis, an
 * override direction and a type (SPEC 5.5); a lower layer may then set only its value, and every
 * value is checked against the declared type and range before its direction. Parameter names live
 * apart from facts: a parameter named like a fact would hide it from every rule, so it is refused.
 */

import { FACTS } from "../catalogue/facts.js";
import { PARAM_CONTRACTS } from "../catalogue/params.js";
import { isValidDate } from "../dates.js";
import { COMMON } from "../messages/common.js";
import { joinMessages, msg, type Template } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import type { Messages } from "../types.js";
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

const TYPE_TEXT: Record<ParamType, Template> = {
  integer: POLICY.paramTypeInteger,
  number: POLICY.paramTypeNumber,
  string: POLICY.paramTypeString,
  date: POLICY.paramTypeDate,
  time: POLICY.paramTypeTime,
  list: POLICY.paramTypeList,
  object: POLICY.paramTypeObject,
  boolean: POLICY.paramTypeBoolean,
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
export function typeBreach(spec: ParamSpec, v: ParamValue): Messages | null {
  if (!hasType(spec.type, v)) return msg(POLICY.valueOfWrongType, { type: TYPE_TEXT[spec.type] });
  if (typeof v === "number") {
    if (spec.minimum !== undefined && v < spec.minimum)
      return msg(POLICY.valueBelowMinimum, { minimum: spec.minimum });
    if (spec.maximum !== undefined && v > spec.maximum)
      return msg(POLICY.valueAboveMaximum, { maximum: spec.maximum });
  }
  if (spec.enum) {
    const allowed = spec.enum;
    const values = Array.isArray(v) ? v : [v];
    const bad = values.find((x) => typeof x === "object" || !allowed.includes(x as string | number));
    if (bad !== undefined) {
      return msg(POLICY.valueNotAllowed, {
        value: showValue(bad as ParamValue),
        allowed: allowed.join(", "),
      });
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

const DIRECTION_TEXT: Record<Override, Template> = {
  lower: POLICY.overrideLower,
  higher: POLICY.overrideHigher,
  subset: POLICY.overrideSubset,
  superset: POLICY.overrideSuperset,
  fixed: POLICY.overrideFixed,
  free: POLICY.overrideFree,
};

const DECLARATION_KEYS = ["override", "section", "basis", "type", "minimum", "maximum", "enum"] as const;

/** Problems of a new parameter's declaration: its name, completeness, type and own value. */
function declarationProblems(name: string, entry: ParamEntry, layer: Layer, ptr: string): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const refuse = (at: string, guarantee: string, messages: Messages) =>
    out.push(problemAt(layer, at, name, guarantee, messages));
  if (Object.hasOwn(FACTS, name) || RESERVED.has(name)) {
    refuse(ptr, "parameter-name", msg(POLICY.parameterNamedLikeFact, { name }));
    return out;
  }
  const lacks = (["section", "basis", "override", "type"] as const).filter((k) => entry[k] === undefined);
  if (lacks.length > 0) {
    refuse(ptr, "parameter-complete", msg(POLICY.parameterIncomplete, { name, missing: lacks.join(", ") }));
    return out;
  }
  const spec = specOf(entry);
  const override = entry.override as Override;
  const comparable = DIRECTION_TYPES[override];
  if (comparable && !comparable.includes(spec.type)) {
    refuse(
      `${ptr}/override`,
      "parameter-override",
      msg(POLICY.overrideCannotCompare, {
        name,
        type: spec.type,
        override,
        types: joinMessages(comparable, COMMON.or),
      }),
    );
  }
  const numeric = spec.type === "integer" || spec.type === "number";
  if (!numeric && (spec.minimum !== undefined || spec.maximum !== undefined)) {
    refuse(`${ptr}/type`, "parameter-type", msg(POLICY.boundsOnlyForNumbers, { type: spec.type, name }));
  } else if (spec.minimum !== undefined && spec.maximum !== undefined && spec.minimum > spec.maximum) {
    refuse(
      `${ptr}/minimum`,
      "parameter-type",
      msg(POLICY.minimumAboveMaximum, { name, minimum: spec.minimum, maximum: spec.maximum }),
    );
  }
  const contract = contractOf(name);
  if (contract && contract.type !== spec.type) {
    refuse(
      `${ptr}/type`,
      "parameter-type",
      msg(POLICY.contractType, { name, needed: contract.type, type: spec.type }),
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
    const refuse = (at: string, guarantee: string, messages: Messages) =>
      problems.push(problemAt(layer, at, name, guarantee, messages));
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
          msg(POLICY.invalidValue, { name, value: showValue(entry.value), reason: breach }),
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
    const declared = { layer: prev.declaredBy.layer, file: prev.declaredBy.file, line: prev.declaredBy.line };
    const extra = DECLARATION_KEYS.filter((k) => entry[k] !== undefined);
    if (extra.length > 0) {
      refuse(
        `${ptr}/${extra[0]}`,
        "parameter-declaration",
        msg(POLICY.onlyValueBelow, { name, ...declared, keys: extra.join(", ") }),
      );
      continue;
    }
    const breach = valueBreach(name, prev.spec, entry.value);
    if (breach) {
      refuse(
        `${ptr}/value`,
        "parameter-type",
        msg(POLICY.invalidValueBelow, { name, value: showValue(entry.value), reason: breach, ...declared }),
      );
      continue;
    }
    if (!directionHolds(prev.override, prev.value, entry.value)) {
      refuse(
        `${ptr}/value`,
        `override-${prev.override}`,
        msg(POLICY.parameterWeakened, {
          name,
          value: showValue(entry.value),
          previous: showValue(prev.value),
          layer: prev.setBy.layer,
          direction: DIRECTION_TEXT[prev.override],
          override: prev.override,
        }),
      );
      continue;
    }
    params.set(name, { ...prev, value: entry.value, setBy: origin(layer, ptr) });
  }
  return params;
}
