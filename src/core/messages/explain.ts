/**
 * `explain` (src/core/run/explain.ts): why a rule gave no finding for an agreement. {layers} are the
 * ids of the layers that turned the rule off, joined by ", ".
 */
import type { Template } from "./index.js";

export const EXPLAIN = {
  ruleDisabled: { nb: "Regelen er slått av (av {layers}).", en: "The rule is disabled (by {layers})." },
  ruleWaived: {
    nb: "Regelen slo til, men avtalen har et godkjent unntak for den (exceptions).",
    en: "The rule fired, but the agreement has an approved exception for it (exceptions).",
  },
  ruleQuiet: {
    nb: "Ingen gren av betingelsene er oppfylt for denne avtalen, så regelen gir ikke noe funn.",
    en: "No branch of the conditions holds for this agreement, so the rule gives no finding.",
  },
} as const satisfies Record<string, Template>;
