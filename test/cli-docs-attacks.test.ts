/**
 * End to end, as a user runs them: policy discovery (SPEC 6), and what an attack on the new
 * commands found — outputs over inputs, FIFOs and folders where files should be, odd limits,
 * policies/ folders without layers or with quoted kinds, and --lang before the command.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-helpers.js";
import { ROOT, SHIPPED } from "./helpers.js";
import { shippedCopy, tempDir } from "./helpers-policy-copy.js";

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
