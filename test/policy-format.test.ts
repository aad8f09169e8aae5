/**
 * `policy lint --format json` and `policy test --format json`: one object with `version: 1`, a
 * summary and the items, messages in the chosen language; the counts agree with the text output
 * of the same run; a refused run exits 2 with its problems on stderr and, as JSON, on stdout.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCli, tempDirs } from "./cli-helpers.js";
import { baseAgreement, EXAMPLE_POLICIES, SHIPPED } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-policy-format-");

interface LintJson {
  version: number;
  summary: { layers: number; rules: number; warnings: number };
  policies: string[];
  warnings: {
    kind: string;
    file: string;
    line?: number;
    column?: number;
    subject: string;
    message: string;
  }[];
}

interface TestJson {
  version: number;
  summary: { files: number; cases: number; passed: number; failed: number };
  cases: { file: string; line: number; name: string; passed: boolean; verdict: string; reasons: string[] }[];
  coverage?: { neverFires: string[]; neverQuiet: string[]; rules: { ruleId: string; fires: number }[] };
}

interface RefusalJson {
  version: number;
  error: string;
  problems?: {
    file: string;
    line: number;
    column: number;
    guarantee: string;
    subject: string;
    message: string;
  }[];
  details?: string[];
}

function shippedCopy(): string {
  const dir = join(tempDir(), "policies");
  cpSync(SHIPPED, dir, { recursive: true });
  return dir;
}

/** The shipped layers, a faculty layer whose rule no case names, and a local layer without a source. */
function policiesWithWarnings(): string {
  const dir = shippedCopy();
  const mh = readFileSync(join(EXAMPLE_POLICIES, "ntnu-mh@1.0.0.yaml"), "utf8");
  writeFileSync(
    join(dir, "ntnu-nv@1.0.0.yaml"),
    mh.replace(/ntnu-mh/g, "ntnu-nv").replace("{ faculty: MH }", "{ faculty: NV }"),
  );
  writeFileSync(
    join(dir, "ntnu-ab@1.0.0.yaml"),
    [
      "kind: Policy",
      "id: ntnu-ab",
      "version: 1.0.0",
      "effective: { from: 2024-01-01 }",
      "extends: ntnu-hjemmekontor@^1",
      "appliesTo: { faculty: AB }",
      "rules:",
      "  - id: insurance-informed",
      "    severity: error",
      "",
    ].join("\n"),
  );
  return dir;
}

describe("policy lint --format json", () => {
  it("given the shipped and example layers, should count the layers and rules as the text summary does", () => {
    const policies = ["--policies", "policies", "--policies", "examples/policies"];
    const text = runCli(["policy", "lint", ...policies, "--lang", "en"]);
    const m = /^✔ (\d+) layers, (\d+) rules in (.*): no problems\.$/m.exec(text.stdout);
    expect(m, text.stdout).not.toBeNull();
    const r = runCli(["policy", "lint", ...policies, "--format", "json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as LintJson;
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ layers: Number(m?.[1]), rules: Number(m?.[2]), warnings: 0 });
    expect(json.policies.join(", ")).toBe(m?.[3]);
    expect(json.warnings).toEqual([]);
  });

  it("given a rule without cases and a layer without a source, should list both warnings, in the chosen language", () => {
    const dir = policiesWithWarnings();
    const text = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/: no problems, 2 warnings\.\n$/);
    const lines = text.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(2);

    const en = JSON.parse(
      runCli(["policy", "lint", "--policies", dir, "--format", "json", "--lang", "en"]).stdout,
    );
    const json = en as LintJson;
    expect(json.summary.warnings).toBe(2);
    expect(json.warnings.map((w) => [w.kind, w.subject])).toEqual([
      ["no-source", "ntnu-ab"],
      ["no-test-case", "ntnu-nv/confidential-data"],
    ]);
    // The same warnings as the text lines on stderr: where, then the message.
    const [source, rule] = json.warnings;
    expect(lines).toContain(`${source?.file}: warning: ${source?.message}`);
    expect(lines).toContain(`${rule?.file}:${rule?.line}:${rule?.column}: warning: ${rule?.message}`);
    expect(rule?.message).toContain("has no test cases");
    expect(source).not.toHaveProperty("line");

    const nb = JSON.parse(
      runCli(["policy", "lint", "--policies", dir, "--format", "json"]).stdout,
    ) as LintJson;
    expect(nb.warnings[1]?.message).toContain("har ingen testtilfeller");
  });

  it("given a refused layer, should exit 2 with the problem on stderr and as JSON on stdout", () => {
    const dir = shippedCopy();
    rmSync(join(dir, "sources", "hjemmekontorforskriften.md"));
    const r = runCli(["policy", "lint", "--policies", dir, "--format", "json", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[source]");
    const doc = JSON.parse(r.stdout) as RefusalJson;
    expect(doc.version).toBe(1);
    expect(doc.error).toMatch(/^The policy is refused/);
    expect(doc.problems?.length).toBeGreaterThan(0);
    for (const p of doc.problems ?? []) {
      expect(p.guarantee).toBe("source");
      expect(r.stderr).toContain(`${p.file}:${p.line}:${p.column}`);
      expect(r.stderr).toContain(p.message);
    }
  });

  it("given a folder that does not exist or a layer that breaks the schema, should say so as JSON too (exit 2)", () => {
    const missing = runCli(["policy", "lint", "--policies", join(tempDir(), "none"), "--format", "json"]);
    expect(missing.status).toBe(2);
    const m = JSON.parse(missing.stdout) as RefusalJson;
    expect(m.error).toContain("finnes ikke");
    expect(m.problems).toBeUndefined();
    const dir = shippedCopy();
    const layer = join(dir, "ntnu-hjemmekontor@1.0.0.yaml");
    writeFileSync(layer, readFileSync(layer, "utf8").replace(/^version: .*$/m, "version: banana"));
    const bad = runCli(["policy", "test", "--policies", dir, "--format", "json", "--lang", "en"]);
    expect(bad.status).toBe(2);
    const b = JSON.parse(bad.stdout) as RefusalJson;
    expect(b.problems).toEqual([
      expect.objectContaining({ guarantee: "schema", subject: "/version", line: expect.any(Number) }),
    ]);
    const diff = runCli(["policy", "diff", SHIPPED, dir, "examples/agreements", "--format", "json"]);
    expect(diff.status).toBe(2);
    expect((JSON.parse(diff.stdout) as RefusalJson).problems?.[0]?.subject).toBe("/version");
    // Text output is unchanged: nothing on stdout.
    expect(runCli(["policy", "test", "--policies", dir]).stdout).toBe("");
  });
});

describe("policy test --format json", () => {
  it("given the shipped and example tests, should count every case as the text summary does, and the coverage", () => {
    const policies = ["--policies", "policies", "--policies", "examples/policies"];
    const text = runCli(["policy", "test", ...policies, "--coverage", "--lang", "en"]);
    const m = /^✔ (\d+) test cases in (\d+) files: (\d+) passed, 0 failed$/m.exec(text.stdout);
    expect(m, text.stdout).not.toBeNull();
    const r = runCli(["policy", "test", ...policies, "--coverage", "--format", "json", "--lang", "en"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as TestJson;
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({
      files: Number(m?.[2]),
      cases: Number(m?.[1]),
      passed: Number(m?.[3]),
      failed: 0,
    });
    expect(json.cases).toHaveLength(json.summary.cases);
    expect(json.cases.every((c) => c.passed && c.reasons.length === 0)).toBe(true);
    const listed = (ids: string[] | undefined) => (ids?.length ? ids.join(", ") : "none");
    expect(text.stdout).toContain(`Rules that no case makes fire: ${listed(json.coverage?.neverFires)}\n`);
    expect(text.stdout).toContain(`Rules that no case keeps quiet: ${listed(json.coverage?.neverQuiet)}\n`);
    expect(json.coverage?.rules.find((x) => x.ruleId === "max-home-share")?.fires).toBeGreaterThan(0);

    const plain = JSON.parse(runCli(["policy", "test", ...policies, "--format", "json"]).stdout) as TestJson;
    expect(plain).not.toHaveProperty("coverage");
  });

  it("given a case that fails, should exit 1 and give it with its reasons in the chosen language", () => {
    const dir = shippedCopy();
    const wrong = "the compliant base deliberately expected to break max-home-share";
    writeFileSync(
      join(dir, "tests", "bad.yaml"),
      stringify({
        kind: "PolicyTest",
        base: baseAgreement(),
        cases: [
          { name: "the compliant base has no findings", expect: { verdict: "compliant", findings: [] } },
          { name: wrong, expect: { findings: ["max-home-share"] } },
        ],
      }),
    );
    const text = runCli(["policy", "test", "--policies", dir, "--lang", "en"]);
    expect(text.status).toBe(1);
    const m = /^✖ (\d+) test cases in (\d+) files: (\d+) passed, 1 failed$/m.exec(text.stdout);
    expect(m, text.stdout).not.toBeNull();

    const r = runCli(["policy", "test", "--policies", dir, "--format", "json", "--lang", "en"]);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as TestJson;
    expect(json.summary).toEqual({
      files: Number(m?.[2]),
      cases: Number(m?.[1]),
      passed: Number(m?.[3]),
      failed: 1,
    });
    const failed = json.cases.filter((c) => !c.passed);
    expect(failed.map((c) => c.name)).toEqual([wrong]);
    expect(failed[0]?.file).toMatch(/bad\.yaml$/);
    expect(failed[0]?.verdict).toBe("compliant");
    expect(failed[0]?.reasons).toEqual(["expected 1 finding of max-home-share, got 0"]);
    expect(text.stdout).toContain(
      `✖ ${failed[0]?.file}:${failed[0]?.line}  ${wrong}\n    ${failed[0]?.reasons[0]}\n`,
    );

    const nb = JSON.parse(
      runCli(["policy", "test", "--policies", dir, "--format", "json"]).stdout,
    ) as TestJson;
    expect(nb.cases.find((c) => !c.passed)?.reasons).toEqual(["forventet 1 funn for max-home-share, fikk 0"]);
  });
});
