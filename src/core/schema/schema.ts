/**
 * JSON Schema checks (2020-12, ajv strict mode). Ajv errors become problems with a JSON pointer,
 * a hint and text in both languages; all errors of a document are collected, not the first.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Ajv2020 as AjvType, ValidateFunction } from "ajv/dist/2020.js";
import { isValidDate } from "../dates.js";
import { msg } from "../messages/index.js";
import { SCHEMA } from "../messages/schema.js";
import { PACKAGE_ROOT, SCHEMA_DIR } from "../paths.js";
import { escapeKey, type SchemaProblem, toProblems } from "./describe.js";

type SchemaName = "agreement" | "policy" | "policy-test" | "report";

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
const MAX_SCHEMA_PROBLEMS = 100;

export function checkSchema(name: SchemaName, value: unknown): SchemaProblem[] {
  const validate = validator(name);
  let ok: boolean;
  try {
    ok = validate(value);
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
        const child = `${pointer}/${escapeKey(k)}`;
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
