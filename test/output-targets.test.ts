/**
 * --output on what is not a plain new file (SPEC 7): a device, FIFO or link is written into and
 * stays what it was; a regular file is replaced; a file the run reads is never written, also when
 * reached through a link and another hard link.
 */
import { execFileSync } from "node:child_process";
import {
  closeSync,
  constants,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  readSync,
  symlinkSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";

const AGREEMENT = join(ROOT, "examples/agreements/max-home-share.yaml");
const tempDir = tempDirs("hjemmekontor-output-targets-");

const validate = (...args: string[]): Run => runCli(["validate", AGREEMENT, "--lang", "en", ...args]);
const expected = (format = "text") => validate("--format", format).stdout;

/** Makes a character device node (needs root, as in CI containers); undefined where not allowed. */
function mknod(path: string, major: number, minor: number): string | undefined {
  try {
    execFileSync("mknod", [path, "c", String(major), String(minor)], { stdio: "ignore" });
    return path;
  } catch {
    return undefined;
  }
}
const CAN_MKNOD = mknod(join(tempDir(), "probe"), 1, 3) !== undefined;

function expectNoStack(r: Run): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

describe("--output into a device", () => {
  it.skipIf(!CAN_MKNOD)(
    "given a null device node (mknod c 1 3), should write into it and leave it a device",
    () => {
      const dev = mknod(join(tempDir(), "null"), 1, 3) as string;
      const r = validate("--output", dev);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    },
  );

  it.skipIf(!CAN_MKNOD)(
    "given a full device node (mknod c 1 7), should exit 2 saying it is full, and leave it a device",
    () => {
      const dev = mknod(join(tempDir(), "full"), 1, 7) as string;
      const r = validate("--output", dev);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^hjemmekontor: Cannot write .*full \(ENOSPC\)\. The disk or device is full\.\n$/,
      );
      expectNoStack(r);
      expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    },
  );
});

describe("--output into a FIFO", () => {
  it("given a FIFO with a reader, should write the report into it and leave it a FIFO", () => {
    const fifo = join(tempDir(), "report.fifo");
    execFileSync("mkfifo", [fifo]);
    // Opened for reading and writing, so neither side waits for the other; the report is far
    // smaller than a pipe's buffer.
    const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
    try {
      const r = validate("--output", fifo, "--format", "json");
      expect(r.status).toBe(1);
      const buf = Buffer.alloc(1 << 16);
      const n = readSync(fd, buf);
      expect(buf.subarray(0, n).toString("utf8")).toBe(expected("json"));
      expect(lstatSync(fifo).isFIFO()).toBe(true);
    } finally {
      closeSync(fd);
    }
  });
});

describe("--output through a symbolic link", () => {
  it("given a link to a regular file, should write into the target and keep the link", () => {
    const dir = tempDir();
    const target = join(dir, "real.txt");
    const link = join(dir, "report.txt");
    symlinkSync(target, link);
    const r = validate("--output", link);
    expect(r.status).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, "utf8")).toBe(expected());
  });

  it("given a dangling link, should create its target and keep the link", () => {
    const dir = tempDir();
    const link = join(dir, "report.txt");
    symlinkSync("made.txt", link);
    expect(validate("--output", link).status).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "made.txt"), "utf8")).toBe(expected());
  });

  it.skipIf(!existsSync("/proc/self/fd/1"))(
    "given a link to /proc/self/fd/1, should write to stdout and keep the link",
    () => {
      const link = join(tempDir(), "out");
      symlinkSync("/proc/self/fd/1", link);
      const r = validate("--output", link);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe(expected());
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
    },
  );

  it("given a link to a folder, should exit 2 saying it is a folder", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    symlinkSync(join(dir, "sub"), join(dir, "out"));
    const r = validate("--output", join(dir, "out"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\(EISDIR\)\. It is a folder; give a file\./);
    expect(lstatSync(join(dir, "out")).isSymbolicLink()).toBe(true);
  });

  it("given a link to another hard link of the agreement being read, should refuse it and leave the agreement as it was", () => {
    const dir = tempDir();
    const input = join(dir, "agreement.yaml");
    execFileSync("cp", [AGREEMENT, input]);
    const before = readFileSync(input);
    linkSync(input, join(dir, "hard.txt"));
    symlinkSync(join(dir, "hard.txt"), join(dir, "report.txt"));
    const r = runCli(["validate", input, "--output", join(dir, "report.txt"), "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is one of the files being read/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
