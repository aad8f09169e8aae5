import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeOutput } from "../src/cli/output.js";
import { UsageError } from "../src/core/types.js";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { ROOT, SHIPPED } from "./helpers.js";

const AGREEMENT = join(ROOT, "examples/agreements/max-home-share.yaml");
const NTNU = "ntnu-hjemmekontor@1.0.0.yaml";

const cli = (...args: string[]): Run => runCli(args);

const tempDir = tempDirs("hjemmekontor-output-");

/** A temp copy of the shipped layers (top level only). */
function policyCopy(): string {
  const dir = join(tempDir(), "policies");
  mkdirSync(dir);
  for (const f of readdirSync(SHIPPED).filter((n) => n.endsWith(".yaml")))
    copyFileSync(join(SHIPPED, f), join(dir, f));
  return dir;
}

/** A refusal: exit 2, nothing on stdout, one line on stderr naming --output, no stack trace. */
function expectRefused(r: ReturnType<typeof cli>): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^hjemmekontor: --output .* is one of the files being read/);
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

describe("--output never overwrites a policy layer being read", () => {
  it("given --output naming a layer of --policies, should exit 2 and leave the layer byte-identical", () => {
    const dir = policyCopy();
    const layer = join(dir, NTNU);
    const before = readFileSync(layer);
    const r = cli("validate", AGREEMENT, "--policies", dir, "--output", layer, "--lang", "en");
    expectRefused(r);
    expect(readFileSync(layer).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(
      readdirSync(SHIPPED)
        .filter((n) => n.endsWith(".yaml"))
        .sort(),
    );
  });

  it("given --output naming a layer through a symlink, should exit 2 and leave the layer byte-identical", () => {
    const dir = policyCopy();
    const layer = join(dir, "no-hjemmekontorforskriften@2.0.0.yaml");
    const before = readFileSync(layer);
    const link = join(tempDir(), "report.json");
    symlinkSync(layer, link);
    const r = cli(
      "validate",
      AGREEMENT,
      "--policies",
      dir,
      "--output",
      link,
      "--format",
      "json",
      "--lang",
      "en",
    );
    expectRefused(r);
    expect(readFileSync(layer).equals(before)).toBe(true);
  });

  it("given --output naming a layer of the second --policies folder, should refuse it as well", () => {
    const dir = policyCopy();
    const extra = join(tempDir(), "extra");
    mkdirSync(extra);
    const layer = join(extra, "ntnu-mh.yaml");
    copyFileSync(join(ROOT, "examples/policies/ntnu-mh@1.0.0.yaml"), layer);
    const before = readFileSync(layer);
    const r = cli(
      "validate",
      AGREEMENT,
      "--policies",
      dir,
      "--policies",
      extra,
      "--output",
      layer,
      "--lang",
      "en",
    );
    expectRefused(r);
    expect(readFileSync(layer).equals(before)).toBe(true);
  });
});

describe("--output writes atomically and completely", () => {
  it.each(["text", "json", "junit", "sarif", "github"])(
    "given --format %s and a new file, should write exactly what stdout gets and leave no temporary file",
    (name) => {
      const dir = tempDir();
      const out = join(dir, `report.${name}`);
      const r = cli("validate", AGREEMENT, "--format", name, "--output", out);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(readdirSync(dir)).toEqual([`report.${name}`]);
      const written = readFileSync(out, "utf8");
      expect(written).toBe(cli("validate", AGREEMENT, "--format", name).stdout);
      if (name === "json" || name === "sarif") expect(() => JSON.parse(written)).not.toThrow();
    },
  );

  it("given an existing longer file, should replace it whole (no tail of the old content)", () => {
    const dir = tempDir();
    const out = join(dir, "report.json");
    writeFileSync(out, `${"x".repeat(200_000)}\n`);
    const r = cli("validate", AGREEMENT, "--format", "json", "--output", out);
    expect(r.status).toBe(1);
    const written = readFileSync(out, "utf8");
    expect(written).not.toContain("xxxx");
    expect(JSON.parse(written)).toMatchObject({ version: 1 });
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("given --output naming an existing folder, should exit 2 and leave no temporary file beside it", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "taken"));
    const r = cli("validate", AGREEMENT, "--output", join(dir, "taken"), "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^hjemmekontor: Cannot write /);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir)).toEqual(["taken"]);
    expect(readdirSync(join(dir, "taken"))).toEqual([]);
  });

  it("given --output in a folder that does not exist, should exit 2 with one line and create nothing", () => {
    const dir = tempDir();
    const r = cli("validate", AGREEMENT, "--output", join(dir, "missing", "report.txt"), "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^hjemmekontor: Cannot write .*missing/);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("writeOutput", () => {
  it("given a stale temporary file of the same name, should refuse rather than write through it, and keep the target", () => {
    // The temporary file is opened with O_EXCL ("wx"): a file (or a planted link) already at
    // that name is never written through.
    const dir = tempDir();
    const target = join(dir, "report.txt");
    writeFileSync(target, "old report\n");
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "keep me\n");
    symlinkSync(victim, join(dir, `.report.txt.${process.pid}.tmp`));
    expect(() => writeOutput("new report\n", target, [])).toThrow(UsageError);
    expect(readFileSync(victim, "utf8")).toBe("keep me\n");
    expect(readFileSync(target, "utf8")).toBe("old report\n");
  });

  it("given a target that is an input by another spelling (dir/./sub/../file), should refuse it", () => {
    const dir = tempDir();
    const input = join(dir, "layer.yaml");
    writeFileSync(input, "kind: Policy\n");
    mkdirSync(join(dir, "sub"));
    expect(() => writeOutput("report\n", join(dir, ".", "sub", "..", "layer.yaml"), [input])).toThrow(
      /one of the files being read/,
    );
    expect(readFileSync(input, "utf8")).toBe("kind: Policy\n");
  });
});
