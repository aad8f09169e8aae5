// Writes V8's code cache of the compiled files (dist/code-cache/, see bin/code-cache.cjs) from one
// real run of the command, in this process, on an example agreement: the cache then holds what a
// one-file run compiles. Run by `npm run build`, after the bundle. Only this script writes it.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { CACHE, createLoader, writeEntries } = require("../bin/code-cache.cjs");

const root = path.join(__dirname, "..");
const example = path.join(root, "examples", "agreements", "compliant-full-time.yaml");

async function build() {
  fs.rmSync(CACHE, { recursive: true, force: true });
  const { load, made } = createLoader({ write: true });
  const { main } = load(path.join(root, "dist", "bundle", "main.cjs"));
  process.env.CI = "true";
  const write = process.stdout.write;
  process.stdout.write = () => true; // the report itself is not wanted here
  try {
    await main(["validate", example]);
  } finally {
    process.stdout.write = write;
  }
  if (process.exitCode || made.length === 0) {
    throw new Error(`the run failed (exit ${process.exitCode ?? 0}, ${made.length} files compiled)`);
  }
  writeEntries(made);
}

build().catch((err) => {
  process.stderr.write(`build-code-cache: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
