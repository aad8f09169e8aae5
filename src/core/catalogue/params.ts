/**
 * The types a policy parameter may have (SPEC 5.5), and the contracts of the parameters the core
 * itself derives facts from: part of the vocabulary of the policy language, beside the facts and
 * the operators. A value is checked against its declared type and range here.
 */
import type { Parameter, ParameterValue } from "../../types/generated/policy.js";
import { isValidDate } from "../dates.js";
import { msg, type Template } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import type { Messages } from "../types.js";

export type ParamType = NonNullable<Parameter["type"]>;
/** A parameter's value, as schemas/policy.schema.json allows it. */
export type ParamValue = ParameterValue;

/** What a parameter's declaration allows its value to be (SPEC 5.5). */
export interface ParamSpec {
  type: ParamType;
  minimum?: number;
  maximum?: number;
  enum?: (string | number)[];
}

/**
 * Parameters the core derives facts from (or the repository rules read): whatever type and range
 * a layer declares, their values must also keep to these, so that no value can break evaluation.
 */
const PARAM_CONTRACTS: Record<string, ParamSpec> = {
  maxAgreementMonths: { type: "integer", minimum: 1, maximum: 1200 },
  minCampusDaysPerWeek: { type: "integer", minimum: 0, maximum: 7 },
  coreTime: { type: "object" },
  coveredEquipment: { type: "list" },
  renewalGapDays: { type: "integer", minimum: 0, maximum: 3650 },
  maxConsecutiveMonths: { type: "integer", minimum: 1, maximum: 1200 },
};

/** The core's own contract for a parameter name (an own key only: `constructor` is a fine name). */
export function contractOf(name: string): ParamSpec | undefined {
  return Object.hasOwn(PARAM_CONTRACTS, name) ? PARAM_CONTRACTS[name] : undefined;
}

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export function showValue(v: ParamValue): string {
  return Array.isArray(v) ? `[${v.join(", ")}]` : typeof v === "object" ? `${v.start}–${v.end}` : String(v);
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
function typeBreach(spec: ParamSpec, v: ParamValue): Messages | null {
  if (!hasType(spec.type, v)) return msg(POLICY.valueOfWrongType, { type: TYPE_TEXT[spec.type] });
  if (typeof v === "number") {
    if (spec.minimum !== undefined && v < spec.minimum)
      return msg(POLICY.valueBelowMinimum, { minimum: spec.minimum });
    if (spec.maximum !== undefined && v > spec.maximum)
      return msg(POLICY.valueAboveMaximum, { maximum: spec.maximum });
  }
  if (spec.enum) {
    const allowed = spec.enum;
    const values: ParamValue[] = Array.isArray(v) ? v : [v];
    const bad = values.find((x) => typeof x === "object" || !allowed.some((a) => a === x));
    if (bad !== undefined) {
      return msg(POLICY.valueNotAllowed, { value: showValue(bad), allowed: allowed.join(", ") });
    }
  }
  return null;
}

/** A value's breach of its declared spec, or of the core's contract for the name; null when none. */
export function valueBreach(name: string, spec: ParamSpec, v: ParamValue): Messages | null {
  const contract = contractOf(name);
  return typeBreach(spec, v) ?? (contract ? typeBreach(contract, v) : null);
}
