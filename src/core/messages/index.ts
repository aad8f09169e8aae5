/**
 * The message catalogues (issue 11): every user-facing text, as a template in both languages, kept
 * in one file per area — the core's here (parse, schema, policy, sources, rules, repository, run,
 * lint, policytest, explain, init, common), the CLI's in src/cli/messages/, the formatters' in
 * src/formatters/messages/ and handbook/labels.ts, the form page's in src/browser/app/texts.ts and
 * field-texts.ts — so that the wording can be reviewed and translated as a whole.
 * test/messages.test.ts finds every catalogue and fails on wording kept anywhere else.
 *
 * A template names its parameters as `{name}` (a letter, then letters and digits); `msg` fills them
 * in both languages. A value is text, a number, or a `Messages` pair for words that differ by
 * language (a fragment such as a type name). Values are put in as they are and never read again,
 * so a value may hold braces; a placeholder without a value stays visible rather than throwing.
 * Braces that are not a placeholder (`{ start, end }`) are plain text. The compiler checks that a
 * call gives exactly the placeholders of its template.
 */
import type { Lang, Messages } from "../types.js";

export interface Template {
  readonly nb: string;
  readonly en: string;
}

/** A placeholder's value: the same in both languages, or one per language. */
export type Value = string | number | Messages | Template;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

type NotIdentifier =
  | " "
  | "\n"
  | "{"
  | "}"
  | "."
  | ","
  | ":"
  | ";"
  | "<"
  | ">"
  | "-"
  | "/"
  | "("
  | ")"
  | "…"
  | "«"
  | "»"
  | '"'
  | "'"
  | "|"
  | "=";

/** The placeholder names of a literal template text (what the PLACEHOLDER expression finds). */
type Names<S extends string> = S extends `${string}{${infer Rest}`
  ? Rest extends `${infer N}}${infer After}`
    ? N extends "" | `${string}${NotIdentifier}${string}`
      ? Names<Rest>
      : N | Names<After>
    : never
  : never;

type Placeholders<T extends Template> = Names<T["nb"]> | Names<T["en"]>;

/** What `msg` takes after the template: nothing for a text without placeholders, else every value. */
type ValuesOf<T extends Template> = string extends T["nb"] | T["en"]
  ? [values?: Record<string, Value>]
  : [Placeholders<T>] extends [never]
    ? []
    : [values: Record<Placeholders<T>, Value>];

function fill(text: string, lang: Lang, values: Readonly<Record<string, Value>>): string {
  return text.replace(PLACEHOLDER, (whole: string, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const v = values[name] as Value;
    return typeof v === "object" ? v[lang] : String(v);
  });
}

/** The template's text in both languages, its `{name}` placeholders filled from `values`. */
export function msg<T extends Template>(t: T, ...[values]: ValuesOf<T>): Messages {
  const v: Readonly<Record<string, Value>> = values ?? {};
  return { nb: fill(t.nb, "nb", v), en: fill(t.en, "en", v) };
}

/** The template's text in one language, filled: for formatters that write many lines in one language. */
export function say<T extends Template>(lang: Lang, t: T, ...[values]: ValuesOf<T>): string {
  return fill(t[lang], lang, values ?? {});
}

/** The placeholder names a template text uses, in order of first use. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** Parts joined in each language by that language's separator: ["a", "b"] with "or" → "a or b". */
export function joinMessages(parts: readonly (string | Messages | Template)[], separator: Value): Messages {
  const pick = (v: Value, lang: Lang) => (typeof v === "object" ? v[lang] : String(v));
  return {
    nb: parts.map((p) => pick(p, "nb")).join(pick(separator, "nb")),
    en: parts.map((p) => pick(p, "en")).join(pick(separator, "en")),
  };
}
