import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { baseAgreement, ROOT } from "./helpers.js";

const run = (...args: string[]): Run => runCli(args);

const tempDir = tempDirs("hjemmekontor-policy-");

/** A temp copy of the shipped policies/ (layers and tests). */
function copyOfPolicies(): string {
  const dir = join(tempDir(), "policies");
  cpSync(join(ROOT, "policies"), dir, { recursive: true });
  return dir;
}

/** 1-based line numbers of the lines of `text` matching `re`. */
function linesOf(text: string, re: RegExp): number[] {
  return text.split("\n").flatMap((l, i) => (re.test(l) ? [i + 1] : []));
}

/** The shipped policies with the NTNU layer's maxHomeSharePercent set to 30 (a stricter policy). */
function policiesWithShare30(): string {
  const dir = copyOfPolicies();
  const file = join(dir, "ntnu-hjemmekontor@1.0.0.yaml");
  const text = readFileSync(file, "utf8");
  const changed = text.replace(/(\n {2}maxHomeSharePercent:\n {4}value:) 40\n/, "$1 30\n");
  if (changed === text) throw new Error("maxHomeSharePercent: value: 40 not found in the NTNU layer");
  writeFileSync(file, changed);
  return dir;
}

describe("hjemmekontor policy lint", () => {
  it("given the shipped policies, should exit 0 and report no problems", () => {
    const r = run("policy", "lint");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^✔ /);
  });

  it("given the shipped policies combined with the example layers, should exit 0", () => {
    const r = run("policy", "lint", "--policies", "policies", "--policies", "examples/policies");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^✔ 5 /);
  });

  it("given a layer that loosens maxHomeSharePercent to 60, should exit 2 naming its file, line and override-lower", () => {
    const dir = copyOfPolicies();
    const text = [
      "kind: Policy",
      "id: ntnu-xx",
      "version: 1.0.0",
      "effective: { from: 2024-01-01 }",
      "extends: ntnu-hjemmekontor@^1",
      "appliesTo: { faculty: XX }",
      "parameters:",
      "  maxHomeSharePercent:",
      "    value: 60",
      "",
    ].join("\n");
    const file = join(dir, "ntnu-xx@1.0.0.yaml");
    writeFileSync(file, text);
    const r = run("policy", "lint", "--policies", dir, "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toContain("    at ");
    const problem = r.stderr.split("\n").filter((l) => l.includes("override-lower"));
    expect(problem).toHaveLength(1);
    const m = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+):`).exec(problem[0] ?? "");
    expect(m, r.stderr).not.toBeNull();
    // The line of the loosened parameter: its key or its value.
    expect(linesOf(text, /maxHomeSharePercent:|value: 60/)).toContain(Number(m?.[1]));
    expect(problem[0]).toContain("maxHomeSharePercent");
  });
});

describe("hjemmekontor policy test", () => {
  it("given the shipped policies, should exit 0 and print a summary line with no failures", () => {
    const r = run("policy", "test");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^✔ (\d+) testtilfeller i \d+ filer: \1 bestått, 0 feilet$/m);
  });

  it("given the shipped policies and the example layers, should exit 0 and print a summary line", () => {
    const r = run(
      "policy",
      "test",
      "--policies",
      "policies",
      "--policies",
      "examples/policies",
      "--lang",
      "en",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^✔ (\d+) test cases in \d+ files: \1 passed, 0 failed$/m);
  });

  it("given a test case with a wrong expectation, should exit 1 and print that case's name", () => {
    const dir = copyOfPolicies();
    const wrong = "the compliant base deliberately expected to break max-home-share";
    const right = "the compliant base has no findings";
    writeFileSync(
      join(dir, "tests", "bad.yaml"),
      stringify({
        kind: "PolicyTest",
        base: baseAgreement(),
        cases: [
          { name: right, expect: { verdict: "compliant", findings: [] } },
          { name: wrong, expect: { findings: ["max-home-share"] } },
        ],
      }),
    );
    const r = run("policy", "test", "--policies", dir, "--lang", "en");
    expect(r.status).toBe(1);
    const failed = r.stdout.split("\n").filter((l) => l.startsWith("✖ ") && l.includes("bad.yaml"));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain(wrong);
    expect(r.stdout).not.toMatch(new RegExp(`^✖ .*${right}`, "m"));
    expect(r.stdout).toContain("max-home-share");
    expect(r.stdout).toMatch(/^✖ \d+ test cases in \d+ files: \d+ passed, 1 failed$/m);
  });
});

describe("hjemmekontor policy show", () => {
  it("given IE/IDI on 2026-03-01 with the example layers, should list the four layers in order and where coveredEquipment was set", () => {
    const r = run(
      "policy",
      "show",
      "--faculty",
      "IE",
      "--department",
      "IDI",
      "--date",
      "2026-03-01",
      "--policies",
      "policies",
      "--policies",
      "examples/policies",
      "--format",
      "json",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      layers: { id: string }[];
      parameters: Record<string, { setBy?: string }>;
    };
    expect(doc.layers.map((l) => l.id)).toEqual([
      "no-hjemmekontorforskriften",
      "ntnu-hjemmekontor",
      "ntnu-ie",
      "ntnu-ie-idi",
    ]);
    const setBy = doc.parameters.coveredEquipment?.setBy ?? "";
    const m = /^examples\/policies\/ntnu-ie@1\.0\.0\.yaml:(\d+)$/.exec(setBy);
    expect(m, setBy).not.toBeNull();
    const layer = readFileSync(join(ROOT, "examples", "policies", "ntnu-ie@1.0.0.yaml"), "utf8");
    const key = linesOf(layer, /^ {2}coveredEquipment:/);
    expect(key).toHaveLength(1);
    expect([key[0], (key[0] ?? 0) + 1]).toContain(Number(m?.[1]));
  });
});

describe("hjemmekontor policy diff", () => {
  interface DiffJson {
    summary: { files: number; changed: number };
    changes: {
      file: string;
      before: string;
      after: string;
      added: { ruleId: string; line: number }[];
      removed: unknown[];
    }[];
  }
  const stricter = policiesWithShare30();

  it("given a new policy with maxHomeSharePercent 30, should list compliant-full-time.yaml turning non-compliant through max-home-share", () => {
    const r = run("policy", "diff", "policies", stricter, "examples/agreements", "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const diff = JSON.parse(r.stdout) as DiffJson;
    const change = diff.changes.find((c) => c.file === "examples/agreements/compliant-full-time.yaml");
    expect(change).toBeDefined();
    expect(change?.before).toBe("compliant");
    expect(change?.after).toBe("non-compliant");
    expect(change?.added.map((f) => f.ruleId)).toEqual(["max-home-share"]);
    expect(change?.removed).toEqual([]);
    expect(diff.summary.changed).toBe(diff.changes.length);
    // An agreement with fewer home days (one of five, 20 %) is not affected.
    expect(diff.changes.map((c) => c.file)).not.toContain("examples/agreements/compliant-one-day.yaml");
  });

  it("given a policy change and --fail-on-change, should exit 1", () => {
    const r = run("policy", "diff", "policies", stricter, "examples/agreements", "--fail-on-change");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("examples/agreements/compliant-full-time.yaml");
  });

  it("given a policy folder diffed against itself, should list no changes and exit 0 even with --fail-on-change", () => {
    const r = run(
      "policy",
      "diff",
      "policies",
      "policies",
      "examples/agreements",
      "--format",
      "json",
      "--fail-on-change",
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const diff = JSON.parse(r.stdout) as DiffJson;
    expect(diff.changes).toEqual([]);
    expect(diff.summary.changed).toBe(0);
    expect(diff.summary.files).toBeGreaterThan(0);
  });
});
