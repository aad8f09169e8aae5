#!/usr/bin/env node
// Entry point of the `hjemmekontor` command. The TypeScript sources are compiled and bundled to
// dist/ by `npm ci` / `npm install` (the `prepare` script). CommonJS on purpose: Node then starts
// without its ES module loader, which is a tenth of a one-file run (measured).
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
