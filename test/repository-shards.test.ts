/**
 * Repository-level rules (SPEC 3) across shards and the worker pool: each shard, and the pooled
 * run, gives every file the same findings as a plain run, even when the related files lie apart.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/core/types.js";
import { ROOT, SHIPPED } from "./helpers.js";
import { type Agreement, agreement, folderOf, type RunModule, run } from "./helpers-repository.js";

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
