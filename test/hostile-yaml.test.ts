/**
 * Hostile agreement files, as YAML: alias bombs and absurd nesting, tags that would construct
 * values, and keys that would pollute prototypes. Each must give a verdict (mostly `invalid`, with
 * a message that says what is wrong) and never throw. The unit-level YAML checks live in
 * test/load.test.ts; these go through the whole pipeline (validateText), as the CLI does.
 */
import { describe, expect, it } from "vitest";
import * as load from "../src/core/parse/load.js";
import { COMPLIANT, expectInvalid, judge } from "./helpers-hostile.js";

describe("YAML bombs and absurd nesting", () => {
  it("given a billion-laughs alias bomb (9 levels of 10 aliases), should give invalid with a message about aliases", {
    timeout: 10_000,
  }, async () => {
    const lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i <= 9; i++) {
      lines.push(`lol${i}: &lol${i} [${Array.from({ length: 10 }, () => `*lol${i - 1}`).join(", ")}]`);
    }
    const r = await judge(`${lines.join("\n")}\n`);
    expectInvalid(r, "yaml", /aliases/);
    expect(r.findings).toHaveLength(1);
  });

  it("given the alias bomb inside an otherwise compliant agreement, should still refuse it as yaml", {
    timeout: 10_000,
  }, async () => {
    const bomb = ["x0: &x0 [a, a, a, a, a, a, a, a, a, a]"];
    for (let i = 1; i <= 9; i++)
      bomb.push(
        `x${i}: &x${i} [${Array(10)
          .fill(`*x${i - 1}`)
          .join(", ")}]`,
      );
    const text = COMPLIANT.replace(
      /^ {2}availability: .*$/m,
      `  availability: Teams\nbomb:\n${bomb.map((l) => `  ${l}`).join("\n")}`,
    );
    expect(text).toContain("*x8");
    expectInvalid(await judge(text), "yaml", /aliases/);
  });

  // The message names the alias and its anchor (yaml says: "Unresolved alias (the anchor must be
  // set before the alias): later").
  it("given an alias used before its anchor, should name the alias in the message", async () => {
    const text = COMPLIANT.replace(/^reasons: .*$/m, "reasons: *later\nlater: &later [commute]");
    const r = await judge(text);
    expectInvalid(r, "yaml", /alias/);
    expect(r.findings[0]?.message.en).toContain("*later");
    expect(r.findings[0]?.message.en).toContain("&later");
  });

  it("given 5000 nested flow sequences (a: [[[[…]]]]), should give invalid with a message about nesting", {
    timeout: 10_000,
  }, async () => {
    const r = await judge(`a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`);
    expectInvalid(r, "yaml", /nested too deeply/);
  });

  it("given 3000 nested flow mappings (a: {b: {b: …}}), should give invalid with a message about nesting", {
    timeout: 10_000,
  }, async () => {
    const r = await judge(`a: ${"{b: ".repeat(3000)}c${"}".repeat(3000)}\n`);
    expectInvalid(r, "yaml", /nested too deeply/);
  });

  it("given 5000 nested compact block sequences (- - - … x), should give invalid with a message about nesting", {
    timeout: 10_000,
  }, async () => {
    const r = await judge(`${"- ".repeat(5000)}x\n`);
    expectInvalid(r, "yaml", /nested too deeply/);
  });
});

describe("prototype pollution", () => {
  const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

  const underEmployee = (yaml: string) => (text: string) =>
    text.replace(/^employee:\n/m, `employee:\n  ${yaml}\n`);
  const atTop = (yaml: string) => (text: string) => `${text}${yaml}\n`;

  it.each([
    ["__proto__ at the top level", atTop("__proto__:\n  polluted: yes"), "/__proto__"],
    [
      "constructor.prototype at the top level",
      atTop("constructor:\n  prototype:\n    polluted: yes"),
      "/constructor",
    ],
    ["prototype at the top level", atTop("prototype: { polluted: yes }"), "/prototype"],
    ["__proto__ under employee", underEmployee("__proto__: { polluted: yes }"), "/employee/__proto__"],
    [
      "constructor.prototype under employee",
      underEmployee("constructor: { prototype: { polluted: yes } }"),
      "/employee/constructor",
    ],
  ])(
    "given %s, should give a schema finding for the unknown key and pollute nothing",
    async (_label, add, path) => {
      const before = protoNames();
      const key = path.split("/").pop() as string;
      // A compliant agreement plus the key: its unknown-key finding is the only finding.
      const text = add(COMPLIANT);
      const r = await judge(text);
      expectInvalid(r, "schema", new RegExp(`Unknown key "${key}"`));
      expect(r.findings.map((f) => f.path)).toEqual([path]);
      expect(text.split("\n")[(r.findings[0]?.line ?? 0) - 1]).toContain(`${key}:`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(protoNames()).toEqual(before);
    },
  );

  it("given __proto__ keys, should keep them as plain own keys of the parsed value", () => {
    const { value } = load.parseYaml("__proto__: { polluted: yes }\nemployee: { __proto__: { x: 1 } }\n");
    const v = value as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.hasOwn(v, "__proto__")).toBe(true);
    expect(Object.hasOwn(v.employee as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("YAML tags never construct values", () => {
  it.each([
    ["!!js/function", 'position: !!js/function "function () { globalThis.hjemmekontorRan = true }"'],
    ["!!js/regexp", "position: !!js/regexp /(a+)+$/"],
    ["!!js/undefined", "position: !!js/undefined ''"],
    ["!!binary", "position: !!binary aGVp"],
    ["!custom", "position: !custom Senioringeniør"],
    ["a tag URI", "position: !<tag:evil.example,2026:run> rm -rf"],
  ])("given a %s tag on a free-text field, should give invalid (yaml) and no function", async (tag, line) => {
    // Without the tag the agreement is compliant, so only the tag can make it invalid.
    const text = COMPLIANT.replace(/^ {2}position: .*$/m, `  ${line}`);
    expect(text).not.toBe(COMPLIANT);
    const r = await judge(text);
    expectInvalid(r, "yaml", /tag/i);
    const at = text.split("\n").findIndex((l) => l.includes(tag.startsWith("a tag") ? "!<" : tag));
    expect(r.findings[0]?.line).toBe(at + 1);
    expect((globalThis as Record<string, unknown>).hjemmekontorRan).toBeUndefined();
  });
});
