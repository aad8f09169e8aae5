/**
 * Parameters across layers (SPEC 4, 5). A parameter is declared once, with a section, a basis, an
 * override direction and a type (SPEC 5.5); a lower layer may then set only its value, and every
 * value is checked against the declared type and range before its direction. Parameter names live
 * apart from facts: a parameter named like a fact would hide it from every rule, so it is refused.
 */

import { FACTS } from "../catalogue/facts.js";
import { contractOf, showValue, valueBreach } from "../catalogue/params.js";
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

/** Deep equality of parameter values (object keys in any order). */
export function sameValue(a: ParamValue, b: ParamValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (typeof a === "object" && typeof b === "object") return a.start === b.start && a.end === b.end;
  return a === b;
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

/** a ≤ b for two numbers, or two dates or times (ISO text orders as time does); else false. */
function atMost(a: ParamValue, b: ParamValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  if (typeof a === "string" && typeof b === "string") return a <= b;
  return false;
}

/** Whether `next` keeps to `override` relative to `prev`; both already have the declared type. */
function directionHolds(override: Override, prev: ParamValue, next: ParamValue): boolean {
  switch (override) {
    case "free":
      return true;
    case "fixed":
      return sameValue(prev, next);
    case "lower":
      return atMost(next, prev);
    case "higher":
      return atMost(prev, next);
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

interface Declaration {
  spec: ParamSpec;
  override: Override;
}

/**
 * A new parameter's type and override as declared; null, with the problems added, when its name,
 * completeness or type is wrong.
 */
function declaration(
  name: string,
  entry: ParamEntry,
  layer: Layer,
  ptr: string,
  problems: PolicyProblem[],
): Declaration | null {
  const refuse = (at: string, guarantee: string, messages: Messages) =>
    problems.push(problemAt(layer, at, name, guarantee, messages));
  if (Object.hasOwn(FACTS, name) || RESERVED.has(name)) {
    refuse(ptr, "parameter-name", msg(POLICY.parameterNamedLikeFact, { name }));
    return null;
  }
  const lacks = (["section", "basis", "override", "type"] as const).filter((k) => entry[k] === undefined);
  const { override, type } = entry;
  if (lacks.length > 0 || override === undefined || type === undefined) {
    refuse(ptr, "parameter-complete", msg(POLICY.parameterIncomplete, { name, missing: lacks.join(", ") }));
    return null;
  }
  const before = problems.length;
  const spec = specOf(entry, type);
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
  return problems.length > before ? null : { spec, override };
}

function specOf(entry: ParamEntry, type: ParamType): ParamSpec {
  const spec: ParamSpec = { type };
  if (entry.minimum !== undefined) spec.minimum = entry.minimum;
  if (entry.maximum !== undefined) spec.maximum = entry.maximum;
  if (entry.enum !== undefined) spec.enum = entry.enum;
  return spec;
}

/** A parameter a layer declares: its declaration and its own value checked. */
function declareParam(
  name: string,
  entry: ParamEntry,
  layer: Layer,
  problems: PolicyProblem[],
): ResolvedParam | undefined {
  const ptr = `/parameters/${name}`;
  const declared = declaration(name, entry, layer, ptr, problems);
  if (!declared) return undefined;
  const breach = valueBreach(name, declared.spec, entry.value);
  if (breach) {
    const messages = msg(POLICY.invalidValue, { name, value: showValue(entry.value), reason: breach });
    problems.push(problemAt(layer, `${ptr}/value`, name, "parameter-type", messages));
    return undefined;
  }
  const o = origin(layer, ptr);
  return {
    name,
    value: entry.value,
    spec: declared.spec,
    section: entry.section ?? null,
    basis: entry.basis ?? null,
    override: declared.override,
    description: entry.description ?? null,
    declaredBy: o,
    setBy: o,
  };
}

/** A new value a lower layer sets for a parameter declared above: only the value, of its type, in its direction. */
function setParam(
  prev: ResolvedParam,
  entry: ParamEntry,
  layer: Layer,
  problems: PolicyProblem[],
): ResolvedParam | undefined {
  const { name } = prev;
  const ptr = `/parameters/${name}`;
  const refuse = (at: string, guarantee: string, messages: Messages) =>
    problems.push(problemAt(layer, at, name, guarantee, messages));
  const declared = { layer: prev.declaredBy.layer, file: prev.declaredBy.file, line: prev.declaredBy.line };
  const extra = DECLARATION_KEYS.filter((k) => entry[k] !== undefined);
  if (extra.length > 0) {
    refuse(
      `${ptr}/${extra[0]}`,
      "parameter-declaration",
      msg(POLICY.onlyValueBelow, { name, ...declared, keys: extra.join(", ") }),
    );
    return undefined;
  }
  const breach = valueBreach(name, prev.spec, entry.value);
  if (breach) {
    refuse(
      `${ptr}/value`,
      "parameter-type",
      msg(POLICY.invalidValueBelow, { name, value: showValue(entry.value), reason: breach, ...declared }),
    );
    return undefined;
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
    return undefined;
  }
  return { ...prev, value: entry.value, setBy: origin(layer, ptr) };
}

/** Applies one layer's `parameters` on top of those in force above it. Collects every problem. */
export function mergeParams(
  base: Map<string, ResolvedParam>,
  layer: Layer,
  problems: PolicyProblem[],
): Map<string, ResolvedParam> {
  const params = new Map(base);
  for (const [name, entry] of Object.entries(layer.parameters)) {
    const prev = params.get(name);
    const next = prev ? setParam(prev, entry, layer, problems) : declareParam(name, entry, layer, problems);
    if (next) params.set(name, next);
  }
  return params;
}
