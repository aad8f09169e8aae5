/**
 * Policy sources and coverage (src/core/policy/sources.ts, coverage.ts): a rule's quote or a
 * coverage sentence that does not stand where its section says, and coverage tables that do not
 * match their source or their layer's rules. {what} is quoteOfRule or theSentence.
 */
import type { Template } from "./index.js";

export const SOURCES = {
  // Quotes and sentences in their source (sources.ts).
  quoteOfRule: { nb: "Sitatet i regelen {rule}", en: "The quote of rule {rule}" },
  theSentence: { nb: "Setningen", en: "The sentence" },
  /** {near}: nearMatch, or nothing when no part of the text matches. */
  textNotInSource: {
    nb: "{what} står ikke i {file}: «{missing}» finnes ikke.{near} Gjengi kilden ordrett (mellomrom teller ikke; «…» står for utelatt tekst).",
    en: '{what} is not in {file}: "{missing}" does not occur.{near} Give the source word for word (spacing does not matter; "…" stands for omitted text).',
  },
  nearMatch: {
    nb: " Teksten stemmer fram til «{matched}», der kilden fortsetter «{source}» og teksten her «{quote}».",
    en: ' It matches up to "{matched}", where the source goes on "{source}" and the text here "{quote}".',
  },
  /** {found}: the section where the text stands, or opening. */
  sectionNotInSource: {
    nb: "Avsnitt {section} finnes ikke i {file} (teksten står i {found}). Avsnittene er: {sections}.",
    en: "Section {section} is not in {file} (the text stands in {found}). The sections are: {sections}.",
  },
  /** {found}: the section where the text stands, or openingInParentheses. */
  textInOtherSection: {
    nb: "{what} står i avsnitt {found} i {file}, ikke i avsnitt {section}. Rett avsnittet eller teksten.",
    en: "{what} stands in section {found} of {file}, not in section {section}. Correct the section or the text.",
  },
  opening: { nb: "innledningen", en: "the opening" },
  openingInParentheses: { nb: "(innledningen)", en: "(the opening)" },

  // The coverage file itself (coverage.ts). {where} is a JSON pointer.
  coverageEmpty: {
    nb: "Dekningsfilen er tom; den skal ha kind: Coverage, source og norms.",
    en: "The coverage file is empty; it should hold kind: Coverage, source and norms.",
  },
  coverageUnknownKey: {
    nb: "Ukjent nøkkel «{key}» under {where}. Tillatt: kind, source, norms; i en setning section, text, rules eller notCheckable.",
    en: 'Unknown key "{key}" under {where}. Allowed: kind, source, norms; in a sentence section, text, rules or notCheckable.',
  },
  coverageMissingKey: {
    nb: "Nøkkelen «{key}» mangler under {where}.",
    en: 'The key "{key}" is missing under {where}.',
  },
  coverageRulesAndReason: {
    nb: "{where} har både rules og notCheckable. En setning er enten kodet av regler eller ikke sjekkbar; behold én.",
    en: "{where} has both rules and notCheckable. A sentence is either encoded by rules or not checkable; keep one.",
  },
  coverageNoRulesNorReason: {
    nb: "{where} mangler rules (reglene som koder setningen) eller notCheckable (hvorfor ingen regel kan sjekke den, på nb og en).",
    en: "{where} lacks rules (the rules that encode the sentence) or notCheckable (why no rule can check it, in nb and en).",
  },
  coverageKind: { nb: "{where} må være «Coverage».", en: '{where} must be "Coverage".' },
  coverageInvalid: { nb: "{where} er ugyldig ({detail}).", en: "{where} is invalid ({detail})." },

  // The table against its source and its layer's rules (coverage.ts).
  sentenceRulesAndReason: {
    nb: "Setningen har både rules og notCheckable; behold én.",
    en: "The sentence has both rules and notCheckable; keep one.",
  },
  sentenceNeedsRulesOrReason: {
    nb: "Setningen trenger rules (reglene som koder den) eller notCheckable (hvorfor ingen regel kan sjekke den, på nb og en).",
    en: "The sentence needs rules (the rules that encode it) or notCheckable (why no rule can check it, in nb and en).",
  },
  coverageWrongSource: {
    nb: "Dekningstabellen gjelder kilden «{source}», men sjekkes mot {expected}.md. Rett source.",
    en: 'The coverage table names the source "{source}" but is checked against {expected}.md. Correct source.',
  },
  sentenceTwice: {
    nb: "Setningen står også som nr. {entry} i tabellen. Slå sammen de to.",
    en: "The sentence is also entry {entry} of the table. Merge the two.",
  },
  coverageUnknownRule: {
    nb: "Regelen {rule} finnes ikke i laget til {source}. Rett id-en, eller fjern den.",
    en: "The rule {rule} does not exist in the layer of {source}. Correct the id, or remove it.",
  },
  ruleNotCovered: {
    nb: "Regelen {rule} er ikke nevnt i dekningstabellen. Legg id-en til under rules for setningen den koder.",
    en: "The rule {rule} is not named in the coverage table. Add its id under rules of the sentence it encodes.",
  },
  ruleInSectionNotCovered: {
    nb: "Regelen {rule} (avsnitt {section}) er ikke nevnt i dekningstabellen. Legg id-en til under rules for setningen den koder.",
    en: "The rule {rule} (section {section}) is not named in the coverage table. Add its id under rules of the sentence it encodes.",
  },
} as const satisfies Record<string, Template>;
