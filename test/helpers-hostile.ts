/**
 * Shared setup of the hostile-agreement tests: the example agreements to dress up, judging a text
 * or a file through the whole pipeline (validateText / validateFile), as the CLI does, and the
 * check that a verdict is `invalid` for the right reason without leaking how the tool failed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { validateFile, validateText } from "../src/core/run/validate.js";
import type { FileResult } from "../src/core/types.js";
import { tempDirs } from "./cli-helpers.js";
import { ROOT, resolverFor } from "./helpers.js";

export const COMPLIANT = readFileSync(join(ROOT, "examples/agreements/compliant-full-time.yaml"), "utf8");
/** Compliant, with one warning (insurance-informed), so that "same findings" compares something. */
export const WITH_WARNING = readFileSync(join(ROOT, "examples/agreements/insurance-informed.yaml"), "utf8");

export const tempDir = tempDirs("hjemmekontor-hostile-");

export async function judge(text: string): Promise<FileResult> {
  return (await validateText("hostile.yaml", text, { resolver: resolverFor() })).result;
}

export async function judgeFile(bytes: Uint8Array | string, maxBytes?: number): Promise<FileResult> {
  const path = join(tempDir(), "hostile.yaml");
  writeFileSync(path, bytes);
  return (await validateFile(path, "hostile.yaml", { resolver: resolverFor(), maxBytes })).result;
}

/** Every value reachable from `v`, depth first. */
function* values(v: unknown, seen = new Set<unknown>()): Generator<unknown> {
  yield v;
  if (v && typeof v === "object" && !seen.has(v)) {
    seen.add(v);
    for (const x of Object.values(v)) yield* values(x, seen);
  }
}

/**
 * An `invalid` verdict whose findings are all of `kind`, one of which explains itself with `re`
 * (in English; the Norwegian text must exist too), and none of which leaks how the tool failed.
 */
export function expectInvalid(r: FileResult, kind: "yaml" | "schema", re: RegExp): void {
  expect(r.verdict).toBe("invalid");
  expect(r.findings.length).toBeGreaterThan(0);
  for (const f of r.findings) {
    expect(f.ruleId).toBe(kind);
    expect(f.severity).toBe("error");
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message.nb.length).toBeGreaterThan(10);
    expect(f.message.en).not.toMatch(
      /call stack|TypeError|RangeError|is not a function|Cannot read properties/,
    );
  }
  expect(r.findings.map((f) => f.message.en).join("\n")).toMatch(re);
  for (const v of values(r)) expect(typeof v).not.toBe("function");
}
