/** Shared helpers of the end-to-end tests: run the built CLI, and temp folders cleaned up after. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { ROOT } from "./helpers.js";

export const BIN = join(ROOT, "bin", "hjemmekontor.cjs");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a CLI run: no colours, no debug traces, and CI set or not. */
export function cleanEnv(ci = true): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", SHELL: "/bin/sh" };
  delete env.HJEMMEKONTOR_DEBUG;
  delete env.FORCE_COLOR;
  delete env.CI;
  if (ci) env.CI = "true";
  return env;
}

/** Runs `hjemmekontor …args` (from the repository root unless `cwd` is given; `bin`: another copy). */
export function runCli(args: string[], cwd: string = ROOT, bin: string = BIN): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: cleanEnv(true),
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A maker of temp folders (named `prefix…`) that are removed after the file's tests. */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    made.push(d);
    return d;
  };
}
