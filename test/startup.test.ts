/**
 * The lean start of bin/hjemmekontor.cjs: the bundle is loaded with V8's code cache
 * (dist/code-cache/, see bin/code-cache.cjs), through public APIs only (node:vm, createRequire; on
 * a Node with module.enableCompileCache, Node's own cache). The cache must really be used, and a
 * cache that is missing, stale or garbage must never change what the command does.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, type Run, runCli, tempDirs } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";

interface CodeCache {
  cachedDataFor(filename: string, content: string): Buffer | undefined;
  compileScript(content: string, filename: string, cachedData?: Buffer): Script;
  createLoader(): { load(filename: string): Record<string, unknown>; served: string[] };
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

/** Runs `script` (CommonJS) in a new node, from the repository root; its answer is its last line on stderr. */
function probe(script: string, preload: string[] = []): unknown {
  const r = spawnSync(process.execPath, [...preload, "-e", script], {
    cwd: ROOT,
    env: cleanEnv(true),
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stderr.trimEnd().split("\n").at(-1) ?? "");
}

describe("start-up from the code cache", () => {
  const reference = validate(BIN);

  it("given the build, should serve the bundle's main and run chunks from the cache, and hold entries of the bundle only", () => {
    expect(servedFromCache(ROOT, bundleFile(ROOT, "main.cjs"))).toBe(true);
    expect(servedFromCache(ROOT, bundleFile(ROOT, "run-"))).toBe(true);
    const entries = readdirSync(join(ROOT, "dist", "code-cache"));
    expect(entries.length).toBeGreaterThan(1);
    for (const e of entries) expect(e).toMatch(/^bundle__[^/]+\.cjs\.v8$/);
  });

  it("given a one-file run, should take the bundle's main and run chunks from the cache, each loaded once", () => {
    const served = probe(
      [
        `const cache = require(${JSON.stringify(join(ROOT, "bin", "code-cache.cjs"))});`,
        "const { load, served } = cache.createLoader();",
        `load(${JSON.stringify(join(ROOT, "dist", "bundle", "main.cjs"))}).main(["validate", ${JSON.stringify(join(EXAMPLES, "compliant-full-time.yaml"))}])`,
        '  .then(() => process.stderr.write("\\n" + JSON.stringify(served.map((f) => require("node:path").basename(f)))));',
      ].join("\n"),
    ) as string[];
    expect(served).toContain("main.cjs");
    expect(served.filter((f) => f.startsWith("run-"))).toHaveLength(1);
    expect(new Set(served).size).toBe(served.length);
  });

  it("given the command, should load the bundle itself, leaving Node's loader as it was", () => {
    const main = join(ROOT, "dist", "bundle", "main.cjs");
    const seen = probe(
      [
        'const Module = require("node:module");',
        "const before = { ...Module.prototype };",
        `require(${JSON.stringify(join(ROOT, "bin", "code-cache.cjs"))}).load(${JSON.stringify(main)});`,
        "const changed = Object.keys({ ...before, ...Module.prototype }).filter((k) => before[k] !== Module.prototype[k]);",
        `process.stderr.write(JSON.stringify({ main: ${JSON.stringify(main)} in require.cache, changed }));`,
      ].join("\n"),
    );
    expect(seen).toEqual({ main: false, changed: [] });
  });

  it("given a Node with module.enableCompileCache (22.1 and later), should use Node's compile cache and require the bundle as usual", () => {
    const stub = join(tempDir(), "enable-compile-cache.cjs");
    writeFileSync(
      stub,
      'const m = require("node:module"); m.enableCompileCache = () => { globalThis.enabled = true; return { status: 1 }; };\n',
    );
    const main = join(ROOT, "dist", "bundle", "main.cjs");
    const seen = probe(
      [
        `const loaded = require(${JSON.stringify(join(ROOT, "bin", "code-cache.cjs"))}).load(${JSON.stringify(main)});`,
        `process.stderr.write(JSON.stringify({ enabled: globalThis.enabled, main: require.cache[${JSON.stringify(main)}]?.exports === loaded }));`,
      ].join("\n"),
      ["--require", stub],
    );
    expect(seen).toEqual({ enabled: true, main: true });
  });

  it("given an error thrown in the bundle, should name its file, line and column as Node's own loader does", () => {
    const dir = copyOfCommand();
    const file = join(dir, "dist", "bundle", "boom.cjs");
    writeFileSync(
      file,
      '"use strict";exports.first=()=>{  throw new Error("first line")};\nexports.second = () => {\n    throw new Error("second line");\n};\n',
    );
    const frames = probe(
      [
        `const file = ${JSON.stringify(file)};`,
        `const ours = require(${JSON.stringify(join(dir, "bin", "code-cache.cjs"))}).createLoader().load(file);`,
        "const node = require(file);",
        "const top = (f) => { try { f(); } catch (e) { return e.stack.split('\\n')[1].trim(); } };",
        "process.stderr.write(JSON.stringify([ours.first, node.first, ours.second, node.second].map(top)));",
      ].join("\n"),
    ) as string[];
    expect(frames[0]).toBe(`at exports.first (${file}:1:41)`);
    expect(frames[0]).toBe(frames[1]);
    expect(frames[2]).toBe(`at exports.second (${file}:3:11)`);
    expect(frames[2]).toBe(frames[3]);
  });

  it("given a copy with new file times (as npm pack leaves them), should still serve it from the cache", () => {
    const dir = copyOfCommand();
    expect(servedFromCache(dir, bundleFile(dir, "main.cjs"))).toBe(true);
    expect(validate(join(dir, "bin", "hjemmekontor.cjs"))).toEqual(reference);
  });

  it("given the bundle, should hold no dynamic import() (it runs as vm scripts, which cannot import)", () => {
    for (const f of readdirSync(join(ROOT, "dist", "bundle"))) {
      expect(readFileSync(join(ROOT, "dist", "bundle", f), "utf8"), f).not.toMatch(/\bimport\s*\(/);
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

  it("given no cache at all, should report exactly as with it, and not write one (only the build does)", () => {
    const dir = copyOfCommand();
    rmSync(join(dir, "dist", "code-cache"), { recursive: true });
    expect(validate(join(dir, "bin", "hjemmekontor.cjs"))).toEqual(reference);
    expect(existsSync(join(dir, "dist", "code-cache"))).toBe(false);
  });

  it("given no dist/ (not built), should say so on one line and exit 2", () => {
    const dir = copyOfCommand();
    rmSync(join(dir, "dist"), { recursive: true });
    const r = validate(join(dir, "bin", "hjemmekontor.cjs"));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "hjemmekontor: de kompilerte filene mangler (dist/). Kjør `npm ci` eller `npm run build` først.\n",
    );
    const en = run(join(dir, "bin", "hjemmekontor.cjs"), "validate", EXAMPLES, "--lang", "en");
    expect(en.status).toBe(2);
    expect(en.stderr).toBe(
      "hjemmekontor: the compiled files are missing (dist/). Run `npm ci` or `npm run build` first.\n",
    );
  });
});
