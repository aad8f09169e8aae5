/**
 * End to end, as a user runs them: the policy as documentation (`policy facts`, `policy coverage`,
 * `policy docs`, `explain`, SPEC 8), `--format html` (SPEC 9), `init` (SPEC 11.1), and the command
 * line in the chosen language (SPEC 6).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";
import { tempDir } from "./helpers-policy-copy.js";

describe("policy facts, coverage and docs", () => {
  it("given policy facts, should list facts, operators and parameters in nb, en and json", () => {
    const nb = runCli(["policy", "facts"]);
    expect(nb.status).toBe(0);
    expect(nb.stdout).toContain("homeSharePercent");
    expect(nb.stdout).toContain("greaterThan");
    expect(nb.stdout).toContain("maxHomeSharePercent");
    const json = JSON.parse(runCli(["policy", "facts", "--format", "json"]).stdout) as Record<
      string,
      { name: string }[]
    >;
    expect(json.facts?.some((f) => f.name === "homeSharePercent")).toBe(true);
    expect(json.parameters?.some((p) => p.name === "maxHomeSharePercent")).toBe(true);
  });

  it("given policy coverage, should print every norm and the totals", () => {
    const nb = runCli(["policy", "coverage"]);
    expect(nb.status).toBe(0);
    expect(nb.stdout).toContain("40 normer: 29 kodet i regler, 11 kan ikke sjekkes fra en avtale");
    const en = JSON.parse(runCli(["policy", "coverage", "--format", "json"]).stdout) as {
      totals: { norms: number };
    }[];
    expect(en.map((s) => s.totals.norms).reduce((a, b) => a + b, 0)).toBe(56);
  });

  it("given policy docs, should write a self-contained HTML handbook and a markdown one", () => {
    const dir = tempDir();
    const html = join(dir, "handbok.html");
    const r = runCli(["policy", "docs", "--output", html]);
    expect(r.status, r.stderr).toBe(0);
    const page = readFileSync(html, "utf8");
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('lang="nb"');
    expect(page).toContain("max-home-share");
    expect(page).not.toMatch(/<script|<link|src=/);
    const md = join(dir, "handbook.md");
    const e = runCli([
      "policy",
      "docs",
      "--format",
      "markdown",
      "--lang",
      "en",
      "--faculty",
      "IE",
      "--policies",
      "policies",
      "--policies",
      "examples/policies",
      "--output",
      md,
    ]);
    expect(e.status, e.stderr).toBe(0);
    const text = readFileSync(md, "utf8");
    expect(text).toContain("ntnu-ie");
    expect(text).toContain("maxHomeSharePercent");
  });
});

describe("explain (SPEC 8.4)", () => {
  it("given an agreement and a rule, should show the leaf with its value and the finding", () => {
    const r = runCli([
      "explain",
      "examples/agreements/max-home-share.yaml",
      "--rule",
      "max-home-share",
      "--lang",
      "en",
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Layers in force:");
    expect(r.stdout).toContain("✔ homeSharePercent (60) greaterThan maxHomeSharePercent (40) → true");
    const json = JSON.parse(
      runCli(["explain", "examples/agreements/max-home-share.yaml", "--format", "json"]).stdout,
    ) as {
      rules: { id: string; outcome: string }[];
    };
    expect(json.rules.find((x) => x.id === "max-home-share")?.outcome).toBe("finding");
  });

  it("given an unknown rule or a missing file, should exit 2 with one line", () => {
    const r = runCli(["explain", "examples/agreements/max-home-share.yaml", "--rule", "no-such-rule"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^hjemmekontor: Ingen regel no-such-rule/);
    const m = runCli(["explain", "nowhere.yaml", "--lang", "en"]);
    expect(m.status).toBe(2);
    expect(m.stderr).toMatch(/^hjemmekontor: nowhere.yaml cannot be read \(ENOENT\)/);
  });
});

describe("validate --format html (SPEC 9)", () => {
  it("given the examples, should write one self-contained page with every agreement, nb and en", () => {
    for (const lang of ["nb", "en"]) {
      const out = join(tempDir(), "report.html");
      const r = runCli([
        "validate",
        "examples/agreements",
        "--format",
        "html",
        "--as-of",
        "2026-06-15",
        "--lang",
        lang,
        "--output",
        out,
      ]);
      expect(r.status).toBe(1);
      const page = readFileSync(out, "utf8");
      expect(page).toContain(`lang="${lang}"`);
      for (const f of readdirSync(join(ROOT, "examples/agreements"))) expect(page).toContain(f);
      expect(page).not.toMatch(/<link|src="http|@import/);
    }
  });
});

describe("the command line in the chosen language (SPEC 6)", () => {
  it.each([
    [["validate", "--nope"], "ukjent valg '--nope'", "unknown option '--nope'"],
    [["nope"], "ukjent kommando 'nope'", "unknown command 'nope'"],
    [["explain"], "mangler det påkrevde argumentet 'agreement'", "missing required argument 'agreement'"],
    [
      ["validate", "x", "--format", "pdf"],
      "valget '--format <format>' har den ugyldige verdien 'pdf'",
      "option '--format <format>' argument 'pdf' is invalid",
    ],
  ])("given %j, should say so in nb by default and in en with --lang en (exit 2)", (args, nb, en) => {
    const n = runCli(args);
    expect(n.status).toBe(2);
    expect(n.stderr).toContain(nb);
    const e = runCli([...args, "--lang", "en"]);
    expect(e.status).toBe(2);
    expect(e.stderr).toContain(en);
  });
});

describe("init (SPEC 11.1)", () => {
  it("given an empty folder twice, should write the set-up once and then keep every file", () => {
    const dir = tempDir();
    const first = runCli(["init", dir]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("+ policies/README.md");
    expect(first.stdout).toContain("+ .github/workflows/hjemmekontor.yml");
    writeFileSync(join(dir, "policies", "README.md"), "mine\n");
    const second = runCli(["init", dir, "--lang", "en"]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("= policies/README.md");
    expect(readFileSync(join(dir, "policies", "README.md"), "utf8")).toBe("mine\n");
  });
});
