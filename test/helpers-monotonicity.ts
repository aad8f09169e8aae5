/**
 * Shared setup of the monotonicity tests (SPEC 5.5, issue 9): a policy folder with the shipped
 * (and example) layers plus extra files, a layer text, an MH agreement that breaks the central home
 * share, and the check that the CLI refuses a layer as SPEC 5 says.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { EXAMPLE_POLICIES, SHIPPED } from "./helpers.js";

export const tempDir = tempDirs("hjemmekontor-monotonicity-");

/** A folder holding the shipped layers, the example layers, and `extra` files (name → text). */
export function folder(extra: Record<string, string>, withExamples = true): string {
  const dir = join(tempDir(), "policies");
  mkdirSync(dir);
  for (const src of withExamples ? [SHIPPED, EXAMPLE_POLICIES] : [SHIPPED]) {
    for (const f of readdirSync(src).filter((n) => n.endsWith(".yaml")))
      copyFileSync(join(src, f), join(dir, f));
  }
  // The layers' source texts come along, as in a real policy folder (SPEC 8.1).
  cpSync(join(SHIPPED, "sources"), join(dir, "sources"), { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

export function layer(
  id: string,
  appliesTo: string,
  ext: string,
  body = "",
  version = "1.0.0",
  from = "2020-01-01",
) {
  return `kind: Policy
id: ${id}
version: ${version}
effective: { from: ${from} }
extends: ${ext}
appliesTo: ${appliesTo}
${body}`;
}

/** Lint accepted: stderr holds at most warnings (a local layer without a source text, SPEC 8.1). */
export function onlyWarnings(stderr: string): void {
  for (const line of stderr.split("\n").filter(Boolean)) expect(line).toMatch(/: (advarsel|warning): /);
}

/** An MH agreement (department XYZ unless given) that breaks the central home share: 3 of 5 days. */
export function agreement(unit = "{ faculty: MH, department: XYZ }", extra = ""): string {
  const dir = tempDir();
  const file = join(dir, "a.yaml");
  writeFileSync(
    file,
    `kind: HomeOfficeAgreement
schemaVersion: 1
id: MH-1
type: fixed
employee: { id: "1", unit: ${unit} }
manager: { id: "2" }
period: { start: 2026-01-05, end: 2026-06-30 }
schedule:
  cycle: [{ home: [mon, tue, thu] }]
  homeHours: { start: "08:00", end: "15:30" }
tasks: { description: Analyse., suitableForHomeOffice: true, informationClass: confidential }
workEnvironment: { workstation: true, equipment: true, indoorEnvironment: true }
equipment:
  items:
    - { item: monitor, providedBy: ntnu, owner: ntnu }
    - { item: keyboard, providedBy: ntnu, owner: ntnu }
    - { item: mouse, providedBy: ntnu, owner: ntnu }
  maintenance: NTNU IT.
terms: { employerMayRecall: true, insuranceInformed: false }
signatures: { employee: { name: A, date: 2025-12-01 }, manager: { name: B, date: 2025-12-02 } }
${extra}`,
  );
  return file;
}

/** Refused as SPEC 5 says: exit 2 for lint and validate, the file:line:column and the guarantee. */
export function expectRefused(dir: string, file: string, line: number, guarantee: string): void {
  for (const args of [
    ["policy", "lint", "--policies", dir],
    ["validate", agreement(), "--policies", dir],
  ]) {
    for (const lang of ["nb", "en"]) {
      const r: Run = runCli([...args, "--lang", lang]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        new RegExp(`${join(dir, file).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:${line}:\\d+ `),
      );
      expect(r.stderr).toContain(`[${guarantee}]`);
      expect(r.stderr).toMatch(lang === "nb" ? /Policyen avvises/ : /The policy is refused/);
      expect(r.stderr).not.toMatch(/^\s+at |internal error|intern feil/m);
    }
  }
}

export function findings(
  dir: string,
  unit?: string,
): { status: number | null; ids: string[]; json: unknown } {
  const r = runCli(["validate", agreement(unit), "--policies", dir, "--format", "json"]);
  const report = JSON.parse(r.stdout) as {
    results: { findings: { ruleId: string; severity: string }[]; layers: string[] }[];
  };
  const first = report.results[0];
  return {
    status: r.status,
    ids: (first?.findings ?? []).map((f) => `${f.ruleId}:${f.severity}`).sort(),
    json: first?.layers,
  };
}
