/**
 * `hjemmekontor validate` end to end: --output writes the report and never overwrites an input,
 * and the inputs stay byte-identical whatever the run.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import {
  agreementIn,
  compliantText,
  EXAMPLES,
  example,
  expectUsageError,
  json,
  run,
  tempDir,
} from "./helpers-cli-validate.js";

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function hashFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      const p = join(e.parentPath, e.name);
      out.set(p, sha256(p));
    }
  }
  return out;
}

describe("hjemmekontor validate --output", () => {
  it("given --output, should write the report to that file and print nothing on stdout", () => {
    const out = join(tempDir(), "report.json");
    const r = run("validate", example("max-home-share.yaml"), "--format", "json", "--output", out);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const written = readFileSync(out, "utf8");
    expect(JSON.parse(written)).toEqual(
      json(run("validate", example("max-home-share.yaml"), "--format", "json")),
    );
  });

  it("given --output naming an input agreement, should exit 2 and leave that file byte-identical", () => {
    const { dir, file } = agreementIn(compliantText());
    const before = readFileSync(file);
    const r = run("validate", dir, "--output", file);
    expectUsageError(r);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["agreement.yaml"]);
  });

  it("given --output naming an input agreement by another spelling of its path, should refuse it", () => {
    const { dir, file } = agreementIn(compliantText());
    const before = readFileSync(file);
    const r = run("validate", file, "--output", join(dir, ".", "sub", "..", "agreement.yaml"));
    expectUsageError(r);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("given --output naming an input reached through a symlinked folder, should refuse to overwrite it", () => {
    const root = tempDir();
    const real = join(root, "real");
    mkdirSync(real);
    const file = join(real, "agreement.yaml");
    writeFileSync(file, compliantText());
    symlinkSync(real, join(root, "link"), "dir");
    const before = readFileSync(file);
    const r = run("validate", join(root, "link"), "--output", file);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(r.status).toBe(2);
  });
});

describe("hjemmekontor validate: inputs are read-only", () => {
  it("given the example agreements, should leave every file byte-identical", () => {
    const before = hashFolder(join(ROOT, EXAMPLES));
    expect(before.size).toBeGreaterThan(0);
    const out = join(tempDir(), "report.txt");
    expect(run("validate", EXAMPLES).status).toBe(1);
    expect(run("validate", EXAMPLES, "--format", "json", "--lang", "en").status).toBe(1);
    expect(run("validate", EXAMPLES, "--output", out).status).toBe(1);
    expect(hashFolder(join(ROOT, EXAMPLES))).toEqual(before);
  });
});
