/**
 * Shared setup of the hostile-layer tests: the check that a layer is refused for one guarantee in
 * both languages, a new rule of the XX faculty layer (layer-helpers.ts's HEAD) with a given
 * `when`, and the line of that `when`.
 */
import { expect } from "vitest";
import type { PolicyProblem } from "../src/core/policy/model.js";

/** The problems, which must all name xx.yaml, carry both languages and be of `guarantee`. */
export function refused(problems: PolicyProblem[], guarantee: string): PolicyProblem[] {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.file).toBe("xx.yaml");
    expect(p.guarantee).toBe(guarantee);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.messages.nb.length).toBeGreaterThan(10);
    expect(p.messages.en.length).toBeGreaterThan(10);
  }
  return problems;
}

/** A complete new rule of the XX layer with the given `when` and message. */
export function rule(
  when: string,
  message = '{ nb: "Brudd.", en: "Breach." }',
  id = "ntnu-xx/hostile",
): string {
  return `rules:
  - id: ${id}
    section: "2.5"
    quote: x
    severity: error
    when: ${when}
    message: ${message}
`;
}
/** 1-based line of the rule's `when:` in HEAD + rule(…). */
export const WHEN_LINE = 12;
