// End-to-end tests spawn the built CLI; build it once before they run so that they test
// the current sources, not a stale dist/.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], {
    stdio: "inherit",
  });
}
