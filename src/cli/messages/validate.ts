/** `hjemmekontor validate` (src/cli/commands/validate.ts): its help, its flags' errors and its notes on stderr. */
import type { Template } from "../../core/messages/index.js";

export const CLI_VALIDATE = {
  description: {
    nb: "sjekk avtaler (filer, mapper eller glob-mønstre) mot policylagene",
    en: "check agreements (files, folders or globs) against the policy layers",
  },
  paths: {
    nb: "avtalefiler, mapper (søkes for *.yaml / *.yml) eller glob-mønstre",
    en: "agreement files, folders (searched for *.yaml / *.yml) or globs",
  },
  failOn: {
    nb: "avslutt med 1 ved funn av denne alvorlighetsgraden eller høyere",
    en: "exit 1 at findings of this severity or above",
  },
  shard: {
    nb: "sjekk bare del i av n (en fast deling av de sorterte filene, for CI-matriser)",
    en: "validate only shard i of n (a deterministic split of the sorted files, for CI matrix jobs)",
  },
  asOf: {
    nb: "datoen status (aktiv, utløpt, kommende) regnes på i HTML-rapporten (standard: i dag)",
    en: "the date status (active, expired, upcoming) is judged on in the HTML report (default: today)",
  },
  redact: {
    nb: "erstatt navn og ansattnumre med faste pseudonymer (person-1, …) i alle formater",
    en: "replace names and employee ids with stable pseudonyms (person-1, …) in every format",
  },
  quiet: { nb: "tekstformat: vis bare feil", en: "text format: show errors only" },
  maxBytes: {
    nb: "avvis avtalefiler større enn dette (standard 1048576)",
    en: "refuse agreement files larger than this (default 1048576)",
  },
  concurrency: {
    nb: "tråder: auto (etter størrelsen på kjøringen), off, eller et antall",
    en: "threads: auto (by the size of the run), off, or a number",
  },
  noColor: { nb: "ingen farger i tekstutdata", en: "no colours in text output" },
  exits: {
    nb: "0 ingenting på eller over --fail-on; 1 et funn på eller over, eller en ugyldig avtale;\n2 bruksfeil, uleselig sti, ingen avtaler funnet, ugyldig policy, eller utdata som ikke kan skrives;",
    en: "0 nothing at or above --fail-on; 1 a finding at or above it, or an invalid agreement;\n2 usage error, unreadable path, no agreement found, invalid policy, or output that cannot be written;",
  },
  // Why a flag's value is refused.
  expectedShard: { nb: "ventet i/n med 1 ≤ i ≤ n, f.eks. 2/4", en: "expected i/n with 1 ≤ i ≤ n, e.g. 2/4" },
  tooManyThreads: { nb: "høyst {max} tråder", en: "at most {max} threads" },
  // On stderr.
  progress: { nb: "sjekker avtaler: {done}/{total}", en: "checking agreements: {done}/{total}" },
  /** Every run that writes a text format names the policy folders it used (new does too). */
  policyFrom: { nb: "hjemmekontor: policy fra {dirs}\n", en: "hjemmekontor: policy from {dirs}\n" },
} as const satisfies Record<string, Template>;
