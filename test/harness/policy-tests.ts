/**
 * A `testRule`-style harness (after Spectral's `__helpers__/tester.ts` and ESLint's RuleTester)
 * for the YAML policy tests HR writes: `describe(test file)` / `it(case name)`, one vitest test per
 * case. Each file runs against the layers of its own folder and the folders before it (SPEC 8.6),
 * and each case is judged exactly as `hjemmekontor policy test` judges it (verdict, every finding,
 * path, line, message), plus what every result must satisfy whatever the case says: messages with
 * their placeholders filled, findings that carry their rule's layer, section and severity, and a
 * verdict that agrees with the findings.
 */
import { describe, expect, it } from "vitest";
import type { ResolvedRule } from "../../src/core/policy/model.js";
import type { PolicyResolver } from "../../src/core/policy/resolve.js";
import { loadPolicies } from "../../src/core/run/run.js";
import {
  type CaseOutcome,
  folderOf,
  loadTestFile,
  runCase,
  scopedResolver,
  testFiles,
} from "../../src/core/run/testcases.js";
import type { Finding } from "../../src/core/types.js";

/** The rules of the chain a case ran, by id. */
function rulesOf(o: CaseOutcome, resolver: PolicyResolver): Map<string, ResolvedRule> {
  const byKey = new Map(resolver.set.layers.map((l) => [`${l.id}@${l.version}`, l]));
  const chain = o.result.layers.flatMap((k) => byKey.get(k) ?? []);
  if (chain.length === 0) return new Map();
  return new Map(resolver.merged(chain).rules.map((r) => [r.id, r]));
}

const show = (f: Finding) =>
  `${f.ruleId} ${f.severity} ${f.path} line ${f.line}: ${f.message.en} / ${f.message.nb}`;

/** What the CLI checks (the case's own expectations), then what holds for every result. */
export function assertOutcome(o: CaseOutcome, resolver: PolicyResolver): void {
  const found = [...o.result.findings.map(show), ...o.result.waived.map((f) => `waived: ${show(f)}`)];
  expect(
    o.reasons.map((r) => r.en),
    `${o.file}:${o.line}\n  ${found.join("\n  ")}`,
  ).toEqual([]);
  const rules = rulesOf(o, resolver);
  for (const f of [...o.result.findings, ...o.result.waived]) {
    for (const text of [f.message.nb, f.message.en]) {
      expect(text, `${f.ruleId}: an unfilled placeholder`).not.toMatch(/[{}]/);
      expect(text.trim(), `${f.ruleId}: an empty message`).not.toBe("");
    }
    const rule = rules.get(f.ruleId);
    if (rule) {
      expect({ layer: f.layer, section: f.section, severity: f.severity }, f.ruleId).toEqual({
        layer: rule.layer,
        section: rule.section,
        severity: rule.severity,
      });
    }
  }
  if (o.result.verdict !== "invalid") {
    const errors = o.result.findings.some((f) => f.severity === "error");
    expect(o.result.verdict).toBe(errors ? "non-compliant" : "compliant");
  }
}

/**
 * Declares one `describe` per test file of `dirs` (in --policies order) and one `it` per case.
 * A test file that is refused (YAML, schema, `__proto__`) fails as a test of its own.
 */
export function testPolicyFolders(dirs: string[]): void {
  const resolver = loadPolicies(dirs);
  for (const path of testFiles(dirs)) {
    const loaded = loadTestFile(path);
    const scope = scopedResolver(resolver, folderOf(path, dirs));
    describe(loaded.file, () => {
      if (loaded.problems.length > 0 || scope.problems.length > 0) {
        it("is a test file policy test accepts", () => {
          const problems = [...loaded.problems, ...scope.problems];
          expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.messages.en}`)).toEqual([]);
        });
        return;
      }
      for (const c of loaded.cases) {
        it(c.name, async () => assertOutcome(await runCase(c, scope.resolver), scope.resolver));
      }
    });
  }
}
