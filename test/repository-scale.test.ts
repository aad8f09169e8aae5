/**
 * Repository findings grow linearly with the agreements (SPEC 7): each names at most 10 of the
 * other files and counts the rest; overlaps are found without comparing every pair (checked
 * against the pairwise definition); a report of a thousand copies of one agreement stays small.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { buildReport } from "../src/core/report/report.js";
import { overlaps, type Period } from "../src/core/repository/overlaps.js";
import { validatePaths } from "../src/core/run/run.js";
import type { Finding } from "../src/core/types.js";
import { formatJson, toJsonReport } from "../src/formatters/json.js";
import { formatJunit } from "../src/formatters/junit.js";
import { formatSarif, toSarif } from "../src/formatters/sarif.js";
import { runCli, tempDirs } from "./cli-helpers.js";
import { baseAgreement, ROOT, SHIPPED } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-scale-");
const reportSchema = JSON.parse(readFileSync(join(ROOT, "schemas/report.schema.json"), "utf8"));
const validReport = new Ajv2020({ allErrors: true, strict: false }).compile(reportSchema);

describe("overlaps", () => {
  const date = fc
    .integer({ min: 0, max: 60 })
    .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
  // Inverted periods (end before start) and open ends (the latest date) included.
  const period = fc.record({ start: date, end: fc.oneof(date, fc.constant("9999-12-31")) });

  it("given any periods, should count and name exactly those the pairwise test finds", () => {
    fc.assert(
      fc.property(fc.array(period, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (ps, limit) => {
        const got = overlaps(ps, limit);
        ps.forEach((p: Period, i) => {
          const want = ps.flatMap((o, j) => (j !== i && o.start <= p.end && p.start <= o.end ? [j] : []));
          const g = got[i];
          expect(g?.count).toBe(want.length);
          expect(g?.some).toHaveLength(Math.min(limit, want.length));
          for (const j of g?.some ?? []) expect(want).toContain(j);
          expect(new Set(g?.some).size).toBe(g?.some.length);
        });
      }),
      { seed: 10, numRuns: 300 },
    );
  });
});

function copies(n: number, name = (i: number) => `a${String(i).padStart(5, "0")}.yaml`): string {
  const dir = tempDir();
  const text = stringify(baseAgreement());
  for (let i = 0; i < n; i++) writeFileSync(join(dir, name(i)), text);
  return dir;
}

function expectBounded(f: Finding, total: number): void {
  expect(f.related).toHaveLength(Math.min(10, total));
  if (total > 10) expect(f.relatedOmitted).toBe(total - 10);
  else expect(f.relatedOmitted).toBeUndefined();
}

describe("repository findings name at most 10 other files", () => {
  it("given 25 copies of one agreement, should name 10 other files in each finding and count 14 more", async () => {
    const dir = copies(25);
    const { report } = await validatePaths({ paths: [dir], policyDirs: [SHIPPED] });
    for (const r of report.results) {
      const ids = r.findings.map((f) => f.ruleId).sort();
      expect(ids).toEqual(["duplicate-id", "overlapping-agreements"]);
      for (const f of r.findings) {
        expectBounded(f, 24);
        expect(f.related).not.toContain(r.file);
        expect(f.message.en).toMatch(/ and 14 more files[).]/);
        expect(f.message.nb).toMatch(/ og 14 andre filer[).]/);
        for (const other of f.related ?? []) expect(f.message.en).toContain(other);
      }
    }
    expect(validReport(toJsonReport(report, "en")), JSON.stringify(validReport.errors)).toBe(true);
    expect(formatJunit(report, { lang: "en" })).toContain("related: ");
    expect(formatJunit(report, { lang: "en" })).toContain(" and 14 more");
  });

  it("given 11 copies, should name all 10 others and count none", async () => {
    const { report } = await validatePaths({ paths: [copies(11)], policyDirs: [SHIPPED] });
    for (const f of report.results.flatMap((r) => r.findings)) {
      expectBounded(f, 10);
      expect(f.message.en).not.toMatch(/more file/);
    }
  });

  it("given a chain of 14 back-to-back agreements of one employee, should name 10 in each not-permanent warning and count 3", async () => {
    const dir = tempDir();
    for (let i = 0; i < 14; i++) {
      const a = baseAgreement();
      a.id = `CH-${i}`;
      const start = new Date(Date.UTC(2026, 6 * i, 1));
      const end = new Date(Date.UTC(2026, 6 * i + 6, 0));
      a.period = { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
      writeFileSync(join(dir, `p${String(i).padStart(2, "0")}.yaml`), stringify(a));
    }
    const { report } = await validatePaths({ paths: [dir], policyDirs: [SHIPPED] });
    const warnings = report.results.flatMap((r) => r.findings.filter((f) => f.ruleId === "not-permanent"));
    expect(warnings).toHaveLength(14);
    for (const f of warnings) {
      expectBounded(f, 13);
      expect(f.message.nb).toContain("og 3 andre filer");
    }
  });
});

describe("JSON reports, written in pieces", () => {
  it("given reports with none, one and several results, should be exactly JSON.stringify's output (json, sarif)", async () => {
    const { report } = await validatePaths({ paths: [copies(3)], policyDirs: [SHIPPED] });
    for (const results of [[], report.results.slice(0, 1), report.results]) {
      const r = buildReport(results);
      expect(formatJson(r, "en")).toBe(`${JSON.stringify(toJsonReport(r, "en"), null, 2)}\n`);
      expect(formatSarif(r, { lang: "en" })).toBe(`${JSON.stringify(toSarif(r, { lang: "en" }), null, 2)}\n`);
    }
  });
});

describe("hjemmekontor validate on a thousand copies of one agreement", () => {
  it("given 1000 copies, should exit 1 with a report that grows linearly (a few kB per agreement)", () => {
    const dir = tempDir();
    const one = join(ROOT, "examples/agreements/compliant-full-time.yaml");
    for (let i = 0; i < 1000; i++) copyFileSync(one, join(dir, `copy-${String(i).padStart(4, "0")}.yaml`));
    const out = join(tempDir(), "report.json");
    const r = runCli(["validate", dir, "--format", "json", "--lang", "en", "--output", out]);
    expect(r.status).toBe(1);
    // Before, each finding named all 999 others: a 58 MB report.
    const text = readFileSync(out, "utf8");
    expect(text.length).toBeLessThan(1000 * 4096);
    const report = JSON.parse(text);
    expect(validReport(report)).toBe(true);
    expect(report.summary).toMatchObject({ files: 1000, nonCompliant: 1000, errors: 2000 });
  });
});
