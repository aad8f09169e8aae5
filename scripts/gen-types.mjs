// Generates TypeScript types from schemas/ with json-schema-to-typescript.
// `node scripts/gen-types.mjs` writes them; `--check` only compares (used by the drift test).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { compile } from "json-schema-to-typescript";

export const NAMES = ["agreement", "policy", "policy-test", "report"];
const root = new URL("../", import.meta.url);

export async function generate(name) {
  const schema = JSON.parse(readFileSync(new URL(`schemas/${name}.schema.json`, root), "utf8"));
  return compile(schema, schema.title, {
    bannerComment: `/* Generated from schemas/${name}.schema.json by scripts/gen-types.mjs. Do not edit; run \`npm run gen:types\`. */`,
    additionalProperties: false,
    maxItems: -1,
    unreachableDefinitions: false,
    format: true,
    style: { semi: true, singleQuote: false, printWidth: 110 },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(new URL("src/types/generated/", root), { recursive: true });
  for (const name of NAMES) {
    writeFileSync(new URL(`src/types/generated/${name}.ts`, root), await generate(name));
  }
}
