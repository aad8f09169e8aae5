/**
 * Shared setup of the `policy test` tests: a copy of the shipped layers with one test file, a run
 * of `policy test`, the central base agreement as a test file's head, a folder with one test file
 * and layers of its own, and issue 12's NV faculty layer with its test cases.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { stringify } from "yaml";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { baseAgreement, EXAMPLE_POLICIES, ROOT } from "./helpers.js";

export const tempDir = tempDirs("hjemmekontor-policy-tests-");

/** A copy of the shipped layers with one test file, tests/t.yaml, holding `text`. */
export function withTestFile(text: string): { dir: string; file: string } {
  const dir = join(tempDir(), "policies");
  const shipped = join(ROOT, "policies");
  // Leaves out the shipped tests/ folder (matched below the policies folder, not in the checkout's path).
  cpSync(shipped, dir, {
    recursive: true,
    filter: (src) => !relative(shipped, src).split(sep).includes("tests"),
  });
  mkdirSync(join(dir, "tests"));
  const file = join(dir, "tests", "t.yaml");
  writeFileSync(file, text);
  return { dir, file };
}

export const policyTest = (dir: string, lang = "en"): Run =>
  runCli(["policy", "test", "--policies", dir, "--lang", lang]);

export const BASE = `kind: PolicyTest\nbase:\n${stringify(baseAgreement())
  .trimEnd()
  .split("\n")
  .map((l) => `  ${l}`)
  .join("\n")}\n`;

export function lineOf(text: string, needle: string): number {
  return text.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

/** A folder with one test file, tests/t.yaml, holding `text` (and the given layer files). */
export function folderWith(text: string, layers: Record<string, string> = {}): string {
  const dir = join(tempDir(), "local");
  mkdirSync(join(dir, "tests"), { recursive: true });
  writeFileSync(join(dir, "tests", "t.yaml"), text);
  for (const [name, body] of Object.entries(layers)) writeFileSync(join(dir, name), body);
  return dir;
}

/** Issue 12: an NV faculty layer, valid in every way, whose new rule fires on the central base agreement. */
export const NV_LAYER = readFileSync(join(EXAMPLE_POLICIES, "ntnu-mh@1.0.0.yaml"), "utf8")
  .replace(/ntnu-mh/g, "ntnu-nv")
  .replace("{ faculty: MH }", "{ faculty: NV }")
  .replace("value: confidential }", "value: internal }");

export const NV_TESTS = `${BASE}cases:
  - name: at NV, internal information is an error
    expect:
      verdict: non-compliant
      findings: [{ ruleId: ntnu-nv/confidential-data, path: /tasks/informationClass }]
`;
