/**
 * Every rule the shipped policies define must have table cases in test/rule-cases.ts (at least
 * one valid and one invalid), and the catalogue must match SPEC 3.
 */
import { describe, expect, it } from "vitest";
import type { ResolvedPolicy } from "../src/core/policy/model.js";
import { resolverFor } from "./helpers.js";
import { RULE_CASES, SPEC_RULES } from "./rule-cases.js";

function shippedPolicy(): ResolvedPolicy {
  const resolved = resolverFor().resolve("NV", "IBI", "2026-01-05");
  if ("missing" in resolved) throw new Error(`no policy in force: ${JSON.stringify(resolved)}`);
  return resolved.policy;
}

describe("rule coverage", () => {
  it("given the shipped policies, should have valid and invalid cases for every rule", () => {
    const uncovered = shippedPolicy()
      .rules.map((r) => r.id)
      .filter((id) => {
        const cases = RULE_CASES[id];
        return !cases || cases.valid.length === 0 || cases.invalid.length === 0;
      });
    expect(uncovered, "rules without a valid and an invalid case in test/rule-cases.ts").toEqual([]);
  });

  it("given the cases table, should name only rules the shipped policies define", () => {
    const ids = new Set(shippedPolicy().rules.map((r) => r.id));
    expect(Object.keys(RULE_CASES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it("given SPEC 3, should have cases for every per-agreement rule it names", () => {
    expect(Object.keys(SPEC_RULES).filter((id) => !(id in RULE_CASES))).toEqual([]);
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
