/**
 * No path is skipped without a word: hidden folders, node_modules, folders past the depth limit,
 * links and non-regular files are listed with their reason in the JSON report (`skipped`), in the
 * text report and its summary line, and as warnings in the github format.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { runCli, tempDirs } from "./cli-helpers.js";
import { ROOT, SHIPPED } from "./helpers.js";

const COMPLIANT = join(ROOT, "examples/agreements/compliant-full-time.yaml");
const NON_COMPLIANT = join(ROOT, "examples/agreements/max-home-share.yaml");
const tempDir = tempDirs("hjemmekontor-skipped-");
const validReport = new Ajv2020({ strict: false }).compile(
  JSON.parse(readFileSync(join(ROOT, "schemas/report.schema.json"), "utf8")),
);

/** agreements/ok.yaml (compliant), and a non-compliant agreement in each place a walk skips. */
function folder(): string {
  const root = tempDir();
  const dir = join(root, "agreements");
  mkdirSync(dir);
  copyFileSync(COMPLIANT, join(dir, "ok.yaml"));
  mkdirSync(join(dir, ".archive"));
  copyFileSync(NON_COMPLIANT, join(dir, ".archive", "old.yaml"));
  mkdirSync(join(dir, "node_modules"));
  copyFileSync(NON_COMPLIANT, join(dir, "node_modules", "dep.yaml"));
  let deep = join(dir, "deep");
  for (let i = 0; i < 34; i++) deep = join(deep, "d");
  mkdirSync(deep, { recursive: true });
  copyFileSync(NON_COMPLIANT, join(deep, "bottom.yaml"));
  return root;
}

const validate = (root: string, ...args: string[]) =>
  runCli(["validate", "agreements", "--policies", SHIPPED, ...args], root);

describe("skipped paths", () => {
  const root = folder();

  it("given --format json, should list each skipped folder with its reason, in a report the schema accepts", () => {
    const r = validate(root, "--format", "json", "--lang", "en");
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(validReport(report)).toBe(true);
    expect(report.summary.files).toBe(1);
    const byPath = new Map<string, string>(
      report.skipped.map((s: { path: string; reason: string }) => [s.path, s.reason]),
    );
    expect(byPath.get("agreements/.archive")).toMatch(/^hidden folder .*name it to check it/);
    expect(byPath.get("agreements/node_modules")).toMatch(/never searched/);
    const deep = [...byPath.keys()].find((p) => p.startsWith("agreements/deep/"));
    expect(byPath.get(deep as string)).toMatch(/nested too deeply/);
    expect(byPath.size).toBe(3);
  });

  it("given the text format, should list them and count them in the summary line (en)", () => {
    const r = validate(root, "--lang", "en");
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toContain("Skipped (not read):");
    expect(lines.some((l) => /^ {2}agreements\/\.archive {2}hidden folder/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/; 3 paths skipped$/);
    expect(r.stderr).toMatch(/^hjemmekontor: policy from \S+\n$/);
  });

  it("given the text format in Norwegian, should say it in Norwegian", () => {
    const r = validate(root);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toContain("Hoppet over (ikke lest):");
    expect(lines.some((l) => /^ {2}agreements\/\.archive {2}skjult mappe/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/; 3 stier hoppet over$/);
  });

  it("given --quiet, should still list them", () => {
    expect(validate(root, "--quiet", "--lang", "en").stdout).toContain("Skipped (not read):");
  });

  it("given --format github, should give one warning per skipped path", () => {
    const r = validate(root, "--format", "github", "--lang", "en");
    const warnings = r.stdout.split("\n").filter((l) => l.startsWith("::warning title=skipped::"));
    expect(warnings).toHaveLength(3);
    expect(r.stdout).toContain("::warning title=skipped::agreements/.archive: hidden folder");
  });

  it("given policy diff over the folder, should name the skipped paths on stderr", () => {
    const r = runCli(["policy", "diff", SHIPPED, SHIPPED, "agreements", "--lang", "en"], root);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^hjemmekontor: skipping agreements\/\.archive: hidden folder/m);
  });

  it("given a hidden folder named explicitly, should search it", () => {
    const r = runCli(["validate", "agreements/.archive", "--policies", SHIPPED, "--format", "json"], root);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.files).toBe(1);
  });

  it("given nothing skipped, should print no skipped list and an unchanged summary", () => {
    const r = runCli(["validate", COMPLIANT, "--policies", SHIPPED, "--lang", "en"]);
    expect(r.stdout).not.toContain("Skipped");
    expect(r.stdout.trimEnd()).toMatch(/0 infos$/);
  });
});
