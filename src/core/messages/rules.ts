/**
 * Running a policy's rules on an agreement (src/core/rules/): the built-in check of exceptions
 * (SPEC 5.4). {rule} is the rule id the exception names.
 */
import type { Template } from "./index.js";

export const RULES = {
  exceptionRule: {
    nb: "Et unntak gjelder en regel som ikke tillater unntak, eller en ukjent regel.",
    en: "An exception names a rule that allows none, or an unknown rule.",
  },
  exceptionNotAllowed: {
    nb: "Unntaket for {rule} gjelder ikke: regelen tillater ingen unntak. Funnet står ved lag.",
    en: "The exception for {rule} does not apply: the rule allows no exceptions. Its finding stands.",
  },
  exceptionUnknownRule: {
    nb: "Unntaket nevner den ukjente regelen {rule}; det opphever ingenting. Sjekk regel-id-en.",
    en: "The exception names the unknown rule {rule}; it waives nothing. Check the rule id.",
  },
} as const satisfies Record<string, Template>;
