/**
 * The shipped command is the bundle (dist/bundle/, started by bin/hjemmekontor.cjs), and the bundle
 * replaces three dependencies with stand-ins (scripts/stubs/: `clone`, `jsonpath-plus`,
 * `node:child_process`), which the rest of the tests, running the sources, never meet. So the rule
 * tests run here through the bundled command as well: the YAML policy tests with their expected
 * findings, and every example agreement (in every format), the agreement of every test case and a
 * run on worker threads, each reported exactly (byte for byte) as the unbundled build
 * (dist/cli/main.js, with the real dependencies) reports it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { generate } from "../bench/generate.mjs";
import { runPolicyTestDirs } from "../src/core/run/testcases.js";
import { cleanEnv, type Run, runCli, tempDirs } from "./cli-helpers.js";
import { EXAMPLE_POLICIES, ROOT, SHIPPED } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-bundle-");
const EXAMPLES = join(ROOT, "examples", "agreements");
const BOTH = ["--policies", "policies", "--policies", "examples/policies"];

/**
 * `hjemmekontor …args` from the unbundled build: dist/cli/main.js, an ES module, with node_modules.
 * Started from a file, not `--input-type=module -e`: worker threads inherit node's options.
 */
function runUnbundled(args: string[]): Run {
  const start = join(tempDir(), "unbundled.mjs");
  const url = pathToFileURL(join(ROOT, "dist", "cli", "main.js")).href;
  writeFileSync(start, `import { main } from ${JSON.stringify(url)};\nawait main(process.argv.slice(2));\n`);
  const r = spawnSync(process.execPath, [start, ...args], {
    cwd: ROOT,
    env: cleanEnv(true),
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 1 << 28,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same run through the bundle and unbundled: exit code, stdout and stderr byte for byte. */
function expectSameAsUnbundled(args: string[]): Run {
  const bundled = runCli(args);
  expect(bundled.stderr).not.toMatch(/internal error|intern feil|not bundled|child_process/i);
  expect(bundled).toEqual(runUnbundled(args));
  return bundled;
}

describe("the bundle's stand-ins, against the rule tests", () => {
  it("given the YAML policy tests of the shipped and example layers, should pass every case through the bundled command", async () => {
    const { outcomes, problems } = await runPolicyTestDirs([SHIPPED, EXAMPLE_POLICIES]);
    expect(problems).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(100);
    const r = expectSameAsUnbundled(["policy", "test", ...BOTH, "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${outcomes.length} test cases in `);
    expect(r.stdout).toContain(`: ${outcomes.length} passed, 0 failed`);
  });

  it.each([
    ["json", "the shipped layers", []],
    ["json", "the shipped and example layers", BOTH],
    ["text", "the shipped and example layers", BOTH],
    ["sarif", "the shipped and example layers", BOTH],
    ["junit", "the shipped and example layers", BOTH],
    ["github", "the shipped and example layers", BOTH],
    ["html", "the shipped and example layers", [...BOTH, "--as-of", "2026-06-01"]],
  ])(
    "given every example agreement as %s with %s, should report exactly as unbundled",
    (format, _, layers) => {
      const r = expectSameAsUnbundled(["validate", EXAMPLES, "--format", format, ...layers, "--lang", "en"]);
      expect(r.status).toBe(1);
      if (format === "json") expect(JSON.parse(r.stdout).summary.files).toBe(readdirSync(EXAMPLES).length);
    },
  );

  it("given the agreement of every YAML policy test case as a file, should report exactly as unbundled", async () => {
    const { outcomes } = await runPolicyTestDirs([SHIPPED, EXAMPLE_POLICIES]);
    const dir = tempDir();
    outcomes.forEach((o, i) => {
      writeFileSync(join(dir, `${String(i).padStart(4, "0")}.yaml`), o.text);
    });
    const r = expectSameAsUnbundled(["validate", dir, "--format", "json", ...BOTH, "--fail-on", "never"]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { summary: { files: number; errors: number } };
    expect(report.summary.files).toBe(outcomes.length);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  it("given a run on worker threads, should report exactly as unbundled", () => {
    const dir = join(tempDir(), "many");
    mkdirSync(dir);
    generate(dir, 200, 7);
    const args = ["validate", dir, "--format", "json", "--fail-on", "never", "--concurrency", "3"];
    const r = expectSameAsUnbundled(args);
    expect(JSON.parse(r.stdout).summary.files).toBe(200);
  });

  it("given the bundle, should hold the stand-ins instead of the packages they replace", () => {
    const bundle = readdirSync(join(ROOT, "dist", "bundle"))
      .map((f) => readFileSync(join(ROOT, "dist", "bundle", f), "utf8"))
      .join("\n");
    expect(bundle).toContain("JSONPath is not bundled");
    expect(bundle).toContain("hjemmekontor has no executable subcommands");
    expect(bundle).not.toMatch(/require\(["'`](node:)?child_process["'`]\)/);
    expect(bundle).not.toMatch(/require\(["'`](clone|jsonpath-plus)["'`]\)/);
  });
});
