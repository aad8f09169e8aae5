/**
 * One rule-metadata model (issue 11): every finding the pipeline gives — the built-in checks,
 * the repository rules and the policy rules — belongs to a rule the catalogue of rules
 * (`ruleMeta`, what formatters get as context) lists with the same section and layer, and the
 * severity it declares (a policy rule's at least that: a lower layer may raise it, SPEC 5.3).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleMeta } from "../src/core/report/rules.js";
import { SEVERITY_RANK } from "../src/core/types.js";
import { validatePaths } from "../src/index.js";
import { ROOT, SHIPPED } from "./helpers.js";

const EXAMPLES = join(ROOT, "examples");

/** The examples, a copy of one (duplicate id, overlap) and one with exceptions that waive nothing. */
function agreements(): string {
  const dir = mkdtempSync(join(tmpdir(), "hk-meta-"));
  for (const sub of ["agreements", "local"]) {
    for (const f of readdirSync(join(EXAMPLES, sub))) {
      copyFileSync(join(EXAMPLES, sub, f), join(dir, `${sub}-${f}`));
    }
  }
  const oneDay = readFileSync(join(EXAMPLES, "agreements", "compliant-one-day.yaml"), "utf8");
  writeFileSync(join(dir, "copy.yaml"), oneDay);
  const exceptions = [
    "exceptions:",
    "  - { rule: max-home-share, approvedBy: HR, reason: Test, approvedOn: 2025-12-01 }",
    "  - { rule: no-such-rule, approvedBy: HR, reason: Test, approvedOn: 2025-12-01 }",
  ];
  writeFileSync(
    join(dir, "exceptions.yaml"),
    `${oneDay.replace("NV-2026-0008", "NV-2026-0099").replace(/employee:\n {2}id: \S+/, "employee:\n  id: '999999'")}\n${exceptions.join("\n")}\n`,
  );
  return dir;
}

const BUILT_IN = ["yaml", "schema", "no-policy-in-force", "exception-not-allowed"];
const REPOSITORY = ["duplicate-id", "overlapping-agreements", "not-permanent"];

describe("the catalogue of rules", () => {
  it("given the examples and files that break built-in and repository rules, should list every rule that fired as it fired", async () => {
    const policyDirs = [SHIPPED, join(EXAMPLES, "policies")];
    const outcome = await validatePaths({ paths: [agreements()], policyDirs, workers: 0 });
    const meta = new Map(ruleMeta(outcome.resolver).map((r) => [r.id, r]));
    const fired = outcome.report.results.flatMap((f) => [...f.findings, ...f.waived]);
    const ids = new Set(fired.map((f) => f.ruleId));
    for (const id of ["yaml", "schema", "exception-not-allowed", "duplicate-id", "overlapping-agreements"]) {
      expect(ids, id).toContain(id);
    }
    expect(
      fired.filter((f) => !BUILT_IN.includes(f.ruleId) && !REPOSITORY.includes(f.ruleId)).length,
    ).toBeGreaterThan(10);
    const wrong = fired.flatMap((f) => {
      const m = meta.get(f.ruleId);
      if (!m) return [`${f.ruleId}: not in the catalogue`];
      const fixed = BUILT_IN.includes(f.ruleId) || REPOSITORY.includes(f.ruleId);
      const severityOk = fixed
        ? f.severity === m.severity
        : SEVERITY_RANK[f.severity] >= SEVERITY_RANK[m.severity];
      return f.section === m.section && f.layer === m.layer && severityOk
        ? []
        : [`${f.ruleId}: ${f.severity} §${f.section} ${f.layer} ≠ ${m.severity} §${m.section} ${m.layer}`];
    });
    expect(wrong).toEqual([]);
  });

  it("given the built-in and repository rules, should list each once, described in both languages", async () => {
    const { resolver } = await validatePaths({
      paths: [join(EXAMPLES, "agreements")],
      policyDirs: [SHIPPED],
      workers: 0,
    });
    const rules = ruleMeta(resolver);
    for (const id of [...BUILT_IN, ...REPOSITORY]) {
      const found = rules.filter((r) => r.id === id);
      expect(found, id).toHaveLength(1);
      expect(found[0]?.description.nb, id).toMatch(/\S/);
      expect(found[0]?.description.en, id).toMatch(/\S/);
      expect(found[0]?.description.nb, id).not.toBe(found[0]?.description.en);
    }
  });
});
