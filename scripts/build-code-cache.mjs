// Writes V8's code cache of the bundle (dist/code-cache/, see bin/hjemmekontor.cjs) from one
// real run of the command on an example agreement, so that the cache holds what a run compiles.
// Run by `npm run build`, after the bundle; the cache is only ever read by the Node version that
// wrote it (V8 refuses it otherwise, and the file is then compiled as usual).
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const cache = join(root, "dist", "code-cache");
rmSync(cache, { recursive: true, force: true });
const r = spawnSync(
  process.execPath,
  [
    join(root, "bin", "hjemmekontor.cjs"),
    "validate",
    join(root, "examples", "agreements", "compliant-full-time.yaml"),
  ],
  { cwd: root, env: { ...process.env, CI: "true", HJEMMEKONTOR_CODE_CACHE: "write" }, encoding: "utf8" },
);
if (r.status !== 0) {
  process.stderr.write(`build-code-cache: the run failed (exit ${r.status}):\n${r.stderr}`);
  process.exit(1);
}
if (readdirSync(cache).length === 0) {
  process.stderr.write("build-code-cache: the run wrote no cache\n");
  process.exit(1);
}
