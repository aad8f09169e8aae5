/**
 * `policy test`: a test file runs against the layers of its own folder and the folders before it
 * (SPEC 8.6), a folder may not build on a later one, and the coverage of the rules by the cases is
 * counted, with the rules no case names listed for lint.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPolicies } from "../src/core/run/run.js";
import {
  loadTestFile,
  runCase,
  runPolicyTestDirs,
  runPolicyTests,
  scopedResolver,
} from "../src/core/run/testcases.js";
import { rulesWithoutCases, testCoverage } from "../src/core/run/testcoverage.js";
import { runCli } from "./cli-helpers.js";
import { EXAMPLE_POLICIES, SHIPPED } from "./helpers.js";
import { BASE, folderWith, lineOf, NV_LAYER, NV_TESTS, tempDir } from "./helpers-policy-testcases.js";

describe("the scope of a test file (SPEC 8.6)", () => {
  it("given a new NV faculty layer in a later folder, should run the central tests without it and pass", async () => {
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    const run = await runPolicyTestDirs([SHIPPED, nv]);
    expect(run.problems).toEqual([]);
    expect(
      run.outcomes.filter((o) => !o.passed).map((o) => `${o.name}: ${o.reasons.map((r) => r.en)}`),
    ).toEqual([]);
    const own = run.outcomes.filter((o) => o.file.endsWith("t.yaml"));
    expect(own).toHaveLength(1);
    expect(own[0]?.result.layers).toContain("ntnu-nv@1.0.0");
  });

  it("given the same layers with no scoping, should show the central tests that the NV layer would break", async () => {
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    const all = loadPolicies([SHIPPED, nv]);
    const central = loadTestFile(join(SHIPPED, "tests", "ntnu-hjemmekontor.yaml"));
    const base = central.cases[0];
    if (!base) throw new Error("no cases");
    expect((await runCase(base, scopedResolver(all, 0).resolver)).passed).toBe(true);
    const unscoped = await runCase(base, scopedResolver(all, 1).resolver);
    expect(unscoped.passed).toBe(false);
    expect(unscoped.reasons.map((r) => r.en).join("\n")).toContain(
      "unexpected findings: ntnu-nv/confidential-data",
    );
  });

  it("given the old entry point (test files and one resolver of all folders), should scope each file by its folder too", async () => {
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    const files = [join(SHIPPED, "tests", "ntnu-hjemmekontor.yaml"), join(nv, "tests", "t.yaml")];
    const { outcomes, problems } = await runPolicyTests(files, loadPolicies([SHIPPED, nv]));
    expect(problems).toEqual([]);
    expect(outcomes.every((o) => o.passed)).toBe(true);
  });

  it("given the CLI with the NV layer in a second folder, should exit 0", () => {
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    const r = runCli(["policy", "test", "--policies", "policies", "--policies", nv, "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("coverage of the rules by the cases", () => {
  it("given only the base case, should list every rule as never firing and none as never quiet", async () => {
    const dir = folderWith(`${BASE}cases:\n  - name: base\n    expect: { findings: [] }\n`);
    const resolver = loadPolicies([SHIPPED]);
    const { outcomes } = await runPolicyTests([join(dir, "tests", "t.yaml")], resolver);
    const c = testCoverage(outcomes, resolver);
    expect([...c.neverFires].sort()).toEqual(
      resolver
        .resolve("NV", "IBI", "2026-01-05")
        .policy?.rules.map((r) => r.id)
        .sort(),
    );
    expect(c.neverQuiet).toEqual([]);
    expect(c.noNearMiss).toEqual(c.neverFires);
    expect(c.rules.every((r) => r.quiet === 1 && r.nearMisses === 0)).toBe(true);
  });

  it("given the shipped and example cases, should list no rule as never firing or never quiet", async () => {
    const dirs = [SHIPPED, EXAMPLE_POLICIES];
    const resolver = loadPolicies(dirs);
    const run = await runPolicyTestDirs(dirs, { resolver });
    const c = testCoverage(run.outcomes, resolver);
    expect([c.neverFires, c.neverQuiet]).toEqual([[], []]);
    const share = c.rules.find((r) => r.ruleId === "max-home-share");
    expect(share?.file).toContain("ntnu-hjemmekontor@1.0.0.yaml");
    expect(share?.fires).toBeGreaterThan(3);
  });

  it("given a new layer whose tests do not name its rule, should list that rule alone for lint, with its file:line", () => {
    const nv = folderWith(`${BASE}cases:\n  - name: base\n    expect: { verdict: non-compliant }\n`, {
      "ntnu-nv@1.0.0.yaml": NV_LAYER,
    });
    const dirs = [SHIPPED, nv];
    const missing = rulesWithoutCases(dirs, loadPolicies(dirs));
    expect(missing.map((m) => m.ruleId)).toEqual(["ntnu-nv/confidential-data"]);
    expect(missing[0]?.line).toBe(lineOf(NV_LAYER, "id: ntnu-nv/confidential-data"));
    expect(missing[0]?.messages.en).toContain("has no test cases");
  });

  it("given a rule named only by the tests of an earlier folder, should still list it (those tests never run it)", () => {
    const early = folderWith(
      `${BASE}cases:\n  - name: x\n    expect: { findings: [ntnu-nv/confidential-data] }\n`,
    );
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    writeFileSync(join(nv, "tests", "t.yaml"), `${BASE}cases:\n  - name: base\n    expect: {}\n`);
    cpSync(join(SHIPPED, "tests"), join(early, "tests"), { recursive: true });
    for (const f of ["no-hjemmekontorforskriften@2.0.0.yaml", "ntnu-hjemmekontor@1.0.0.yaml"])
      cpSync(join(SHIPPED, f), join(early, f));
    cpSync(join(SHIPPED, "sources"), join(early, "sources"), { recursive: true });
    const dirs = [early, nv];
    expect(rulesWithoutCases(dirs, loadPolicies(dirs)).map((m) => m.ruleId)).toEqual([
      "ntnu-nv/confidential-data",
    ]);
  });
});

describe("a folder whose layers build on a later folder", () => {
  it("given a department layer whose faculty layer comes in a later folder, should refuse the earlier folder's tests and say why", async () => {
    const early = join(tempDir(), "early");
    cpSync(SHIPPED, early, { recursive: true });
    cpSync(join(EXAMPLE_POLICIES, "ntnu-ie-idi@1.0.0.yaml"), join(early, "ntnu-ie-idi@1.0.0.yaml"));
    const late = join(tempDir(), "late");
    mkdirSync(late);
    cpSync(join(EXAMPLE_POLICIES, "ntnu-ie@1.0.0.yaml"), join(late, "ntnu-ie@1.0.0.yaml"));
    const run = await runPolicyTestDirs([early, late]);
    expect(run.problems.map((p) => p.guarantee)).toContain("test-scope");
    const scope = run.problems.find((p) => p.guarantee === "test-scope");
    expect(scope?.messages.en).toContain("run against the layers of");
    expect(run.problems.some((p) => p.file.endsWith("ntnu-ie-idi@1.0.0.yaml"))).toBe(true);
  });
});
