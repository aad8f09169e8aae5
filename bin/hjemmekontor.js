#!/usr/bin/env node
// Entry point of the `hjemmekontor` command. The TypeScript sources are compiled to dist/ by
// `npm ci` / `npm install` (the `prepare` script).
import("../dist/bundle/main.js").then(
  (m) => m.main(process.argv.slice(2)),
  (err) => {
    if (err && err.code === "ERR_MODULE_NOT_FOUND") {
      process.stderr.write(
        "hjemmekontor: the compiled files are missing (dist/). Run `npm ci` or `npm run build` first.\n",
      );
      process.exitCode = 2;
    } else throw err;
  },
);
