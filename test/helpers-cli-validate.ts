/**
 * Shared setup of the end-to-end tests of `hjemmekontor validate`: the example agreements, a run
 * of the built CLI and its JSON report, temp folders holding one agreement, the line and column of
 * a text line, and the check of a usage error.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { Report } from "../src/types/generated/report.js";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";

export const EXAMPLES = "examples/agreements";
export const example = (name: string) => join(EXAMPLES, name);

export const run = (...args: string[]): Run => runCli(args);

export function json(r: Run): Report {
  return JSON.parse(r.stdout) as Report;
}

export const tempDir = tempDirs("hjemmekontor-cli-");

/** A temp folder holding one agreement file with the given text. */
export function agreementIn(text: string, name = "agreement.yaml"): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, text);
  return { dir, file };
}

export const compliantText = () => readFileSync(join(ROOT, example("compliant-full-time.yaml")), "utf8");

/** 1-based line of the first line matching `re`, and the 1-based column of its first non-blank. */
export function lineOf(text: string, re: RegExp): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`no line matches ${re}`);
  const l = lines[i] as string;
  return { line: i + 1, column: l.length - l.trimStart().length + 1 };
}

/** A usage error: exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
export function expectUsageError(r: Run): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^hjemmekontor: /);
  expect(r.stderr.endsWith("\n")).toBe(true);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toContain("    at ");
}
