/**
 * The catalogue (SPEC 8.3): every fact, operator and parameter is described in nb and en with a
 * type and an example; the types agree with what the core computes; and the fact and operator
 * vocabulary of schemas/policy.schema.json is exactly the catalogue (guarded against drift).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { computeFacts } from "../src/core/catalogue/compute.js";
import { type CatalogueType, FACTS } from "../src/core/catalogue/facts.js";
import { OPERATOR_NAMES, OPERATORS } from "../src/core/catalogue/operators.js";
import { isValidDate } from "../src/core/dates.js";
import {
  type Catalogue,
  catalogue,
  type ParameterEntry,
  schemaVocabulary,
} from "../src/core/policy/catalogue.js";
import type { ResolvedPolicy } from "../src/core/policy/model.js";
import { checkSchema } from "../src/core/schema/schema.js";
import { formatCatalogue } from "../src/formatters/catalogue.js";
import type { HomeOfficeAgreement } from "../src/types/generated/agreement.js";
import { baseAgreement, EXAMPLE_POLICIES, ROOT, resolverFor, SHIPPED } from "./helpers.js";

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function hasType(v: unknown, type: CatalogueType): boolean {
  const isDate = typeof v === "string" && isValidDate(v);
  const isTime = typeof v === "string" && TIME.test(v);
  switch (type) {
    case "string":
      return typeof v === "string";
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "integer":
      return Number.isSafeInteger(v);
    case "boolean":
      return typeof v === "boolean";
    case "date":
      return isDate;
    case "time":
      return isTime;
    case "date or time":
      return isDate || isTime;
    case "time span": {
      const o = v as { start?: unknown; end?: unknown };
      return typeof v === "object" && v !== null && TIME.test(String(o.start)) && TIME.test(String(o.end));
    }
    case "list of strings":
      return Array.isArray(v) && v.every((x) => typeof x === "string");
    case "list of elements":
      return Array.isArray(v) && v.every((x) => typeof x === "object" && x !== null && !Array.isArray(x));
    case "list":
      return Array.isArray(v);
    case "any":
      return true;
  }
}

/** The policy for IE/IDI with the example layers: every parameter shipped or exemplified. */
function idiPolicy(): ResolvedPolicy {
  const r = resolverFor([SHIPPED, EXAMPLE_POLICIES]).resolve("IE", "IDI", "2026-03-01");
  if (!("policy" in r) || !r.policy || "missing" in r) throw new Error("IE/IDI does not resolve");
  return r.policy;
}

const policy = idiPolicy();
const cat = catalogue(policy);
const paramValues = Object.fromEntries([...policy.params.values()].map((p) => [p.name, p.value]));
const describedNames = new Set([...Object.keys(FACTS), ...policy.params.keys()]);

const bilingual = (m: { nb: string; en: string } | null | undefined) =>
  typeof m?.nb === "string" && m.nb.length > 10 && typeof m.en === "string" && m.en.length > 10;

describe("the catalogue's entries", () => {
  it.each(cat.facts.map((f) => [f.name, f] as const))(
    "given the fact %s, should describe it in nb and en, with a type, and an example of that type",
    (_, f) => {
      expect(bilingual(f.description)).toBe(true);
      expect(f.description.nb).not.toBe(f.description.en);
      expect(hasType(f.example, f.type), JSON.stringify(f.example)).toBe(true);
      if (f.unit === "weekdays") expect(WEEKDAYS).toEqual(expect.arrayContaining(f.example as string[]));
      // A list of elements names its fields, and its example shows exactly those.
      if (f.type === "list of elements") {
        expect(f.fields?.length).toBeGreaterThan(0);
        for (const e of f.example as object[])
          expect(Object.keys(e).sort()).toEqual([...(f.fields ?? [])].sort());
      } else expect(f.fields).toBeNull();
    },
  );

  it("given the operators a policy may name, should describe exactly those (OPERATOR_NAMES)", () => {
    expect(Object.keys(OPERATORS).sort()).toEqual([...OPERATOR_NAMES].sort());
    expect(cat.operators.map((o) => o.name)).toEqual([...OPERATOR_NAMES]);
  });

  it.each(cat.operators.map((o) => [o.name, o] as const))(
    "given the operator %s, should describe it and both its sides, with an example naming known facts",
    (name, o) => {
      for (const m of [o.description, o.factSide, o.valueSide]) expect(bilingual(m)).toBe(true);
      expect(o.example.operator).toBe(name);
      const fact = FACTS[o.example.fact];
      expect(fact, o.example.fact).toBeDefined();
      // The example's fact has a type the operator applies to.
      expect(hasType(fact?.example, o.type), `${o.example.fact} as ${o.type}`).toBe(true);
      const ref = (o.example.value as { fact?: string } | null)?.fact;
      if (ref !== undefined) expect(describedNames.has(ref), ref).toBe(true);
    },
  );

  it("given the shipped and example layers, should give every parameter both descriptions, a type, a value of that type and an example", () => {
    expect(cat.parameters.map((p) => p.name).sort()).toEqual([...policy.params.keys()].sort());
    expect(cat.parameters.length).toBeGreaterThanOrEqual(10);
    for (const p of cat.parameters) {
      expect(bilingual(p.description), p.name).toBe(true);
      expect(hasType(p.value, p.type), p.name).toBe(true);
      expect(p.example).toEqual({ fact: p.name });
    }
  });

  it("given parameter declarations in every shipped and example layer file, should give each a description in nb and en", () => {
    let declared = 0;
    for (const dir of [SHIPPED, EXAMPLE_POLICIES]) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
        const layer = parse(readFileSync(join(dir, file), "utf8")) as { parameters?: Record<string, object> };
        for (const [name, entry] of Object.entries(layer.parameters ?? {})) {
          if (!("type" in entry)) continue; // sets a value declared above
          declared++;
          expect(bilingual((entry as { description?: { nb: string; en: string } }).description), name).toBe(
            true,
          );
        }
      }
    }
    expect(declared).toBe(policy.params.size);
  });

  it("given the IE/IDI policy, should infer each parameter's unit from its name and type", () => {
    const units = Object.fromEntries(cat.parameters.map((p: ParameterEntry) => [p.name, p.unit]));
    expect(units).toMatchObject({
      maxHomeSharePercent: "%",
      maxAgreementMonths: "months",
      minCampusDaysPerWeek: "days per week",
      costlyEquipmentNok: "NOK",
      renewalGapDays: "days",
      unitMeetingDay: "weekdays",
      coreTime: null,
      coveredEquipment: null,
    });
    expect(cat.parameters.find((p) => p.name === "coveredEquipment")).toMatchObject({
      type: "list of strings",
      declaredIn: "ntnu-hjemmekontor",
      setIn: "ntnu-ie",
      override: "superset",
    });
  });

  it("given no policy, should list the facts and operators and no parameters", () => {
    const bare = catalogue();
    expect(bare.parameters).toEqual([]);
    expect(bare.facts.length).toBe(Object.keys(FACTS).length);
  });
});

/** Agreements whose facts the types must describe: the examples, and a sparse one with nulls. */
function agreements(): [string, HomeOfficeAgreement][] {
  const out: [string, HomeOfficeAgreement][] = [["base", baseAgreement() as HomeOfficeAgreement]];
  const sparse = baseAgreement();
  for (const key of ["manager", "schedule", "tasks", "workEnvironment", "equipment", "terms", "signatures"])
    delete sparse[key];
  delete sparse.period.end;
  delete sparse.employee.unit.department;
  out.push(["sparse", sparse as HomeOfficeAgreement]);
  for (const dir of ["examples/agreements", "examples/local"]) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => !f.startsWith("invalid-"))) {
      out.push([file, parse(readFileSync(join(ROOT, dir, file), "utf8")) as HomeOfficeAgreement]);
    }
  }
  return out;
}

describe("the catalogue's types against the computed facts", () => {
  it.each(agreements())(
    "given %s, should compute every fact of the catalogue with its type, or null where described",
    (_, a) => {
      const facts = computeFacts(a, paramValues);
      expect(Object.keys(facts).sort()).toEqual(Object.keys(FACTS).sort());
      for (const [name, v] of Object.entries(facts)) {
        const info = FACTS[name];
        if (!info) throw new Error(`${name} is computed but not in the catalogue`);
        if (v === null) expect(info.description.en, name).toMatch(/\bnull\b/);
        else expect(hasType(v, info.type), `${name} = ${JSON.stringify(v)}`).toBe(true);
        if (info.unit === "weekdays") expect(WEEKDAYS).toEqual(expect.arrayContaining(v as string[]));
      }
    },
  );
});

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

describe("formatCatalogue", () => {
  it("given nb and text, should list every fact, operator and parameter under Norwegian headings", () => {
    const text = formatCatalogue(cat, "nb", "text");
    expect(text).toContain(`Fakta (${cat.facts.length})`);
    expect(text).toContain(`Operatorer (${cat.operators.length})`);
    expect(text).toContain(`Parametere (${cat.parameters.length})`);
    for (const e of [...cat.facts, ...cat.operators, ...cat.parameters])
      expect(text).toContain(`\n  ${e.name} — `);
    expect(text).toContain(`  homeSharePercent — tall, %\n    ${FACTS.homeSharePercent?.description.nb}`);
    expect(text).toContain(
      "Eksempel: { fact: homeSharePercent, operator: greaterThan, value: { fact: maxHomeSharePercent } }",
    );
    expect(text).toMatch(/ {2}maxHomeSharePercent — tall, %\n.*\n {4}Verdi: 40 \(Tillatt: ≥ 0; ≤ 100\)/);
  });

  it("given en and text, should use English headings and descriptions", () => {
    const text = formatCatalogue(cat, "en", "text");
    expect(text).toContain(`Facts (${cat.facts.length})`);
    expect(text).toContain(
      `  noticePeriodDays — integer, days\n    ${FACTS.noticePeriodDays?.description.en}`,
    );
    expect(text).not.toContain("Fakta");
  });

  it("given no policy, should say that no parameters are listed", () => {
    expect(formatCatalogue(catalogue(), "nb", "text")).toContain("Parametere (0)\n\n  (ingen policy er gitt");
  });

  it("given json, should give the catalogue as data in both languages", () => {
    expect(JSON.parse(formatCatalogue(cat, "en", "json"))).toEqual(JSON.parse(JSON.stringify(cat)));
  });

  it("given a parameter whose text holds ESC, a bidi override and a newline, should show them escaped", () => {
    const [first] = cat.parameters;
    if (!first) throw new Error("no parameter");
    const hostile: Catalogue = {
      ...cat,
      parameters: [
        { ...first, description: { nb: "a\u001b[2Jb\u202ec\nd", en: "x" }, value: "v\u001b]0;t\u0007" },
      ],
    };
    const text = formatCatalogue(hostile, "nb", "text");
    for (const ch of ["\u001b", "\u202e", "\u0007"]) expect(text).not.toContain(ch);
    expect(text).toContain("a\\u001b[2Jb\\u202ec\\u000ad");
  });
});
