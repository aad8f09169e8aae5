/**
 * The program's help (src/cli/main.ts, src/cli/options.ts): its description and exit codes, the
 * options several commands share, and the headings every command's help ends with.
 */
import type { Template } from "../../core/messages/index.js";

export const CLI_HELP = {
  program: {
    nb: "Sjekker avtaler om fast hjemmekontor ved NTNU mot hjemmekontorforskriften og NTNUs retningslinjer (policy som data).",
    en: "Validates NTNU home-office agreements against the national regulation and NTNU's guideline (policy as data).",
  },
  version: { nb: "vis versjonen", en: "output the version number" },
  help: { nb: "vis hjelp for kommandoen", en: "display help for command" },
  helpCommand: { nb: "vis hjelp for en kommando", en: "display help for command" },
  /** The program's exit codes; `exitInternal` follows on a line of its own. */
  programExits: {
    nb: "Avslutningskoder: 0 vellykket; 1 funn på eller over --fail-on, en ugyldig avtale, et\ntesttilfelle som feilet eller (med --fail-on-change) en endring av policyen; 2 bruksfeil,\nuleselig sti, ugyldig policy eller testfil, eller utdata som ikke kan skrives;",
    en: "Exit codes: 0 success; 1 findings at or above --fail-on, an invalid agreement, a failed policy\ntest case or (with --fail-on-change) a policy change; 2 usage error, unreadable path, invalid\npolicy or test file, or output that cannot be written;",
  },
  /** The exit code every command's --help ends with, on lines of its own. */
  exitInternal: {
    nb: "3 intern feil: en feil i hjemmekontor, aldri forårsaket av det du ga inn\n  (meldingen sier hvordan du melder den).",
    en: "3 internal error: a bug in hjemmekontor, never caused by your input\n  (the message says how to report it).",
  },
  // After a command's help: "Examples:" with its examples, then "Exit codes:" with its codes.
  examples: { nb: "Eksempler:", en: "Examples:" },
  exitCodes: { nb: "Avslutningskoder:", en: "Exit codes:" },
  // Options that several commands share.
  policies: {
    nb: "en mappe med policylag; gjenta for å kombinere (standard: nærmeste policies/ oppover til repo-roten, ellers de innebygde)",
    en: "a folder of policy layers; repeat to combine (default: the nearest policies/ up to the repository root, else the shipped set)",
  },
  lang: { nb: "språk for meldinger og hjelp", en: "language of messages and help" },
  format: { nb: "utdataformat", en: "output format" },
  output: {
    nb: "skriv resultatet til en fil (atomisk) i stedet for standard ut",
    en: "write the result to a file (atomically) instead of standard output",
  },
  // Why an option's value is refused (commander puts it after the option and the value).
  expectedDate: { nb: "ventet en dato ÅÅÅÅ-MM-DD", en: "expected a date YYYY-MM-DD" },
  expectedPositiveInt: { nb: "ventet et positivt heltall", en: "expected a positive whole number" },
} as const satisfies Record<string, Template>;
