/**
 * The message catalogue (src/core/messages/, issue 11): every template has both languages and the
 * same placeholders in each; every id is used somewhere in src/; the core's parse, schema, policy
 * and repository steps keep no wording of their own; and `msg` fills templates as it says.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMON } from "../src/core/messages/common.js";
import { joinMessages, msg, placeholders, type Template } from "../src/core/messages/index.js";
import { PARSE } from "../src/core/messages/parse.js";
import { POLICY } from "../src/core/messages/policy.js";
import { REPOSITORY } from "../src/core/messages/repository.js";
import { SCHEMA } from "../src/core/messages/schema.js";
import { SOURCES } from "../src/core/messages/sources.js";
import { ROOT } from "./helpers.js";

/** Each catalogue by its exported name, with the file that holds it. */
const CATALOGUES: Record<string, { file: string; templates: Record<string, Template> }> = {
  COMMON: { file: "common.ts", templates: COMMON },
  PARSE: { file: "parse.ts", templates: PARSE },
  POLICY: { file: "policy.ts", templates: POLICY },
  REPOSITORY: { file: "repository.ts", templates: REPOSITORY },
  SCHEMA: { file: "schema.ts", templates: SCHEMA },
  SOURCES: { file: "sources.ts", templates: SOURCES },
};

const SRC = join(ROOT, "src");
const MESSAGES = join(SRC, "core", "messages");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const templates = Object.entries(CATALOGUES).flatMap(([name, c]) =>
  Object.entries(c.templates).map(([id, t]) => ({ name, file: c.file, id, t })),
);

describe("message catalogue", () => {
  it("given the files of src/core/messages, should test every catalogue they export", () => {
    const exported = tsFiles(MESSAGES)
      .filter((f) => !f.endsWith("index.ts"))
      .flatMap((f) => {
        const text = readFileSync(f, "utf8");
        return [
          ...text.matchAll(
            /export const ([A-Z_]+) = \{[\s\S]*?\} as const satisfies Record<string, Template>/g,
          ),
        ].map((m) => `${m[1]} in ${relative(MESSAGES, f)}`);
      });
    expect(exported.sort()).toEqual(Object.entries(CATALOGUES).map(([n, c]) => `${n} in ${c.file}`));
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

  it("given every template, should be used somewhere in src/ outside its own catalogue file", () => {
    const sources = tsFiles(SRC).map((f) => ({ f, text: readFileSync(f, "utf8") }));
    const unused = templates
      .filter(({ name, file, id }) => {
        const own = join(MESSAGES, file);
        const use = new RegExp(`\\b${name}\\.${id}\\b`);
        return !sources.some(({ f, text }) => f !== own && use.test(text));
      })
      .map(({ name, id }) => `${name}.${id}`);
    expect(unused).toEqual([]);
  });

  it("given the parse, schema, policy and repository steps, should hold no wording of their own", () => {
    // A literal `nb: "…"` or `en: "…"` (non-empty) is a message that belongs in the catalogue.
    const inline = /\b(?:nb|en)\s*:\s*(?:"[^"]|'[^']|`[^`])/;
    const found = ["parse", "schema", "policy", "repository"]
      .flatMap((step) => tsFiles(join(SRC, "core", step)))
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .flatMap((line, i) => (inline.test(line) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
      );
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
