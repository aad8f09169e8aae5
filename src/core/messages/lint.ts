/**
 * What `policy lint` checks beyond loading (src/core/run/lint.ts): each layer's source text and
 * coverage table.
 */
import type { Template } from "./index.js";

export const LINT = {
  /** A warning: a local layer without a source text. */
  noSourceText: {
    nb: "Laget {layer} viser ikke til en kildetekst (source.name), så sitatene kan ikke sjekkes.",
    en: "The layer {layer} names no source text (source.name), so its quotes cannot be checked.",
  },
  sourceMissing: {
    nb: "Kildeteksten {file} finnes ikke. Legg kilden der, eller rett source.name.",
    en: "The source text {file} does not exist. Put the source there, or correct source.name.",
  },
  coverageMissing: {
    nb: "Dekningstabellen {file} finnes ikke. Hver setning som stiller krav i kilden skal stå der med reglene som koder den.",
    en: "The coverage table {file} does not exist. Every normative sentence of the source must be listed there with the rules that encode it.",
  },
} as const satisfies Record<string, Template>;
