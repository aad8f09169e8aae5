/**
 * Hostile agreement files that once crashed, hung or amplified the pipeline: content that made it
 * throw, file-system objects under a file name, and files that made the parser or the report
 * grow out of bounds (run in a child process that is killed, so a hang fails the test).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validatePaths } from "../src/core/run/run.js";
import { validateFile } from "../src/core/run/validate.js";
import { ROOT, resolverFor, SHIPPED } from "./helpers.js";
import { COMPLIANT, expectInvalid, judge, tempDir } from "./helpers-hostile.js";

describe("content that once crashed the pipeline", () => {
  // Defence: ajv's uniqueItems check calls a mapping's own toString/valueOf; checkSchema catches
  // the throw and reports such keys as unknown. Found by the fuzz tests (test/fuzz-*.test.ts; it
  // once crashed the run).
  it.each([
    ["schedule.workdays", /^ {2}workdays: .*$/m, "  workdays: [{ toString: x }, { toString: x }]"],
    ["reasons", /^reasons: .*$/m, "reasons: [{ valueOf: 1 }, { valueOf: 1 }]"],
    ["cycle home days", /^ {4}- home: .*$/m, "    - home: [{ toString: 1 }, { toString: 1 }]"],
  ])(
    "given %s holding two mappings with a toString/valueOf key, should give invalid rather than throw",
    async (_label, re, line) => {
      const text = COMPLIANT.replace(re, line);
      expect(text).not.toBe(COMPLIANT);
      const r = await judge(text);
      expectInvalid(r, "schema", /Unknown key "(toString|valueOf)"/);
    },
  );

  // Defence: dates are bounded to the years 1900–2199 (schema format "date"), so date arithmetic
  // (start + months) always stays a four-digit year that compares correctly as text. Before, a
  // period starting 9999-07-01 made the run throw "not an ISO date: 10000-01-01".
  it("given a period starting 9999-07-01, should give invalid (years are bounded) rather than throw", async () => {
    const text = COMPLIANT.replace(/^ {2}start: .*$/m, "  start: 9999-07-01").replace(
      /^ {2}end: .*$/m,
      "  end: 9999-12-31",
    );
    const r = await judge(text);
    expectInvalid(r, "schema", /1900–2199/);
  });

  it("given 18 months of back-to-back agreements ending 2199-06-30 (the last years allowed), should not warn not-permanent", async () => {
    const dir = tempDir();
    const periods = [
      ["2198-01-01", "2198-06-30"],
      ["2198-07-01", "2198-12-31"],
      ["2199-01-01", "2199-06-30"],
    ];
    for (const [i, [start, end]] of periods.entries()) {
      const text = COMPLIANT.replace(/^id: .*$/m, `id: LATE-${i}`)
        .replace(/^ {2}start: .*$/m, `  start: ${start}`)
        .replace(/^ {2}end: .*$/m, `  end: ${end}`);
      writeFileSync(join(dir, `late-${i}.yaml`), text);
    }
    const { report } = await validatePaths({ paths: [dir], policyDirs: [SHIPPED] });
    expect(report.results).toHaveLength(3);
    expect(report.results.flatMap((r) => r.findings.map((f) => f.ruleId))).toEqual([]);
  });

  it("given a period starting 2199-06-30, should give a verdict (control: the limit stays a four-digit year)", async () => {
    const text = COMPLIANT.replace(/^ {2}start: .*$/m, "  start: 2199-06-30").replace(
      /^ {2}end: .*$/m,
      "  end: 2199-12-31",
    );
    expect((await judge(text)).findings.map((f) => f.ruleId)).toEqual(["max-duration"]);
  });
});

describe("the file system under a file name", () => {
  it("given a directory named dir.yaml passed to validateFile, should give invalid saying it cannot be read", async () => {
    const dir = join(tempDir(), "dir.yaml");
    mkdirSync(dir);
    const r = (await validateFile(dir, "dir.yaml", { resolver: resolverFor() })).result;
    expectInvalid(r, "yaml", /cannot be read/);
    expect(r.file).toBe("dir.yaml");
  });

  it("given a path that does not exist passed to validateFile, should give invalid saying it cannot be read", async () => {
    const path = join(tempDir(), "gone.yaml");
    const r = (await validateFile(path, "gone.yaml", { resolver: resolverFor() })).result;
    expectInvalid(r, "yaml", /cannot be read \(ENOENT\)/);
  });
});

/**
 * Validates `path` in a child process that is killed after `killAfterMs`, through the compiled
 * core in dist/ (the global setup builds it from the current sources). A hang then fails the test
 * instead of blocking the test worker forever. Gives the verdict, or null when killed.
 */
function verdictInChild(path: string, killAfterMs: number): string | null {
  const body = `const { validateFile } = await import("./dist/core/run/validate.js");
const { loadPolicies } = await import("./dist/core/run/run.js");
const e = await validateFile(${JSON.stringify(path)}, "child.yaml", { resolver: loadPolicies(["policies"]) });
process.stdout.write(e.result.verdict);`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", body], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: killAfterMs,
  });
  return r.signal === null && r.status === 0 ? r.stdout : null;
}

function manyKeys(n: number): string {
  const path = join(tempDir(), `keys-${n}.yaml`);
  writeFileSync(path, `${COMPLIANT}${Array.from({ length: n }, (_, i) => `k${i}: 1`).join("\n")}\n`);
  return path;
}

describe("hangs and amplification", () => {
  // Defence: the yaml parser's duplicate-key check is quadratic in a mapping's keys, so parseYaml
  // refuses a file with more than MAX_STRUCTURE lines, keys and items before parsing (40 000 keys
  // once took most of a minute). The child is killed after 6 s.
  it("given 2 000 unknown keys, should give invalid in the child process (control for the next test)", () => {
    expect(verdictInChild(manyKeys(2_000), 6_000)).toBe("invalid");
  });

  it("given 40 000 unknown keys in one mapping (under the size limit), should finish within seconds", {
    timeout: 30_000,
  }, () => {
    expect(verdictInChild(manyKeys(40_000), 6_000)).toBe("invalid");
  });

  // Defence: at most MAX_SCHEMA_PROBLEMS schema findings per file, then one saying how many more
  // (300 000 findings from one 900 KB file once made a 112 MB report).
  it("given 20 000 invalid items in one list, should give a bounded number of findings", {
    timeout: 10_000,
  }, async () => {
    const text = COMPLIANT.replace(/^reasons: .*$/m, `reasons: [${Array(20_000).fill("x").join(", ")}]`);
    const r = await judge(text);
    expect(r.verdict).toBe("invalid");
    expect(r.findings.length).toBeLessThanOrEqual(1000);
  });

  // Defence in depth: the folder walk skips FIFOs (test/hostile-folders.test.ts), and validateFile
  // opens non-blocking and refuses anything but a regular file. The child is killed after 3 s.
  it("given a FIFO passed straight to validateFile, should give invalid rather than block", {
    timeout: 20_000,
  }, () => {
    const fifo = join(tempDir(), "fifo.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(verdictInChild(fifo, 3_000)).toBe("invalid");
  });
});
