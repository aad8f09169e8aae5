#!/usr/bin/env node
// Entry point of the `hjemmekontor` command. The TypeScript sources are compiled and bundled to
// dist/ by `npm ci` / `npm install` (the `prepare` script).
//
// Start-up is most of a one-file run, so this file keeps it short (measured with `npm run bench`):
// - CommonJS on purpose: Node then starts without its ES module loader.
// - The bundle's code runs from V8's code cache (dist/code-cache/), written by the build from a
//   run of this command, so that it is not compiled again on every run. A cache entry is named by
//   the size and modification time of the file it was made from; V8 itself refuses an entry made
//   by another Node version. Without a usable entry the file is compiled as usual. This command
//   only reads the cache; `HJEMMEKONTOR_CODE_CACHE=write` is for the build.
"use strict";
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const DIST = path.join(__dirname, "..", "dist") + path.sep;
const CACHE = path.join(DIST, "code-cache");
const writing = process.env.HJEMMEKONTOR_CODE_CACHE === "write";
const made = [];

const compile = Module.prototype._compile;
Module.prototype._compile = function compileCached(content, filename) {
  if (!filename.startsWith(DIST)) return compile.call(this, content, filename);
  let entry;
  let cachedData;
  try {
    const stat = fs.statSync(filename);
    entry = path.join(CACHE, `${path.basename(filename)}-${stat.size}-${Math.trunc(stat.mtimeMs)}.v8`);
    if (!writing) cachedData = fs.readFileSync(entry);
  } catch {
    // No entry for this file: compile it as usual.
  }
  const script = new vm.Script(Module.wrap(content), { filename, cachedData });
  if (writing && entry) made.push([script, entry]);
  const run = script.runInThisContext({ displayErrors: true });
  return run.call(
    this.exports,
    this.exports,
    Module.createRequire(filename),
    this,
    filename,
    path.dirname(filename),
  );
};

if (writing) {
  // After the run, so that the cache holds every function the run compiled, not just the top level.
  process.on("exit", () => {
    fs.mkdirSync(CACHE, { recursive: true });
    for (const [script, entry] of made) fs.writeFileSync(entry, script.createCachedData());
  });
}

let cli;
try {
  cli = require("../dist/bundle/main.cjs");
} catch (err) {
  if (!(err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes("main.cjs"))) throw err;
  process.stderr.write(
    "hjemmekontor: the compiled files are missing (dist/). Run `npm ci` or `npm run build` first.\n",
  );
  process.exitCode = 2;
}
if (cli) cli.main(process.argv.slice(2));
