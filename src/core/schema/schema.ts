/**
 * JSON Schema checks (2020-12, ajv strict mode). Ajv errors become problems with a JSON pointer,
 * a hint and text in both languages; all errors of a document are collected, not the first.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Ajv2020 as AjvType, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { isValidDate } from "../dates.js";
import { COMMON } from "../messages/common.js";
import { joinMessages, msg, type Template } from "../messages/index.js";
import { SCHEMA } from "../messages/schema.js";
import { PACKAGE_ROOT, SCHEMA_DIR } from "../paths.js";
import type { Messages } from "../types.js";

export type SchemaName = "agreement" | "policy" | "policy-test" | "report";

export interface SchemaProblem {
  pointer: string;
  /** true when the pointer names a key (an unknown key), not a value. */
  atKey: boolean;
  messages: Messages;
}

let ajv: AjvType | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

export function loadSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), "utf8")) as Record<string, unknown>;
}

const PRECOMPILED = join(PACKAGE_ROOT, "dist", "validators");

/**
 * The validator for a schema: precompiled by `npm run build` (scripts/build-validators.mjs) when
 * present, else compiled here with ajv.
 */
function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  const file = join(PRECOMPILED, `${name}.cjs`);
  if (!v && existsSync(file)) {
    v = createRequire(import.meta.url)(file) as ValidateFunction;
    compiled.set(name, v);
  }
  if (!v) {
    ajv ??= new (createRequire(import.meta.url)("ajv/dist/2020.js").Ajv2020 as typeof AjvType)({
      strict: true,
      allErrors: true,
      allowUnionTypes: true,
    });
    if (!ajv.formats.date) ajv.addFormat("date", { type: "string", validate: isValidDate });
    v = ajv.compile(loadSchema(name));
    compiled.set(name, v);
  }
  return v;
}

/** At most this many schema problems per document, then one saying how many more there are. */
export const MAX_SCHEMA_PROBLEMS = 100;

export function checkSchema(name: SchemaName, value: unknown): SchemaProblem[] {
  const validate = validator(name);
  let ok: boolean;
  try {
    ok = validate(value) as boolean;
  } catch {
    // ajv's deep equality (uniqueItems) calls a mapping's own `toString`/`valueOf`; a document
    // that defines such keys can make it throw. Those keys are never valid: report them.
    return prototypeKeys(value);
  }
  if (ok) return [];
  const problems = toProblems(validate.errors ?? []);
  if (problems.length <= MAX_SCHEMA_PROBLEMS) return problems;
  const more = problems.length - MAX_SCHEMA_PROBLEMS;
  return [
    ...problems.slice(0, MAX_SCHEMA_PROBLEMS),
    {
      pointer: "",
      atKey: false,
      messages: msg(SCHEMA.tooManyProblems, { count: more }),
    },
  ];
}

const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Keys that shadow Object.prototype members (toString, valueOf, constructor, …), as problems. */
function prototypeKeys(value: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const walk = (v: unknown, pointer: string) => {
    if (out.length > MAX_SCHEMA_PROBLEMS) return;
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, `${pointer}/${i}`);
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        const child = `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if (PROTOTYPE_NAMES.has(k)) {
          out.push({
            pointer: child,
            atKey: true,
            messages: msg(SCHEMA.prototypeKey, { key: k, where: pointer || "/" }),
          });
        } else walk(x, child);
      }
    }
  };
  walk(value, "");
  if (out.length > 0) return out;
  return [
    {
      pointer: "",
      atKey: false,
      messages: msg(SCHEMA.cannotCheck),
    },
  ];
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
    t.split(",").map((x) => (Object.hasOwn(TYPE_NAMES, x) ? (TYPE_NAMES[x] as Template) : x)),
    COMMON.or,
  );
}

const BOUNDS: Record<string, Template> = {
  minItems: SCHEMA.minItems,
  maxItems: SCHEMA.maxItems,
  minLength: SCHEMA.minLength,
  maxLength: SCHEMA.maxLength,
  minimum: SCHEMA.minimum,
  maximum: SCHEMA.maximum,
  exclusiveMinimum: SCHEMA.exclusiveMinimum,
  exclusiveMaximum: SCHEMA.exclusiveMaximum,
  maxProperties: SCHEMA.maxProperties,
};

function describe(e: ErrorObject): SchemaProblem {
  const p = e.params as Record<string, unknown>;
  const where = e.instancePath || "/";
  const base = { pointer: e.instancePath, atKey: false };
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      return {
        pointer: `${e.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        atKey: true,
        messages: msg(SCHEMA.unknownKey, { key, where }),
      };
    }
    case "required":
      return { ...base, messages: msg(SCHEMA.missingKey, { key: String(p.missingProperty), where }) };
    case "type": {
      const t = String(p.type);
      return {
        ...base,
        messages:
          t === "string"
            ? msg(SCHEMA.wrongTypeText, { where })
            : msg(SCHEMA.wrongType, { where, type: typeText(t) }),
      };
    }
    case "enum":
      return { ...base, messages: msg(SCHEMA.notAllowedValue, { where, allowed: quote(p.allowedValues) }) };
    case "const":
      return { ...base, messages: msg(SCHEMA.notConstant, { where, value: quote(p.allowedValue) }) };
    case "format":
      return {
        ...base,
        messages:
          p.format === "date"
            ? msg(SCHEMA.invalidDate, { where })
            : msg(SCHEMA.wrongFormat, { where, format: String(p.format) }),
      };
    case "pattern": {
      const schema = e.parentSchema as { description?: string } | undefined;
      const hint = /\d\{2\}\):\[0-5\]/.test(String(p.pattern)) ? SCHEMA.timeHint : "";
      // The schema's description is English: the English text alone gives it.
      const description = { nb: "", en: schema?.description ? ` ${schema.description}` : "" };
      return {
        ...base,
        messages: msg(SCHEMA.patternMismatch, { where, hint, pattern: String(p.pattern), description }),
      };
    }
    case "uniqueItems":
      return {
        ...base,
        messages: msg(SCHEMA.duplicateItems, { where, first: String(p.j), second: String(p.i) }),
      };
    case "minItems":
    case "maxItems":
    case "minLength":
    case "maxLength":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "maxProperties": {
      const bound = msg(BOUNDS[e.keyword] as Template, { limit: String(p.limit) });
      return { ...base, messages: msg(SCHEMA.outOfBounds, { where, bound }) };
    }
    case "propertyNames":
      return { ...base, messages: msg(SCHEMA.invalidKeyName, { where, name: String(p.propertyName) }) };
    case "anyOf":
      return { ...base, messages: msg(SCHEMA.noAllowedForm, { where }) };
    default:
      return { ...base, messages: msg(SCHEMA.otherProblem, { where, detail: e.message ?? e.keyword }) };
  }
}

function toProblems(errors: ErrorObject[]): SchemaProblem[] {
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
