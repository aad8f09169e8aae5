/**
 * Options that several commands share, built once here in the run's language, and the run's
 * context: the language and the exit code, which `run()` returns (the one edge that decides it).
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { isValidDate } from "../core/dates.js";
import type { Lang, Messages } from "../core/types.js";
import { helpConfig } from "./i18n.js";
import { CLI_HELP } from "./messages/help.js";

export interface Ctx {
  lang: Lang;
  exitCode: number;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function policiesOption(lang: Lang): Option {
  return new Option("--policies <dir>", CLI_HELP.policies[lang]).argParser(collect);
}

export function langOption(lang: Lang): Option {
  return new Option("--lang <lang>", CLI_HELP.lang[lang]).choices(["nb", "en"]).default("nb");
}

export function formatOption(lang: Lang, choices: readonly string[], fallback: string): Option {
  return new Option("--format <format>", CLI_HELP.format[lang]).choices([...choices]).default(fallback);
}

export function outputOption(lang: Lang): Option {
  return new Option("--output <file>", CLI_HELP.output[lang]);
}

export function dateOption(lang: Lang, flags: string, what: Messages): Option {
  return new Option(flags, what[lang]).argParser((v: string) => {
    if (!isValidDate(v)) throw new InvalidArgumentError(CLI_HELP.expectedDate[lang]);
    return v;
  });
}

export function positiveInt(lang: Lang) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(CLI_HELP.expectedPositiveInt[lang]);
    return n;
  };
}

/** Examples and exit codes after a command's help, in the run's language. */
export function helpAfter(cmd: Command, lang: Lang, examples: string[], exits: Messages): Command {
  const shown = examples.map((e) => `  $ ${e}`).join("\n");
  return cmd.addHelpText(
    "after",
    `\n${CLI_HELP.examples[lang]}\n${shown}\n\n${CLI_HELP.exitCodes[lang]} ${exits[lang]}\n${CLI_HELP.exitInternal[lang]}`,
  );
}

/** A subcommand that speaks the run's language in its help. */
export function command(parent: Command, name: string, lang: Lang, description: Messages): Command {
  return parent
    .command(name)
    .description(description[lang])
    .configureHelp(helpConfig(lang))
    .helpOption("-h, --help", CLI_HELP.help[lang]);
}

/** Today's date where the command runs (local time, not UTC: a run in Oslo after midnight is the new day). */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
