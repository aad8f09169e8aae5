/**
 * Options that several commands share, built once here in the run's language, and the run's
 * context: the language and the exit code, which `run()` returns (the one edge that decides it).
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { isValidDate } from "../core/dates.js";
import type { Lang } from "../core/types.js";
import { EXIT_3_HELP_TEXT } from "./bug.js";
import { helpConfig } from "./i18n.js";

export interface Ctx {
  lang: Lang;
  exitCode: number;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function policiesOption(lang: Lang): Option {
  return new Option(
    "--policies <dir>",
    lang === "nb"
      ? "en mappe med policylag; gjenta for å kombinere (standard: nærmeste policies/ oppover til repo-roten, ellers de innebygde)"
      : "a folder of policy layers; repeat to combine (default: the nearest policies/ up to the repository root, else the shipped set)",
  ).argParser(collect);
}

export function langOption(lang: Lang): Option {
  return new Option(
    "--lang <lang>",
    lang === "nb" ? "språk for meldinger og hjelp" : "language of messages and help",
  )
    .choices(["nb", "en"])
    .default("nb");
}

export function formatOption(lang: Lang, choices: readonly string[], fallback: string): Option {
  return new Option("--format <format>", lang === "nb" ? "utdataformat" : "output format")
    .choices([...choices])
    .default(fallback);
}

export function outputOption(lang: Lang): Option {
  return new Option(
    "--output <file>",
    lang === "nb"
      ? "skriv resultatet til en fil (atomisk) i stedet for standard ut"
      : "write the result to a file (atomically) instead of standard output",
  );
}

export function dateOption(lang: Lang, flags: string, what: { nb: string; en: string }): Option {
  return new Option(flags, what[lang]).argParser((v: string) => {
    if (!isValidDate(v))
      throw new InvalidArgumentError(
        lang === "nb" ? "ventet en dato ÅÅÅÅ-MM-DD" : "expected a date YYYY-MM-DD",
      );
    return v;
  });
}

export function positiveInt(lang: Lang) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0)
      throw new InvalidArgumentError(
        lang === "nb" ? "ventet et positivt heltall" : "expected a positive whole number",
      );
    return n;
  };
}

/** Examples and exit codes after a command's help, in the run's language. */
export function helpAfter(
  cmd: Command,
  lang: Lang,
  examples: string[],
  exits: { nb: string; en: string },
): Command {
  const heading = lang === "nb" ? "Eksempler:" : "Examples:";
  const codes = lang === "nb" ? "Avslutningskoder:" : "Exit codes:";
  return cmd.addHelpText(
    "after",
    `\n${heading}\n${examples.map((e) => `  $ ${e}`).join("\n")}\n\n${codes} ${exits[lang]}\n${EXIT_3_HELP_TEXT[lang]}`,
  );
}

/** A subcommand that speaks the run's language in its help. */
export function command(
  parent: Command,
  name: string,
  lang: Lang,
  description: { nb: string; en: string },
): Command {
  return parent
    .command(name)
    .description(description[lang])
    .configureHelp(helpConfig(lang))
    .helpOption("-h, --help", lang === "nb" ? "vis hjelp for kommandoen" : "display help for command");
}

/** Today's date where the command runs (local time, not UTC: a run in Oslo after midnight is the new day). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
