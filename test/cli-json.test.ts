/**
 * `hjemmekontor validate` end to end: the JSON report of the examples (valid against
 * schemas/report.schema.json, with consistent counts and verdicts), and the language of the output.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import { EXAMPLES, example, json, run } from "./helpers-cli-validate.js";

describe("hjemmekontor validate --format json", () => {
  const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "report.schema.json"), "utf8")) as object;
  // The report schema uses no `format` keyword; it does use union types (["string", "null"]),
  // which ajv's strict mode accepts only with allowUnionTypes.
  const validate = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(schema);
  const r = run("validate", EXAMPLES, "--format", "json");

  it("given the example agreements, should print a report valid against schemas/report.schema.json", () => {
    expect(r.status).toBe(1);
    const report: unknown = JSON.parse(r.stdout);
    const ok = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("given the example agreements, should give one result per example file", () => {
    const report = json(r);
    const files = readdirSync(join(ROOT, EXAMPLES)).filter((f) => /\.ya?ml$/.test(f));
    expect(report.results.map((x) => x.file).sort()).toEqual(files.map((f) => `${EXAMPLES}/${f}`).sort());
  });

  it("given the example agreements, should give summary counts that match its results", () => {
    const { summary, results } = json(r);
    const findings = results.flatMap((x) => x.findings);
    expect(summary).toMatchObject({
      files: results.length,
      compliant: results.filter((x) => x.verdict === "compliant").length,
      nonCompliant: results.filter((x) => x.verdict === "non-compliant").length,
      invalid: results.filter((x) => x.verdict === "invalid").length,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      infos: findings.filter((f) => f.severity === "info").length,
    });
    if (summary.waived !== undefined) expect(summary.waived).toBe(results.flatMap((x) => x.waived).length);
    // Each kind of verdict occurs among the examples, so the counts above are not trivially 0.
    expect(summary.compliant).toBeGreaterThan(0);
    expect(summary.nonCompliant).toBeGreaterThan(0);
    expect(summary.invalid).toBeGreaterThan(0);
  });

  it("given the example agreements, should give verdicts consistent with the findings (SPEC 7)", () => {
    for (const x of json(r).results) {
      const builtin = x.findings.some((f) => f.ruleId === "yaml" || f.ruleId === "schema");
      const error = x.findings.some((f) => f.severity === "error");
      expect(x.verdict, x.file).toBe(builtin ? "invalid" : error ? "non-compliant" : "compliant");
    }
  });

  it("given each example's first comment line names its rule, should report that rule for the file", () => {
    for (const x of json(r).results) {
      const shows = readFileSync(join(ROOT, x.file), "utf8").split("\n")[1] ?? "";
      const m = /^# Shows: ([a-z-]+)(?: waived)? —/.exec(shows);
      if (!m?.[1] || m[1] === "invalid") continue;
      const reported = [...x.findings, ...x.waived].map((f) => f.ruleId);
      expect(reported, x.file).toContain(m[1]);
    }
  });
});

describe("hjemmekontor validate: language", () => {
  it("given no --lang, should report in Norwegian (bokmål)", () => {
    const r = run("validate", example("max-home-share.yaml"));
    expect(r.stdout).toContain("(ikke i samsvar)");
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ {2}feil {2}/m);
    expect(r.stdout).not.toContain("non-compliant");
  });

  it("given --lang en, should report in English", () => {
    const r = run("validate", example("max-home-share.yaml"), "--lang", "en");
    expect(r.stdout).toContain("(non-compliant)");
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ {2}error {2}/m);
    expect(r.stdout).not.toContain("ikke i samsvar");
  });

  it("given --lang en and --format json, should give English messages that differ from the Norwegian ones", () => {
    const nb = json(run("validate", example("max-home-share.yaml"), "--format", "json"));
    const en = json(run("validate", example("max-home-share.yaml"), "--format", "json", "--lang", "en"));
    expect(nb.lang).toBe("nb");
    expect(en.lang).toBe("en");
    const nbMsg = nb.results[0]?.findings[0]?.message;
    const enMsg = en.results[0]?.findings[0]?.message;
    expect(enMsg).toBeTruthy();
    expect(enMsg).not.toBe(nbMsg);
    expect(enMsg).toMatch(/at most 40 %/);
    expect(nbMsg).toMatch(/høyst 40 %/);
  });
});
