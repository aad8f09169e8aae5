/**
 * The fact and operator vocabulary of schemas/policy.schema.json is exactly the catalogue's
 * (guarded against drift, and repaired by scripts/gen-policy-schema.mjs), and the vocabulary under
 * ajv lets lint name an unknown fact with file:line.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FACTS } from "../src/core/catalogue/facts.js";
import { OPERATOR_NAMES } from "../src/core/catalogue/operators.js";
import { schemaVocabulary } from "../src/core/policy/catalogue.js";
import { checkSchema } from "../src/core/schema/schema.js";
import { ROOT } from "./helpers.js";

const SCHEMA_FILE = join(ROOT, "schemas", "policy.schema.json");
// biome-ignore lint/suspicious/noExplicitAny: walks the schema as plain JSON.
const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as any;
const constsOf = (def: { anyOf: { oneOf?: { const: string }[] }[] }) =>
  (def.anyOf[0]?.oneOf ?? []).map((c) => c.const);

describe("the schema's vocabulary (drift)", () => {
  it("given schemas/policy.schema.json, should name exactly the catalogue's facts, list facts and operators", () => {
    expect(constsOf(schema.$defs.factName)).toEqual(Object.keys(FACTS));
    const lists = Object.entries(FACTS).filter(([, f]) => f.type === "list of elements");
    expect(constsOf(schema.$defs.listFactName)).toEqual(lists.map(([n]) => n));
    expect(constsOf(schema.$defs.operatorName)).toEqual([...OPERATOR_NAMES]);
  });

  it("given schemas/policy.schema.json, should hold the vocabulary the catalogue generates, descriptions included", () => {
    const generated = schemaVocabulary();
    for (const key of ["factName", "listFactName", "operatorName"] as const)
      expect(schema.$defs[key], key).toEqual(JSON.parse(JSON.stringify(generated[key])));
  });

  it("given every fact, forEach and operator key of the schema, should point it at the vocabulary", () => {
    const want: Record<string, string> = {
      fact: "#/$defs/factName",
      forEach: "#/$defs/listFactName",
      operator: "#/$defs/operatorName",
    };
    const seen: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        const props = (node as { properties?: Record<string, { $ref?: string }> }).properties;
        for (const [key, ref] of Object.entries(want)) {
          if (props?.[key]) {
            expect(props[key]).toEqual({ $ref: ref });
            seen.push(key);
          }
        }
        Object.values(node).forEach(walk);
      }
    };
    walk(schema);
    expect(seen.sort()).toEqual([
      "fact",
      "fact",
      "forEach",
      "forEach",
      "forEach",
      "forEach",
      "forEach",
      "operator",
    ]);
  });

  const dir = mkdtempSync(join(tmpdir(), "hjemmekontor-catalogue-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const gen = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, "scripts", "gen-policy-schema.mjs"), ...args], {
      encoding: "utf8",
    });

  it("given the checked-in schema, should pass `gen-policy-schema.mjs --check` (run it without --check if not)", () => {
    const r = gen("--check");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("given a schema that lacks a fact and names one too many operator, should fail --check and be repaired by a run", () => {
    const drifted = structuredClone(schema);
    drifted.$defs.factName.anyOf[0].oneOf.pop();
    drifted.$defs.operatorName.anyOf[0].oneOf.push({ const: "regex", description: "x" });
    const file = join(dir, "policy.schema.json");
    writeFileSync(file, JSON.stringify(drifted));
    const check = gen("--check", "--schema", file);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("does not match the catalogue");
    expect(gen("--schema", file).status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(SCHEMA_FILE, "utf8"));
  });
});

describe("the vocabulary under ajv (the validators npm run build precompiles)", () => {
  const layer = (leaf: Record<string, unknown>) => ({
    kind: "Policy",
    id: "ntnu-xx",
    version: "1.0.0",
    effective: { from: "2024-01-01" },
    rules: [{ id: "ntnu-xx/r", when: { all: [{ operator: "equal", value: 1, ...leaf }] } }],
  });

  it.each([["salary"], ["__proto__"], ["maxHomeSharePercent"]])(
    "given the name %s (no fact of the catalogue), should pass the schema, so that lint names it with file:line",
    (fact) => {
      expect(checkSchema("policy", layer({ fact, operator: "regex" }))).toEqual([]);
    },
  );

  it("given a fact that is not a string, should give one problem at its value, not one per name of the catalogue", () => {
    const problems = checkSchema("policy", layer({ fact: 5 }));
    const atValue = problems.filter((p) => p.pointer === "/rules/0/when/all/0/fact" && !p.atKey);
    expect(atValue.map((p) => p.messages.en)).toEqual([
      "/rules/0/when/all/0/fact must be text. Put the value in quotes.",
    ]);
    expect(problems.filter((p) => p.messages.en.includes('"agreementId"'))).toEqual([]);
  });

  it("given a parameter whose description is a plain string, should refuse it by schema", () => {
    const doc = { ...layer({ fact: "type" }), parameters: { x: { value: 1, description: "one language" } } };
    expect(checkSchema("policy", doc).map((p) => p.pointer)).toContain("/parameters/x/description");
  });
});
