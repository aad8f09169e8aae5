/**
 * The lean start of bin/hjemmekontor.cjs: the bundle runs from V8's code cache (dist/code-cache/),
 * and a cache that is missing, stale or garbage must never change what the command does.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, tempDirs } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-startup-");
const EXAMPLES = join(ROOT, "examples", "agreements");

function validate(bin: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, "validate", EXAMPLES, "--format", "json"], {
    cwd: ROOT,
    env: cleanEnv(true),
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of the installed command (bin/ and dist/, with node_modules linked), to spoil at will. */
function copyOfCommand(): string {
  const dir = tempDir();
  for (const part of ["bin", "dist", "policies", "schemas", "package.json"])
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  // The copy keeps sizes and times, so its cache entries still name its files (cpSync rounds times).
  for (const sub of ["bundle", "validators"]) {
    for (const f of readdirSync(join(ROOT, "dist", sub))) {
      const st = statSync(join(ROOT, "dist", sub, f));
      utimesSync(join(dir, "dist", sub, f), st.atimeMs / 1000, st.mtimeMs / 1000);
    }
  }
  const main = statSync(join(dir, "dist", "bundle", "main.cjs"));
  const entry = `main.cjs-${main.size}-${Math.trunc(main.mtimeMs)}.v8`;
  expect(readdirSync(join(dir, "dist", "code-cache"))).toContain(entry);
  return dir;
}

describe("start-up from the code cache", () => {
  const reference = validate(BIN);

  it("given the build, should have cache entries for the bundle's main and run chunks", () => {
    const entries = readdirSync(join(ROOT, "dist", "code-cache"));
    expect(entries.some((e) => /^main\.cjs-\d+-\d+\.v8$/.test(e))).toBe(true);
    expect(entries.some((e) => /^run-.*\.cjs-\d+-\d+\.v8$/.test(e))).toBe(true);
  });

  it("given the bundle, should hold no dynamic import() (its chunks run as scripts, which cannot import)", () => {
    for (const f of readdirSync(join(ROOT, "dist", "bundle"))) {
      expect(readFileSync(join(ROOT, "dist", "bundle", f), "utf8"), f).not.toMatch(/\bimport\s*\(/);
    }
  });

  it("given garbage in every cache entry, should report exactly as with a good cache", () => {
    const dir = copyOfCommand();
    const cache = join(dir, "dist", "code-cache");
    for (const e of readdirSync(cache)) writeFileSync(join(cache, e), Buffer.alloc(4096, 0x5a));
    const r = validate(join(dir, "bin", "hjemmekontor.cjs"));
    expect(reference.status).toBe(1);
    expect(r).toEqual(reference);
  });

  it("given a bundle file changed after the build, should not use its old cache entry", () => {
    const dir = copyOfCommand();
    const bundle = join(dir, "dist", "bundle");
    const text = readdirSync(bundle).find((f) => f.startsWith("text-")) as string;
    // The text formatter, changed without changing its size: only the modification time tells.
    const file = join(bundle, text);
    const source = readFileSync(file, "utf8");
    writeFileSync(file, source.replace("ikke i samsvar", "IKKE I SAMSVAR"));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const r = spawnSync(process.execPath, [join(dir, "bin", "hjemmekontor.cjs"), "validate", EXAMPLES], {
      cwd: ROOT,
      env: cleanEnv(true),
      encoding: "utf8",
    });
    expect(r.stdout).toContain("IKKE I SAMSVAR");
  });

  it("given no cache at all, should report exactly as with it", () => {
    const dir = copyOfCommand();
    rmSync(join(dir, "dist", "code-cache"), { recursive: true });
    expect(validate(join(dir, "bin", "hjemmekontor.cjs"))).toEqual(reference);
  });
});
