/**
 * Hostile folders: symbolic-link loops, links out of the tree, dangling links, FIFOs, sockets,
 * unreadable files and absurdly deep trees. A run must finish, validate what it can, and report
 * the rest as skipped with a reason; nothing may hang or throw.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expandPaths, type Skipped } from "../src/core/parse/files.js";
import { validatePaths } from "../src/core/run/run.js";
import { validateFile } from "../src/core/run/validate.js";
import { ROOT, resolverFor, SHIPPED } from "./helpers.js";

const COMPLIANT = join(ROOT, "examples/agreements/compliant-full-time.yaml");

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A fresh folder `tree/` (in a temp dir) holding one compliant agreement, ok.yaml. */
function tree(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), "hjemmekontor-folders-"));
  temps.push(root);
  const dir = join(root, "tree");
  mkdirSync(dir);
  copyFileSync(COMPLIANT, join(dir, "ok.yaml"));
  return { root, dir };
}

function skippedAt(skipped: Skipped[], path: string): Skipped | undefined {
  return skipped.find((s) => s.path === path);
}

/** Validates a folder with the shipped policies; the report must hold exactly ok.yaml, compliant. */
async function runOnlyOk(dir: string) {
  const outcome = await validatePaths({ paths: [dir], policyDirs: [SHIPPED] });
  expect(outcome.report.results.map((r) => [r.file.split("/").pop(), r.verdict])).toEqual([
    ["ok.yaml", "compliant"],
  ]);
  return outcome;
}

describe("symbolic links", () => {
  it("given a link back to its own folder (tree/loop → tree), should finish and report the loop as skipped", async () => {
    const { dir } = tree();
    symlinkSync(dir, join(dir, "loop"), "dir");
    const { files, skipped } = expandPaths([dir]);
    expect(files).toEqual([join(dir, "ok.yaml")]);
    expect(skippedAt(skipped, join(dir, "loop"))?.reason.en).toMatch(/link to a folder is not followed/);
    const outcome = await runOnlyOk(dir);
    expect(skippedAt(outcome.skipped, join(dir, "loop"))).toBeDefined();
  });

  it("given a folder link named like an agreement (tree/loop.yaml → tree), should skip it as not a regular file", async () => {
    const { dir } = tree();
    symlinkSync(dir, join(dir, "loop.yaml"), "dir");
    const { files, skipped } = expandPaths([dir]);
    expect(files).toEqual([join(dir, "ok.yaml")]);
    expect(skippedAt(skipped, join(dir, "loop.yaml"))?.reason.en).toMatch(/not a regular file/);
    await runOnlyOk(dir);
  });

  it("given a glob over a folder holding a link loop, should finish and match only real files", () => {
    const { dir } = tree();
    symlinkSync(dir, join(dir, "loop"), "dir");
    symlinkSync("..", join(dir, "up"), "dir");
    expect(expandPaths([`${dir}/**/*.yaml`]).files).toEqual([join(dir, "ok.yaml")]);
  });

  it("given two links that point at each other (a.yaml ↔ b.yaml), should skip both", async () => {
    const { dir } = tree();
    symlinkSync("b.yaml", join(dir, "a.yaml"));
    symlinkSync("a.yaml", join(dir, "b.yaml"));
    const { skipped } = expandPaths([dir]);
    for (const name of ["a.yaml", "b.yaml"])
      expect(skippedAt(skipped, join(dir, name))?.reason.en).toMatch(/leads nowhere \(or in a loop\)/);
    await runOnlyOk(dir);
  });

  it("given a link to a file outside the folder, should skip it with reason 'out of the folder' and not read it", async () => {
    const { root, dir } = tree();
    const outside = join(root, "outside");
    mkdirSync(outside);
    // Were it read, this file would be a second (invalid) result.
    writeFileSync(join(outside, "secret.yaml"), "secret: do not read\n");
    symlinkSync(join(outside, "secret.yaml"), join(dir, "abs.yaml"));
    symlinkSync("../outside/secret.yaml", join(dir, "rel.yaml"));
    const { files, skipped } = expandPaths([dir]);
    expect(files).toEqual([join(dir, "ok.yaml")]);
    for (const name of ["abs.yaml", "rel.yaml"])
      expect(skippedAt(skipped, join(dir, name))?.reason.en).toMatch(/out of the folder/);
    const outcome = await runOnlyOk(dir);
    expect(outcome.inputs.some((p) => p.includes("secret"))).toBe(false);
  });

  it("given a dangling link, should skip it and validate the rest", async () => {
    const { dir } = tree();
    symlinkSync(join(dir, "nothing-here.yaml"), join(dir, "dangling.yaml"));
    const { skipped } = expandPaths([dir]);
    expect(skippedAt(skipped, join(dir, "dangling.yaml"))?.reason.en).toMatch(/leads nowhere/);
    await runOnlyOk(dir);
  });

  it("given a link to a file inside the folder, should validate that file once (no duplicate)", () => {
    const { dir } = tree();
    symlinkSync("ok.yaml", join(dir, "alias.yaml"));
    expect(expandPaths([dir]).files).toEqual([join(realpathSync(dir), "ok.yaml")]);
  });
});

describe("files that are not regular files", () => {
  it("given a FIFO named x.yaml in the folder, should skip it as not a regular file and not hang", async () => {
    const { dir } = tree();
    const fifo = join(dir, "x.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // Checked first: were the FIFO not skipped, reading it below would block this thread for good.
    const { files, skipped } = expandPaths([dir]);
    expect(files).toEqual([join(dir, "ok.yaml")]);
    expect(skippedAt(skipped, fifo)?.reason.en).toMatch(/not a regular file/);
    const outcome = await runOnlyOk(dir);
    expect(skippedAt(outcome.skipped, fifo)).toBeDefined();
  });

  it("given a FIFO named explicitly, should skip it as not a regular file", () => {
    const { dir } = tree();
    const fifo = join(dir, "x.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const { files, skipped } = expandPaths([fifo]);
    expect(files).toEqual([]);
    expect(skippedAt(skipped, fifo)?.reason.en).toMatch(/not a regular file/);
  });

  it("given a link to a FIFO inside the folder, should skip it as not a regular file", () => {
    const { dir } = tree();
    expect(spawnSync("mkfifo", [join(dir, "fifo")]).status).toBe(0);
    symlinkSync("fifo", join(dir, "via-link.yaml"));
    const { files, skipped } = expandPaths([dir]);
    expect(files).toEqual([join(dir, "ok.yaml")]);
    expect(skippedAt(skipped, join(dir, "via-link.yaml"))?.reason.en).toMatch(/not a regular file/);
  });

  it("given a unix socket named sock.yaml in the folder, should skip it as not a regular file", async () => {
    const { dir } = tree();
    const sock = join(dir, "sock.yaml");
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const { files, skipped } = expandPaths([dir]);
      expect(files).toEqual([join(dir, "ok.yaml")]);
      expect(skippedAt(skipped, sock)?.reason.en).toMatch(/not a regular file/);
      const outcome = await runOnlyOk(dir);
      expect(skippedAt(outcome.skipped, sock)).toBeDefined();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("files that cannot be read", () => {
  it("given a directory named dir.yaml passed to validateFile, should give invalid 'cannot be read' without throwing", async () => {
    const { dir } = tree();
    const path = join(dir, "dir.yaml");
    mkdirSync(path);
    const r = (await validateFile(path, "dir.yaml", { resolver: resolverFor() })).result;
    expect(r.verdict).toBe("invalid");
    expect(r.findings.map((f) => f.ruleId)).toEqual(["yaml"]);
    expect(r.findings[0]?.message.en).toMatch(/cannot be read.*not a regular file/);
    expect(r.findings[0]?.message.nb).toMatch(/kan ikke leses.*ikke en vanlig fil/);
  });

  it("given a folder named dir.yaml among agreements, should search it as a folder, not read it as a file", async () => {
    const { dir } = tree();
    mkdirSync(join(dir, "dir.yaml"));
    expect(expandPaths([dir]).files).toEqual([join(dir, "ok.yaml")]);
    await runOnlyOk(dir);
  });

  const root = process.getuid?.() === 0;
  it.skipIf(root)(
    "given a file with mode 000 (not root), should give invalid 'cannot be read' for it and validate the rest",
    async () => {
      const { dir } = tree();
      const locked = join(dir, "locked.yaml");
      copyFileSync(COMPLIANT, locked);
      chmodSync(locked, 0o000);
      try {
        const outcome = await validatePaths({ paths: [dir], policyDirs: [SHIPPED] });
        const byName = new Map(outcome.report.results.map((r) => [r.file.split("/").pop(), r]));
        expect(byName.get("ok.yaml")?.verdict).toBe("compliant");
        const r = byName.get("locked.yaml");
        expect(r?.verdict).toBe("invalid");
        expect(r?.findings[0]?.message.en).toMatch(/cannot be read \(EACCES\)/);
      } finally {
        chmodSync(locked, 0o644);
      }
    },
  );

  it.skipIf(root)("given a subfolder with mode 000 (not root), should skip it with a reason", () => {
    const { dir } = tree();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    try {
      const { files, skipped } = expandPaths([dir]);
      expect(files).toEqual([join(dir, "ok.yaml")]);
      expect(skippedAt(skipped, locked)?.reason.en).toMatch(/cannot be read/);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe("absurd trees", () => {
  it("given folders nested 40 deep with an agreement at the bottom, should stop at the depth limit and say so", () => {
    const { dir } = tree();
    let deep = dir;
    for (let i = 0; i < 40; i++) deep = join(deep, "d");
    mkdirSync(deep, { recursive: true });
    copyFileSync(COMPLIANT, join(deep, "deep.yaml"));
    const { files, skipped } = expandPaths([dir]);
    expect(files).toEqual([join(dir, "ok.yaml")]);
    expect(skipped.some((s) => /nested too deeply/.test(s.reason.en))).toBe(true);
  });
});
