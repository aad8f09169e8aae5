/**
 * End to end, as a user runs them: the policy as documentation (SPEC 8: lint of quotes and
 * coverage, `policy facts`, `policy coverage`, `policy docs`, `explain`), policy discovery
 * (SPEC 6), `--format html`, and the command line in the chosen language.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDirs } from "./cli-helpers.js";
import { ROOT, SHIPPED } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-cli-docs-");

/** A copy of the shipped policy folder (layers and sources) to change. */
function shippedCopy(): string {
  const dir = join(tempDir(), "policies");
  cpSync(SHIPPED, dir, { recursive: true });
  return dir;
}

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

describe("policy discovery (SPEC 6)", () => {
  /** An HR repository whose policies/ lowers the home share to 30 % through a faculty layer. */
  function hrRepo(): string {
    const root = tempDir();
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "policies"));
    mkdirSync(join(root, "agreements"));
    writeFileSync(
      join(root, "policies", "ntnu-hf.yaml"),
      "kind: Policy\nid: ntnu-hf\nversion: 1.0.0\neffective: { from: 2020-01-01 }\nextends: ntnu-hjemmekontor@^1\nappliesTo: { faculty: HF }\nparameters:\n  maxHomeSharePercent: { value: 20 }\n",
    );
    const a = readFileSync(join(ROOT, "examples/agreements/compliant-full-time.yaml"), "utf8");
    writeFileSync(join(root, "agreements", "a.yaml"), a.replace(/faculty: \w+/, "faculty: HF"));
    return root;
  }

  it("given the root or the agreements folder as working directory, should use the same policy and say which", () => {
    const root = hrRepo();
    const fromRoot = runCli(["validate", "agreements/a.yaml", "--format", "json"], root);
    const fromBelow = runCli(["validate", "a.yaml", "--format", "json"], join(root, "agreements"));
    expect(fromRoot.status).toBe(1);
    expect(fromBelow.status).toBe(1);
    const ids = (out: string) =>
      (JSON.parse(out) as { results: { findings: { ruleId: string }[] }[] }).results[0]?.findings.map(
        (f) => f.ruleId,
      );
    expect(ids(fromBelow.stdout)).toEqual(ids(fromRoot.stdout));
    expect(ids(fromRoot.stdout)).toContain("max-home-share");
    const sources = (JSON.parse(fromBelow.stdout) as { policySources: string[] }).policySources;
    expect(sources.at(-1)).toMatch(/policies$/);
    const text = runCli(["validate", "a.yaml"], join(root, "agreements"));
    expect(text.stderr).toMatch(/^hjemmekontor: policy fra .*policies\n$/);
  });

  it("given no policies/ up to the repository root, should use the shipped set", () => {
    const root = tempDir();
    mkdirSync(join(root, ".git"));
    cpSync(join(ROOT, "examples/agreements/compliant-full-time.yaml"), join(root, "a.yaml"));
    const r = runCli(["validate", "a.yaml", "--format", "json"], root);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { policySources: string[] }).policySources).toHaveLength(1);
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

describe("what an attack on the new commands found", () => {
  it("given policy docs --output naming a source text it reads, should refuse it and leave the file", () => {
    const dir = shippedCopy();
    const source = join(dir, "sources", "hjemmekontorforskriften.md");
    const before = readFileSync(source, "utf8");
    const r = runCli(["policy", "docs", "--policies", dir, "--format", "markdown", "--output", source]);
    expect(r.status).toBe(2);
    expect(readFileSync(source, "utf8")).toBe(before);
  });

  it("given a FIFO or a folder where a source text or coverage table should be, should refuse it (exit 2), not hang or crash", () => {
    for (const [name, make] of [
      ["hjemmekontorforskriften.md", (p: string) => execFileSync("mkfifo", [p])],
      ["hjemmekontorforskriften.md", (p: string) => mkdirSync(p)],
      ["hjemmekontorforskriften.coverage.yaml", (p: string) => execFileSync("mkfifo", [p])],
    ] as const) {
      const dir = shippedCopy();
      const path = join(dir, "sources", name);
      rmSync(path);
      make(path);
      for (const args of [
        ["policy", "lint"],
        ["policy", "coverage"],
      ]) {
        const r = runCli([...args, "--policies", dir, "--lang", "en"]);
        expect([0, 2], r.stderr).toContain(r.status);
        expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
      }
      expect(runCli(["policy", "lint", "--policies", dir]).status).toBe(2);
    }
  });

  it("given explain on a FIFO, a folder or a binary file, should exit 2 naming why", () => {
    const dir = tempDir();
    execFileSync("mkfifo", [join(dir, "fifo.yaml")]);
    mkdirSync(join(dir, "folder.yaml"));
    writeFileSync(join(dir, "binary.yaml"), Buffer.from([0x6b, 0x00, 0x01]));
    for (const [name, why] of [
      ["fifo.yaml", "not a regular file"],
      ["folder.yaml", "not a regular file"],
      ["binary.yaml", "NUL"],
    ] as const) {
      const r = runCli(["explain", join(dir, name), "--lang", "en"]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(why);
    }
  });

  it("given --concurrency above 64, should refuse it (exit 2)", () => {
    const r = runCli(["validate", "examples/agreements", "--concurrency", "99999", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("at most 64 threads");
  });

  it("given a policies/ folder without any layer (kind: Policy), should pass it by and use the shipped set", () => {
    const root = tempDir();
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "policies"));
    writeFileSync(join(root, "policies", "security.yaml"), "name: security policy\n");
    cpSync(join(ROOT, "examples/agreements/compliant-full-time.yaml"), join(root, "a.yaml"));
    const r = runCli(["validate", "a.yaml"], root);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain("security.yaml");
  });

  it('given a policies/ folder whose layers write kind: "Policy" with quotes or a comment, should use it', () => {
    const root = tempDir();
    mkdirSync(join(root, ".git"));
    mkdirSync(join(root, "policies"));
    for (const f of readdirSync(SHIPPED).filter((n) => n.endsWith(".yaml"))) {
      const text = readFileSync(join(SHIPPED, f), "utf8").replace(
        /^kind: Policy$/m,
        'kind: "Policy" # a layer',
      );
      writeFileSync(join(root, "policies", f), text);
    }
    cpSync(join(SHIPPED, "sources"), join(root, "policies", "sources"), { recursive: true });
    cpSync(join(ROOT, "examples/agreements/compliant-full-time.yaml"), join(root, "a.yaml"));
    const r = runCli(["validate", "a.yaml", "--format", "json"], root);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { policySources: string[] }).policySources).toEqual(["policies"]);
  });

  it("given --lang before the command, should speak that language", () => {
    const r = runCli(["--lang", "en", "validate", "--bogus"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option '--bogus'");
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
