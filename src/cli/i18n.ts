/**
 * The command line in the chosen language (SPEC 6): help headings, commander's own option notes
 * and error messages, through commander's public configuration (configureHelp, configureOutput);
 * the words are in messages/commander.ts.
 */
import { type Command, Help, type Option } from "commander";
import { COMMON } from "../core/messages/common.js";
import { joinMessages, msg, type Template } from "../core/messages/index.js";
import type { Lang, Messages } from "../core/types.js";
import { CLI_COMMANDER } from "./messages/commander.js";

const TITLES: readonly Template[] = [
  CLI_COMMANDER.usageTitle,
  CLI_COMMANDER.argumentsTitle,
  CLI_COMMANDER.optionsTitle,
  CLI_COMMANDER.commandsTitle,
  CLI_COMMANDER.globalOptionsTitle,
];

/** Help settings for a command in `lang`: headings and the notes commander adds to options. */
export function helpConfig(lang: Lang): Partial<Help> {
  if (lang === "en") return {};
  const usage = (text: string) =>
    text
      .replace(CLI_COMMANDER.usageOptions.en, CLI_COMMANDER.usageOptions[lang])
      .replace(CLI_COMMANDER.usageCommand.en, CLI_COMMANDER.usageCommand[lang]);
  return {
    styleTitle: (title: string) => TITLES.find((t) => t.en === title)?.[lang] ?? title,
    commandUsage(this: Help, cmd: Command): string {
      return usage(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command): string {
      return usage(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(this: Help, option: Option): string {
      return Help.prototype.optionDescription
        .call(this, option)
        .replace(CLI_COMMANDER.choicesNote.en, CLI_COMMANDER.choicesNote[lang])
        .replace(/([(]|, )default: /, (_, before: string) => `${before}${CLI_COMMANDER.defaultNote[lang]}`);
    },
  };
}

/** Commander's error messages, each read by its pattern and said again from the catalogue. */
const ERRORS: [RegExp, (...m: string[]) => Messages][] = [
  [
    /^unknown option '(.*)'(?:\n\(Did you mean (.*)\?\))?$/s,
    (option, suggestion) =>
      suggestion
        ? msg(CLI_COMMANDER.unknownOptionGuess, { option, suggestion })
        : msg(CLI_COMMANDER.unknownOption, { option }),
  ],
  [
    /^unknown command '(.*)'(?:\n\(Did you mean (.*)\?\))?$/s,
    (command, suggestion) =>
      suggestion
        ? msg(CLI_COMMANDER.unknownCommandGuess, { command, suggestion })
        : msg(CLI_COMMANDER.unknownCommand, { command }),
  ],
  [/^missing required argument '(.*)'$/, (argument) => msg(CLI_COMMANDER.missingArgument, { argument })],
  [/^option '(.*)' argument missing$/, (option) => msg(CLI_COMMANDER.missingValue, { option })],
  [/^required option '(.*)' not specified$/, (option) => msg(CLI_COMMANDER.missingOption, { option })],
  [
    /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (option, value, choices) => {
      const list = choices.split(COMMON.or.en);
      return msg(CLI_COMMANDER.notAChoice, { option, value, choices: joinMessages(list, COMMON.or) });
    },
  ],
  [
    /^option '(.*)' argument '(.*)' is invalid\. (.*)$/s,
    (option, value, why) => msg(CLI_COMMANDER.invalidValue, { option, value, why }),
  ],
  [
    /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (command, expected, got) =>
      command
        ? msg(CLI_COMMANDER.tooManyArgumentsFor, { command, expected, got })
        : msg(CLI_COMMANDER.tooManyArguments, { expected, got }),
  ],
];

/** commander's own error messages (they come in English) in `lang`, without its "error: " prefix. */
export function commanderError(message: string, lang: Lang): string {
  const text = message.replace(/^error: /, "").trimEnd();
  if (lang === "en") return text;
  for (const [re, said] of ERRORS) {
    const m = re.exec(text);
    if (m) return said(...m.slice(1).map((x) => x ?? ""))[lang];
  }
  return text;
}
