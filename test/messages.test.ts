/**
 * The message catalogues (issue 11): every text a user reads is a template in both languages, kept
 * in one catalogue per area: `export const NAME = { … } as const satisfies Record<string, Template>`
 * (src/core/messages/ for the core; the CLI, the formatters and the form page keep their own). Every
 * template has both languages and the same placeholders in each; every id is used somewhere in src/;
 * no other module keeps wording of its own; and `msg` fills templates as it says.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMON } from "../src/core/messages/common.js";
import { joinMessages, msg, placeholders, type Template } from "../src/core/messages/index.js";
import { POLICY } from "../src/core/messages/policy.js";
import { ROOT } from "./helpers.js";

const SRC = join(ROOT, "src");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const sources = tsFiles(SRC).map((f) => ({ f, text: readFileSync(f, "utf8") }));
const DECLARES = "} as const satisfies Record<string, Template>";
const DECLARED =
  /export const ([A-Z][A-Z0-9_]*) = \{[\s\S]*?\n\} as const satisfies Record<string, Template>/g;

/** Every catalogue in src/, by its exported name, with the file that holds it. */
const CATALOGUES = await Promise.all(
  sources.flatMap(({ f, text }) =>
    [...text.matchAll(DECLARED)].map(async (m) => {
      const name = m[1] as string;
      const mod = (await import(pathToFileURL(f).href)) as Record<string, Record<string, Template>>;
      return { name, file: f, templates: mod[name] as Record<string, Template> };
    }),
  ),
);

/**
 * Modules that hold both languages as data rather than as messages: the fact and operator
 * catalogues (each entry's description), and the generated types (the schema's own words).
 */
const DATA = [
  "core/catalogue/facts.ts",
  "core/catalogue/operators.ts",
  "types/generated/",
  // The two vocabularies of codes → words (weekdays; reasons, information classes, parties and
  // agreement types), each a table per language: the only places a `nb: { … }` table may stand.
  "core/catalogue/words.ts",
  "core/run/agreement-words.ts",
];

const templates = CATALOGUES.flatMap((c) =>
  Object.entries(c.templates).map(([id, t]) => ({ name: c.name, file: c.file, id, t })),
);

describe("message catalogue", () => {
  it("given src/, should find the catalogues, each under its own name", () => {
    const names = CATALOGUES.map((c) => c.name);
    expect(names).toContain("PARSE");
    expect(new Set(names).size).toBe(names.length);
    for (const c of CATALOGUES) expect(c.templates, c.name).toBeTypeOf("object");
  });

  it("given every template, should have an id in camelCase and non-empty text in nb and en", () => {
    const bad = templates
      .filter(({ id, t }) => !/^[a-z][A-Za-z0-9]*$/.test(id) || !t.nb.trim() || !t.en.trim())
      .map(({ name, id }) => `${name}.${id}`);
    expect(bad).toEqual([]);
  });

  it("given every template, should use the same placeholders in nb and en", () => {
    const bad = templates
      .filter(({ t }) => {
        const nb = placeholders(t.nb).sort();
        const en = placeholders(t.en).sort();
        return nb.join(" ") !== en.join(" ");
      })
      .map(({ name, id, t }) => `${name}.${id}: nb {${placeholders(t.nb)}} en {${placeholders(t.en)}}`);
    expect(bad).toEqual([]);
  });

  it("given every template, should be used somewhere in src/ outside its catalogue", () => {
    const unused = templates
      .filter(({ name, id }) => {
        const use = new RegExp(`\\b${name}\\.${id}\\b`);
        return !sources.some(({ text }) => use.test(text));
      })
      .map(({ name, id }) => `${name}.${id}`);
    expect(unused).toEqual([]);
  });

  it("given every module outside the catalogues, should hold no wording of its own", () => {
    // A literal `nb: "…"` or `en: "…"` (non-empty), or a choice between two literal texts by
    // language, is a message that belongs in a catalogue.
    const inline = /\b(?:nb|en)\s*:\s*(?:"[^"]|'[^']|`[^`]|\{)/;
    const choice = /lang === "(?:nb|en)"\s*\?\s*(["'`])(?!(?:nb|en)\1)[^"'`]*[A-Za-zÆØÅæøå]/g;
    const found = sources
      .filter(({ f, text }) => !text.includes(DECLARES) && !DATA.some((d) => relative(SRC, f).startsWith(d)))
      .flatMap(({ f, text }) => {
        const lines = text.split("\n");
        const at = new Set(lines.flatMap((line, i) => (inline.test(line) ? [i] : [])));
        for (const m of text.matchAll(choice)) at.add(text.slice(0, m.index).split("\n").length - 1);
        return [...at].sort((a, b) => a - b).map((i) => `${relative(ROOT, f)}:${i + 1}: ${lines[i]?.trim()}`);
      });
    expect(found).toEqual([]);
  });
});

describe("msg", () => {
  const t = { nb: "Regelen {rule} har {count} feil.", en: "The rule {rule} has {count} errors." } as const;

  it("given values, should fill every placeholder in both languages", () => {
    expect(msg(t, { rule: "a/b", count: 2 })).toEqual({
      nb: "Regelen a/b har 2 feil.",
      en: "The rule a/b has 2 errors.",
    });
  });

  it("given a value in both languages, should give each language its own", () => {
    const pair = { nb: "eller", en: "or" };
    expect(msg({ nb: "a {word} b", en: "a {word} b" }, { word: pair })).toEqual({
      nb: "a eller b",
      en: "a or b",
    });
  });

  it("given a value that holds braces, should put it in as it is and not fill it again", () => {
    expect(msg(t, { rule: "{count}", count: "{rule}" }).en).toBe("The rule {count} has {rule} errors.");
  });

  it("given a placeholder without a value, should leave it visible rather than throw", () => {
    const wide: Template = t;
    expect(msg(wide, { rule: "x" }).nb).toBe("Regelen x har {count} feil.");
  });

  it("given braces that are not a placeholder, should leave them as text", () => {
    const plain = { nb: "et tidsrom { start, end } og {each.field}", en: "{ faculty: …, department: {d} }" };
    expect(placeholders(plain.nb)).toEqual([]);
    expect(placeholders(plain.en)).toEqual(["d"]);
    expect(msg(plain, { d: "IE" })).toEqual({
      nb: "et tidsrom { start, end } og {each.field}",
      en: "{ faculty: …, department: IE }",
    });
  });

  it("given a name of Object.prototype as a placeholder, should not take a value from the prototype", () => {
    const wide: Template = { nb: "{toString}", en: "{constructor}" };
    expect(msg(wide, {})).toEqual({ nb: "{toString}", en: "{constructor}" });
  });

  it("given parts and a separator per language, should join each language with its own", () => {
    expect(joinMessages(["integer", POLICY.paramTypeDate], COMMON.or)).toEqual({
      nb: "integer eller en dato (ÅÅÅÅ-MM-DD, år 1900–2199)",
      en: "integer or a date (YYYY-MM-DD, years 1900–2199)",
    });
  });
});
