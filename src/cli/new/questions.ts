/**
 * The questions of `new`'s interview in the run's language: a line of text checked as it is
 * given, and a number within bounds. The other kinds of question go to `ask` itself.
 */
import type { Template } from "../../core/messages/index.js";
import type { Lang, Messages } from "../../core/types.js";
import type { Ask } from "./ask.js";
import { type Check, isMessages, parseNumber } from "./values.js";

export interface Questions {
  ask: Ask;
  lang: Lang;
  /** A text in the run's language. */
  say(m: Messages): string;
  /** A check's problem in the run's language, or null: what `validate` wants. */
  check(c: Check): (v: string) => string | null;
  text(key: string, question: Template, c: Check, def?: string): Promise<string>;
  number(key: string, question: Template, min: number, max: number, def: number): Promise<number>;
}

export function questions(ask: Ask, lang: Lang): Questions {
  const say = (m: Messages) => m[lang];
  const check = (c: Check) => (v: string) => {
    const problem = c(v);
    return problem ? say(problem) : null;
  };
  const text = async (key: string, question: Template, c: Check, def?: string) =>
    ask.text({ key, message: say(question), default: def, validate: check(c) });
  const number = async (key: string, question: Template, min: number, max: number, def: number) => {
    const v = await ask.text({
      key,
      message: say(question),
      default: String(def),
      validate: (s) => {
        const n = parseNumber(s, min, max);
        return isMessages(n) ? say(n) : null;
      },
    });
    return parseNumber(v, min, max) as number;
  };
  return { ask, lang, say, check, text, number };
}
