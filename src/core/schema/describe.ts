/**
 * Ajv's errors as problems: a JSON pointer, whether it names a key, and text in both languages.
 * One describer per JSON Schema keyword; repeats (propertyNames, anyOf) are dropped.
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import { COMMON } from "../messages/common.js";
import { joinMessages, msg, type Template } from "../messages/index.js";
import { SCHEMA } from "../messages/schema.js";
import type { Messages } from "../types.js";

export interface SchemaProblem {
  pointer: string;
  /** true when the pointer names a key (an unknown key), not a value. */
  atKey: boolean;
  messages: Messages;
}

/** A JSON pointer's segment for a key: `~` and `/` escaped. */
export function escapeKey(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function quote(values: unknown): string {
  return (Array.isArray(values) ? values : [values]).map((v) => JSON.stringify(v)).join(", ");
}

const TYPE_NAMES: Record<string, Template> = {
  string: SCHEMA.typeString,
  number: SCHEMA.typeNumber,
  integer: SCHEMA.typeInteger,
  boolean: SCHEMA.typeBoolean,
  object: SCHEMA.typeObject,
  array: SCHEMA.typeArray,
  null: SCHEMA.typeNull,
};

/** ajv's type list ("string,null") in words: "tekst eller null", "text or null". */
function typeText(t: string): Messages {
  return joinMessages(
    t.split(",").map((x) => (Object.hasOwn(TYPE_NAMES, x) ? (TYPE_NAMES[x] ?? x) : x)),
    COMMON.or,
  );
}

/** A bound's words: for a limit of exactly 1, and for any other limit. */
const BOUNDS: Record<string, { one: Template; many: Template }> = {
  minItems: { one: SCHEMA.minItemsOne, many: SCHEMA.minItemsMany },
  maxItems: { one: SCHEMA.maxItemsOne, many: SCHEMA.maxItemsMany },
  minLength: { one: SCHEMA.minLengthOne, many: SCHEMA.minLengthMany },
  maxLength: { one: SCHEMA.maxLengthOne, many: SCHEMA.maxLengthMany },
  minimum: { one: SCHEMA.minimum, many: SCHEMA.minimum },
  maximum: { one: SCHEMA.maximum, many: SCHEMA.maximum },
  exclusiveMinimum: { one: SCHEMA.exclusiveMinimum, many: SCHEMA.exclusiveMinimum },
  exclusiveMaximum: { one: SCHEMA.exclusiveMaximum, many: SCHEMA.exclusiveMaximum },
  maxProperties: { one: SCHEMA.maxPropertiesOne, many: SCHEMA.maxPropertiesMany },
};

/** One of ajv's error parameters, as text. */
function param(e: ErrorObject, name: string): string {
  const value: unknown = e.params[name];
  return String(value);
}

function typeMessage(e: ErrorObject, where: string): Messages {
  const t = param(e, "type");
  return t === "string"
    ? msg(SCHEMA.wrongTypeText, { where })
    : msg(SCHEMA.wrongType, { where, type: typeText(t) });
}

function formatMessage(e: ErrorObject, where: string): Messages {
  const format = param(e, "format");
  return format === "date" ? msg(SCHEMA.invalidDate, { where }) : msg(SCHEMA.wrongFormat, { where, format });
}

function patternMessage(e: ErrorObject, where: string): Messages {
  const pattern = param(e, "pattern");
  const hint = /\d\{2\}\):\[0-5\]/.test(pattern) ? SCHEMA.timeHint : "";
  // The schema's description is English: the English text alone gives it.
  const text: unknown = e.parentSchema?.description;
  const description = { nb: "", en: typeof text === "string" && text ? ` ${text}` : "" };
  return msg(SCHEMA.patternMismatch, { where, hint, pattern, description });
}

/** The message for an error at `where` (its instance path, or `/`), by keyword. */
const MESSAGES: Record<string, (e: ErrorObject, where: string) => Messages> = {
  required: (e, where) => msg(SCHEMA.missingKey, { key: param(e, "missingProperty"), where }),
  type: typeMessage,
  enum: (e, where) => msg(SCHEMA.notAllowedValue, { where, allowed: quote(e.params.allowedValues) }),
  const: (e, where) => msg(SCHEMA.notConstant, { where, value: quote(e.params.allowedValue) }),
  format: formatMessage,
  pattern: patternMessage,
  uniqueItems: (e, where) =>
    msg(SCHEMA.duplicateItems, { where, first: param(e, "j"), second: param(e, "i") }),
  propertyNames: (e, where) => msg(SCHEMA.invalidKeyName, { where, name: param(e, "propertyName") }),
  anyOf: (_, where) => msg(SCHEMA.noAllowedForm, { where }),
};

/** "at least 1 item", "at most 200 keys": the bound's words for its limit. */
function boundText(bound: { one: Template; many: Template }, limit: string): Messages {
  return msg(limit === "1" ? bound.one : bound.many, { limit });
}

function describe(e: ErrorObject): SchemaProblem {
  const where = e.instancePath || "/";
  if (e.keyword === "additionalProperties") {
    const key = param(e, "additionalProperty");
    return {
      pointer: `${e.instancePath}/${escapeKey(key)}`,
      atKey: true,
      messages: msg(SCHEMA.unknownKey, { key, where }),
    };
  }
  const bound = Object.hasOwn(BOUNDS, e.keyword) ? BOUNDS[e.keyword] : undefined;
  const describer = Object.hasOwn(MESSAGES, e.keyword) ? MESSAGES[e.keyword] : undefined;
  const messages = bound
    ? msg(SCHEMA.outOfBounds, { where, bound: boundText(bound, param(e, "limit")) })
    : describer
      ? describer(e, where)
      : msg(SCHEMA.otherProblem, { where, detail: e.message ?? e.keyword });
  return { pointer: e.instancePath, atKey: false, messages };
}

/** The problems of ajv's errors, in order, each once. */
export function toProblems(errors: ErrorObject[]): SchemaProblem[] {
  // propertyNames reports twice (the name, then the object); an anyOf adds one error on top of its
  // branches' errors. Keep the specific ones and drop the repeats.
  const specific = errors.filter(
    (e) => e.keyword !== "anyOf" || !errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath)),
  );
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  for (const e of specific) {
    if (e.propertyName !== undefined && e.keyword !== "propertyNames") continue;
    const problem = describe(e);
    const key = `${problem.pointer}\u0000${problem.messages.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return out;
}
