/**
 * JSON Schema checks (2020-12, ajv strict mode). Ajv errors become problems with a JSON pointer,
 * a hint and text in both languages; all errors of a document are collected, not the first.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Ajv2020 as AjvType, ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { isValidDate } from "../dates.js";
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
      messages: {
        nb: `… og ${more} problemer til mot skjemaet. Rett de første og kjør på nytt.`,
        en: `… and ${more} more schema problems. Fix the first ones and run again.`,
      },
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
            messages: {
              nb: `Ukjent nøkkel «${k}» under ${pointer || "/"}. Fjern nøkkelen.`,
              en: `Unknown key "${k}" under ${pointer || "/"}. Remove the key.`,
            },
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
      messages: {
        nb: "Dokumentet kan ikke sjekkes mot skjemaet. Sjekk at det følger eksemplene.",
        en: "The document cannot be checked against the schema. Check that it follows the examples.",
      },
    },
  ];
}

function quote(values: unknown): string {
  return (Array.isArray(values) ? values : [values]).map((v) => JSON.stringify(v)).join(", ");
}

function typeNb(t: string): string {
  const map: Record<string, string> = {
    string: "tekst",
    number: "et tall",
    integer: "et heltall",
    boolean: "true eller false",
    object: "en samling nøkler",
    array: "en liste",
    null: "null",
  };
  return t
    .split(",")
    .map((x) => map[x] ?? x)
    .join(" eller ");
}

function typeEn(t: string): string {
  const map: Record<string, string> = {
    string: "text",
    number: "a number",
    integer: "an integer",
    boolean: "true or false",
    object: "a mapping of keys",
    array: "a list",
    null: "null",
  };
  return t
    .split(",")
    .map((x) => map[x] ?? x)
    .join(" or ");
}

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
        messages: {
          nb: `Ukjent nøkkel «${key}» under ${where}. Sjekk stavemåten, eller fjern nøkkelen.`,
          en: `Unknown key "${key}" under ${where}. Check the spelling, or remove the key.`,
        },
      };
    }
    case "required":
      return {
        ...base,
        messages: {
          nb: `Nøkkelen «${String(p.missingProperty)}» mangler under ${where}; den er påkrevd.`,
          en: `The key "${String(p.missingProperty)}" is missing under ${where}; it is required.`,
        },
      };
    case "type": {
      const t = String(p.type);
      return {
        ...base,
        messages: {
          nb: `${where} skal være ${typeNb(t)}.${t === "string" ? " Sett verdien i anførselstegn." : ""}`,
          en: `${where} must be ${typeEn(t)}.${t === "string" ? " Put the value in quotes." : ""}`,
        },
      };
    }
    case "enum":
      return {
        ...base,
        messages: {
          nb: `${where} må være én av: ${quote(p.allowedValues)}.`,
          en: `${where} must be one of: ${quote(p.allowedValues)}.`,
        },
      };
    case "const":
      return {
        ...base,
        messages: {
          nb: `${where} må være ${quote(p.allowedValue)}.`,
          en: `${where} must be ${quote(p.allowedValue)}.`,
        },
      };
    case "format":
      return {
        ...base,
        messages:
          p.format === "date"
            ? {
                nb: `${where} må være en gyldig dato på formen ÅÅÅÅ-MM-DD (år 1900–2199), f.eks. 2026-01-05.`,
                en: `${where} must be a valid date written YYYY-MM-DD (years 1900–2199), e.g. 2026-01-05.`,
              }
            : {
                nb: `${where} har feil format (${String(p.format)}).`,
                en: `${where} has the wrong format (${String(p.format)}).`,
              },
      };
    case "pattern": {
      const schema = e.parentSchema as { description?: string } | undefined;
      const hint = /\d\{2\}\):\[0-5\]/.test(String(p.pattern)) ? " (HH:MM)" : "";
      return {
        ...base,
        messages: {
          nb: `${where} har ugyldig form${hint}; den må passe mønsteret ${String(p.pattern)}.`,
          en: `${where} has an invalid form${hint}; it must match ${String(p.pattern)}.${schema?.description ? ` ${schema.description}` : ""}`,
        },
      };
    }
    case "uniqueItems":
      return {
        ...base,
        messages: {
          nb: `${where} har samme verdi to ganger (element ${String(p.j)} og ${String(p.i)}).`,
          en: `${where} holds the same value twice (items ${String(p.j)} and ${String(p.i)}).`,
        },
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
      const limit = String(p.limit);
      const nb: Record<string, string> = {
        minItems: `minst ${limit} element`,
        maxItems: `høyst ${limit} element`,
        minLength: `minst ${limit} tegn`,
        maxLength: `høyst ${limit} tegn`,
        minimum: `minst ${limit}`,
        maximum: `høyst ${limit}`,
        exclusiveMinimum: `større enn ${limit}`,
        exclusiveMaximum: `mindre enn ${limit}`,
        maxProperties: `høyst ${limit} nøkler`,
      };
      const en: Record<string, string> = {
        minItems: `at least ${limit} items`,
        maxItems: `at most ${limit} items`,
        minLength: `at least ${limit} characters`,
        maxLength: `at most ${limit} characters`,
        minimum: `at least ${limit}`,
        maximum: `at most ${limit}`,
        exclusiveMinimum: `greater than ${limit}`,
        exclusiveMaximum: `less than ${limit}`,
        maxProperties: `at most ${limit} keys`,
      };
      return {
        ...base,
        messages: { nb: `${where} må ha ${nb[e.keyword]}.`, en: `${where} must have ${en[e.keyword]}.` },
      };
    }
    case "propertyNames":
      return {
        ...base,
        messages: {
          nb: `${where} har et ugyldig nøkkelnavn «${String(p.propertyName)}».`,
          en: `${where} has an invalid key name "${String(p.propertyName)}".`,
        },
      };
    case "anyOf":
      return {
        ...base,
        messages: {
          nb: `${where} passer ikke med noen av de tillatte formene.`,
          en: `${where} matches none of the allowed forms.`,
        },
      };
    default:
      return {
        ...base,
        messages: { nb: `${where}: ${e.message ?? e.keyword}.`, en: `${where}: ${e.message ?? e.keyword}.` },
      };
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
