/** `hjemmekontor explain` (src/cli/commands/explain.ts): its help and its one error of its own. */
import type { Template } from "../../core/messages/index.js";

export const CLI_EXPLAIN = {
  description: {
    nb: "forklar funnene for én avtale: lagene som gjelder, hvert faktum, og hver regel betingelse for betingelse",
    en: "explain one agreement's findings: the layers in force, every fact, and each rule condition by condition",
  },
  agreement: { nb: "én avtalefil", en: "one agreement file" },
  rule: { nb: "forklar bare denne regelen", en: "explain this rule only" },
  exits: {
    nb: "0 forklart; 2 bruksfeil, uleselig fil, ukjent regel eller ugyldig policy;",
    en: "0 explained; 2 usage error, unreadable file, unknown rule or invalid policy;",
  },
  unknownRule: {
    nb: "Ingen regel {rule} gjelder for avtalen. Regler: {rules}.",
    en: "No rule {rule} applies to the agreement. Rules: {rules}.",
  },
} as const satisfies Record<string, Template>;
