// End-to-end tests spawn the built CLI, and the core loads the precompiled schema validators and
// policy cache: build all of dist/ once before the tests run, so that they test the current
// sources, not a stale build.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  const node = (...args: string[]) => execFileSync(process.execPath, args, { stdio: "inherit" });
  node("node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json");
  node("scripts/build-validators.mjs");
  node("scripts/build-policy-cache.mjs");
}
