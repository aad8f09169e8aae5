/**
 * End to end, as a user runs them: `policy lint` on quotes, coverage and sources (SPEC 8.1, 8.2),
 * its warning for rules no test case names with `policy test --coverage` (SPEC 8.6), and its
 * problems as a person reads them.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-helpers.js";
import { shippedCopy } from "./helpers-policy-copy.js";

describe("policy lint: quotes and coverage (SPEC 8.1, 8.2)", () => {
  it("given a quote that corrects the source, should refuse it at the quote's line, in nb and en", () => {
    const dir = shippedCopy();
    const file = join(dir, "ntnu-hjemmekontor@1.0.0.yaml");
    const text = readFileSync(file, "utf8");
    const changed = text.replace("skaden på ha oppstått", "skaden må ha oppstått");
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const line = changed.split("\n").findIndex((l) => l.includes("skaden må ha oppstått")) + 1;
    for (const lang of ["nb", "en"]) {
      const r = runCli(["policy", "lint", "--policies", dir, "--lang", lang]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${file}:${line}:`);
      expect(r.stderr).toContain("[quote]");
    }
  });

  it("given a rule no coverage entry names, should refuse the coverage table", () => {
    const dir = shippedCopy();
    const file = join(dir, "sources", "ntnu-hjemmekontor-2021-04-15.coverage.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replaceAll("recall-acknowledged", "voluntary"));
    const r = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("recall-acknowledged");
    expect(r.stderr).toContain("[coverage]");
  });

  it("given a named source that is missing, should refuse the layer that names it", () => {
    const dir = shippedCopy();
    rmSync(join(dir, "sources", "hjemmekontorforskriften.md"));
    const r = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(dir, "no-hjemmekontorforskriften@2.0.0.yaml")}:`);
    expect(r.stderr).toContain("[source]");
  });
});

describe("policy test --coverage and lint's warning for untested rules (SPEC 8.6)", () => {
  it("given the shipped cases, should list no rule that never fires or is never quiet", () => {
    const r = runCli(["policy", "test", "--coverage", "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Rules that no case makes fire: none");
    expect(r.stdout).toContain("Rules that no case keeps quiet: none");
  });

  it("given a new rule without a test case, should list it and make lint warn, not refuse", () => {
    const dir = shippedCopy();
    writeFileSync(
      join(dir, "ntnu-pt.yaml"),
      `kind: Policy
id: ntnu-pt
version: 1.0.0
effective: { from: 2020-01-01 }
extends: ntnu-hjemmekontor@^1
appliesTo: { faculty: PT }
rules:
  - id: ntnu-pt/no-sat
    section: "2.4"
    quote: x
    severity: error
    when: { all: [ { fact: homeDays, operator: contains, value: sat } ] }
    message: { nb: "Lørdag.", en: "Saturday." }
`,
    );
    const lint = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(lint.status).toBe(0);
    expect(lint.stderr).toContain("ntnu-pt/no-sat");
    const test = runCli(["policy", "test", "--policies", dir, "--coverage", "--lang", "en"]);
    expect(test.stdout).toMatch(/Rules that no case makes fire: .*ntnu-pt\/no-sat/);
  });
});

describe("lint's problems, as a person reads them", () => {
  it("given schema problems in rules, should list them by line and name the rules by id", () => {
    const dir = shippedCopy();
    writeFileSync(
      join(dir, "pt.yaml"),
      "kind: Policy\nid: ntnu-pt\nversion: 1.0.0\neffective: { from: 2020-01-01 }\nextends: ntnu-hjemmekontor@^1\nappliesTo: { faculty: PT }\nrules:\n  - { id: ntnu-pt/a, severity: terrible }\n  - { id: ntnu-pt/b, sevrity: error }\n",
    );
    const r = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(r.status).toBe(2);
    const lines = r.stderr.split("\n").filter((l) => l.includes("pt.yaml:"));
    expect(lines.map((l) => Number(/pt\.yaml:(\d+):/.exec(l)?.[1]))).toEqual([8, 9]);
    expect(lines[0]).toContain("rule ntnu-pt/a /severity must be one of");
    expect(lines[1]).toContain('Unknown key "sevrity" under rule ntnu-pt/b');
    expect(r.stderr).not.toMatch(/\/rules\/\d/);
  });
});
