/**
 * The wording of loading problems: the yaml package's errors in Norwegian, and what each kind of
 * file (agreement, policy layer, policy test) is told when it is empty, too large or holds more
 * than one document.
 */

import type { Messages } from "../types.js";
import type { LoadProblem } from "./load.js";

/** The yaml package's errors, by code, in Norwegian (its own messages are English). */
export const YAML_ERRORS_NB: Partial<Record<string, string>> = {
  BAD_INDENT: "feil innrykk; nøkler på samme nivå skal stå rett under hverandre",
  TAB_AS_INDENT: "tabulator brukt som innrykk; bruk mellomrom",
  MISSING_CHAR: "et tegn mangler, f.eks. et avsluttende anførselstegn eller en klamme",
  DUPLICATE_KEY: "samme nøkkel står to ganger i samme samling",
  UNEXPECTED_TOKEN: "uventet tegn",
  BAD_SCALAR_START: "en verdi kan ikke begynne med dette tegnet; sett den i anførselstegn",
  BLOCK_AS_IMPLICIT_KEY: "en nøkkel kan ikke være en samling",
  MULTILINE_IMPLICIT_KEY: "en nøkkel kan ikke gå over flere linjer; mangler det et kolon eller et innrykk?",
  BLOCK_IN_FLOW: "en blokk kan ikke stå inne i [ ] eller { }",
  BAD_DQ_ESCAPE: "ugyldig escape-sekvens i tekst med doble anførselstegn",
  NON_STRING_KEY: "nøkler må være tekst",
  MULTIPLE_ANCHORS: "en node kan bare ha ett anker (&)",
  MULTIPLE_TAGS: "en node kan bare ha én tagg",
  BAD_ALIAS: "ugyldig alias (*)",
  ALIAS_PROPS: "et alias (*) kan ikke ha anker eller tagg",
  BAD_PROP_ORDER: "anker og tagg står i feil rekkefølge",
  BAD_DIRECTIVE: "ugyldig YAML-direktiv (%)",
};

/** What a YAML file is expected to hold: its structure limit and how problems with it are worded. */
export interface YamlSubject {
  /** Lines, keys and items (line ends, `:` and `,`) at the most, checked before parsing. */
  maxStructure: number;
  tooMuchStructure(size: number): Messages;
  empty: Messages;
  manyDocuments(count: number): Messages;
}

const AGREEMENT_MAX_STRUCTURE = 20_000;

export const AGREEMENT_FILE: YamlSubject = {
  maxStructure: AGREEMENT_MAX_STRUCTURE,
  tooMuchStructure: (size) => ({
    nb: `Filen har for mye struktur (${size} linjer, nøkler og listeelementer; høyst ${AGREEMENT_MAX_STRUCTURE}). En avtale har rundt hundre. Sjekk at dette er riktig fil.`,
    en: `The file has too much structure (${size} lines, keys and items; at most ${AGREEMENT_MAX_STRUCTURE}). An agreement has about a hundred. Check that this is the right file.`,
  }),
  empty: {
    nb: "Filen er tom; den skal inneholde én avtale (kind: HomeOfficeAgreement).",
    en: "The file is empty; it should hold one agreement (kind: HomeOfficeAgreement).",
  },
  manyDocuments: (n) => ({
    nb: `Filen inneholder ${n} YAML-dokumenter; én fil skal inneholde én avtale. Del den opp i flere filer.`,
    en: `The file holds ${n} YAML documents; one file should hold one agreement. Split it into several files.`,
  }),
};

/** A test file may hold up to 1000 cases (the schema's limit), each a patch or a whole agreement. */
const TEST_MAX_STRUCTURE = 200_000;

export const POLICY_TEST_FILE: YamlSubject = {
  maxStructure: TEST_MAX_STRUCTURE,
  tooMuchStructure: (size) => ({
    nb: `Testfilen har for mye struktur (${size} linjer, nøkler og listeelementer; høyst ${TEST_MAX_STRUCTURE}). En testfil har høyst 1000 testtilfeller; del den opp i flere filer.`,
    en: `The test file has too much structure (${size} lines, keys and items; at most ${TEST_MAX_STRUCTURE}). A test file holds at most 1000 cases; split it into several files.`,
  }),
  empty: {
    nb: "Testfilen er tom; den skal inneholde testtilfeller (kind: PolicyTest).",
    en: "The test file is empty; it should hold test cases (kind: PolicyTest).",
  },
  manyDocuments: (n) => ({
    nb: `Testfilen inneholder ${n} YAML-dokumenter; én fil skal inneholde ett sett testtilfeller (kind: PolicyTest). Del den opp i flere filer.`,
    en: `The test file holds ${n} YAML documents; one file should hold one set of test cases (kind: PolicyTest). Split it into several files.`,
  }),
};

/** For policy layers (src/core/policy/load.ts), which are larger than an agreement. */
export const POLICY_LAYER_FILE: YamlSubject = {
  maxStructure: TEST_MAX_STRUCTURE,
  tooMuchStructure: (size) => ({
    nb: `Policyfilen har for mye struktur (${size} linjer, nøkler og listeelementer; høyst ${TEST_MAX_STRUCTURE}). Sjekk at dette er riktig fil, eller del laget opp.`,
    en: `The policy file has too much structure (${size} lines, keys and items; at most ${TEST_MAX_STRUCTURE}). Check that this is the right file, or split the layer.`,
  }),
  empty: {
    nb: "Policyfilen er tom; den skal inneholde ett policylag (kind: Policy).",
    en: "The policy file is empty; it should hold one policy layer (kind: Policy).",
  },
  manyDocuments: (n) => ({
    nb: `Policyfilen inneholder ${n} YAML-dokumenter; én fil skal inneholde ett lag. Del den opp i flere filer.`,
    en: `The policy file holds ${n} YAML documents; one file should hold one layer. Split it into several files.`,
  }),
};

export function tooComplex(err: unknown): LoadProblem {
  const message = err instanceof Error ? err.message : "";
  if (/unresolved alias/i.test(message)) {
    // yaml says "Unresolved alias (the anchor must be set before the alias): name".
    const name = /:\s*\*?([^\s:]+)\s*$/.exec(message)?.[1] ?? "";
    return {
      line: 1,
      column: 1,
      messages: {
        nb: `YAML-feil: aliaset *${name} viser til et anker (&${name}) som ikke er satt før det. Sett ankeret først, eller skriv verdien ut.`,
        en: `YAML error: the alias *${name} refers to an anchor (&${name}) that is not set before it. Set the anchor first, or write the value out.`,
      },
    };
  }
  const alias = /alias/i.test(message);
  return alias
    ? {
        line: 1,
        column: 1,
        messages: {
          nb: "Filen bruker for mange YAML-aliaser (*) og ville blitt for stor når den leses. Skriv verdiene ut.",
          en: "The file uses too many YAML aliases (*) and would grow too large when read. Write the values out.",
        },
      }
    : {
        line: 1,
        column: 1,
        messages: {
          nb: "Filen er for dypt nøstet til å leses. En avtale har bare noen få nivåer.",
          en: "The file is nested too deeply to be read. An agreement has only a few levels.",
        },
      };
}
