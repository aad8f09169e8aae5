/**
 * The fast YAML path (src/core/fastyaml.ts) against the full parser: wherever the fast path gives
 * a result, it must be the full parser's value, with no problem the full parser would report, and
 * the same line and column for every JSON pointer (keys and values, present and missing). And it
 * must really be taken for plain agreements, or it would only be dead weight.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreement, prng } from "../bench/generate.mjs";
import { fastParse } from "../src/core/parse/fastyaml.js";
import { parseYaml, parseYamlFully } from "../src/core/parse/load.js";
import { ROOT } from "./helpers.js";

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(dir, f));
}

/** Every pointer in a value, and beside each container a child that is not there. */
function pointers(value: unknown, at = ""): string[] {
  const out = [at];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pointers(v, `${at}/${i}`));
    out.push(`${at}/${value.length}`, `${at}/0${value.length > 0 ? "0" : ""}`, `${at}/x`);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push(...pointers(v, `${at}/${k}`));
    out.push(`${at}/missing`, `${at}/missing/deeper`, `${at}/a~1b`);
  } else {
    out.push(`${at}/inside`);
  }
  return out;
}

/** True when the fast path took the text; fails the test when it differs from the full parser. */
function agrees(text: string): boolean {
  const fast = fastParse(text);
  if (!fast) return false;
  const full = parseYamlFully(text);
  expect(full.problems, text).toEqual([]);
  expect(fast.value, text).toStrictEqual(full.value);
  const ours = parseYaml(text);
  for (const p of pointers(full.value)) {
    for (const key of [false, true]) {
      expect(ours.positionOf(p, { key }), `${p} key=${key}\n${text}`).toEqual(full.positionOf(p, { key }));
    }
  }
  return true;
}

const examples = [
  ...yamlFiles(join(ROOT, "examples", "agreements")),
  ...yamlFiles(join(ROOT, "examples", "local")),
].map((f) => readFileSync(f, "utf8"));
const others = [
  ...yamlFiles(join(ROOT, "policies")),
  ...yamlFiles(join(ROOT, "examples", "policies")),
  ...yamlFiles(join(ROOT, "examples", "ci")),
].map((f) => readFileSync(f, "utf8"));
const rnd = prng(7);
const generated = Array.from({ length: 200 }, (_, i) => agreement(i, rnd));

describe("fast YAML path", () => {
  it("takes every well-formed example agreement and every generated one, giving the full parser's value and positions", () => {
    const wellFormed = examples.filter((t) => parseYamlFully(t).problems.length === 0);
    // One example is broken YAML on purpose; the rest must all take the fast path.
    expect(wellFormed.length).toBe(examples.length - 1);
    for (const text of [...wellFormed, ...generated]) expect(agrees(text), text).toBe(true);
  });

  it("agrees with the full parser on the repository's other YAML wherever it takes it", () => {
    // Policy layers use block scalars (`|`) and go to the full parser; the pre-commit config is plain.
    expect(others.filter(agrees).length).toBeGreaterThan(0);
  });

  it("hands anything unusual to the full parser", () => {
    const unusual = [
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: |\n  text\n",
      "a: >-\n  text\n",
      'a: "x\\ty"\n',
      "a: 'it''s'\n",
      "a:\n",
      "a: 1\na: 2\n",
      "__proto__: 1\n",
      "a:\n\tb: 1\n",
      "a: 1\r\nb: 2\r\n",
      "---\na: 1\n",
      "a: 1\n---\nb: 2\n",
      "a: b\n  c\n",
      "a: [x,\n  y]\n",
      "a: [x, ]\n",
      "a: { b }\n",
      "a: 0x1F\n",
      "a: 1e3\n",
      "a: .inf\n",
      "a: 007\n",
      "a: 12:30:00\n",
      "a: b: c\n",
      "- a\n- b\n",
      "just text\n",
      "# only a comment\n",
      "",
      "? a\n: b\n",
      "a:\n  - - x\n",
      "a:\n  -\n    b: 1\n",
      "null: 1\n",
      'a: "x" y\n',
      "a: [b]c\n",
      "a: x#y\n".replace("#", "\u0085"),
    ];
    for (const text of unusual) expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
  });

  it("keeps Unicode white space that ends a plain scalar, as YAML does (only space and tab are white space)", () => {
    const cases = [
      "a: x\u00a0\n",
      "a: x\u00a0 # c\n",
      "a: true\u00a0\n",
      "a: x\u3000\n",
      "a: [x\u2028, y]\n",
    ];
    for (const text of cases) expect(agrees(text), JSON.stringify(text)).toBe(true);
    expect(fastParse("a: true\u00a0\n")?.value).toStrictEqual({ a: "true\u00a0" });
  });

  it("agrees with the full parser on 3000 mutations of agreements (seeded)", () => {
    const r = prng(20261127);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    const chars = [":", "#", "-", " ", "  ", "&", "*", "!", "'", '"', "[", "]", "{", "}", ",", "|", ">", "?"];
    const more = ["%", "@", "`", "\\", "\n", "\t", "~", "0", ".", "\r", "ø", "\u00a0", "\u2028"];
    const tokens = [
      "null",
      "~",
      "True",
      "FALSE",
      "yes",
      "0x1F",
      "1e3",
      ".5",
      "-0",
      "-12",
      "007",
      "08:00",
      "8:00",
      "12:30:00",
      "2026-01-01T10:00",
      '"a\\"b"',
      "'it''s'",
      "''",
      '""',
      ".inf",
      "-",
      "[]",
      "{}",
      "[a, ]",
      "{ a: [b, { c: d }] }",
      "[a: b]",
      "{a: b}",
      '{ "a": 1 }',
      "a # c",
      "a #c",
      "a#c",
      "x: y",
      "[x] # c",
      "&a x",
      "*a",
      "!t x",
      "| x",
      "0.50",
      "1.",
      "+1",
      "1_000",
      "Kari, Nordmann",
    ];
    let taken = 0;
    let bailed = 0;
    const seeds = [...examples, ...generated.slice(0, 20)];
    for (let n = 0; n < 3000; n++) {
      const lines = pick(seeds).split("\n");
      const times = 1 + Math.floor(r() * 3);
      for (let t = 0; t < times; t++) {
        const i = Math.floor(r() * lines.length);
        const line = lines[i] ?? "";
        const kind = Math.floor(r() * 6);
        if (kind === 0) lines.splice(i, 1);
        else if (kind === 1) lines.splice(i, 0, line);
        else if (kind === 2) lines[i] = r() < 0.5 ? ` ${line}` : line.replace(/^ {1,2}/, "");
        else if (kind === 3) {
          const at = Math.floor(r() * (line.length + 1));
          lines[i] = line.slice(0, at) + pick(r() < 0.8 ? chars : more) + line.slice(at);
        } else {
          const colon = line.indexOf(": ");
          lines[i] = colon < 0 ? `${line} ${pick(tokens)}` : `${line.slice(0, colon + 2)}${pick(tokens)}`;
        }
      }
      if (agrees(lines.join("\n"))) taken++;
      else bailed++;
    }
    // Both paths must be exercised, or the comparison would prove little.
    expect(taken).toBeGreaterThan(500);
    expect(bailed).toBeGreaterThan(500);
  });
});
