// Loads the bundle (dist/bundle/*.cjs) with V8's code cache, so that a run does not compile it
// again; start-up is most of a one-file run. Public APIs only:
//
// - Where Node has its own compile cache (module.enableCompileCache, Node ≥ 22.1), that is turned
//   on and the bundle is required as usual; this file's cache is then not used (unless Node's
//   cannot be turned on).
// - Otherwise the bundle's files are loaded here, as CommonJS: each file's text is wrapped as
//   Node's CommonJS loader wraps it, compiled with vm.Script and its cached data, and run with
//   `require` from module.createRequire, except that the bundle's own chunks ("./run-….cjs") are
//   loaded here too, once each. Everything else (node: modules, packages, the schema validators)
//   goes to Node's require.
//
// The build writes dist/code-cache/ (scripts/build-code-cache.cjs) from one real run; the command
// only reads it. An entry holds the exact text it was made from, and is used only for that text: a
// changed file (of any size or time, also after `npm pack`, which resets times) compiles as usual.
// V8 itself refuses an entry from another Node version or with a damaged header; the file then
// compiles as usual too. Entries are written to a temporary file and renamed, so a reader never
// sees half of one.
"use strict";
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const DIST = path.join(__dirname, "..", "dist") + path.sep;
const BUNDLE = path.join(DIST, "bundle") + path.sep;
const CACHE = path.join(DIST, "code-cache");
/** The CommonJS wrapper, as Node's loader puts it around a file's text; stack columns leave HEAD out. */
const HEAD = "(function (exports, require, module, __filename, __dirname) { ";
const TAIL = "\n});";

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

/** The script of a file as Node's CommonJS loader wraps it, with stack columns as in the file. */
function compileScript(content, filename, cachedData) {
  return new vm.Script(HEAD + content + TAIL, { filename, cachedData, columnOffset: -HEAD.length });
}

/** Whether Node's own compile cache serves this process (then the bundle is required as usual). */
function nodeCompileCache() {
  if (typeof Module.enableCompileCache !== "function") return false;
  const { status } = Module.enableCompileCache();
  return status !== Module.constants?.compileCacheStatus?.FAILED;
}

/**
 * A loader of the bundle's files, from the cache (or, when writing, without it, keeping the
 * scripts to store). `load(file)` returns a file's exports; `served` lists the files V8 took from
 * the cache, `made` the scripts kept for writing.
 */
function createLoader({ write = false } = {}) {
  const modules = new Map();
  const served = [];
  const made = [];

  function load(filename) {
    const loaded = modules.get(filename);
    if (loaded) return loaded.exports;
    const content = fs.readFileSync(filename, "utf8");
    // Not a file rolldown writes (those have neither): a hashbang cannot be wrapped, so Node loads it.
    if (content.startsWith("#!") || content.startsWith("\uFEFF"))
      return Module.createRequire(filename)(filename);
    const cachedData = write ? undefined : cachedDataFor(filename, content);
    const script = compileScript(content, filename, cachedData);
    if (cachedData && !script.cachedDataRejected) served.push(filename);
    if (write) made.push({ filename, content, script });
    const dirname = path.dirname(filename);
    const nodeRequire = Module.createRequire(filename);
    const require = (id) => {
      const file = path.resolve(dirname, id);
      return id.startsWith("./") && own(file) ? load(file) : nodeRequire(id);
    };
    require.resolve = nodeRequire.resolve;
    require.cache = nodeRequire.cache;
    require.main = nodeRequire.main;
    const module = { id: filename, filename, path: dirname, exports: {}, loaded: false, require };
    modules.set(filename, module);
    try {
      const run = script.runInThisContext({ displayErrors: true });
      run.call(module.exports, module.exports, require, module, filename, dirname);
    } catch (err) {
      modules.delete(filename); // as Node's loader does: a later require tries again
      throw err;
    }
    module.loaded = true;
    return module.exports;
  }

  return { load, served, made };
}

/** A file of the bundle, which this loader serves: dist/bundle/*.cjs. */
function own(filename) {
  return (
    filename.startsWith(BUNDLE) && filename.endsWith(".cjs") && !filename.includes(path.sep, BUNDLE.length)
  );
}

/** The exports of a file of the bundle (dist/bundle/main.cjs), loaded from a compile cache. */
function load(filename) {
  if (nodeCompileCache() || !own(filename)) return require(filename);
  return createLoader().load(filename);
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

module.exports = { CACHE, cachedDataFor, compileScript, createLoader, entryPath, load, writeEntries };
