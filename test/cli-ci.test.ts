/** End-to-end tests of the CLI in CI: the CI output formats, stderr in CI, and --shard (SPEC 6). */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generate } from "../bench/generate.mjs";
import { toJsonReport } from "../src/formatters/json.js";
import { BIN, cleanEnv, type Run, runCli, tempDirs } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";

const EXAMPLES = "examples/agreements";

const run = (...args: string[]): Run => runCli(args);

const tempDir = tempDirs("hjemmekontor-ci-");

describe("hjemmekontor validate: CI formats", () => {
  it("given --format junit, should exit 1 and print a JUnit XML document", () => {
    const r = run("validate", EXAMPLES, "--format", "junit");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith("<?xml")).toBe(true);
    expect(r.stdout).toMatch(/<testsuites[\s>]/);
    expect(r.stdout.trimEnd().endsWith("</testsuites>")).toBe(true);
    expect(r.stdout).toContain("examples/agreements/max-home-share.yaml");
  });

  it("given --format sarif, should exit 1 and print SARIF 2.1.0 whose results point at positive lines", () => {
    const r = run("validate", EXAMPLES, "--format", "sarif");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: {
        results: {
          ruleId: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: unknown } };
          }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const results = sarif.runs.flatMap((x) => x.results);
    expect(results.length).toBeGreaterThan(0);
    for (const res of results) {
      expect(res.locations.length, res.ruleId).toBeGreaterThan(0);
      for (const loc of res.locations) {
        const line = loc.physicalLocation.region.startLine;
        expect(Number.isInteger(line), `${res.ruleId}: ${String(line)}`).toBe(true);
        expect(line as number).toBeGreaterThan(0);
      }
    }
    expect(results.map((x) => x.ruleId)).toContain("max-home-share");
    const uris = results.flatMap((x) => x.locations.map((l) => l.physicalLocation.artifactLocation.uri));
    expect(uris).toContain("examples/agreements/max-home-share.yaml");
  });

  it("given --format github, should exit 1 and print one workflow command (`::`) per finding, then the summary", () => {
    const r = run("validate", EXAMPLES, "--format", "github");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("hjemmekontor: policy fra policies\n");
    const lines = r.stdout.trimEnd().split("\n");
    // The formatter ends with one plain summary line (see src/formatters/github.ts); every other
    // line is an annotation.
    const annotations = lines.slice(0, -1);
    expect(annotations.length).toBeGreaterThan(0);
    for (const l of annotations) expect(l).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,/);
    expect(annotations.some((l) => l.startsWith("::error "))).toBe(true);
    expect(lines.at(-1)).toMatch(/^✖ \d+ avtaler: /);
  });
});

/** A folder of 70 compliant agreements (one employee each) and a symlinked folder (skipped). */
function bigFolder(): string {
  const dir = tempDir();
  const text = readFileSync(join(ROOT, EXAMPLES, "compliant-full-time.yaml"), "utf8");
  for (let i = 1; i <= 70; i++) {
    const copy = text.replace(/^id: .*$/m, `id: CI-${i}`).replace(/^ {2}id: "104512"$/m, `  id: "9${i}"`);
    writeFileSync(join(dir, `a${String(i).padStart(2, "0")}.yaml`), copy);
  }
  const real = join(tempDir(), "elsewhere");
  mkdirSync(real);
  symlinkSync(real, join(dir, "linked"), "dir");
  return dir;
}

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/**
 * Runs the CLI with stderr on a pseudo-terminal (util-linux `script`), stdout into a file;
 * returns what the terminal showed (stderr only), with the terminal's CRLF turned back into LF.
 */
function onTerminal(ci: boolean, ...args: string[]): Run {
  const out = join(tempDir(), "stdout.txt");
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const command = `${[process.execPath, BIN, ...args].map(quote).join(" ")} > ${quote(out)}`;
  const r = spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd: ROOT,
    env: cleanEnv(ci),
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: r.status, stdout: readFileSync(out, "utf8"), stderr: r.stdout.replace(/\r\n/g, "\n") };
}

describe.skipIf(!hasScript)("hjemmekontor validate: stderr on a terminal", () => {
  const dir = bigFolder();

  it("given a terminal, should see stderr as a TTY (so the tests below mean something)", () => {
    const r = spawnSync("script", ["-qec", `'${process.execPath}' -p 'process.stderr.isTTY'`, "/dev/null"], {
      env: cleanEnv(true),
      encoding: "utf8",
    });
    expect(r.stdout.trim()).toBe("true");
  });

  it("given CI=true, should write nothing to stderr but skip notices (no progress line)", () => {
    const r = onTerminal(true, "validate", dir, "--format", "json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary.files).toBe(70);
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toEqual([expect.stringMatching(/^hjemmekontor: hopper over \S*linked: /)]);
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).not.toContain("sjekker avtaler");
  });

  it("given no CI, should show a progress line on the terminal", () => {
    const r = onTerminal(false, "validate", dir, "--format", "json");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/\rsjekker avtaler: \d+\/70/);
  });

  it("given no CI, should clear the progress line once every file is checked", () => {
    const r = onTerminal(false, "validate", dir, "--format", "json");
    expect(r.status).toBe(0);
    const last = r.stderr.lastIndexOf("\rsjekker avtaler");
    expect(last).toBeGreaterThanOrEqual(0);
    expect(r.stderr.slice(last)).toContain("\r\u001b[K");
  });
});

describe("hjemmekontor validate: the bundled CLI with its worker pool", () => {
  // On one core the pool starts no workers, and this test would prove nothing about them.
  it.skipIf(availableParallelism() < 2)(
    "given 450 agreements (enough to start workers), should report exactly what one thread reports",
    async () => {
      const dir = join(tempDir(), "many");
      generate(dir, 450, 3);
      const r = run("validate", dir, "--format", "json", "--lang", "en");
      expect(r.stderr).toBe("");
      expect([0, 1]).toContain(r.status);
      const pooled = JSON.parse(r.stdout) as { results: { file: string }[] };
      expect(pooled.results).toHaveLength(450);
      // The same run in this process, on one thread, from the unbundled build.
      const built = (await import(
        pathToFileURL(join(ROOT, "dist", "core", "run", "run.js")).href
      )) as typeof import("../src/core/run/run.js");
      const here = await built.validatePaths({ paths: [dir], workers: 0 });
      expect(JSON.stringify(pooled.results)).toBe(JSON.stringify(toJsonReport(here.report, "en").results));
    },
  );
});

describe("hjemmekontor validate --shard: usage errors", () => {
  for (const shard of ["0/2", "3/2"]) {
    it(`given --shard ${shard}, should print one line on stderr naming --shard and nothing on stdout`, () => {
      const r = run("validate", EXAMPLES, "--shard", shard);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^hjemmekontor: .*--shard/);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toContain("    at ");
    });

    it(`given --shard ${shard}, should exit 2 (usage error)`, () => {
      expect(run("validate", EXAMPLES, "--shard", shard).status).toBe(2);
    });
  }
});
