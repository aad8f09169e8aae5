/**
 * `policy test`: a case may expect a finding's path, line and message text, and a case with both
 * a patch and an agreement is refused at its line.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadPolicies } from "../src/core/run/run.js";
import { agreementText, loadTestFile, runCase } from "../src/core/run/testcases.js";
import { baseAgreement, SHIPPED } from "./helpers.js";
import { BASE, folderWith, lineOf } from "./helpers-policy-testcases.js";

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
