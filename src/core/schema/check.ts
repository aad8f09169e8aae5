/**
 * JSON Schema checks (2020-12, ajv strict mode), with no file system: each schema's validator is
 * provided — on Node by schema.ts (precompiled by the build, else compiled with ajv), in the form
 * page by the bundle, which imports the agreement's precompiled validator (SPEC 10.2). Ajv errors
 * become problems with a JSON pointer, a hint and text in both languages; all errors of a
 * document are collected, not the first.
 */
import type { ValidateFunction } from "ajv/dist/2020.js";
import { msg } from "../messages/index.js";
import { SCHEMA } from "../messages/schema.js";
import type { RuleMeta } from "../rule-meta.js";
import { escapeKey, type SchemaProblem, toProblems } from "./describe.js";

export type SchemaName = "agreement" | "policy" | "policy-test" | "report";

let validatorFor: ((name: SchemaName) => ValidateFunction) | undefined;

/** Where the validators come from (schema.ts on Node; the form page's bundle in the browser). */
export function provideValidators(get: (name: SchemaName) => ValidateFunction): void {
  validatorFor = get;
}

function validator(name: SchemaName): ValidateFunction {
  if (!validatorFor)
    throw new Error("No schema validators provided: on Node, import schema/schema.js (it provides them).");
  return validatorFor(name);
}

/** At most this many schema problems per document, then one saying how many more there are. */
const MAX_SCHEMA_PROBLEMS = 100;

/** The built-in rule of an agreement that breaks its JSON Schema: an agreement that is `invalid`. */
export const SCHEMA_RULE: RuleMeta = {
  id: "schema",
  section: null,
  layer: null,
  severity: "error",
  quote: "",
  description: SCHEMA.schemaRule,
};

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
      messages: msg(more === 1 ? SCHEMA.tooManyProblemsOne : SCHEMA.tooManyProblemsMany, { count: more }),
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
