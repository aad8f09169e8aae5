/**
 * Reading files: the paths given (skipped folders and links), bytes and text, and YAML — how each
 * kind of file (agreement, policy layer, policy test) is told it is empty, too large or more than
 * one document, and the yaml package's errors in Norwegian.
 */
import type { Template } from "./index.js";

export const PARSE = {
  // Paths: why a folder or file was not read (src/core/parse/files.ts).
  hiddenFolder: {
    nb: "skjult mappe (navnet begynner med punktum) søkes ikke; oppgi den ved navn for å sjekke den",
    en: "hidden folder (its name starts with a dot), not searched; name it to check it",
  },
  folderNeverSearched: {
    nb: "node_modules og .git søkes aldri",
    en: "node_modules and .git are never searched",
  },
  folderTooDeep: {
    nb: "mappen er nøstet for dypt (over {max} nivåer) og søkes ikke; oppgi den ved navn for å sjekke den",
    en: "folder nested too deeply (over {max} levels), not searched; name it to check it",
  },
  linkToFolder: { nb: "lenke til mappe følges ikke", en: "a link to a folder is not followed" },
  linkLeadsNowhere: {
    nb: "lenke som peker ingensteds (eller i ring)",
    en: "a link that leads nowhere (or in a loop)",
  },
  linkLeadsOut: { nb: "lenke som peker ut av mappen", en: "a link that leads out of the folder" },
  notRegularFile: { nb: "ikke en vanlig fil", en: "not a regular file" },
  // One named file read on its own (src/core/parse/read.ts).
  namedNotRegular: {
    nb: "{path} er ikke en vanlig fil (en mappe, FIFO eller enhet).",
    en: "{path} is not a regular file (a folder, FIFO or device).",
  },
  namedTooLarge: {
    nb: "{path} er {size} byte, over grensen på {max}.",
    en: "{path} is {size} bytes, over the limit of {max}.",
  },
  namedBadText: { nb: "{path}: {problem}", en: "{path}: {problem}" },
  namedUnreadable: {
    nb: "{path} kan ikke leses ({code}). Sjekk at filen finnes og kan leses.",
    en: "{path} cannot be read ({code}). Check that the file exists and may be read.",
  },
  unreadable: { nb: "kan ikke leses ({code})", en: "cannot be read ({code})" },

  // Bytes and text (src/core/parse/load.ts).
  binaryFile: {
    nb: "Filen inneholder binære data (NUL-byte), ikke YAML-tekst.",
    en: "The file holds binary data (a NUL byte), not YAML text.",
  },
  notUtf8: {
    nb: "Filen er ikke gyldig UTF-8. Lagre den som UTF-8 og prøv igjen.",
    en: "The file is not valid UTF-8. Save it as UTF-8 and try again.",
  },

  // YAML errors; {error} is the yaml package's message (in Norwegian by YAML_ERRORS_NB where known).
  yamlError: {
    nb: "YAML-feil: {error}. Rett syntaksen på denne linjen.",
    en: "YAML error: {error}. Fix the syntax on this line.",
  },
  yamlDuplicateKeyNamed: {
    nb: "YAML-feil: nøkkelen «{key}» står to ganger i samme samling. Fjern den ene, eller slå dem sammen.",
    en: 'YAML error: the key "{key}" appears twice in the same mapping. Remove one, or merge them.',
  },
  yamlTag: {
    nb: "YAML-feil: {warning}. Fjern taggen; bare vanlige YAML-verdier er tillatt.",
    en: "YAML error: {warning}. Remove the tag; only plain YAML values are allowed.",
  },
  yamlUnresolvedAlias: {
    nb: "YAML-feil: aliaset *{name} viser til et anker (&{name}) som ikke er satt før det. Sett ankeret først, eller skriv verdien ut.",
    en: "YAML error: the alias *{name} refers to an anchor (&{name}) that is not set before it. Set the anchor first, or write the value out.",
  },
  yamlTooManyAliases: {
    nb: "Filen bruker for mange YAML-aliaser (*) og ville blitt for stor når den leses. Skriv verdiene ut.",
    en: "The file uses too many YAML aliases (*) and would grow too large when read. Write the values out.",
  },
  yamlTooDeep: {
    nb: "Filen er for dypt nøstet til å leses. En avtale har bare noen få nivåer.",
    en: "The file is nested too deeply to be read. An agreement has only a few levels.",
  },

  // An agreement file.
  agreementTooMuchStructure: {
    nb: "Filen har for mye struktur ({size} linjer, nøkler og listeelementer; høyst {max}). En avtale har rundt hundre. Sjekk at dette er riktig fil.",
    en: "The file has too much structure ({size} lines, keys and items; at most {max}). An agreement has about a hundred. Check that this is the right file.",
  },
  agreementEmpty: {
    nb: "Filen er tom; den skal inneholde én avtale (kind: HomeOfficeAgreement).",
    en: "The file is empty; it should hold one agreement (kind: HomeOfficeAgreement).",
  },
  agreementManyDocuments: {
    nb: "Filen inneholder {count} YAML-dokumenter; én fil skal inneholde én avtale. Del den opp i flere filer.",
    en: "The file holds {count} YAML documents; one file should hold one agreement. Split it into several files.",
  },

  // A policy test file.
  testTooMuchStructure: {
    nb: "Testfilen har for mye struktur ({size} linjer, nøkler og listeelementer; høyst {max}). En testfil har høyst 1000 testtilfeller; del den opp i flere filer.",
    en: "The test file has too much structure ({size} lines, keys and items; at most {max}). A test file holds at most 1000 cases; split it into several files.",
  },
  testEmpty: {
    nb: "Testfilen er tom; den skal inneholde testtilfeller (kind: PolicyTest).",
    en: "The test file is empty; it should hold test cases (kind: PolicyTest).",
  },
  testManyDocuments: {
    nb: "Testfilen inneholder {count} YAML-dokumenter; én fil skal inneholde ett sett testtilfeller (kind: PolicyTest). Del den opp i flere filer.",
    en: "The test file holds {count} YAML documents; one file should hold one set of test cases (kind: PolicyTest). Split it into several files.",
  },

  // A policy layer file.
  layerTooMuchStructure: {
    nb: "Policyfilen har for mye struktur ({size} linjer, nøkler og listeelementer; høyst {max}). Sjekk at dette er riktig fil, eller del laget opp.",
    en: "The policy file has too much structure ({size} lines, keys and items; at most {max}). Check that this is the right file, or split the layer.",
  },
  layerEmpty: {
    nb: "Policyfilen er tom; den skal inneholde ett policylag (kind: Policy).",
    en: "The policy file is empty; it should hold one policy layer (kind: Policy).",
  },
  layerManyDocuments: {
    nb: "Policyfilen inneholder {count} YAML-dokumenter; én fil skal inneholde ett lag. Del den opp i flere filer.",
    en: "The policy file holds {count} YAML documents; one file should hold one layer. Split it into several files.",
  },
  // The rule `yaml` (parse/yaml.ts): what the catalogue of rules says of it.
  yamlRule: {
    nb: "Filen kan ikke leses som ett YAML-dokument.",
    en: "The file cannot be read as one YAML document.",
  },
} as const satisfies Record<string, Template>;

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
