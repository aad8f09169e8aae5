// End-to-end tests spawn the built CLI (dist/bundle), and the core loads the precompiled schema
// validators and policy cache: run the whole build once before the tests, so that they test the
// current sources, not a stale dist/.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
}
