/**
 * Policy test cases (src/core/run/testcases.ts, testexpect.ts, testcoverage.ts): refused test
 * files, why a case fails, and the rules no case names. A failed case's reason names what the
 * case expected ({wanted}: the parts joined by ", ") and the findings left ({found}, joined by "; ").
 */
import type { Template } from "./index.js";

export const POLICY_TEST = {
  // A test file that is refused whole (testcases.ts).
  tooLarge: {
    nb: "Testfilen er {size} byte, over grensen på {limit}. En testfil har høyst 1000 testtilfeller; del den opp i flere filer.",
    en: "The test file is {size} bytes, over the limit of {limit}. A test file holds at most 1000 cases; split it into several files.",
  },
  protoInPatch: {
    nb: "Nøkkelen __proto__ kan ikke stå i en patch: den ville ikke endret avtalen, og testtilfellet kunne bestått feilaktig. Fjern den, eller gi hele avtalen under agreement.",
    en: "The key __proto__ cannot be used in a patch: it would not change the agreement, so the case could pass falsely. Remove it, or give the whole agreement under agreement.",
  },
  patchAndAgreement: {
    nb: "Et testtilfelle har enten patch (endringer av base) eller agreement (en hel avtale), ikke begge. Fjern den ene.",
    en: "A test case has either patch (changes to the base) or agreement (a whole agreement), not both. Remove one of them.",
  },
  /** {scope}: the folders the tests run against, joined by ", ". */
  outOfScope: {
    nb: "Testene i {dir}/tests/ kjøres mot lagene i {scope} alene (ikke mot senere policymapper), og de lagene alene avvises (se under). Flytt lagene slik at hver mappe bygger bare på mapper som er gitt før den.",
    en: "The tests in {dir}/tests/ run against the layers of {scope} alone (not against later policy folders), and those layers alone are refused (see below). Move the layers so that each folder builds only on folders given before it.",
  },

  // Why a case fails (testexpect.ts).
  verdictMismatch: {
    nb: "forventet vurdering {expected}, fikk {got}",
    en: "expected verdict {expected}, got {got}",
  },
  /** {expected} is 1 (…One) or any other number (…Many). */
  findingsCountOne: {
    nb: "forventet {expected} funn for {rule}, fikk {got}",
    en: "expected {expected} finding of {rule}, got {got}",
  },
  findingsCountMany: {
    nb: "forventet {expected} funn for {rule}, fikk {got}",
    en: "expected {expected} findings of {rule}, got {got}",
  },
  waivedCountOne: {
    nb: "forventet {expected} unntak for {rule}, fikk {got}",
    en: "expected {expected} waived finding of {rule}, got {got}",
  },
  waivedCountMany: {
    nb: "forventet {expected} unntak for {rule}, fikk {got}",
    en: "expected {expected} waived findings of {rule}, got {got}",
  },
  /** {left}: oneLeft or manyLeft. */
  noFindingFits: {
    nb: "{rule}: ingen av funnene passer til {wanted}; {left}: {found}",
    en: "{rule}: no finding fits {wanted}; {left}: {found}",
  },
  noWaivedFits: {
    nb: "{rule}: ingen av unntakene passer til {wanted}; {left}: {found}",
    en: "{rule}: no waived finding fits {wanted}; {left}: {found}",
  },
  oneLeft: { nb: "funnet som er igjen", en: "the one left" },
  manyLeft: { nb: "de som er igjen", en: "those left" },
  /** {message}: the first of them. */
  unexpectedFindings: {
    nb: "uventet funn: {rule} ({count}) — {message}",
    en: "unexpected findings: {rule} ({count}) — {message}",
  },
  unexpectedWaived: {
    nb: "uventet unntak: {rule} ({count}) — {message}",
    en: "unexpected waived findings: {rule} ({count}) — {message}",
  },
  // The parts of an expected finding; {path} and {text} are quoted.
  wantedSeverity: { nb: "alvorlighetsgrad {severity}", en: "severity {severity}" },
  wantedPath: { nb: "sti {path}", en: "path {path}" },
  wantedLine: { nb: "linje {line}", en: "line {line}" },
  wantedMessageNb: { nb: "meldingen (nb) inneholder {text}", en: "message (nb) containing {text}" },
  wantedMessageEn: { nb: "meldingen (en) inneholder {text}", en: "message (en) containing {text}" },
  /** A finding the case got: {text} is its line of the agreement, {message} its message, both quoted. */
  foundFinding: {
    nb: "{severity}, sti {path}, linje {line} ({text}): {message}",
    en: "{severity}, path {path}, line {line} ({text}): {message}",
  },

  // A rule no case names (testcoverage.ts), for policy lint to warn about.
  ruleWithoutCases: {
    nb: "Regelen {rule} har ingen testtilfeller: ingen testfil i {dir}/tests/ eller en senere policymappe forventer et funn av den. Legg til et tilfelle som får den til å slå til og et som så vidt holder den stille.",
    en: "The rule {rule} has no test cases: no test file in {dir}/tests/ or a later policy folder expects a finding of it. Add a case that makes it fire and one that just keeps it quiet.",
  },
} as const satisfies Record<string, Template>;
