/**
 * SPEC 5.5, issue 9: routes 2 to 5 around monotonicity — a department that skips its faculty, two
 * layers for one scope, an old version that takes over, and a resolver that could be exponential —
 * each as the issue wrote it and in variants, run through the built CLI: the layer is refused
 * (exit 2, file:line:column, the guarantee named, no stack trace), never accepted, never exit 3.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-helpers.js";
import { EXAMPLE_POLICIES } from "./helpers.js";
import { expectRefused, findings, folder, layer, onlyWarnings, tempDir } from "./helpers-monotonicity.js";

describe("2. a department that skips its faculty", () => {
  it("given the issue's layer (MH/XYZ extending ntnu-hjemmekontor), should refuse it at extends", () => {
    const dir = folder({
      "xyz.yaml": layer("ntnu-mh-xyz", "{ faculty: MH, department: XYZ }", "ntnu-hjemmekontor@^1"),
    });
    expectRefused(dir, "xyz.yaml", 5, "extends-chain");
  });

  it.each([
    ["the national layer", "no-hjemmekontorforskriften@^2"],
    ["another faculty's layer", "ntnu-ie@^1"],
  ])("given a department layer extending %s, should refuse it", (_label, ext) => {
    const dir = folder({ "xyz.yaml": layer("ntnu-mh-xyz", "{ faculty: MH, department: XYZ }", ext) });
    expectRefused(dir, "xyz.yaml", 5, "extends-chain");
  });

  it("given a faculty layer extending the national layer (skipping the central), should refuse it", () => {
    const dir = folder({ "pt.yaml": layer("ntnu-pt", "{ faculty: PT }", "no-hjemmekontorforskriften@^2") });
    expectRefused(dir, "pt.yaml", 5, "extends-chain");
  });

  it("given a department layer extending another department's layer, should refuse it", () => {
    const dir = folder({
      "xyz.yaml": layer("ntnu-mh-xyz", "{ faculty: mh, department: XYZ }", "ntnu-ie-idi@^1"),
    });
    expectRefused(dir, "xyz.yaml", 5, "extends-chain");
  });

  it("given the department layer extending its faculty (control), should keep every MH rule", () => {
    const dir = folder({
      "xyz.yaml": layer("ntnu-mh-xyz", "{ faculty: MH, department: XYZ }", "ntnu-mh@^1"),
    });
    const r = findings(dir);
    expect(r.status).toBe(1);
    expect(r.json).toEqual([
      "no-hjemmekontorforskriften@2.0.0",
      "ntnu-hjemmekontor@1.0.0",
      "ntnu-mh@1.0.0",
      "ntnu-mh-xyz@1.0.0",
    ]);
    expect(r.ids).toEqual([
      "insurance-informed:error",
      "max-home-share:error",
      "ntnu-mh/confidential-data:error",
    ]);
  });
});

describe("3. two layers for one scope", () => {
  it("given a second layer id for faculty MH, should refuse it", () => {
    const dir = folder({ "zz.yaml": layer("ntnu-mh-lax", "{ faculty: MH }", "ntnu-hjemmekontor@^1") });
    expectRefused(dir, "zz.yaml", 6, "unique-scope");
  });

  it("given faculty: mh in another folder, should refuse it (unit codes are case-insensitive)", () => {
    const other = join(tempDir(), "other");
    mkdirSync(other);
    writeFileSync(join(other, "a.yaml"), layer("aa-mh", "{ faculty: mh }", "ntnu-hjemmekontor@^1"));
    const base = folder({}, false);
    for (const lang of ["nb", "en"]) {
      const r = runCli([
        "policy",
        "lint",
        "--policies",
        base,
        "--policies",
        EXAMPLE_POLICIES,
        "--policies",
        other,
        "--lang",
        lang,
      ]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${join(other, "a.yaml")}:6:`);
      expect(r.stderr).toContain("[unique-scope]");
    }
    // And whatever the order of the folders.
    const r = runCli([
      "policy",
      "lint",
      "--policies",
      base,
      "--policies",
      other,
      "--policies",
      EXAMPLE_POLICIES,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[unique-scope]");
  });

  it("given two department layers for IE/idi and IE/IDI, should refuse the second", () => {
    const dir = folder({
      "zz.yaml": layer("ntnu-ie-idi2", "{ faculty: ie, department: idi }", "ntnu-ie@^1"),
    });
    expectRefused(dir, "zz.yaml", 6, "unique-scope");
  });

  it("given a second root (another national layer), should refuse it", () => {
    const text = "kind: Policy\nid: other-root\nversion: 1.0.0\neffective: { from: 2020-01-01 }\n";
    const dir = folder({ "zz.yaml": text });
    const r = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[unique-scope]");
  });

  it("given an agreement with unit codes in another case, should get the same layers", () => {
    const dir = folder({});
    const upper = findings(dir, "{ faculty: MH, department: XYZ }");
    const lower = findings(dir, "{ faculty: mh, department: xyz }");
    expect(lower).toEqual(upper);
    expect(upper.json).toContain("ntnu-mh@1.0.0");
  });
});

describe("4. an old version that takes over", () => {
  it("given ntnu-mh 0.0.1 in force later than 1.0.0, should refuse it at its effective date", () => {
    const old = layer("ntnu-mh", "{ faculty: MH }", "ntnu-hjemmekontor@^1", "", "0.0.1", "2025-01-01");
    const dir = folder({ "ntnu-mh@0.0.1.yaml": old });
    expectRefused(dir, "ntnu-mh@0.0.1.yaml", 4, "version-order");
  });

  it("given a newer version in force later (control), should use it", () => {
    const next = layer("ntnu-mh", "{ faculty: MH }", "ntnu-hjemmekontor@^1", "", "1.1.0", "2025-06-01");
    const r = findings(folder({ "ntnu-mh@1.1.0.yaml": next }));
    expect(r.json).toContain("ntnu-mh@1.1.0");
  });

  it("given a version that ends before it begins, should refuse it", () => {
    const text = layer("ntnu-pt", "{ faculty: PT }", "ntnu-hjemmekontor@^1").replace(
      "{ from: 2020-01-01 }",
      "{ from: 2020-01-01, to: 2019-01-01 }",
    );
    expectRefused(folder({ "pt.yaml": text }), "pt.yaml", 4, "effective-range");
  });
});

describe("5. a resolver that could be exponential", () => {
  /** c0 … c(n−1), each in 1.0.0 and 1.1.0, each extending the one before. */
  function ladder(n: number, appliesTo: (i: number) => string): Record<string, string> {
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      for (const v of ["1.0.0", "1.1.0"]) {
        const ext = i === 0 ? "ntnu-hjemmekontor@^1" : `c${i - 1}@^1`;
        files[`c${i}@${v}.yaml`] = layer(`c${i}`, appliesTo(i), ext, "", v);
      }
    }
    return files;
  }

  it("given the issue's ladder of department layers at the file limit (n = 99), should refuse it", () => {
    const dir = folder(
      ladder(99, (i) => `{ faculty: MH, department: D${i} }`),
      false,
    );
    const r = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[extends-chain]");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("given 99 faculty layers in two versions each (valid), should lint them and accept", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 99; i++) {
      for (const [v, from] of [
        ["1.0.0", "2020-01-01"],
        ["1.1.0", "2024-01-01"],
      ] as const) {
        files[`f${i}@${v}.yaml`] = layer(`f${i}`, `{ faculty: F${i} }`, "ntnu-hjemmekontor@^1", "", v, from);
      }
    }
    const r = runCli(["policy", "lint", "--policies", folder(files, false), "--lang", "en"]);
    onlyWarnings(r.stderr);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("200 layers");
  });
});
