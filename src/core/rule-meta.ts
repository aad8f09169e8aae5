/**
 * What a rule is, declared beside the code that produces its findings, the way an ESLint rule
 * carries `meta`: the built-in checks in parse/, schema/, policy/ and rules/, the repository rules
 * in repository/, and every policy rule in its layer. report/rules.ts gathers them into the one
 * catalogue that formatters get as context (`FormatOptions.rules`).
 */
import type { Finding, Messages, Severity } from "./types.js";

export interface RuleMeta {
  id: string;
  section: string | null;
  layer: string | null;
  severity: Severity;
  /** The source text the rule encodes (Norwegian), empty for built-in checks. */
  quote: string;
  /** A one-line description in both languages (the rule's general message). */
  description: Messages;
}

/** A finding of the rule `meta` at a position of the agreement, with its own message. */
export function findingOf(
  meta: RuleMeta,
  message: Messages,
  at: { line: number; column: number },
  path = "",
): Finding {
  return {
    ruleId: meta.id,
    severity: meta.severity,
    section: meta.section,
    layer: meta.layer,
    message,
    path,
    line: at.line,
    column: at.column,
  };
}
