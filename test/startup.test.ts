/**
 * The lean start of bin/hjemmekontor.cjs: the bundle runs from V8's code cache (dist/code-cache/,
 * see bin/code-cache.cjs). The cache must really be used, and a cache that is missing, stale or
 * garbage must never change what the command does.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, type Run, runCli, tempDirs } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";

interface CodeCache {
  cachedDataFor(filename: string, content: string): Buffer | undefined;
  compileScript(content: string, filename: string, cachedData?: Buffer): Script;
}

const tempDir = tempDirs("hjemmekontor-startup-");
const EXAMPLES = join(ROOT, "examples", "agreements");
const require = createRequire(import.meta.url);

const run = (bin: string, ...args: string[]): Run => runCli(args, ROOT, bin);

const validate = (bin: string) => run(bin, "validate", EXAMPLES, "--format", "json");

/** A copy of the installed command (bin/, dist/ …, node_modules linked), with new file times. */
function copyOfCommand(): string {
  const dir = tempDir();
  for (const part of ["bin", "dist", "policies", "schemas", "package.json"]) {
    cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

/** The bundle file whose name starts with `prefix`, in an installed command at `root`. */
function bundleFile(root: string, prefix: string): string {
  const name = readdirSync(join(root, "dist", "bundle")).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no ${prefix}* in the bundle`);
  return join(root, "dist", "bundle", name);
}

/** Whether V8 takes the cache entry of a file (as the command would), per its own code-cache.cjs. */
function servedFromCache(root: string, file: string): boolean {
  const cache = require(join(root, "bin", "code-cache.cjs")) as CodeCache;
  const content = readFileSync(file, "utf8");
  const cachedData = cache.cachedDataFor(file, content);
  if (!cachedData) return false;
  const script = cache.compileScript(content, file, cachedData);
  return !script.cachedDataRejected;
}

describe("start-up from the code cache", () => {
  const reference = validate(BIN);

  it("given the build, should serve the bundle's main and run chunks and the agreement validator from the cache", () => {
    expect(servedFromCache(ROOT, bundleFile(ROOT, "main.cjs"))).toBe(true);
    expect(servedFromCache(ROOT, bundleFile(ROOT, "run-"))).toBe(true);
    expect(servedFromCache(ROOT, join(ROOT, "dist", "validators", "agreement.cjs"))).toBe(true);
  });

  it("given a one-file run, should take the bundle's main and run chunks from the cache", () => {
    const probe = [
      `const cache = require(${JSON.stringify(join(ROOT, "bin", "code-cache.cjs"))});`,
      "const { served } = cache.install();",
      `require(${JSON.stringify(join(ROOT, "dist", "bundle", "main.cjs"))}).main(["validate", ${JSON.stringify(join(EXAMPLES, "compliant-full-time.yaml"))}])`,
      '  .then(() => process.stderr.write(JSON.stringify(served.map((f) => require("node:path").basename(f)))));',
    ].join("\n");
    const r = spawnSync(process.execPath, ["-e", probe], {
      cwd: ROOT,
      env: cleanEnv(true),
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const served = JSON.parse(r.stderr) as string[];
    expect(served).toContain("main.cjs");
    expect(served.some((f) => f.startsWith("run-"))).toBe(true);
    expect(served).toContain("agreement.cjs");
  });

  it("given a copy with new file times (as npm pack leaves them), should still serve it from the cache", () => {
    const dir = copyOfCommand();
    expect(servedFromCache(dir, bundleFile(dir, "main.cjs"))).toBe(true);
    expect(validate(join(dir, "bin", "hjemmekontor.cjs"))).toEqual(reference);
  });

  it("given the compiled code, should hold no dynamic import() (it runs as scripts, which cannot import)", () => {
    for (const sub of ["bundle", "validators"]) {
      for (const f of readdirSync(join(ROOT, "dist", sub))) {
        expect(readFileSync(join(ROOT, "dist", sub, f), "utf8"), f).not.toMatch(/\bimport\s*\(/);
      }
    }
  });

  it("given garbage in every cache entry, should report exactly as with a good cache", () => {
    const dir = copyOfCommand();
    const cache = join(dir, "dist", "code-cache");
    for (const e of readdirSync(cache)) writeFileSync(join(cache, e), Buffer.alloc(4096, 0x5a));
    expect(reference.status).toBe(1);
    expect(validate(join(dir, "bin", "hjemmekontor.cjs"))).toEqual(reference);
  });

  it("given a bundle file changed after the build (same size), should not use its old entry", () => {
    const dir = copyOfCommand();
    const file = bundleFile(dir, "text-");
    const source = readFileSync(file, "utf8");
    expect(source).toContain("ikke i samsvar");
    writeFileSync(file, source.replace("ikke i samsvar", "IKKE I SAMSVAR"));
    expect(servedFromCache(dir, file)).toBe(false);
    expect(run(join(dir, "bin", "hjemmekontor.cjs"), "validate", EXAMPLES).stdout).toContain(
      "IKKE I SAMSVAR",
    );
  });

  it("given no cache at all, should report exactly as with it", () => {
    const dir = copyOfCommand();
    rmSync(join(dir, "dist", "code-cache"), { recursive: true });
    expect(validate(join(dir, "bin", "hjemmekontor.cjs"))).toEqual(reference);
  });

  it("given no dist/ (not built), should say so on one line and exit 2", () => {
    const dir = copyOfCommand();
    rmSync(join(dir, "dist"), { recursive: true });
    const r = validate(join(dir, "bin", "hjemmekontor.cjs"));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "hjemmekontor: the compiled files are missing (dist/). Run `npm ci` or `npm run build` first.\n",
    );
  });
});
