/**
 * `policy facts`, `policy coverage` and `policy docs` (src/cli/commands/docs.ts): their help, and
 * the coverage table in text.
 */
import type { Template } from "../../core/messages/index.js";

export const CLI_DOCS = {
  // The unit and date the three commands take.
  faculty: {
    nb: "fakultetskode, f.eks. IE (standard: bare den sentrale policyen)",
    en: "faculty code, e.g. IE (default: the central policy alone)",
  },
  department: { nb: "instituttkode, f.eks. IDI", en: "department code, e.g. IDI" },
  date: {
    nb: "datoen policyen gjelder (standard: i dag)",
    en: "the date the policy is in force on (default: today)",
  },
  noPolicy: { nb: "Ingen policy.", en: "No policy." },
  facts: {
    nb: "katalogen: hvert faktum, hver operator og parameter en policy kan bruke, med type, enhet, forklaring og eksempel",
    en: "the catalogue: every fact, operator and parameter a policy may name, with type, unit, description and example",
  },
  /** The exit codes of `policy facts` and `policy coverage`. */
  shownExits: {
    nb: "0 vist; 2 bruksfeil eller ugyldig policy;",
    en: "0 shown; 2 usage error or invalid policy;",
  },
  coverage: {
    nb: "dekningen av kildene: hver setning som stiller krav, med reglene som koder den eller hvorfor ingen regel kan sjekke den",
    en: "coverage of the sources: every normative sentence, with the rules that encode it or why no rule can check it",
  },
  docs: {
    nb: "skriv håndboken: policyen som gjelder for en enhet og dato, kildeteksten avsnitt for avsnitt med reglene ved siden av",
    en: "write the handbook: the effective policy for a unit and date, the source text section by section with its rules beside it",
  },
  docsExits: {
    nb: "0 skrevet; 2 bruksfeil, ugyldig policy, eller utdata som ikke kan skrives;",
    en: "0 written; 2 usage error, invalid policy, or output that cannot be written;",
  },
  // The coverage table in text: a source, its sentences, and the totals.
  source: { nb: "Kilde: {source}", en: "Source: {source}" },
  notCheckable: { nb: "kan ikke sjekkes: {why}", en: "not checkable: {why}" },
  totals: {
    nb: "  {norms} normer: {encoded} kodet i regler, {notCheckable} kan ikke sjekkes fra en avtale",
    en: "  {norms} norms: {encoded} encoded by rules, {notCheckable} not checkable from an agreement",
  },
} as const satisfies Record<string, Template>;
