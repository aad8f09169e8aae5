/**
 * `hjemmekontor validate` end to end: the text format (ESLint-style lines), and the `yaml` and
 * `schema` findings of agreements that are broken YAML, break the schema, or are not YAML text.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import { agreementIn, compliantText, example, json, lineOf, run } from "./helpers-cli-validate.js";

describe("hjemmekontor validate: text format", () => {
  it("given max-home-share.yaml, should print an ESLint-style file line and finding line at `cycle:`", () => {
    const file = example("max-home-share.yaml");
    const at = lineOf(readFileSync(join(ROOT, file), "utf8"), /^\s*cycle:/);
    const r = run("validate", file);
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    const header = lines.indexOf(`${file}  (ikke i samsvar)`);
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toMatch(
      new RegExp(`^  ${at.line}:${at.column}  feil  \\S.*\\S  max-home-share \\(§ 2\\.4\\)$`),
    );
  });

  it("given a compliant agreement with a warning, should print the warning with its rule and section", () => {
    const file = example("insurance-informed.yaml");
    const at = lineOf(readFileSync(join(ROOT, file), "utf8"), /^\s*insuranceInformed:/);
    const r = run("validate", file, "--lang", "en");
    expect(r.stdout).toContain(`${file}  (compliant)`);
    expect(r.stdout).toMatch(
      new RegExp(`^  ${at.line}:\\d+  warning  \\S.*\\S  insurance-informed \\(§ 4\\)$`, "m"),
    );
  });

  it("given --quiet, should leave out warnings", () => {
    const r = run("validate", example("insurance-informed.yaml"), "--lang", "en", "--quiet");
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("insurance-informed (§ 4)");
  });
});

describe("hjemmekontor validate: yaml and schema findings", () => {
  it("given invalid YAML (an unclosed quote), should give a `yaml` finding at its line with a column", () => {
    const file = example("invalid-yaml-syntax.yaml");
    const text = readFileSync(join(ROOT, file), "utf8");
    const at = lineOf(text, /^\s*name: "[^"]*$/);
    const r = run("validate", file, "--format", "json");
    expect(r.status).toBe(1);
    const result = json(r).results[0];
    expect(result?.verdict).toBe("invalid");
    expect(result?.findings).toHaveLength(1);
    const f = result?.findings[0];
    expect(f?.ruleId).toBe("yaml");
    expect(f?.line).toBe(at.line);
    const lineLength = (text.split("\n")[at.line - 1] ?? "").length;
    expect(f?.column).toBeGreaterThanOrEqual(at.column);
    expect(f?.column).toBeLessThanOrEqual(lineLength + 1);
  });

  it("given invalid YAML, should show the `yaml` finding in the text format with line and column", () => {
    const r = run("validate", example("invalid-yaml-syntax.yaml"), "--lang", "en");
    expect(r.stdout).toContain("(invalid)");
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ {2}error {2}YAML error: .+ {2}yaml$/m);
  });

  it("given a second YAML document, should give an `invalid` verdict with a `yaml` finding at the separator", () => {
    const text = `${compliantText().trimEnd()}\n---\nkind: HomeOfficeAgreement\n`;
    const sep = lineOf(text, /^---$/);
    const { dir } = agreementIn(text);
    const r = run("validate", dir, "--format", "json");
    expect(r.status).toBe(1);
    const result = json(r).results[0];
    expect(result?.verdict).toBe("invalid");
    expect(result?.findings.map((f) => [f.ruleId, f.line])).toEqual([["yaml", sep.line]]);
  });

  it("given an unknown top-level key, should give a `schema` finding at that key", () => {
    const file = example("invalid-unknown-key.yaml");
    const at = lineOf(readFileSync(join(ROOT, file), "utf8"), /^notes:/);
    const r = run("validate", file, "--format", "json");
    const result = json(r).results[0];
    expect(result?.verdict).toBe("invalid");
    expect(result?.findings.map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column }))).toEqual([
      { ruleId: "schema", ...at },
    ]);
  });

  it("given an unknown nested key, should give a `schema` finding at that key's line and column", () => {
    const text = compliantText().replace(/^( {2}position: .*)$/m, "$1\n  colour: blue");
    const at = lineOf(text, /^\s*colour:/);
    expect(at.column).toBe(3);
    const { dir } = agreementIn(text);
    const r = run("validate", dir, "--format", "json", "--lang", "en");
    expect(r.status).toBe(1);
    const result = json(r).results[0];
    expect(result?.verdict).toBe("invalid");
    expect(result?.findings).toHaveLength(1);
    expect(result?.findings[0]).toMatchObject({ ruleId: "schema", line: at.line, column: at.column });
    expect(result?.findings[0]?.message).toContain("colour");
  });

  it("given a CRLF copy of a non-compliant agreement, should report the same line and column as the LF one", () => {
    const lf = readFileSync(join(ROOT, example("max-home-share.yaml")), "utf8");
    const { dir } = agreementIn(lf.replace(/\r?\n/g, "\r\n"));
    const crlf = json(run("validate", dir, "--format", "json")).results[0]?.findings;
    const orig = json(run("validate", example("max-home-share.yaml"), "--format", "json")).results[0]
      ?.findings;
    expect(crlf?.length).toBeGreaterThan(0);
    expect(crlf?.map((f) => [f.ruleId, f.line, f.column])).toEqual(
      orig?.map((f) => [f.ruleId, f.line, f.column]),
    );
  });
});

describe("hjemmekontor validate: files that are not YAML text", () => {
  it("given a file with invalid UTF-8, should give an invalid verdict rather than crash", () => {
    const { dir } = agreementIn("");
    writeFileSync(join(dir, "agreement.yaml"), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0x0a]));
    const r = run("validate", dir, "--format", "json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain("    at ");
    const result = json(r).results[0];
    expect(result?.verdict).toBe("invalid");
    expect(result?.findings[0]?.message).toMatch(/UTF-8/);
  });

  it("given a file with a BOM, should validate it like the file without one", () => {
    const { dir } = agreementIn(`\uFEFF${compliantText()}`);
    const r = run("validate", dir, "--format", "json");
    expect(r.status).toBe(0);
    expect(json(r).results[0]?.verdict).toBe("compliant");
  });
});
