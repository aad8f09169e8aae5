#!/usr/bin/env node
// Entry point of the `hjemmekontor` command. The TypeScript sources are compiled and bundled to
// dist/ by `npm ci` / `npm install` (the `prepare` script).
//
// Start-up is most of a one-file run, so it is kept short (measured with `npm run bench`):
// CommonJS on purpose, so that Node starts without its ES module loader, and the bundle is loaded
// with V8's code cache (see code-cache.cjs).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const argv = process.argv.slice(2);
const main = path.join(__dirname, "..", "dist", "bundle", "main.cjs");
if (fs.existsSync(main)) {
  // run() returns the exit code; it is set here, once (SPEC 6).
  require("./code-cache.cjs")
    .load(main)
    .run(argv)
    .then((code) => {
      process.exitCode = code;
    });
} else {
  // In the language asked for, as every message (the bundle that knows the texts is missing).
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const lang = i < 0 ? "nb" : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  process.stderr.write(
    lang === "en"
      ? "hjemmekontor: the compiled files are missing (dist/). Run `npm ci` or `npm run build` first.\n"
      : "hjemmekontor: de kompilerte filene mangler (dist/). Kjør `npm ci` eller `npm run build` først.\n",
  );
  process.exitCode = 2;
}
