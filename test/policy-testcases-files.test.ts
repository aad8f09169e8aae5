/**
 * `policy test` refuses what would make a case pass falsely: a `__proto__` key in a patch
 * (file:line), test files past their own size limits (worded for test files, not agreements), and
 * duplicate keys; and it prints case names with control characters escaped.
 */
import { truncateSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseYamlFully } from "../src/core/parse/load.js";
import { mergePatch } from "../src/core/run/testcases.js";
import { baseAgreement } from "./helpers.js";
import { BASE, lineOf, policyTest, withTestFile } from "./helpers-policy-testcases.js";

describe("a __proto__ key in a patch", () => {
  it.each([
    ["at the top of the patch", "      __proto__:\n        employee: { employmentPercent: 10 }\n"],
    ["inside a mapping", "      schedule:\n        __proto__: { hoursPerWeek: 1 }\n"],
  ])(
    "given one %s, should refuse the test file with its file:line instead of passing the case",
    (_, patch) => {
      const text = `${BASE}cases:\n  - name: harmless\n    expect: { verdict: compliant }\n  - name: proto\n    patch:\n${patch}    expect: { verdict: compliant, findings: [] }\n`;
      const { dir } = withTestFile(text);
      const r = policyTest(dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`tests/t.yaml:${lineOf(text, "__proto__")}:`);
      expect(r.stderr).toContain("The key __proto__ cannot be used in a patch");
      expect(r.stderr).not.toMatch(/^\s+at /m);
    },
  );

  it("given one in Norwegian, should say so in Norwegian", () => {
    const text = `${BASE}cases:\n  - name: proto\n    patch:\n      __proto__: { id: X }\n    expect: { verdict: compliant }\n`;
    const r = policyTest(withTestFile(text).dir, "nb");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Nøkkelen __proto__ kan ikke stå i en patch");
  });

  it("given a patch key __proto__ merged in code, should keep it as a key rather than set a prototype", () => {
    const patch = JSON.parse('{"a": {"__proto__": {"x": 1}}}');
    const out = mergePatch({ a: { y: 2 } }, patch) as { a: Record<string, unknown> };
    expect(Object.hasOwn(out.a, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(out.a)).toBe(Object.prototype);
    expect(Object.keys(out.a)).toEqual(["y", "__proto__"]);
  });
});

describe("the size limits of a test file", () => {
  it("given 10 000 cases, should refuse it in words about test files, not agreements", () => {
    const one = (i: number) =>
      `  - name: case ${i}\n    patch:\n      schedule: { hoursPerWeek: 30, homeHours: { start: "08:00", end: "15:00" } }\n      period: { start: 2026-01-05, end: 2026-06-30 }\n    expect: { verdict: compliant, findings: [] }\n`;
    const text = `${BASE}cases:\n${Array.from({ length: 10_000 }, (_, i) => one(i)).join("")}`;
    for (const [lang, words, not] of [
      [
        "en",
        /The test file has too much structure .* A test file holds at most 1000 cases; split it/,
        /agreement/,
      ],
      ["nb", /Testfilen har for mye struktur .* En testfil har høyst 1000 testtilfeller/, /avtale/],
    ] as const) {
      const r = policyTest(withTestFile(text).dir, lang);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stderr).not.toMatch(not);
    }
  });

  it("given 1 000 cases with whole agreements (the most the schema allows), should run them", () => {
    const whole = stringify({
      kind: "PolicyTest",
      cases: Array.from({ length: 1000 }, (_, i) => ({
        name: `whole ${i}`,
        agreement: baseAgreement(),
        expect: { verdict: "compliant" },
      })),
    });
    const r = policyTest(withTestFile(whole).dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^✔ 1000 test cases in 1 file: 1000 passed, 0 failed$/m);
  });

  it("given a test file over 8 MiB, should refuse it by its size before reading it", () => {
    const { dir, file } = withTestFile("");
    truncateSync(file, 9 * 1024 * 1024);
    const r = policyTest(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /tests\/t\.yaml:1:1 {2}The test file is 9437184 bytes, over the limit of 8388608\./,
    );
  });

  it("given an empty test file, should say the test file is empty", () => {
    const r = policyTest(withTestFile("# nothing\n").dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("The test file is empty; it should hold test cases (kind: PolicyTest).");
  });
});

describe("duplicate keys, found in one pass", () => {
  it("given a repeated key in a block map, a flow map and a nested map, should report each at its line", () => {
    const text = "a: 1\nb: { x: 1, x: 2 }\nc:\n  d: 1\n  d: 2\na: 3\n";
    const r = parseYamlFully(text);
    expect(r.value).toBeUndefined();
    expect(r.problems.map((p) => [p.line, p.messages.en])).toEqual([
      [2, 'YAML error: the key "x" appears twice in the same mapping. Remove one, or merge them.'],
      [5, 'YAML error: the key "d" appears twice in the same mapping. Remove one, or merge them.'],
      [6, 'YAML error: the key "a" appears twice in the same mapping. Remove one, or merge them.'],
    ]);
  });

  it("given equal-looking keys of different types (1 and '1'), should accept them as the yaml package does", () => {
    expect(parseYamlFully("1: a\n'1': b\n").problems).toEqual([]);
  });
});

describe("policy test output", () => {
  it("given a failing case whose name holds ESC and a newline, should print the name escaped", () => {
    const text = `${BASE}cases:\n  - name: "x\\e[2J\\n::error::INJECTED"\n    expect: { findings: [max-home-share] }\n`;
    const r = policyTest(withTestFile(text).dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("x\\u001b[2J\\n::error::INJECTED");
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout.split("\n").some((l) => l.startsWith("::"))).toBe(false);
  });
});
