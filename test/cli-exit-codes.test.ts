/** `hjemmekontor validate` end to end: its exit codes, usage errors on one line, and its --help. */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import { EXAMPLES, example, expectUsageError, json, run, tempDir } from "./helpers-cli-validate.js";

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
