/**
 * `policy test` refuses what would make a case pass falsely or be judged by the wrong rules: a
 * `__proto__` key in a patch (file:line), a case with both a patch and an agreement, test files
 * past their own size limits (worded for test files, not agreements); prints case names with
 * control characters escaped. A case may expect path, line and message text; a test file runs
 * against the layers of its own folder and the folders before it (SPEC 8.6); the coverage of the
 * rules by the cases is counted, and rules no case names are listed for lint.
 */
import { cpSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseYamlFully } from "../src/core/parse/load.js";
import { loadPolicies } from "../src/core/run/run.js";
import {
  agreementText,
  loadTestFile,
  mergePatch,
  runCase,
  runPolicyTestDirs,
  runPolicyTests,
  scopedResolver,
} from "../src/core/run/testcases.js";
import { rulesWithoutCases, testCoverage } from "../src/core/run/testcoverage.js";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { baseAgreement, EXAMPLE_POLICIES, ROOT, SHIPPED } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-policy-tests-");

/** A copy of the shipped layers with one test file, tests/t.yaml, holding `text`. */
function withTestFile(text: string): { dir: string; file: string } {
  const dir = join(tempDir(), "policies");
  cpSync(join(ROOT, "policies"), dir, { recursive: true, filter: (src) => !src.includes("tests") });
  mkdirSync(join(dir, "tests"));
  const file = join(dir, "tests", "t.yaml");
  writeFileSync(file, text);
  return { dir, file };
}

const policyTest = (dir: string, lang = "en"): Run =>
  runCli(["policy", "test", "--policies", dir, "--lang", lang]);

const BASE = `kind: PolicyTest\nbase:\n${stringify(baseAgreement())
  .trimEnd()
  .split("\n")
  .map((l) => `  ${l}`)
  .join("\n")}\n`;

function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

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
    expect(r.stdout).toMatch(/^✔ 1000 test cases in 1 files: 1000 passed, 0 failed$/m);
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

/** A folder with one test file, tests/t.yaml, holding `text` (and the given layer files). */
function folderWith(text: string, layers: Record<string, string> = {}): string {
  const dir = join(tempDir(), "local");
  mkdirSync(join(dir, "tests"), { recursive: true });
  writeFileSync(join(dir, "tests", "t.yaml"), text);
  for (const [name, body] of Object.entries(layers)) writeFileSync(join(dir, name), body);
  return dir;
}

/** Issue 12: an NV faculty layer, valid in every way, whose new rule fires on the central base agreement. */
const NV_LAYER = readFileSync(join(EXAMPLE_POLICIES, "ntnu-mh@1.0.0.yaml"), "utf8")
  .replace(/ntnu-mh/g, "ntnu-nv")
  .replace("{ faculty: MH }", "{ faculty: NV }")
  .replace("value: confidential }", "value: internal }");

const NV_TESTS = `${BASE}cases:
  - name: at NV, internal information is an error
    expect:
      verdict: non-compliant
      findings: [{ ruleId: ntnu-nv/confidential-data, path: /tasks/informationClass }]
`;

describe("the scope of a test file (SPEC 8.6)", () => {
  it("given a new NV faculty layer in a later folder, should run the central tests without it and pass", async () => {
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    const run = await runPolicyTestDirs([SHIPPED, nv]);
    expect(run.problems).toEqual([]);
    expect(
      run.outcomes.filter((o) => !o.passed).map((o) => `${o.name}: ${o.reasons.map((r) => r.en)}`),
    ).toEqual([]);
    const own = run.outcomes.filter((o) => o.file.endsWith("t.yaml"));
    expect(own).toHaveLength(1);
    expect(own[0]?.result.layers).toContain("ntnu-nv@1.0.0");
  });

  it("given the same layers with no scoping, should show the central tests that the NV layer would break", async () => {
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    const all = loadPolicies([SHIPPED, nv]);
    const central = loadTestFile(join(SHIPPED, "tests", "ntnu-hjemmekontor.yaml"));
    const base = central.cases[0];
    if (!base) throw new Error("no cases");
    expect((await runCase(base, scopedResolver(all, 0).resolver)).passed).toBe(true);
    const unscoped = await runCase(base, scopedResolver(all, 1).resolver);
    expect(unscoped.passed).toBe(false);
    expect(unscoped.reasons.map((r) => r.en).join("\n")).toContain(
      "unexpected findings: ntnu-nv/confidential-data",
    );
  });

  it("given the old entry point (test files and one resolver of all folders), should scope each file by its folder too", async () => {
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    const files = [join(SHIPPED, "tests", "ntnu-hjemmekontor.yaml"), join(nv, "tests", "t.yaml")];
    const { outcomes, problems } = await runPolicyTests(files, loadPolicies([SHIPPED, nv]));
    expect(problems).toEqual([]);
    expect(outcomes.every((o) => o.passed)).toBe(true);
  });

  it("given the CLI with the NV layer in a second folder, should exit 0", () => {
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    const r = runCli(["policy", "test", "--policies", "policies", "--policies", nv, "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("expected path, line and message", () => {
  const oneCase = (findings: string) =>
    `${BASE}cases:\n  - name: sixty\n    patch: { schedule: { cycle: [{ home: [mon, tue, thu] }] } }\n    expect:\n      findings:\n${findings}`;
  const judged = async (findings: string) => {
    const loaded = loadTestFile(join(folderWith(oneCase(findings)), "tests", "t.yaml"));
    expect(loaded.problems).toEqual([]);
    return runCase(loaded.cases[0] as never, loadPolicies([SHIPPED]));
  };

  it("given the path, line and message text of the finding, should pass", async () => {
    const o = await judged(
      '        - { ruleId: max-home-share, path: /schedule/cycle, line: 27, message: { nb: "60 %", en: ["60 %", "40 %"] } }\n',
    );
    expect(o.reasons).toEqual([]);
    expect(o.text.split("\n")[26]).toBe("  cycle:");
  });

  it.each([
    ["a wrong line", "line: 28", "line 28", 'line 27 ("cycle:")'],
    ["a wrong path", "path: /schedule", 'path "/schedule"', 'path "/schedule/cycle"'],
    ["text the message lacks", "message: { en: 70 % }", 'message (en) containing "70 %"', "60 %"],
  ])(
    "given %s, should fail and show what was expected and what was found",
    async (_, field, wanted, found) => {
      const o = await judged(`        - { ruleId: max-home-share, ${field} }\n`);
      expect(o.passed).toBe(false);
      const why = o.reasons.map((r) => r.en).join("\n");
      expect(why).toContain("max-home-share: no finding fits");
      expect(why).toContain(wanted);
      expect(why).toContain(found);
    },
  );

  it("given two entries of one rule in either order, should match each finding to the entry it fits", async () => {
    const patch = '{ schedule: { homeHours: { start: "09:01", end: "14:29" } } }';
    const text = `${BASE}cases:\n  - name: both\n    patch: ${patch}\n    expect:\n      findings:\n        - { ruleId: core-time, path: /schedule/homeHours/end, line: 33 }\n        - { ruleId: core-time, path: /schedule/homeHours/start, line: 32 }\n`;
    const loaded = loadTestFile(join(folderWith(text), "tests", "t.yaml"));
    expect((await runCase(loaded.cases[0] as never, loadPolicies([SHIPPED]))).reasons).toEqual([]);
  });

  it("given an agreement as text, should count lines in that text", async () => {
    const agreement = `${stringify(baseAgreement())}`.replace("  homeHours:", "\n\n  homeHours:");
    const line = agreement.split("\n").findIndex((l) => l.includes("start: 08:00")) + 1;
    const text = stringify({
      kind: "PolicyTest",
      cases: [
        {
          name: "text",
          agreement: agreement.replace("start: 08:00", 'start: "09:05"'),
          expect: { findings: [{ ruleId: "core-time", path: "/schedule/homeHours/start", line }] },
        },
      ],
    });
    const loaded = loadTestFile(join(folderWith(text), "tests", "t.yaml"));
    expect(loaded.problems).toEqual([]);
    expect((await runCase(loaded.cases[0] as never, loadPolicies([SHIPPED]))).reasons).toEqual([]);
  });

  it("given a long text in the agreement, should keep it on one line so lines stay predictable", () => {
    const a = { ...baseAgreement(), id: "X", tasks: { description: "ord ".repeat(60).trim() } };
    expect(agreementText(a).split("\n")[3]).toBe("type: fixed");
    expect(
      agreementText(a)
        .split("\n")
        .filter((l) => l.includes("description:"))[0],
    ).toHaveLength("  description: ".length + 239);
  });

  it("given a case with both a patch and an agreement, should refuse the test file with the case's line", () => {
    const text = `${BASE}cases:\n  - name: both\n    patch: { id: X }\n    agreement: { id: Y }\n    expect: {}\n`;
    const loaded = loadTestFile(join(folderWith(text), "tests", "t.yaml"));
    expect(loaded.problems.map((p) => [p.line, p.messages.en])).toEqual([
      [lineOf(text, "agreement: { id: Y }"), expect.stringContaining("either patch")],
    ]);
  });
});

describe("coverage of the rules by the cases", () => {
  it("given only the base case, should list every rule as never firing and none as never quiet", async () => {
    const dir = folderWith(`${BASE}cases:\n  - name: base\n    expect: { findings: [] }\n`);
    const resolver = loadPolicies([SHIPPED]);
    const { outcomes } = await runPolicyTests([join(dir, "tests", "t.yaml")], resolver);
    const c = testCoverage(outcomes, resolver);
    expect([...c.neverFires].sort()).toEqual(
      resolver
        .resolve("NV", "IBI", "2026-01-05")
        .policy?.rules.map((r) => r.id)
        .sort(),
    );
    expect(c.neverQuiet).toEqual([]);
    expect(c.noNearMiss).toEqual(c.neverFires);
    expect(c.rules.every((r) => r.quiet === 1 && r.nearMisses === 0)).toBe(true);
  });

  it("given the shipped and example cases, should list no rule as never firing or never quiet", async () => {
    const dirs = [SHIPPED, EXAMPLE_POLICIES];
    const resolver = loadPolicies(dirs);
    const run = await runPolicyTestDirs(dirs, { resolver });
    const c = testCoverage(run.outcomes, resolver);
    expect([c.neverFires, c.neverQuiet]).toEqual([[], []]);
    const share = c.rules.find((r) => r.ruleId === "max-home-share");
    expect(share?.file).toContain("ntnu-hjemmekontor@1.0.0.yaml");
    expect(share?.fires).toBeGreaterThan(3);
  });

  it("given a new layer whose tests do not name its rule, should list that rule alone for lint, with its file:line", () => {
    const nv = folderWith(`${BASE}cases:\n  - name: base\n    expect: { verdict: non-compliant }\n`, {
      "ntnu-nv@1.0.0.yaml": NV_LAYER,
    });
    const dirs = [SHIPPED, nv];
    const missing = rulesWithoutCases(dirs, loadPolicies(dirs));
    expect(missing.map((m) => m.ruleId)).toEqual(["ntnu-nv/confidential-data"]);
    expect(missing[0]?.line).toBe(lineOf(NV_LAYER, "id: ntnu-nv/confidential-data"));
    expect(missing[0]?.messages.en).toContain("has no test cases");
  });

  it("given a rule named only by the tests of an earlier folder, should still list it (those tests never run it)", () => {
    const early = folderWith(
      `${BASE}cases:\n  - name: x\n    expect: { findings: [ntnu-nv/confidential-data] }\n`,
    );
    const nv = folderWith(NV_TESTS, { "ntnu-nv@1.0.0.yaml": NV_LAYER });
    writeFileSync(join(nv, "tests", "t.yaml"), `${BASE}cases:\n  - name: base\n    expect: {}\n`);
    cpSync(join(SHIPPED, "tests"), join(early, "tests"), { recursive: true });
    for (const f of ["no-hjemmekontorforskriften@2.0.0.yaml", "ntnu-hjemmekontor@1.0.0.yaml"])
      cpSync(join(SHIPPED, f), join(early, f));
    cpSync(join(SHIPPED, "sources"), join(early, "sources"), { recursive: true });
    const dirs = [early, nv];
    expect(rulesWithoutCases(dirs, loadPolicies(dirs)).map((m) => m.ruleId)).toEqual([
      "ntnu-nv/confidential-data",
    ]);
  });
});

describe("a folder whose layers build on a later folder", () => {
  it("given a department layer whose faculty layer comes in a later folder, should refuse the earlier folder's tests and say why", async () => {
    const early = join(tempDir(), "early");
    cpSync(SHIPPED, early, { recursive: true });
    cpSync(join(EXAMPLE_POLICIES, "ntnu-ie-idi@1.0.0.yaml"), join(early, "ntnu-ie-idi@1.0.0.yaml"));
    const late = join(tempDir(), "late");
    mkdirSync(late);
    cpSync(join(EXAMPLE_POLICIES, "ntnu-ie@1.0.0.yaml"), join(late, "ntnu-ie@1.0.0.yaml"));
    const run = await runPolicyTestDirs([early, late]);
    expect(run.problems.map((p) => p.guarantee)).toContain("test-scope");
    const scope = run.problems.find((p) => p.guarantee === "test-scope");
    expect(scope?.messages.en).toContain("run against the layers of");
    expect(run.problems.some((p) => p.file.endsWith("ntnu-ie-idi@1.0.0.yaml"))).toBe(true);
  });
});
