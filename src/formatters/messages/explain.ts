/** `explain --format text` (src/formatters/explain.ts): the headings and the words of a condition. */
import type { Template } from "../../core/messages/index.js";

export const FMT_EXPLAIN = {
  layers: { nb: "Lag i kraft", en: "Layers in force" },
  noLayers: {
    nb: "Ingen policy gjelder for avtalen; bare funnene under kan forklares.",
    en: "No policy applies to the agreement; only the findings below can be explained.",
  },
  facts: { nb: "Fakta", en: "Facts" },
  params: { nb: "Parametere", en: "Parameters" },
  rule: { nb: "Regel", en: "Rule" },
  mandatory: { nb: "obligatorisk", en: "mandatory" },
  optional: { nb: "valgfri", en: "optional" },
  exception: { nb: "unntak mulig", en: "exception allowed" },
  branch: { nb: "Gren", en: "Branch" },
  yes: { nb: "sant", en: "true" },
  no: { nb: "usant", en: "false" },
  all: { nb: "alle av", en: "all of" },
  any: { nb: "minst én av", en: "at least one of" },
  not: { nb: "ikke", en: "not" },
  finding: { nb: "Funn", en: "Finding" },
  waived: { nb: "Unntatt", en: "Waived" },
  none: { nb: "Ingen funn", en: "No finding" },
  example: { nb: "eksempel", en: "example" },
  findings: { nb: "Funn i avtalen", en: "Findings in the agreement" },
} as const satisfies Record<string, Template>;
