/**
 * The schemas on Node: read from schemas/, their validators precompiled by `npm run build`
 * (scripts/build-validators.mjs) or else compiled here with ajv, and provided to the checks in
 * check.ts (which have no file system, so that the form page runs them too). Node code imports
 * checkSchema from here.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Ajv2020 as AjvType, ValidateFunction } from "ajv/dist/2020.js";
import { isValidDate } from "../dates.js";
import { PACKAGE_ROOT, SCHEMA_DIR } from "../paths.js";
import { provideValidators, type SchemaName } from "./check.js";

export { checkSchema } from "./check.js";

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

provideValidators(validator);
