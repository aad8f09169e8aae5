/**
 * What a one-file run parses: the shipped layers come from the build's pre-parsed cache, so
 * finding the policy folder and loading it never needs the YAML parser; and a layer the cache does
 * not hold is parsed once, not once to find its folder and again to load it. (That the run is fast
 * is `npm run bench`; this checks what it does.)
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLayerText } from "../src/core/policy/load.js";
import { parseLayer } from "../src/core/policy/parses.js";
import { BIN, cleanEnv, tempDirs } from "./cli-helpers.js";
import { EXAMPLE_POLICIES, ROOT } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-startup-parse-");

/** Runs the CLI with a preload that says at exit whether the `yaml` package was loaded (require.cache). */
function yamlLoaded(args: string[], cwd: string): { status: number | null; stdout: string; loaded: boolean } {
  const preload = join(tempDir(), "trace.cjs");
  writeFileSync(
    preload,
    `process.on("exit", () => {
  const loaded = Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]yaml[\\\\/]/.test(k));
  process.stderr.write("\\nYAML-LOADED " + loaded + "\\n");
});\n`,
  );
  const r = spawnSync(process.execPath, ["--require", preload, BIN, ...args], {
    cwd,
    env: cleanEnv(true),
    encoding: "utf8",
    timeout: 30_000,
  });
  const m = /YAML-LOADED (true|false)$/m.exec(r.stderr);
  if (!m) throw new Error(`no trace: ${r.stderr}`);
  return { status: r.status, stdout: r.stdout, loaded: m[1] === "true" };
}

describe("start-up parsing", () => {
  it("given one agreement in this repository, should find and load the shipped layers without the YAML parser", () => {
    const r = yamlLoaded(["validate", "examples/agreements/compliant-one-day.yaml"], ROOT);
    expect(r.status).toBe(0);
    expect(r.loaded).toBe(false);
  });

  it("given a repository of local layers the cache does not hold, should find them and judge with them (with the YAML parser)", () => {
    const repo = tempDir();
    mkdirSync(join(repo, ".git"));
    mkdirSync(join(repo, "policies"));
    for (const f of ["ntnu-ie@1.0.0.yaml", "ntnu-ie-idi@1.0.0.yaml"]) {
      const text = readFileSync(join(EXAMPLE_POLICIES, f), "utf8");
      writeFileSync(join(repo, "policies", f), `${text}# A copy of the example.\n`);
    }
    cpSync(join(ROOT, "examples", "local", "ie-over-budget.yaml"), join(repo, "a.yaml"));
    const r = yamlLoaded(["validate", "a.yaml"], repo);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("ntnu-ie/equipment-budget");
    expect(r.loaded).toBe(true);
  });

  it("given a layer's text found twice, should parse it once, and a load should take that parse", () => {
    const text = `${readFileSync(join(EXAMPLE_POLICIES, "ntnu-ie@1.0.0.yaml"), "utf8")}# Not the build's.\n`;
    const first = parseLayer(text);
    expect(first.cached).toBe(false);
    expect(parseLayer(text).loaded).toBe(first.loaded);
    expect((first.loaded.value as { id: string }).id).toBe("ntnu-ie");
    // A load takes discovery's parse; a further load of the same text builds from a parse of its own.
    const loaded = loadLayerText(text, "ntnu-ie@1.0.0.yaml");
    expect(loaded.layer?.id).toBe("ntnu-ie");
    expect(parseLayer(text).loaded).not.toBe(first.loaded);
  });

  it("given a shipped layer found by discovery, should read the build's cache once for it and the load", () => {
    const text = readFileSync(join(ROOT, "policies", "ntnu-hjemmekontor@1.0.0.yaml"), "utf8");
    const found = parseLayer(text);
    expect(found.cached).toBe(true);
    expect(parseLayer(text).loaded).toBe(found.loaded);
    expect(loadLayerText(text, "ntnu-hjemmekontor@1.0.0.yaml").layer?.id).toBe("ntnu-hjemmekontor");
    expect(parseLayer(text).loaded).not.toBe(found.loaded);
  });

  it("given a file discovery reads that is not a layer, should not keep its parse", () => {
    const text = "kind: Other\nitems: [a, b]\n";
    expect(parseLayer(text).loaded).not.toBe(parseLayer(text).loaded);
  });

  it("given a discovered folder with a file that is not YAML, should name its line and exit 2 rather than pass it by", () => {
    const repo = tempDir();
    mkdirSync(join(repo, ".git"));
    mkdirSync(join(repo, "policies"));
    writeFileSync(join(repo, "policies", "bad.yaml"), "kind: Policy\nid: bad\nrules: [\n  - x\n");
    cpSync(join(ROOT, "examples", "agreements", "compliant-one-day.yaml"), join(repo, "a.yaml"));
    const r = yamlLoaded(["validate", "a.yaml"], repo);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
  });
});
