/**
 * Repository-level rules (SPEC 3): duplicate-id and overlapping-agreements, run in-process through
 * validatePaths, on both files at their lines, naming each other; schema-broken agreements are left
 * out of the repository checks.
 */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { agreement, folderOf, lineOf, resultOf, run, withRule } from "./helpers-repository.js";

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
