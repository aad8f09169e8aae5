/**
 * commander's own words in the run's language (src/cli/i18n.ts): the headings and notes of its
 * help, and its error messages. The en texts are commander's own, which an en run prints as they
 * are; an nb run puts the nb text in their place.
 */
import type { Template } from "../../core/messages/index.js";

export const CLI_COMMANDER = {
  // Help headings.
  usageTitle: { nb: "Bruk:", en: "Usage:" },
  argumentsTitle: { nb: "Argumenter:", en: "Arguments:" },
  optionsTitle: { nb: "Valg:", en: "Options:" },
  commandsTitle: { nb: "Kommandoer:", en: "Commands:" },
  globalOptionsTitle: { nb: "Globale valg:", en: "Global Options:" },
  // The usage line, and the notes commander adds to an option's description.
  usageOptions: { nb: "[valg]", en: "[options]" },
  usageCommand: { nb: "[kommando]", en: "[command]" },
  choicesNote: { nb: "(valg: ", en: "(choices: " },
  defaultNote: { nb: "standard: ", en: "default: " },
  // Error messages ({suggestion} is commander's guess at what was meant; commander says
  // "argument" for one).
  unknownOption: { nb: "ukjent valg '{option}'", en: "unknown option '{option}'" },
  unknownOptionGuess: {
    nb: "ukjent valg '{option}' (mente du {suggestion}?)",
    en: "unknown option '{option}'\n(Did you mean {suggestion}?)",
  },
  unknownCommand: { nb: "ukjent kommando '{command}'", en: "unknown command '{command}'" },
  unknownCommandGuess: {
    nb: "ukjent kommando '{command}' (mente du {suggestion}?)",
    en: "unknown command '{command}'\n(Did you mean {suggestion}?)",
  },
  missingArgument: {
    nb: "mangler det påkrevde argumentet '{argument}'",
    en: "missing required argument '{argument}'",
  },
  missingValue: { nb: "valget '{option}' mangler en verdi", en: "option '{option}' argument missing" },
  missingOption: {
    nb: "det påkrevde valget '{option}' er ikke gitt",
    en: "required option '{option}' not specified",
  },
  notAChoice: {
    nb: "valget '{option}' har den ugyldige verdien '{value}'. Tillatt: {choices}.",
    en: "option '{option}' argument '{value}' is invalid. Allowed choices are {choices}.",
  },
  invalidValue: {
    nb: "valget '{option}' har den ugyldige verdien '{value}'. {why}",
    en: "option '{option}' argument '{value}' is invalid. {why}",
  },
  tooManyArguments: {
    nb: "for mange argumenter: ventet {expected}, fikk {got}.",
    en: "too many arguments. Expected {expected} arguments but got {got}.",
  },
  tooManyArgumentsFor: {
    nb: "for mange argumenter til '{command}': ventet {expected}, fikk {got}.",
    en: "too many arguments for '{command}'. Expected {expected} arguments but got {got}.",
  },
} as const satisfies Record<string, Template>;
