// Bundles the compiled CLI (dist/) into a few files, so that a one-file run reads and compiles a
// handful of modules instead of hundreds (start-up is most of a single run's time). The worker
// is its own entry; formatters and policy commands stay separate chunks, loaded when used.
import { defineConfig } from "rolldown";

export default defineConfig({
  input: { main: "dist/cli/main.js", worker: "dist/core/worker.js" },
  platform: "node",
  // Two of json-rules-engine's dependencies are replaced in the bundle (see scripts/stubs/):
  // JSONPath is never used (we pass a plain path resolver), and `clone` by a direct copy.
  resolve: {
    alias: {
      "jsonpath-plus": new URL("./scripts/stubs/jsonpath-plus.cjs", import.meta.url).pathname,
      clone: new URL("./scripts/stubs/clone.cjs", import.meta.url).pathname,
    },
  },
  output: {
    dir: "dist/bundle",
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    minify: true,
  },
});
