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

const main = path.join(__dirname, "..", "dist", "bundle", "main.cjs");
if (fs.existsSync(main)) {
  require("./code-cache.cjs").load(main).main(process.argv.slice(2));
} else {
  process.stderr.write(
    "hjemmekontor: the compiled files are missing (dist/). Run `npm ci` or `npm run build` first.\n",
  );
  process.exitCode = 2;
}
