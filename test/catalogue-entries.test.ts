/**
 * The catalogue (SPEC 8.3): every fact, operator and parameter is described in nb and en with a
 * type and an example, and the types agree with what the core computes for the example agreements.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { computeFacts } from "../src/core/catalogue/compute.js";
import { FACTS } from "../src/core/catalogue/facts.js";
import { OPERATOR_NAMES, OPERATORS } from "../src/core/catalogue/operators.js";
import { catalogue, type ParameterEntry } from "../src/core/policy/catalogue.js";
import type { HomeOfficeAgreement } from "../src/types/generated/agreement.js";
import { baseAgreement, EXAMPLE_POLICIES, ROOT, SHIPPED } from "./helpers.js";
import {
  bilingual,
  cat,
  describedNames,
  hasType,
  paramValues,
  policy,
  WEEKDAYS,
} from "./helpers-catalogue.js";

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
