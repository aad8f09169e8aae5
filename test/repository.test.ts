/**
 * Repository-level rules (SPEC 3, "Across the agreements of one run"): duplicate-id,
 * overlapping-agreements and not-permanent, run in-process through validatePaths, plus the
 * guarantees that shards and the worker pool give the same findings as a plain run.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { validatePaths } from "../src/core/run/run.js";
import type { FileResult, Finding } from "../src/core/types.js";
import { baseAgreement, ROOT, SHIPPED } from "./helpers.js";

type RunModule = typeof import("../src/core/run/run.js");
type Agreement = ReturnType<typeof baseAgreement>;

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** Writes each agreement (object as YAML, or raw text) into a fresh temp folder. */
function folderOf(files: Record<string, Agreement | string>): { dir: string; texts: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "hjemmekontor-repo-"));
  temps.push(dir);
  const texts = new Map<string, string>();
  for (const [name, a] of Object.entries(files)) {
    const text = typeof a === "string" ? a : stringify(a);
    writeFileSync(join(dir, name), text);
    texts.set(name, text);
  }
  return { dir, texts };
}

/** A compliant agreement of `employee` with the given id and period. */
function agreement(id: string, start: string, end: string | null, employee = "100234"): Agreement {
  const a = baseAgreement();
  a.id = id;
  a.employee.id = employee;
  a.period = end === null ? { start } : { start, end };
  return a;
}

async function run(dir: string, extra: Partial<Parameters<RunModule["validatePaths"]>[0]> = {}) {
  return (await validatePaths({ paths: [dir], policyDirs: [SHIPPED], ...extra })).report;
}

const base = (file: string) => file.split(/[\\/]/).pop() as string;

function resultOf(results: FileResult[], name: string): FileResult {
  const r = results.find((x) => base(x.file) === name);
  if (!r) throw new Error(`no result for ${name}`);
  return r;
}

const withRule = (r: FileResult, ruleId: string): Finding[] => r.findings.filter((f) => f.ruleId === ruleId);

/** 1-based line of the first line of `text` matching `re`. */
function lineOf(text: string, re: RegExp): number {
  const i = text.split("\n").findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`no line matches ${re}`);
  return i + 1;
}

describe("duplicate-id", () => {
  it("given two files with the same id, should report duplicate-id on both at their `id:` line, naming the other file", async () => {
    const second = `# A second agreement that reuses the id.\n# (two comment lines move its id key down)\n${stringify(agreement("DUP-1", "2027-01-04", "2027-06-30", "200001"))}`;
    const { dir, texts } = folderOf({
      "a.yaml": agreement("DUP-1", "2026-01-05", "2026-06-30", "100234"),
      "b.yaml": second,
      "c.yaml": agreement("OTHER-1", "2026-01-05", "2026-06-30", "300001"),
    });
    const { results } = await run(dir);
    const a = resultOf(results, "a.yaml");
    const b = resultOf(results, "b.yaml");
    const [fa] = withRule(a, "duplicate-id");
    const [fb] = withRule(b, "duplicate-id");
    expect(withRule(a, "duplicate-id")).toHaveLength(1);
    expect(withRule(b, "duplicate-id")).toHaveLength(1);
    expect(fa?.severity).toBe("error");
    expect(fa?.line).toBe(lineOf(texts.get("a.yaml") as string, /^id:/));
    expect(fb?.line).toBe(lineOf(texts.get("b.yaml") as string, /^id:/));
    expect(fa?.line).not.toBe(fb?.line);
    expect(fa?.related).toEqual([b.file]);
    expect(fb?.related).toEqual([a.file]);
    expect(fa?.message.en).toContain(b.file);
    expect(fb?.message.en).toContain(a.file);
    expect(fa?.message.nb).toContain(b.file);
    expect(fa?.message.en).toContain("DUP-1");
    expect(withRule(resultOf(results, "c.yaml"), "duplicate-id")).toEqual([]);
  });

  it("given a compliant agreement whose id another file also uses, should recompute its verdict as non-compliant", async () => {
    const { dir } = folderOf({
      "a.yaml": agreement("DUP-2", "2026-01-05", "2026-06-30", "100234"),
      "b.yaml": agreement("DUP-2", "2026-01-05", "2026-06-30", "200001"),
    });
    const report = await run(dir);
    for (const r of report.results) {
      expect(r.findings.map((f) => f.ruleId)).toEqual(["duplicate-id"]);
      expect(r.verdict).toBe("non-compliant");
    }
    expect(report.summary).toMatchObject({ compliant: 0, nonCompliant: 2, errors: 2 });
  });

  it("given a schema-broken agreement with the same id as a valid one, should leave it out of the repository checks", async () => {
    const broken = agreement("DUP-3", "2026-01-05", "2026-06-30", "100234");
    broken.colour = "blue";
    const { dir } = folderOf({
      "a.yaml": agreement("DUP-3", "2026-01-05", "2026-06-30", "100234"),
      "b.yaml": broken,
    });
    const { results } = await run(dir);
    const a = resultOf(results, "a.yaml");
    const b = resultOf(results, "b.yaml");
    expect(b.verdict).toBe("invalid");
    expect(b.findings.map((f) => f.ruleId)).toEqual(["schema"]);
    // Same id and same employee with the same period: neither duplicate-id nor overlap may fire.
    expect(a.findings).toEqual([]);
    expect(a.verdict).toBe("compliant");
  });
});

describe("overlapping-agreements", () => {
  async function overlap(first: [string, string | null], second: [string, string | null]) {
    const { dir, texts } = folderOf({
      "a.yaml": agreement("OV-A", first[0], first[1]),
      "b.yaml": agreement("OV-B", second[0], second[1]),
    });
    const { results } = await run(dir);
    return { a: resultOf(results, "a.yaml"), b: resultOf(results, "b.yaml"), texts };
  }

  it("given two agreements of one employee whose periods overlap, should report overlapping-agreements on both", async () => {
    const { a, b, texts } = await overlap(["2026-01-05", "2026-06-30"], ["2026-03-01", "2026-08-31"]);
    const [fa] = withRule(a, "overlapping-agreements");
    const [fb] = withRule(b, "overlapping-agreements");
    expect(fa?.line).toBe(lineOf(texts.get("a.yaml") as string, /^period:/));
    expect(fb?.line).toBe(lineOf(texts.get("b.yaml") as string, /^period:/));
    expect(fa).toMatchObject({ severity: "error", section: "2.4", path: "/period", related: [b.file] });
    expect(fb).toMatchObject({ severity: "error", section: "2.4", path: "/period", related: [a.file] });
    expect(fa?.message.en).toContain(b.file);
    expect(fb?.message.en).toContain(a.file);
    expect(a.verdict).toBe("non-compliant");
    expect(b.verdict).toBe("non-compliant");
  });

  it("given two agreements that share a single day (end 2026-06-30, start 2026-06-30), should report the overlap on both", async () => {
    const { a, b } = await overlap(["2026-01-05", "2026-06-30"], ["2026-06-30", "2026-12-29"]);
    expect(withRule(a, "overlapping-agreements")).toHaveLength(1);
    expect(withRule(b, "overlapping-agreements")).toHaveLength(1);
  });

  it("given an agreement without an end date that starts inside another, should report the overlap on both", async () => {
    const { a, b } = await overlap(["2026-01-05", "2026-06-30"], ["2026-03-01", null]);
    expect(withRule(a, "overlapping-agreements")).toHaveLength(1);
    expect(withRule(b, "overlapping-agreements")).toHaveLength(1);
    expect(withRule(b, "fixed-term")).toHaveLength(1);
  });

  it("given an agreement without an end date that starts before another, should report the overlap on both", async () => {
    const { a, b } = await overlap(["2026-01-05", "2026-06-30"], ["2025-06-02", null]);
    expect(withRule(a, "overlapping-agreements")).toHaveLength(1);
    expect(withRule(b, "overlapping-agreements")).toHaveLength(1);
  });

  it("given touching periods (end 2026-06-30, next start 2026-07-01), should report no overlap", async () => {
    const { a, b } = await overlap(["2026-01-01", "2026-06-30"], ["2026-07-01", "2026-12-31"]);
    expect(a.findings).toEqual([]);
    expect(b.findings).toEqual([]);
  });

  it("given overlapping periods of two different employees, should report no overlap", async () => {
    const { dir } = folderOf({
      "a.yaml": agreement("OV-C", "2026-01-05", "2026-06-30", "100234"),
      "b.yaml": agreement("OV-D", "2026-01-05", "2026-06-30", "200001"),
    });
    for (const r of (await run(dir)).results) expect(r.findings).toEqual([]);
  });

  it("given a schema-broken agreement that overlaps a valid one, should leave it out of the overlap check", async () => {
    const broken = agreement("OV-F", "2026-03-01", "2026-08-31");
    broken.schedule.cycle = "mon";
    const { dir } = folderOf({ "a.yaml": agreement("OV-E", "2026-01-05", "2026-06-30"), "b.yaml": broken });
    const { results } = await run(dir);
    expect(resultOf(results, "b.yaml").verdict).toBe("invalid");
    expect(resultOf(results, "a.yaml").findings).toEqual([]);
  });
});

describe("not-permanent", () => {
  /** Agreements of one employee, one per [start, end], in files p1.yaml, p2.yaml, … */
  async function chain(periods: [string, string][]) {
    const files: Record<string, Agreement> = {};
    periods.forEach(([start, end], i) => {
      files[`p${i + 1}.yaml`] = agreement(`CH-${i + 1}`, start, end);
    });
    const { dir } = folderOf(files);
    return (await run(dir)).results;
  }

  // Five 6-month agreements, gaps of 0, 31, 0 and 14 days: 2026-01-01 … 2028-08-14 (> 30 months).
  const FIVE: [string, string][] = [
    ["2026-01-01", "2026-06-30"],
    ["2026-07-01", "2026-12-31"],
    ["2027-02-01", "2027-07-31"],
    ["2027-08-01", "2028-01-31"],
    ["2028-02-15", "2028-08-14"],
  ];

  it("given five back-to-back 6-month agreements (gaps of 0–31 days) over 30 months, should warn not-permanent on all five", async () => {
    const results = await chain(FIVE);
    expect(results).toHaveLength(5);
    for (const r of results) {
      const found = withRule(r, "not-permanent");
      expect(found, r.file).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: "warning", section: "1.2" });
      const others = results.filter((o) => o !== r).map((o) => o.file);
      expect([...(found[0]?.related ?? [])].sort()).toEqual(others.sort());
      // A warning only: the verdict stays compliant; and no other finding (each is ≤ 6 months, no overlap).
      expect(r.findings.map((f) => f.ruleId)).toEqual(["not-permanent"]);
      expect(r.verdict).toBe("compliant");
    }
  });

  it("given a gap of 32 days that splits the agreements into two chains shorter than 24 months, should not warn", async () => {
    const results = await chain([
      ["2026-01-01", "2026-06-30"],
      ["2026-07-01", "2026-12-31"],
      // 2027-01-01 … 2027-02-01 lie between: a gap of 32 days.
      ["2027-02-02", "2027-08-01"],
      ["2027-08-02", "2028-02-01"],
      ["2028-02-02", "2028-08-01"],
    ]);
    for (const r of results) expect(withRule(r, "not-permanent"), r.file).toEqual([]);
  });

  it("given the same agreements with a gap of 31 days instead, should warn (the chain is not broken)", async () => {
    const results = await chain([
      ["2026-01-01", "2026-06-30"],
      ["2026-07-01", "2026-12-31"],
      ["2027-02-01", "2027-07-31"],
      ["2027-08-01", "2028-01-31"],
      ["2028-02-01", "2028-07-31"],
    ]);
    for (const r of results) expect(withRule(r, "not-permanent"), r.file).toHaveLength(1);
  });

  it("given a chain of exactly 24 months (2026-01-01 … 2027-12-31), should not warn", async () => {
    const results = await chain([
      ["2026-01-01", "2026-06-30"],
      ["2026-07-01", "2026-12-31"],
      ["2027-01-01", "2027-06-30"],
      ["2027-07-01", "2027-12-31"],
    ]);
    for (const r of results) expect(r.findings, r.file).toEqual([]);
  });

  it("given a chain of 24 months and one day (2026-01-01 … 2028-01-01), should warn", async () => {
    const results = await chain([
      ["2026-01-01", "2026-06-30"],
      ["2026-07-01", "2026-12-31"],
      ["2027-01-01", "2027-06-30"],
      ["2027-07-02", "2028-01-01"],
    ]);
    for (const r of results)
      expect(
        r.findings.map((f) => f.ruleId),
        r.file,
      ).toEqual(["not-permanent"]);
  });

  it("given one employee's chain mixed with another employee's agreements, should warn only on the chain", async () => {
    const files: Record<string, Agreement> = {};
    FIVE.forEach(([start, end], i) => {
      files[`p${i + 1}.yaml`] = agreement(`CH-${i + 1}`, start, end);
    });
    files["q1.yaml"] = agreement("Q-1", "2026-01-01", "2026-06-30", "999999");
    files["q2.yaml"] = agreement("Q-2", "2026-07-01", "2026-12-31", "999999");
    const { dir } = folderOf(files);
    const { results } = await run(dir);
    for (const r of results) {
      const expected = base(r.file).startsWith("p") ? 1 : 0;
      expect(withRule(r, "not-permanent"), r.file).toHaveLength(expected);
    }
  });
});

describe("shards and the worker pool", () => {
  // Sorted file order puts the files involved in each repository finding far apart, so every
  // shard count from 2 to 4 separates some of them.
  function repository() {
    const files: Record<string, Agreement> = {
      "00-dup.yaml": agreement("SH-DUP", "2026-01-05", "2026-06-30", "500001"),
      "01-chain.yaml": agreement("SH-C1", "2026-01-01", "2026-06-30", "600001"),
      "02-ov.yaml": agreement("SH-OV1", "2026-01-05", "2026-06-30", "700001"),
      "03-chain.yaml": agreement("SH-C2", "2026-07-01", "2026-12-31", "600001"),
      "04-plain.yaml": agreement("SH-P", "2026-01-05", "2026-06-30", "800001"),
      "05-dup.yaml": agreement("SH-DUP", "2026-01-05", "2026-06-30", "500002"),
      "06-chain.yaml": agreement("SH-C3", "2027-02-01", "2027-07-31", "600001"),
      "07-ov.yaml": agreement("SH-OV2", "2026-06-30", "2026-12-29", "700001"),
      "08-chain.yaml": agreement("SH-C4", "2027-08-01", "2028-01-31", "600001"),
      "10-chain.yaml": agreement("SH-C5", "2028-02-15", "2028-08-14", "600001"),
    };
    const broken = agreement("SH-DUP", "2026-01-05", "2026-06-30", "500001");
    broken.type = 42;
    files["09-broken.yaml"] = broken;
    return folderOf(files).dir;
  }
  const dir = repository();

  it("given shards 1..n for n = 1..4, should give disjoint shards whose union is the plain run, each file with the same findings", async () => {
    const full = await run(dir);
    expect(full.results).toHaveLength(11);
    const byFile = new Map(full.results.map((r) => [r.file, r]));
    // The repository findings are there to be compared.
    const ids = full.results.flatMap((r) => r.findings.map((f) => f.ruleId));
    expect(ids.filter((x) => x === "duplicate-id")).toHaveLength(2);
    expect(ids.filter((x) => x === "overlapping-agreements")).toHaveLength(2);
    expect(ids.filter((x) => x === "not-permanent")).toHaveLength(5);

    for (let n = 1; n <= 4; n++) {
      const seen: string[] = [];
      const crossShard = new Set<string>();
      for (let i = 1; i <= n; i++) {
        const part = await run(dir, { shard: { index: i, count: n } });
        const mine = new Set(part.results.map((r) => r.file));
        for (const r of part.results) {
          seen.push(r.file);
          expect(r, `${r.file} in shard ${i}/${n}`).toEqual(byFile.get(r.file));
          const key = (f: Finding) => [f.ruleId, f.line, f.column, f.related ?? []];
          expect(r.findings.map(key)).toEqual(byFile.get(r.file)?.findings.map(key));
          for (const f of r.findings)
            if ((f.related ?? []).some((o) => !mine.has(o))) crossShard.add(f.ruleId);
        }
        expect(part.summary.files).toBe(part.results.length);
      }
      expect(new Set(seen).size, `shards of ${n} are disjoint`).toBe(seen.length);
      expect([...seen].sort()).toEqual([...byFile.keys()].sort());
      // Each repository rule relates files that lie in different shards, so the split is tested.
      if (n >= 2)
        expect([...crossShard].sort(), `${n} shards`).toEqual([
          "duplicate-id",
          "not-permanent",
          "overlapping-agreements",
        ]);
    }
  });

  // The pool starts dist/core/run/worker.js (a .ts file cannot run in a worker thread), so this test
  // uses the build that test/global-setup.ts compiles before the tests.
  async function built(): Promise<RunModule> {
    return (await import(pathToFileURL(join(ROOT, "dist", "core", "run", "run.js")).href)) as RunModule;
  }

  it("given workers: 2, should give the same report as workers: 0", async () => {
    const { validatePaths: builtValidate } = await built();
    const opts = { paths: [dir], lang: "en" as const, policyDirs: [SHIPPED] };
    let progressed = 0;
    const pooled = await builtValidate({ ...opts, workers: 2, onProgress: (done) => (progressed = done) });
    const here = await builtValidate({ ...opts, workers: 0 });
    expect(progressed).toBe(11);
    expect(JSON.stringify(pooled.report.results)).toBe(JSON.stringify(here.report.results));
    expect(JSON.stringify(pooled.report)).toBe(JSON.stringify(here.report));
  });

  it("given workers: 2 and a shard, should give the same report as workers: 0 for that shard", async () => {
    const { validatePaths: builtValidate } = await built();
    const opts = { paths: [dir], lang: "en" as const, policyDirs: [SHIPPED], shard: { index: 2, count: 3 } };
    const pooled = await builtValidate({ ...opts, workers: 2 });
    const here = await builtValidate({ ...opts, workers: 0 });
    expect(pooled.report.results.length).toBeGreaterThan(0);
    expect(JSON.stringify(pooled.report)).toBe(JSON.stringify(here.report));
  });
});
