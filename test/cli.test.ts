import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/types/generated/report.js";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";

const EXAMPLES = "examples/agreements";
const example = (name: string) => join(EXAMPLES, name);

const run = (...args: string[]): Run => runCli(args);

function json(r: Run): Report {
  return JSON.parse(r.stdout) as Report;
}

const tempDir = tempDirs("hjemmekontor-cli-");

/** A temp folder holding one agreement file with the given text. */
function agreementIn(text: string, name = "agreement.yaml"): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}

const compliantText = () => readFileSync(join(ROOT, example("compliant-full-time.yaml")), "utf8");

/** 1-based line of the first line matching `re`, and the 1-based column of its first non-blank. */
function lineOf(text: string, re: RegExp): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`no line matches ${re}`);
  const l = lines[i] as string;
  return { line: i + 1, column: l.length - l.trimStart().length + 1 };
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function hashFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      const p = join(e.parentPath, e.name);
      out.set(p, sha256(p));
    }
  }
  return out;
}

/** A usage error: exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
function expectUsageError(r: Run): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^hjemmekontor: /);
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toContain("    at ");
}

describe("hjemmekontor validate: exit codes", () => {
  it("given a folder of only compliant agreements, should exit 0", () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, example("compliant-full-time.yaml")), join(dir, "compliant-full-time.yaml"));
    const r = run("validate", dir);
    expect(r.stderr).toBe("hjemmekontor: policy fra policies\n");
    expect(r.status).toBe(0);
  });

  it("given the example agreements (some break rules on purpose), should exit 1", () => {
    expect(run("validate", EXAMPLES).status).toBe(1);
  });

  it("given an invalid agreement and --fail-on never, should still exit 1", () => {
    expect(run("validate", example("invalid-unknown-key.yaml"), "--fail-on", "never").status).toBe(1);
  });

  it("given a non-compliant (but valid) agreement and --fail-on never, should exit 0", () => {
    expect(run("validate", example("max-home-share.yaml")).status).toBe(1);
    expect(run("validate", example("max-home-share.yaml"), "--fail-on", "never").status).toBe(0);
  });

  it("given a warnings-only agreement, should exit 0 by default and 1 with --fail-on warning", () => {
    const file = example("insurance-informed.yaml");
    const plain = run("validate", file, "--format", "json");
    expect(plain.status).toBe(0);
    const report = json(plain);
    expect(report.summary.warnings).toBeGreaterThan(0);
    expect(report.summary.errors).toBe(0);
    expect(run("validate", file, "--fail-on", "warning").status).toBe(1);
  });

  it("given a path that does not exist, should exit 2 with one line on stderr and no stack trace", () => {
    const r = run("validate", join(tempDir(), "no-such-agreements"));
    expectUsageError(r);
    expect(r.stderr).toContain("no-such-agreements");
  });

  it("given an empty folder, should exit 2 with one line on stderr and no stack trace", () => {
    expectUsageError(run("validate", tempDir()));
  });

  it("given --policies naming a missing folder, should exit 2 with one line on stderr and no stack trace", () => {
    const r = run("validate", EXAMPLES, "--policies", join(tempDir(), "no-such-policies"));
    expectUsageError(r);
    expect(r.stderr).toContain("no-such-policies");
  });

  it("given a usage error and --lang en, should explain it in English", () => {
    const r = run("validate", join(tempDir(), "no-such-agreements"), "--lang", "en");
    expectUsageError(r);
    expect(r.stderr).toMatch(/^hjemmekontor: Cannot find /);
  });
});

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

describe("hjemmekontor validate --output", () => {
  it("given --output, should write the report to that file and print nothing on stdout", () => {
    const out = join(tempDir(), "report.json");
    const r = run("validate", example("max-home-share.yaml"), "--format", "json", "--output", out);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const written = readFileSync(out, "utf8");
    expect(JSON.parse(written)).toEqual(
      json(run("validate", example("max-home-share.yaml"), "--format", "json")),
    );
  });

  it("given --output naming an input agreement, should exit 2 and leave that file byte-identical", () => {
    const { dir, file } = agreementIn(compliantText());
    const before = readFileSync(file);
    const r = run("validate", dir, "--output", file);
    expectUsageError(r);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["agreement.yaml"]);
  });

  it("given --output naming an input agreement by another spelling of its path, should refuse it", () => {
    const { dir, file } = agreementIn(compliantText());
    const before = readFileSync(file);
    const r = run("validate", file, "--output", join(dir, ".", "sub", "..", "agreement.yaml"));
    expectUsageError(r);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("given --output naming an input reached through a symlinked folder, should refuse to overwrite it", () => {
    const root = tempDir();
    const real = join(root, "real");
    mkdirSync(real);
    const file = join(real, "agreement.yaml");
    writeFileSync(file, compliantText());
    symlinkSync(real, join(root, "link"), "dir");
    const before = readFileSync(file);
    const r = run("validate", join(root, "link"), "--output", file);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(r.status).toBe(2);
  });
});

describe("hjemmekontor validate: inputs are read-only", () => {
  it("given the example agreements, should leave every file byte-identical", () => {
    const before = hashFolder(join(ROOT, EXAMPLES));
    expect(before.size).toBeGreaterThan(0);
    const out = join(tempDir(), "report.txt");
    expect(run("validate", EXAMPLES).status).toBe(1);
    expect(run("validate", EXAMPLES, "--format", "json", "--lang", "en").status).toBe(1);
    expect(run("validate", EXAMPLES, "--output", out).status).toBe(1);
    expect(hashFolder(join(ROOT, EXAMPLES))).toEqual(before);
  });
});

describe("hjemmekontor validate --help", () => {
  it("given --help, should exit 0 and show examples and exit codes", () => {
    const en = run("validate", "--help", "--lang", "en");
    expect(en.status).toBe(0);
    expect(en.stdout).toContain("Examples");
    expect(en.stdout).toContain("hjemmekontor validate examples/agreements");
    expect(en.stdout).toContain("Exit codes");
    // Norwegian by default, commander's own headings too.
    const nb = run("validate", "--help");
    expect(nb.status).toBe(0);
    expect(nb.stdout).toMatch(/^Bruk: hjemmekontor validate \[valg\]/);
    expect(nb.stdout).toContain("Eksempler:");
    expect(nb.stdout).toContain("Avslutningskoder:");
    expect(nb.stdout).toContain("Valg:");
    expect(nb.stdout).not.toMatch(/Usage:|Options:|Examples:|default:/);
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
