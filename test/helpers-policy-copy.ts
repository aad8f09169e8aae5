/** Shared setup of the policy commands' end-to-end tests: temp folders, a copy of the shipped policies. */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { tempDirs } from "./cli-helpers.js";
import { SHIPPED } from "./helpers.js";

export const tempDir = tempDirs("hjemmekontor-cli-docs-");

/** A copy of the shipped policy folder (layers and sources) to change. */
export function shippedCopy(): string {
  const dir = join(tempDir(), "policies");
  cpSync(SHIPPED, dir, { recursive: true });
  return dir;
}
