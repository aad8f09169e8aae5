/**
 * Shared setup of the pipeline fuzz tests: the fixed seed and scale, the invariants of one result
 * (SPEC 7, and the JSON report against schemas/report.schema.json), and judging a text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "vitest";
import { stringify } from "yaml";
import { buildReport } from "../src/core/report/report.js";
import { validateText } from "../src/core/run/validate.js";
import type { FileResult, Lang } from "../src/core/types.js";
import { toJsonReport } from "../src/formatters/json.js";
import { ROOT, resolverFor } from "./helpers.js";

export const SEED = Number(process.env.FUZZ_SEED ?? 20210415);
export const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

const reportSchema = JSON.parse(readFileSync(join(ROOT, "schemas", "report.schema.json"), "utf8")) as object;
export const validReport = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(
  reportSchema,
);

/**
 * The invariants of one result: a known verdict that agrees with the findings, positions that
 * are 1-based integers, messages in both languages, and a JSON report (as --format json prints
 * it) that the report schema accepts.
 */
export function checkResult(r: FileResult, lang: Lang): void {
  expect(["compliant", "non-compliant", "invalid"]).toContain(r.verdict);
  const builtin = r.findings.some((f) => f.ruleId === "yaml" || f.ruleId === "schema");
  const error = r.findings.some((f) => f.severity === "error");
  expect(r.verdict).toBe(builtin ? "invalid" : error ? "non-compliant" : "compliant");
  for (const f of [...r.findings, ...r.waived]) {
    expect(Number.isInteger(f.line) && f.line >= 1, `${f.ruleId} line ${f.line}`).toBe(true);
    expect(Number.isInteger(f.column) && f.column >= 1, `${f.ruleId} column ${f.column}`).toBe(true);
    expect(f.message.nb.length).toBeGreaterThan(0);
    expect(f.message.en.length).toBeGreaterThan(0);
  }
  const printed: unknown = JSON.parse(JSON.stringify(toJsonReport(buildReport([r]), lang)));
  if (!validReport(printed)) {
    throw new Error(`report schema: ${JSON.stringify(validReport.errors)}\n${JSON.stringify(printed)}`);
  }
}

export async function judgeText(text: string, lang: Lang = "en"): Promise<FileResult> {
  const { result } = await validateText("fuzz.yaml", text, { resolver: resolverFor() });
  checkResult(result, lang);
  return result;
}

/** YAML text of any JS value; the `yaml` package writes every value fast-check's anything() makes. */
export function yamlOf(value: unknown): string {
  return stringify(value) ?? "";
}
