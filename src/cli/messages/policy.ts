/**
 * `hjemmekontor policy lint|show|test|diff` (src/cli/commands/policy.ts, src/cli/policy-test.ts):
 * the help of each command (its description, options, arguments and exit codes) and the usage
 * error of `policy test` without test files.
 */
import type { Template } from "../../core/messages/index.js";

export const POLICY_CMD = {
  policyDescription: {
    nb: "sjekk, vis, test og dokumenter policylagene",
    en: "check, show, test and document the policy layers",
  },

  lintDescription: {
    nb: "sjekk hvert lag: skjema, kjente fakta, operatorer og plassholdere, garantiene, extends, sitater mot kildene og dekningen",
    en: "check every layer: schema, known facts, operators and placeholders, the guarantees, extends, quotes against the sources and coverage",
  },
  lintExits: {
    nb: "0 ingen problemer; 2 et problem i et lag (fil:linje nevnt), eller en bruksfeil;",
    en: "0 no problems; 2 a problem in a layer (file:line named), or a usage error;",
  },

  showDescription: {
    nb: "vis policyen som gjelder for en enhet og dato, hver parameter og regel med fil:linje som satte den",
    en: "show the effective policy for a unit and date, each parameter and rule with the file:line that set it",
  },
  showFaculty: { nb: "fakultetskode, f.eks. IE", en: "faculty code, e.g. IE" },
  showDepartment: { nb: "instituttkode, f.eks. IDI", en: "department code, e.g. IDI" },
  showDate: {
    nb: "datoen policyen gjelder (standard: i dag)",
    en: "the date the policy is in force on (default: today)",
  },
  showExits: {
    nb: "0 vist; 2 bruksfeil, ugyldig policy, eller ingen lag gjelder;",
    en: "0 shown; 2 usage error, invalid policy, or no layer in force;",
  },

  testDescription: {
    nb: "kjør testtilfellene for policyen (<policies>/tests/*.yaml) og sammenlign funnene med de forventede",
    en: "run the policy test cases (<policies>/tests/*.yaml) and compare the findings with those expected",
  },
  testCoverage: {
    nb: "list regler som ingen test får til å slå til, og regler ingen test holder stille",
    en: "list rules that no case makes fire and rules that no case keeps quiet",
  },
  testExits: {
    nb: "0 alle tilfeller bestått; 1 et tilfelle feilet; 2 ugyldig policy eller testfil, eller bruksfeil;",
    en: "0 every case passed; 1 a case failed; 2 invalid policy or test file, or usage error;",
  },
  /** {folders}: each `<dir>/tests/`, joined by ", ". */
  noTestFiles: {
    nb: "Ingen testfiler i {folders}. Legg testtilfeller der (kind: PolicyTest).",
    en: "No test files in {folders}. Put test cases there (kind: PolicyTest).",
  },

  diffDescription: {
    nb: "list avtalene som får en annen vurdering eller andre funn med den nye policyen enn med den gamle",
    en: "list the agreements whose verdict or findings change from the old policy set to the new one",
  },
  diffOldDir: { nb: "policymappen før endringen", en: "the policy folder before the change" },
  diffNewDir: { nb: "policymappen etter endringen", en: "the policy folder after the change" },
  diffPaths: { nb: "avtalefiler, mapper eller glob-mønstre", en: "agreement files, folders or globs" },
  diffWith: {
    nb: "en ekstra policymappe brukt på begge sider (f.eks. examples/policies); kan gjentas",
    en: "a further policy folder used on both sides (e.g. examples/policies); repeatable",
  },
  diffFailOnChange: {
    nb: "avslutt med 1 når en avtale endres (for å stoppe en endring)",
    en: "exit 1 when any agreement changes (for gating)",
  },
  diffExits: {
    nb: "0 ferdig (også med endringer, uten --fail-on-change); 1 en endring med --fail-on-change; 2 bruksfeil eller ugyldig policy;",
    en: "0 done (also with changes, unless --fail-on-change); 1 a change with --fail-on-change; 2 usage error or invalid policy;",
  },
} as const satisfies Record<string, Template>;
