// Bundles the compiled CLI (dist/) into a few files, so that a one-file run reads and compiles a
// handful of modules instead of hundreds (start-up is most of a single run's time). The worker
// is its own entry; formatters and policy commands stay separate chunks, loaded when used.
// CommonJS output, started by bin/hjemmekontor.cjs: Node's ES module loader (and the fs/promises
// and readline modules an ESM `import from "node:fs"` pulls in) would cost about 15 ms per run.
import { defineConfig } from "rolldown";

export default defineConfig({
  input: { main: "dist/cli/main.js", worker: "dist/core/run/worker.js" },
  platform: "node",
  // Three dependencies are replaced in the bundle by stand-ins (scripts/stubs/): json-rules-engine's
  // `clone` by a direct copy, and its JSONPath, never used (we pass a plain path resolver); and
  // commander's child_process. Measured without them (Node 20, 2 cores): 10 000 agreements 0.66 ×
  // the floor instead of 0.44 (`clone`), a one-file run 6–9 ms slower, the bundle 27 kB larger. So
  // the shipped code differs from what the unit tests run: test/bundle.test.ts runs the policy
  // tests and every example through the bundled command against the unbundled build.
  resolve: {
    alias: {
      "jsonpath-plus": new URL("./scripts/stubs/jsonpath-plus.cjs", import.meta.url).pathname,
      clone: new URL("./scripts/stubs/clone.cjs", import.meta.url).pathname,
      // Commander's only use of child_process is for executable subcommands, which we have none of.
      "node:child_process": new URL("./scripts/stubs/child_process.cjs", import.meta.url).pathname,
    },
  },
  output: {
    dir: "dist/bundle",
    format: "cjs",
    // As strict as the ES module bundle was (rolldown's CommonJS output is otherwise sloppy).
    strict: true,
    entryFileNames: "[name].cjs",
    chunkFileNames: "[name]-[hash].cjs",
    minify: true,
  },
});
