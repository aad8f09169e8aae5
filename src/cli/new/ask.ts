/**
 * How `new` asks a person for values: four kinds of question, answered in a terminal through
 * @inquirer/prompts (loaded only when `new` asks), or by a script in the tests. Every question has
 * a `key`, so a scripted answerer can answer by name. The prompts' own key hints speak nb or en.
 */
import type { Template } from "../../core/messages/index.js";
import type { Lang } from "../../core/types.js";
import { NEW_RUN } from "../messages/new.js";

export interface Choice<T extends string> {
  value: T;
  name: string;
  checked?: boolean;
}

export interface Ask {
  /** A line of text; `validate` returns an error text to ask again, or null. */
  text(q: {
    key: string;
    message: string;
    default?: string;
    validate?: (value: string) => string | null;
  }): Promise<string>;
  /** One of several. */
  choose<T extends string>(q: {
    key: string;
    message: string;
    choices: Choice<T>[];
    default?: T;
  }): Promise<T>;
  /** Any number of several (those `checked` chosen at first). */
  many<T extends string>(q: {
    key: string;
    message: string;
    choices: Choice<T>[];
    validate?: (values: T[]) => string | null;
  }): Promise<T[]>;
  /** Yes or no. */
  yes(q: { key: string; message: string; default: boolean }): Promise<boolean>;
}

/** The prompts' key names and actions as they name them, and what they are in each language. */
const KEYS: Record<string, Template> = { space: NEW_RUN.keySpace };
const ACTIONS: Record<string, Template> = {
  navigate: NEW_RUN.keyNavigate,
  select: NEW_RUN.keySelect,
  all: NEW_RUN.keyAll,
  invert: NEW_RUN.keyInvert,
  submit: NEW_RUN.keySubmit,
};

/** The prompts' key help in the run's language: "↑↓ flytt • mellomrom velg • ⏎ ferdig". */
function theme(lang: Lang) {
  const word = (words: Record<string, Template>, w: string) =>
    Object.hasOwn(words, w) ? words[w]?.[lang] : w;
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${word(KEYS, key)} ${word(ACTIONS, action)}`).join(" • "),
    },
  };
}

/** The terminal's answerer: @inquirer/prompts, imported when the first question is asked. */
export async function terminalAsk(lang: Lang): Promise<Ask> {
  const { checkbox, input, select } = await import("@inquirer/prompts");
  const yesNo = (q: { message: string; default: boolean }) =>
    select<"yes" | "no">({
      message: q.message,
      choices: [
        { value: "yes", name: NEW_RUN.yes[lang] },
        { value: "no", name: NEW_RUN.no[lang] },
      ],
      default: q.default ? "yes" : "no",
      theme: theme(lang),
    });
  return {
    text: (q) =>
      input({
        message: q.message,
        default: q.default,
        validate: (v) => q.validate?.(v.trim()) ?? true,
      }).then((v) => v.trim()),
    choose: (q) => select({ message: q.message, choices: q.choices, default: q.default, theme: theme(lang) }),
    many: (q) =>
      checkbox({
        message: q.message,
        choices: q.choices,
        validate: (chosen) => q.validate?.(chosen.map((c) => c.value)) ?? true,
        theme: theme(lang),
      }),
    yes: async (q) => (await yesNo(q)) === "yes",
  };
}

/** Whether an error is the prompts' own "the person pressed Ctrl-C" (or closed the terminal). */
export function isPromptExit(err: unknown): boolean {
  return err instanceof Error && (err.name === "ExitPromptError" || err.name === "AbortPromptError");
}
