/**
 * Every rule of the shipped layers (and of the example layers) has YAML test cases that make it
 * fire and cases that keep it quiet near its edge, counted from a run of policies/tests and
 * examples/policies/tests (SPEC 8.6); and the shipped catalogue matches SPEC 3.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { ResolvedPolicy } from "../src/core/policy/model.js";
import { runPolicyTestDirs } from "../src/core/run/testcases.js";
import { declaredRules, type PolicyTestCoverage, testCoverage } from "../src/core/run/testcoverage.js";
import { EXAMPLE_POLICIES, resolverFor, SHIPPED } from "./helpers.js";
import { SPEC_RULES } from "./rule-cases.js";

function shippedPolicy(): ResolvedPolicy {
  const resolved = resolverFor().resolve("NV", "IBI", "2026-01-05");
  if ("missing" in resolved) throw new Error(`no policy in force: ${JSON.stringify(resolved)}`);
  return resolved.policy;
}

describe("rule coverage by the YAML policy tests", () => {
  const dirs = [SHIPPED, EXAMPLE_POLICIES];
  let coverage: PolicyTestCoverage;

  beforeAll(async () => {
    const run = await runPolicyTestDirs(dirs, { resolver: resolverFor(dirs) });
    expect(run.problems).toEqual([]);
    expect(run.outcomes.filter((o) => !o.passed).map((o) => `${o.file}:${o.line} ${o.name}`)).toEqual([]);
    coverage = testCoverage(run.outcomes, resolverFor(dirs));
  });

  it("given the shipped and example layers, should count every rule they declare", () => {
    const ids = coverage.rules.map((r) => r.ruleId);
    expect(ids).toEqual(expect.arrayContaining([...Object.keys(SPEC_RULES), "ntnu-ie/equipment-budget"]));
    expect(ids).toEqual(declaredRules(resolverFor(dirs).set.layers).map((r) => r.ruleId));
  });

  it("given every rule, should have a case that makes it fire", () => {
    expect(coverage.neverFires, "rules no case makes fire").toEqual([]);
  });

  it("given every rule, should have a case that keeps it quiet", () => {
    expect(coverage.neverQuiet, "rules no case keeps quiet").toEqual([]);
  });

  it("given every rule, should have a near miss: a quiet case that changes what a firing case changes", () => {
    expect(coverage.noNearMiss, "rules without a near miss").toEqual([]);
  });

  it("given the central rules, should find their cases in policies/tests alone, not in the examples", () => {
    const central = coverage.rules.filter((r) => r.folder === 0);
    expect(central.map((r) => r.ruleId).sort()).toEqual(Object.keys(SPEC_RULES).sort());
  });
});

describe("the shipped catalogue and SPEC 3", () => {
  it("given the shipped policies, should declare exactly the per-agreement rules SPEC 3 names", () => {
    expect(
      shippedPolicy()
        .rules.map((r) => r.id)
        .sort(),
    ).toEqual(Object.keys(SPEC_RULES).sort());
  });

  it("given the shipped policies, should define every SPEC 3 rule with its layer, section, severity and flags", () => {
    const rules = new Map(shippedPolicy().rules.map((r) => [r.id, r]));
    for (const [id, spec] of Object.entries(SPEC_RULES)) {
      const r = rules.get(id);
      expect(r, id).toBeDefined();
      expect(
        {
          layer: r?.layer,
          section: r?.section,
          severity: r?.severity,
          mandatory: r?.mandatory,
          exceptionAllowed: r?.exceptionAllowed,
          enabled: r?.enabled,
        },
        id,
      ).toEqual({ ...spec, enabled: true });
    }
  });
});
