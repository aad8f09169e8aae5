/**
 * Shared setup of the repository-rule tests (SPEC 3, "Across the agreements of one run"): a temp
 * folder of agreements, a compliant agreement of one employee and period, an in-process run
 * through validatePaths, and the findings of one file and rule.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { validatePaths } from "../src/core/run/run.js";
import type { FileResult, Finding } from "../src/core/types.js";
import { tempDirs } from "./cli-helpers.js";
import { baseAgreement, SHIPPED } from "./helpers.js";

export type RunModule = typeof import("../src/core/run/run.js");
export type Agreement = ReturnType<typeof baseAgreement>;

const tempDir = tempDirs("hjemmekontor-repo-");

/** Writes each agreement (object as YAML, or raw text) into a fresh temp folder. */
export function folderOf(files: Record<string, Agreement | string>): {
  dir: string;
  texts: Map<string, string>;
} {
  const dir = tempDir();
  const texts = new Map<string, string>();
  for (const [name, a] of Object.entries(files)) {
    const text = typeof a === "string" ? a : stringify(a);
    writeFileSync(join(dir, name), text);
    texts.set(name, text);
  }
  return { dir, texts };
}

/** A compliant agreement of `employee` with the given id and period. */
export function agreement(id: string, start: string, end: string | null, employee = "100234"): Agreement {
  const a = baseAgreement();
  a.id = id;
  a.employee.id = employee;
  a.period = end === null ? { start } : { start, end };
  return a;
}

export async function run(dir: string, extra: Partial<Parameters<RunModule["validatePaths"]>[0]> = {}) {
  return (await validatePaths({ paths: [dir], policyDirs: [SHIPPED], ...extra })).report;
}

export const base = (file: string) => file.split(/[\\/]/).pop() as string;

export function resultOf(results: FileResult[], name: string): FileResult {
  const r = results.find((x) => base(x.file) === name);
  if (!r) throw new Error(`no result for ${name}`);
  return r;
}

export const withRule = (r: FileResult, ruleId: string): Finding[] =>
  r.findings.filter((f) => f.ruleId === ruleId);

/** 1-based line of the first line of `text` matching `re`. */
export function lineOf(text: string, re: RegExp): number {
  const i = text.split("\n").findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`no line matches ${re}`);
  return i + 1;
}
