/**
 * Every command ends quietly when its output is closed (`… | head`, SPEC 6): no unhandled EPIPE,
 * no stack trace, and the exit code the run decides. A full disk under `> file` is an error that
 * is said in one line (exit 2), not a crash.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, cleanEnv, tempDirs } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";

const AGREEMENTS = join(ROOT, "examples/agreements");
const tempDir = tempDirs("hjemmekontor-pipes-");
const POLICIES = ["--policies", "policies", "--policies", "examples/policies"];

interface Closed {
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the CLI with stdout (or stderr) a pipe whose reading end is closed before it writes. */
function withClosed(which: "stdout" | "stderr", args: string[]): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: cleanEnv(true),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const closed = which === "stdout" ? child.stdout : child.stderr;
    const kept = which === "stdout" ? child.stderr : child.stdout;
    closed.destroy();
    let text = "";
    kept.setEncoding("utf8");
    kept.on("data", (d: string) => {
      text += d;
    });
    child.on("error", reject);
    child.on("close", (status, signal) =>
      resolve({ status, signal, stderr: which === "stdout" ? text : "" }),
    );
  });
}

function expectQuiet(r: Closed, status: number): void {
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(/EPIPE|Unhandled|^\s+at /m);
  expect(r.status).toBe(status);
}

describe("a closed stdout", () => {
  it.each([
    ["validate (text)", ["validate", AGREEMENTS], 1],
    ["validate --format json", ["validate", AGREEMENTS, "--format", "json"], 1],
    ["validate --format junit", ["validate", AGREEMENTS, "--format", "junit"], 1],
    ["validate --format sarif", ["validate", AGREEMENTS, "--format", "sarif"], 1],
    ["validate --format github", ["validate", AGREEMENTS, "--format", "github"], 1],
    ["validate --output /dev/stdout", ["validate", AGREEMENTS, "--output", "/dev/stdout"], 1],
    ["policy lint", ["policy", "lint", ...POLICIES], 0],
    ["policy show", ["policy", "show", ...POLICIES, "--faculty", "IE", "--department", "IDI"], 0],
    ["policy test", ["policy", "test", ...POLICIES], 0],
    ["policy diff", ["policy", "diff", "policies", "policies", AGREEMENTS], 0],
    ["--help", ["--help"], 0],
    ["validate --help", ["validate", "--help"], 0],
    ["--version", ["--version"], 0],
  ] as const)("given %s, should end quietly with its own exit code", async (_, args, status) => {
    if ((args as readonly string[]).includes("/dev/stdout") && !existsSync("/dev/stdout")) return;
    expectQuiet(await withClosed("stdout", [...args]), status);
  });
});

describe("a closed stderr", () => {
  it("given a usage error to report, should end quietly with exit 2", async () => {
    const r = await withClosed("stderr", ["validate", "does-not-exist.yaml"]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
  });

  it("given skip notices to write (json), should end quietly with the run's exit code (0, where a crash gives 1)", async () => {
    const dir = join(tempDir(), "agreements");
    mkdirSync(dir);
    copyFileSync(join(AGREEMENTS, "compliant-full-time.yaml"), join(dir, "ok.yaml"));
    for (let i = 0; i < 50; i++) mkdirSync(join(dir, `.hidden-${i}`));
    const r = await withClosed("stderr", ["validate", dir, "--format", "json"]);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
  });
});

describe.skipIf(!existsSync("/dev/full"))("a full disk under stdout", () => {
  it.each([
    ["policy show", ["policy", "show"]],
    ["validate --format json", ["validate", AGREEMENTS, "--format", "json"]],
  ])("given %s > /dev/full, should say it cannot write, in one line, and exit 2", (_, args) => {
    const r = spawnSync("sh", ["-c", `"$0" "$@" --lang en > /dev/full`, process.execPath, BIN, ...args], {
      cwd: ROOT,
      env: cleanEnv(true),
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "hjemmekontor: cannot write to standard output (ENOSPC). Check the disk or where the output goes.\n",
    );
  });
});
