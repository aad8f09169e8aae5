// Writes the fact and operator vocabulary of schemas/policy.schema.json from the catalogue
// (src/core/catalogue.ts, SPEC 8.3), so that editors complete and explain the names a rule may use:
// $defs/factName, $defs/listFactName and $defs/operatorName, and every `fact`, `forEach` and
// `operator` of a condition pointing at them. Reads the catalogue from dist/: run `npm run build`
// first (npm test does, in its global setup).
//   node scripts/gen-policy-schema.mjs            rewrites the schema
//   node scripts/gen-policy-schema.mjs --check    exits 1 when the schema is not what it would write
//   --schema <file>                               another schema file (for tests)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const SCHEMA = "schemas/policy.schema.json";
const CATALOGUE = new URL("../dist/core/policy/catalogue.js", import.meta.url);

const ref = (name) => ({ $ref: `#/$defs/${name}` });

/** The schema with the given vocabulary `$defs` in place and every name pointing at them. */
export function withVocabulary(schema, vocabulary) {
  const out = structuredClone(schema);
  const defs = out.$defs;
  Object.assign(defs, vocabulary);
  defs.factRef.properties.fact = ref("factName");
  defs.leafCondition.properties.fact = ref("factName");
  defs.leafCondition.properties.operator = ref("operatorName");
  const branches = [defs.rule, defs.leafCondition, ...defs.condition.anyOf.filter((b) => b.properties)];
  for (const b of branches) b.properties.forEach = ref("listFactName");
  return out;
}

/** The text of a schema as biome formats it (the repository's JSON style). */
function formatted(schema) {
  const bin = `${root}node_modules/.bin/biome`;
  return execFileSync(bin, ["format", `--stdin-file-path=${SCHEMA}`], {
    cwd: root,
    input: `${JSON.stringify(schema, null, 2)}\n`,
    encoding: "utf8",
  });
}

async function main(args) {
  const check = args.includes("--check");
  const at = args.indexOf("--schema");
  const file = at >= 0 && args[at + 1] ? args[at + 1] : `${root}${SCHEMA}`;
  if (!existsSync(CATALOGUE)) {
    process.stderr.write("dist/core/policy/catalogue.js is missing: run `npm run build` first.\n");
    return 2;
  }
  const { schemaVocabulary } = await import(CATALOGUE.href);
  const current = readFileSync(file, "utf8");
  const next = formatted(withVocabulary(JSON.parse(current), schemaVocabulary()));
  if (!check) {
    if (next !== current) writeFileSync(file, next);
    return 0;
  }
  if (next === current) return 0;
  process.stderr.write(
    `${file} does not match the catalogue (src/core/facts.ts, src/core/operators.ts): run \`npm run build && node scripts/gen-policy-schema.mjs\`.\n`,
  );
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
