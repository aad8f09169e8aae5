/** Helpers that pick and combine catalogue templates for the formatters; they hold no wording. */
import { msg, type Template } from "../core/messages/index.js";
import type { Lang, Messages } from "../core/types.js";

/** `n` with the template for exactly one or for any other number (each fills `{n}`). */
export function counted(n: number, one: Template, many: Template): Messages {
  return msg(n === 1 ? one : many, { n });
}

/** Templates keyed by a value, as one table per language: `byLang(words).nb[value]`. */
export function byLang<K extends string>(words: Record<K, Template>): Record<Lang, Record<K, string>> {
  const pick = (lang: Lang) =>
    Object.fromEntries(Object.entries<Template>(words).map(([k, t]) => [k, t[lang]])) as Record<K, string>;
  return { nb: pick("nb"), en: pick("en") };
}
