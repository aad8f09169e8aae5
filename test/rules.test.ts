/**
 * ESLint-RuleTester-style tests of every per-agreement rule (SPEC 3): the cases live in
 * test/rule-cases.ts; each is applied to a deep copy of the compliant base agreement.
 */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { FileResult, Finding } from "../src/core/types.js";
import { baseAgreement, evaluateObject } from "./helpers.js";
import { type Agreement, RULE_CASES, SPEC_RULES, type ValidCase } from "./rule-cases.js";

function build(c: ValidCase): Agreement {
  const a = structuredClone(baseAgreement());
  c.patch(a);
  return a;
}

/** The 1-based line of the YAML text that `evaluateObject` writes for `a`. */
function lineOf(a: Agreement, at: number | RegExp): number {
  if (typeof at === "number") return at;
  const i = stringify(a)
    .split("\n")
    .findIndex((l) => at.test(l));
  if (i < 0) throw new Error(`no line matches ${at}`);
  return i + 1;
}

const sorted = <T>(xs: T[]): T[] => [...xs].sort();

function times(n: number): string {
  return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

/** What every result must satisfy: placeholders filled, verdict per SPEC 7. */
function checkCommon(r: FileResult, c: ValidCase): void {
  for (const f of [...r.findings, ...r.waived]) {
    for (const text of [f.message.nb, f.message.en]) {
      expect(text, `${f.ruleId}: ${text}`).not.toMatch(/[{}]/);
      expect(text.trim(), f.ruleId).not.toBe("");
    }
  }
  expect(sorted(r.waived.map((f) => f.ruleId))).toEqual(sorted(c.waived ?? []));
  const expected =
    c.verdict ?? (r.findings.some((f) => f.severity === "error") ? "non-compliant" : "compliant");
  expect(r.verdict).toBe(expected);
}

function othersOf(r: FileResult, ruleId: string): string[] {
  return sorted(r.findings.filter((f) => f.ruleId !== ruleId).map((f) => f.ruleId));
}

describe("the base agreement", () => {
  it("given the compliant base agreement, should report no finding", async () => {
    const r = await evaluateObject(baseAgreement());
    expect(r.findings).toEqual([]);
    expect(r.verdict).toBe("compliant");
  });
});

for (const [ruleId, { valid, invalid }] of Object.entries(RULE_CASES)) {
  const spec = SPEC_RULES[ruleId];

  describe(ruleId, () => {
    describe("valid", () => {
      for (const c of valid) {
        const test = c.specDisagreement ? it.fails : it;
        test(`given ${c.name}, should not report ${ruleId}`, async () => {
          const r = await evaluateObject(build(c));
          expect(r.verdict).not.toBe("invalid");
          expect(
            r.findings.filter((f) => f.ruleId === ruleId),
            JSON.stringify(r.findings),
          ).toEqual([]);
          expect(othersOf(r, ruleId), "findings of other rules").toEqual(sorted(c.others ?? []));
          checkCommon(r, c);
        });
      }
    });

    describe("invalid", () => {
      for (const c of invalid) {
        const test = c.specDisagreement ? it.fails : it;
        test(`given ${c.name}, should report ${ruleId} ${times(c.count)} as ${c.severity}`, async () => {
          const a = build(c);
          const r = await evaluateObject(a);
          expect(r.verdict).not.toBe("invalid");
          const mine: Finding[] = r.findings.filter((f) => f.ruleId === ruleId);
          expect(mine.length, JSON.stringify(r.findings)).toBe(c.count);
          for (const f of mine) {
            expect(f.severity).toBe(c.severity);
            if (spec) {
              expect(f.section).toBe(spec.section);
              expect(f.layer).toBe(spec.layer);
            }
            for (const s of c.message?.nb ?? []) expect(f.message.nb).toContain(s);
            for (const s of c.message?.en ?? []) expect(f.message.en).toContain(s);
          }
          if (c.paths) expect(sorted(mine.map((f) => f.path))).toEqual(sorted(c.paths));
          if (c.lines) {
            expect(sorted(mine.map((f) => f.line))).toEqual(sorted(c.lines.map((l) => lineOf(a, l))));
          }
          expect(othersOf(r, ruleId), "findings of other rules").toEqual(sorted(c.others ?? []));
          checkCommon(r, c);
        });
      }
    });
  });
}

/** A few cases that cut across rules: exceptions (SPEC 5.4). */
describe("exceptions", () => {
  it("given an approved security-sensitive exception, should move the finding to waived with its details", async () => {
    const a = baseAgreement();
    a.tasks.healthOrSafetyCritical = true;
    a.exceptions = [{ rule: "security-sensitive", approvedBy: "Dekan", reason: "Vurdert særskilt." }];
    const r = await evaluateObject(a);
    expect(r.findings).toEqual([]);
    expect(r.waived).toHaveLength(1);
    expect(r.waived[0]).toMatchObject({
      ruleId: "security-sensitive",
      severity: "error",
      section: "3.5",
      layer: "ntnu-hjemmekontor",
      path: "/tasks/healthOrSafetyCritical",
    });
    expect(r.verdict).toBe("compliant");
  });

  it("given an exception for max-home-share, should waive nothing and point at the exception", async () => {
    const a = baseAgreement();
    a.schedule.cycle = [{ home: ["mon", "tue", "thu"] }];
    a.exceptions = [{ rule: "max-home-share", approvedBy: "Dekan", reason: "Særskilt behov." }];
    const r = await evaluateObject(a);
    expect(r.waived).toEqual([]);
    expect(sorted(r.findings.map((f) => f.ruleId))).toEqual(["exception-not-allowed", "max-home-share"]);
    const ex = r.findings.find((f) => f.ruleId === "exception-not-allowed");
    expect(ex?.path).toBe("/exceptions/0/rule");
    expect(ex?.message.en).toContain("max-home-share");
    expect(r.verdict).toBe("non-compliant");
  });
});
