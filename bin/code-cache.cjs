// V8's code cache for the compiled files under dist/ (the bundle and the schema validators), so
// that a run does not compile them again; start-up is most of a one-file run. The build writes
// dist/code-cache/ (scripts/build-code-cache.cjs) from one real run; the command only reads it.
//
// An entry holds the exact text it was made from, and is used only for that text: a changed file
// (of any size or time, also after `npm pack`, which resets times) compiles as usual. V8 itself
// refuses an entry from another Node version or with a damaged header; the file then compiles as
// usual too. Entries are written to a temporary file and renamed, so a reader never sees half of one.
"use strict";
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const DIST = path.join(__dirname, "..", "dist") + path.sep;
const CACHE = path.join(DIST, "code-cache");
/** What Module.wrap puts before a file's text on its first line; stack columns leave it out. */
const HEAD = Module.wrap("\u0000").split("\u0000")[0];

/** The entry of a file under dist/: dist/bundle/main.cjs → dist/code-cache/bundle__main.cjs.v8 */
function entryPath(filename) {
  return path.join(CACHE, `${path.relative(DIST, filename).split(path.sep).join("__")}.v8`);
}

/** An entry: the byte length of the source (4 bytes), the source, then V8's cached data. */
function cachedDataFor(filename, content) {
  let buf;
  try {
    buf = fs.readFileSync(entryPath(filename));
  } catch {
    return undefined;
  }
  if (buf.length < 4) return undefined;
  const n = buf.readUInt32LE(0);
  if (4 + n > buf.length || buf.toString("utf8", 4, 4 + n) !== content) return undefined;
  return buf.subarray(4 + n);
}

/** Whether a file is one of ours, compiled as CommonJS, that the cache may serve. */
function cacheable(filename, format, content) {
  return (
    filename.startsWith(DIST) &&
    filename.endsWith(".cjs") &&
    (format === undefined || format === "commonjs") &&
    !content.startsWith("#!")
  );
}

/** The script of a file as Node's CommonJS loader wraps it, with stack columns as in the file. */
function compileScript(content, filename, cachedData) {
  return new vm.Script(Module.wrap(content), { filename, cachedData, columnOffset: -HEAD.length });
}

/**
 * Compiles our files through vm.Script with the cache (or, when writing, without it, keeping the
 * scripts to store); anything else goes to Node's own compile. Returns what it did: the files
 * V8 took from the cache (`served`), and the scripts kept for writing (`made`).
 */
function install({ write = false } = {}) {
  const compile = Module.prototype._compile;
  const served = [];
  const made = [];
  Module.prototype._compile = function compileCached(...args) {
    const [content, filename, format] = args;
    if (!cacheable(filename, format, content)) return compile.apply(this, args);
    const cachedData = write ? undefined : cachedDataFor(filename, content);
    const script = compileScript(content, filename, cachedData);
    if (cachedData && !script.cachedDataRejected) served.push(filename);
    if (write) made.push({ filename, content, script });
    const run = script.runInThisContext({ displayErrors: true });
    const require = Module.createRequire(filename);
    return run.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };
  return { served, made };
}

/** Stores the kept scripts' cached data, after the run, so that it holds what the run compiled. */
function writeEntries(made) {
  fs.mkdirSync(CACHE, { recursive: true });
  for (const { filename, content, script } of made) {
    const source = Buffer.from(content, "utf8");
    const head = Buffer.alloc(4);
    head.writeUInt32LE(source.length, 0);
    const file = entryPath(filename);
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, Buffer.concat([head, source, script.createCachedData()]));
    fs.renameSync(temp, file);
  }
}

module.exports = { CACHE, cachedDataFor, compileScript, entryPath, install, writeEntries };
