/** SPEC 5.4: exceptions waive the findings of rules that allow them; any other is the built-in `exception-not-allowed`. */
import type { HomeOfficeAgreement } from "../../types/generated/agreement.js";
import { msg } from "../messages/index.js";
import { RULES } from "../messages/rules.js";
import { findingOf, type RuleMeta } from "../rule-meta.js";
import type { Finding } from "../types.js";

export const EXCEPTION_RULE: RuleMeta = {
  id: "exception-not-allowed",
  section: null,
  layer: null,
  severity: "warning",
  quote: "",
  description: RULES.exceptionRule,
};

/** The findings that stand and those an exception waived, plus one warning per exception that waives nothing. */
export function applyExceptions(
  agreement: HomeOfficeAgreement,
  all: Finding[],
  rules: { id: string; exceptionAllowed: boolean }[],
  positionOf: (pointer: string) => { line: number; column: number },
): { findings: Finding[]; waived: Finding[] } {
  const waivable = new Set<string>();
  const extra: Finding[] = [];
  (agreement.exceptions ?? []).forEach((ex, i) => {
    const rule = rules.find((r) => r.id === ex.rule);
    const path = `/exceptions/${i}/rule`;
    if (rule?.exceptionAllowed) {
      waivable.add(rule.id);
      return;
    }
    const message = msg(rule ? RULES.exceptionNotAllowed : RULES.exceptionUnknownRule, { rule: ex.rule });
    extra.push(findingOf(EXCEPTION_RULE, message, positionOf(path), path));
  });
  const findings = all.filter((f) => !waivable.has(f.ruleId));
  const waived = all.filter((f) => waivable.has(f.ruleId));
  return { findings: [...findings, ...extra], waived };
}
