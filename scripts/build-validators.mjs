// Precompiles the JSON Schemas into standalone validators (dist/validators/*.cjs), so the CLI
// starts without compiling schemas at run time. src/core/schema.ts falls back to compiling with
// ajv when they are missing. Run by `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { _ } from "ajv/dist/compile/codegen/index.js";
import standaloneCode from "ajv/dist/standalone/index.js";

export const NAMES = ["agreement", "policy", "policy-test", "report"];
const root = new URL("../", import.meta.url);
const out = new URL("dist/validators/", root);

// Must agree with isValidDate in src/core/dates.ts (a test compares them).
const FORMATS = `"use strict";
const ISO = /^(\\d{4})-(\\d{2})-(\\d{2})$/;
function date(s) {
  const m = ISO.exec(s);
  if (!m) return false;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (y < 1900 || y > 2199) return false;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
module.exports = { date: { type: "string", validate: date } };
`;

mkdirSync(out, { recursive: true });
writeFileSync(new URL("formats.cjs", out), FORMATS);
for (const name of NAMES) {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    code: { source: true, formats: _`require("./formats.cjs")` },
  });
  ajv.addFormat("date", { type: "string", validate: () => true });
  const schema = JSON.parse(readFileSync(new URL(`schemas/${name}.schema.json`, root), "utf8"));
  const validate = ajv.compile(schema);
  writeFileSync(new URL(`${name}.cjs`, out), standaloneCode(ajv, validate));
}
