/**
 * Repository-level rules (SPEC 3): not-permanent, a warning on every agreement of a chain of one
 * employee's agreements (gaps of at most 31 days) that lasts more than 24 months.
 */
import { describe, expect, it } from "vitest";
import { type Agreement, agreement, base, folderOf, run, withRule } from "./helpers-repository.js";

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
