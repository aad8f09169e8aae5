/**
 * The command line in the chosen language (SPEC 6): help headings, commander's own option notes
 * and error messages, through commander's public configuration (configureHelp, configureOutput).
 */
import { type Command, Help, type Option } from "commander";
import type { Lang, Messages } from "../core/types.js";

/** One text in the run's language. */
export const say = (lang: Lang, m: Messages): string => m[lang];

const TITLES_NB: Record<string, string> = {
  "Usage:": "Bruk:",
  "Arguments:": "Argumenter:",
  "Options:": "Valg:",
  "Commands:": "Kommandoer:",
  "Global Options:": "Globale valg:",
};

const usageNb = (usage: string) => usage.replace("[options]", "[valg]").replace("[command]", "[kommando]");

/** Help settings for a command in `lang`: headings and the notes commander adds to options. */
export function helpConfig(lang: Lang): Partial<Help> {
  if (lang === "en") return {};
  return {
    styleTitle: (title: string) => TITLES_NB[title] ?? title,
    commandUsage(this: Help, cmd: Command): string {
      return usageNb(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command): string {
      return usageNb(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(this: Help, option: Option): string {
      return Help.prototype.optionDescription
        .call(this, option)
        .replace(/\(choices: /, "(valg: ")
        .replace(/([(]|, )default: /, "$1standard: ");
    },
  };
}

/** commander's own error messages (they come in English) in `lang`, without its "error: " prefix. */
export function commanderError(message: string, lang: Lang): string {
  const text = message.replace(/^error: /, "").trimEnd();
  if (lang === "en") return text;
  const rules: [RegExp, (...m: string[]) => string][] = [
    [
      /^unknown option '(.*)'(?:\n\(Did you mean (.*)\?\))?$/s,
      (o, s) => `ukjent valg '${o}'${s ? ` (mente du ${s}?)` : ""}`,
    ],
    [
      /^unknown command '(.*)'(?:\n\(Did you mean (.*)\?\))?$/s,
      (c, s) => `ukjent kommando '${c}'${s ? ` (mente du ${s}?)` : ""}`,
    ],
    [/^missing required argument '(.*)'$/, (a) => `mangler det påkrevde argumentet '${a}'`],
    [/^option '(.*)' argument missing$/, (o) => `valget '${o}' mangler en verdi`],
    [/^required option '(.*)' not specified$/, (o) => `det påkrevde valget '${o}' er ikke gitt`],
    [
      /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
      (o, v, c) =>
        `valget '${o}' har den ugyldige verdien '${v}'. Tillatt: ${c.replace(/ or /g, " eller ")}.`,
    ],
    [
      /^option '(.*)' argument '(.*)' is invalid\. (.*)$/s,
      (o, v, why) => `valget '${o}' har den ugyldige verdien '${v}'. ${why}`,
    ],
    [
      /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
      (cmd, e, g) => `for mange argumenter${cmd ? ` til '${cmd}'` : ""}: ventet ${e}, fikk ${g}.`,
    ],
  ];
  for (const [re, nb] of rules) {
    const m = re.exec(text);
    if (m) return nb(...m.slice(1).map((x) => x ?? ""));
  }
  return text;
}
