/**
 * Counted words agree with their count: one gives the singular, two the plural, in nb and en
 * (policy lint's and policy test's summaries, a failed case's reasons, the form page's counts,
 * the HTML report's count of rows shown, and the schema's bounds and its "and n more").
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ErrorObject } from "ajv/dist/2020.js";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countsText } from "../src/browser/app/status.js";
import type { PolicyLint } from "../src/core/run/lint.js";
import type { CaseOutcome, PolicyTestRun } from "../src/core/run/testcases.js";
import { judge } from "../src/core/run/testexpect.js";
import { toProblems } from "../src/core/schema/describe.js";
import { checkSchema } from "../src/core/schema/schema.js";
import type { FileResult, Lang } from "../src/core/types.js";
import type { HtmlInput } from "../src/formatters/html/model.js";
import { renderHtmlReport } from "../src/formatters/html/render.js";
import { formatLintText } from "../src/formatters/lint.js";
import { formatPolicyTestText } from "../src/formatters/policy-test.js";
import { launchChromium, openFile } from "./browser.js";
import { smallInput } from "./fixtures/html/generate.mjs";

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe("policy lint's summary", () => {
  const lint = (layers: number, rules: number, warnings: number): PolicyLint => ({
    policies: ["policies"],
    layers,
    rules,
    problems: [],
    warnings: times(warnings, () => ({
      kind: "no-source" as const,
      file: "policies/x.yaml",
      subject: "x",
      messages: { nb: "w", en: "w" },
    })),
  });

  it.each([
    [
      1,
      1,
      0,
      "✔ 1 lag, 1 regel i policies: ingen problemer.\n",
      "✔ 1 layer, 1 rule in policies: no problems.\n",
    ],
    [
      2,
      2,
      0,
      "✔ 2 lag, 2 regler i policies: ingen problemer.\n",
      "✔ 2 layers, 2 rules in policies: no problems.\n",
    ],
    [
      1,
      2,
      1,
      "✔ 1 lag, 2 regler i policies: ingen problemer, 1 advarsel.\n",
      "✔ 1 layer, 2 rules in policies: no problems, 1 warning.\n",
    ],
    [
      2,
      1,
      2,
      "✔ 2 lag, 1 regel i policies: ingen problemer, 2 advarsler.\n",
      "✔ 2 layers, 1 rule in policies: no problems, 2 warnings.\n",
    ],
  ])(
    "given %i layers, %i rules and %i warnings, should count each in its number",
    (layers, rules, warnings, nb, en) => {
      expect(formatLintText(lint(layers, rules, warnings), "nb")).toBe(nb);
      expect(formatLintText(lint(layers, rules, warnings), "en")).toBe(en);
    },
  );
});

describe("policy test's summary", () => {
  const result: FileResult = {
    file: "case",
    agreementId: null,
    verdict: "compliant",
    layers: [],
    findings: [],
    waived: [],
  };
  const outcome = (i: number): CaseOutcome => ({
    file: "policies/tests/a.yaml",
    name: `case ${i}`,
    line: i + 1,
    passed: true,
    reasons: [],
    result,
    text: "",
    fired: [],
    quiet: [],
    touched: [],
  });
  const run = (files: number, cases: number): PolicyTestRun => ({
    files: times(files, (i) => `policies/tests/${i}.yaml`),
    outcomes: times(cases, outcome),
    problems: [],
  });

  it.each([
    [
      1,
      1,
      "✔ 1 testtilfelle i 1 fil: 1 bestått, 0 feilet\n",
      "✔ 1 test case in 1 file: 1 passed, 0 failed\n",
    ],
    [
      2,
      2,
      "✔ 2 testtilfeller i 2 filer: 2 bestått, 0 feilet\n",
      "✔ 2 test cases in 2 files: 2 passed, 0 failed\n",
    ],
    [
      1,
      2,
      "✔ 2 testtilfeller i 1 fil: 2 bestått, 0 feilet\n",
      "✔ 2 test cases in 1 file: 2 passed, 0 failed\n",
    ],
  ])("given %i files and %i cases, should count each in its number", (files, cases, nb, en) => {
    expect(formatPolicyTestText(run(files, cases), undefined, "nb")).toBe(nb);
    expect(formatPolicyTestText(run(files, cases), undefined, "en")).toBe(en);
  });
});

describe("a failed case's reason for a count of findings", () => {
  const none: FileResult = {
    file: "case",
    agreementId: null,
    verdict: "compliant",
    layers: [],
    findings: [],
    waived: [],
  };

  it.each([
    [["r"], "forventet 1 funn for r, fikk 0", "expected 1 finding of r, got 0"],
    [["r", "r"], "forventet 2 funn for r, fikk 0", "expected 2 findings of r, got 0"],
  ])("given the findings %j expected and none got, should say how many", (findings, nb, en) => {
    expect(judge({ findings }, none)).toEqual([{ nb, en }]);
  });

  it.each([
    [["r"], "forventet 1 unntak for r, fikk 0", "expected 1 waived finding of r, got 0"],
    [["r", "r"], "forventet 2 unntak for r, fikk 0", "expected 2 waived findings of r, got 0"],
  ])("given the waived findings %j expected and none got, should say how many", (waived, nb, en) => {
    expect(judge({ waived }, none)).toEqual([{ nb, en }]);
  });
});

describe("the form page's counts of findings", () => {
  it.each([
    [1, "1 feil, 1 advarsel, 1 info", "1 error, 1 warning, 1 info"],
    [2, "2 feil, 2 advarsler, 2 info", "2 errors, 2 warnings, 2 infos"],
  ])("given %i of each severity, should count each in its number", (n, nb, en) => {
    const counts = { error: n, warning: n, info: n, waived: 0 };
    expect(countsText(counts, "nb")).toBe(nb);
    expect(countsText(counts, "en")).toBe(en);
  });
});

describe("the schema's bounds", () => {
  const bound = (keyword: string, limit: number, lang: Lang) => {
    const e = { keyword, instancePath: "/x", schemaPath: "#", params: { limit }, message: "" } as ErrorObject;
    return toProblems([e])[0]?.messages[lang];
  };

  it.each([
    [
      "minItems",
      "/x må ha minst 1 element.",
      "/x må ha minst 2 elementer.",
      "/x must have at least 1 item.",
      "/x must have at least 2 items.",
    ],
    [
      "maxItems",
      "/x må ha høyst 1 element.",
      "/x må ha høyst 2 elementer.",
      "/x must have at most 1 item.",
      "/x must have at most 2 items.",
    ],
    [
      "minLength",
      "/x må ha minst 1 tegn.",
      "/x må ha minst 2 tegn.",
      "/x must have at least 1 character.",
      "/x must have at least 2 characters.",
    ],
    [
      "maxLength",
      "/x må ha høyst 1 tegn.",
      "/x må ha høyst 2 tegn.",
      "/x must have at most 1 character.",
      "/x must have at most 2 characters.",
    ],
    [
      "maxProperties",
      "/x må ha høyst 1 nøkkel.",
      "/x må ha høyst 2 nøkler.",
      "/x must have at most 1 key.",
      "/x must have at most 2 keys.",
    ],
  ])("given %s of 1 and of 2, should name the thing counted in its number", (keyword, nb1, nb2, en1, en2) => {
    expect([bound(keyword, 1, "nb"), bound(keyword, 2, "nb")]).toEqual([nb1, nb2]);
    expect([bound(keyword, 1, "en"), bound(keyword, 2, "en")]).toEqual([en1, en2]);
  });

  it("given a policy test file without cases or with an empty name, should say so in the singular", () => {
    expect(checkSchema("policy-test", { kind: "PolicyTest", cases: [] }).map((p) => p.messages)).toEqual([
      { nb: "/cases må ha minst 1 element.", en: "/cases must have at least 1 item." },
    ]);
    const empty = checkSchema("policy-test", { kind: "PolicyTest", cases: [{ name: "", expect: {} }] });
    expect(empty.map((p) => p.messages)).toEqual([
      { nb: "/cases/0/name må ha minst 1 tegn.", en: "/cases/0/name must have at least 1 character." },
    ]);
  });
});

describe("the schema's count of the problems not listed", () => {
  /** A policy test file with `n` unknown keys: one problem each. */
  const withUnknownKeys = (n: number) => ({
    kind: "PolicyTest",
    cases: [{ name: "a", expect: {} }],
    ...Object.fromEntries(times(n, (i) => [`unknown${i}`, true])),
  });

  it.each([
    [101, "… og 1 problem til mot skjemaet.", "… and 1 more schema problem."],
    [102, "… og 2 problemer til mot skjemaet.", "… and 2 more schema problems."],
  ])("given %i problems, should list 100 and count the rest in its number", (n, nb, en) => {
    const problems = checkSchema("policy-test", withUnknownKeys(n));
    expect(problems).toHaveLength(101);
    const last = problems.at(-1)?.messages;
    expect(last?.nb.startsWith(nb), last?.nb).toBe(true);
    expect(last?.en.startsWith(en), last?.en).toBe(true);
  });
});

describe("the HTML report's count of the agreements shown", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), "hk-plurals-"));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["nb", 1, "Viser 1 av 1 avtale"],
    ["nb", 2, "Viser 2 av 2 avtaler"],
    ["en", 1, "Showing 1 of 1 agreement"],
    ["en", 2, "Showing 2 of 2 agreements"],
  ] as const)("in %s, given %i agreements, should count them in their number", async (lang, n, shown) => {
    const all = smallInput(lang) as HtmlInput;
    const file = join(dir, `${lang}-${n}.html`);
    writeFileSync(file, renderHtmlReport({ ...all, agreements: all.agreements.slice(0, n) }));
    const w = await openFile(browser, file);
    expect(await w.page.textContent("#hk-count")).toBe(shown);
    expect(w.errors).toEqual([]);
    await w.close();
  });
});
