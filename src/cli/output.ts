/**
 * Writes a report to stdout or to --output (SPEC 7): a regular file is replaced atomically
 * (temporary file, then rename); a device, FIFO or a symbolic link's target is written straight
 * into, so that `--output /dev/null`, `/dev/stdout` or a link never becomes a regular file in its
 * place; a folder is refused; and no file the run reads is ever written.
 */
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { msg, type Template } from "../core/messages/index.js";
import type { Skipped } from "../core/parse/files.js";
import { type Lang, UsageError } from "../core/types.js";
import { escapeControls } from "../formatters/escape.js";
import { CLI_ERRORS } from "./messages/errors.js";

/** The output was closed by its reader (a FIFO's reader gone): the run ends quietly. */
export class OutputClosed extends Error {
  constructor() {
    super("the output was closed");
    this.name = "OutputClosed";
  }
}

export function writeOutput(
  text: string | Iterable<string>,
  output: string | undefined,
  inputs: readonly string[],
): void {
  if (!output) {
    writeStdout(text);
    return;
  }
  const target = resolve(output);
  const st = lstatOrUndefined(target, output);
  if (st?.isSymbolicLink()) {
    // Into the link's target, whatever it is; the link stays a link.
    const followed = statOrUndefined(target, output);
    if (followed?.isDirectory()) throw cannotWrite(output, "EISDIR");
    if (followed?.isFile()) refuseInput(output, target, followed, inputs);
    if (followed && isStdout(followed)) writeStdout(text);
    else writeStraight(target, text, output);
  } else if (st === undefined || st.isFile()) {
    if (st) refuseInput(output, target, st, inputs);
    replaceAtomically(target, text, output);
  } else if (st.isDirectory()) {
    throw cannotWrite(output, "EISDIR");
  } else if (isStdout(st)) {
    writeStdout(text);
  } else {
    // A device or FIFO: written into, never replaced (a socket cannot be opened: ENXIO).
    writeStraight(target, text, output);
  }
}

/**
 * Whether a file is this process's own stdout (`/dev/stdout`, `/proc/self/fd/1`): written through
 * the open descriptor, which works also where stdout is a socket that cannot be opened again.
 */
function isStdout(st: Stats): boolean {
  try {
    const out = fstatSync(1);
    return out.dev === st.dev && out.ino === st.ino;
  } catch {
    return false;
  }
}

/** One line on stderr per path not read, with the reason. */
export function writeSkipNotices(skipped: readonly Skipped[], lang: Lang): void {
  for (const s of skipped) {
    const path = escapeControls(s.path);
    process.stderr.write(msg(CLI_ERRORS.skipping, { path, reason: s.reason })[lang]);
  }
}

function writeStdout(text: string | Iterable<string>): void {
  for (const chunk of typeof text === "string" ? [text] : text) process.stdout.write(chunk);
}

function replaceAtomically(target: string, text: string | Iterable<string>, output: string): void {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    // O_EXCL ("wx"): a file or planted link already at the temporary name is never written through.
    const fd = openSync(tmp, "wx", 0o644);
    try {
      writeAll(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw cannotWrite(output, codeOf(err));
  }
}

function writeStraight(target: string, text: string | Iterable<string>, output: string): void {
  let fd: number;
  try {
    // O_TRUNC empties a regular file behind a link and is ignored by devices and FIFOs;
    // O_CREAT makes a dangling link's target, as a shell's `>` would.
    fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o644);
  } catch (err) {
    throw cannotWrite(output, codeOf(err));
  }
  try {
    writeAll(fd, text);
  } catch (err) {
    if (codeOf(err) === "EPIPE") throw new OutputClosed();
    throw cannotWrite(output, codeOf(err));
  } finally {
    closeSync(fd);
  }
}

/** Writes every piece of `text` (a string, or pieces of one). */
function writeAll(fd: number, text: string | Iterable<string>): void {
  for (const chunk of typeof text === "string" ? [text] : text) writeBytes(fd, chunk);
}

/** writeSync until every byte is written (a pipe or device may take part of it at a time). */
function writeBytes(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (err) {
      if (codeOf(err) !== "EAGAIN") throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/**
 * Refuses a target that is a file the run reads. Real paths are compared, so that no link or `..`
 * leads the report over an input; a file with further hard links is also compared by device and
 * inode with every input, since writing into it would change an input by another name.
 */
function refuseInput(output: string, target: string, st: Stats, inputs: readonly string[]): void {
  const real = realOrSelf(target);
  // The inputs' last path components are real files (links among them are resolved when the
  // files are collected), so only an input with the target's real file name can be the target;
  // resolving every input's real path would cost syscalls for each of thousands of files.
  const name = basename(real);
  const same =
    inputs.some((f) => basename(f) === name && realOrSelf(f) === real) ||
    (st.nlink > 1 && inputs.some((f) => sameFile(f, st)));
  if (same) {
    throw new UsageError(msg(CLI_ERRORS.outputIsInput, { output }));
  }
}

function sameFile(path: string, st: Stats): boolean {
  try {
    const other = statSync(path);
    return other.ino === st.ino && other.dev === st.dev;
  } catch {
    return false;
  }
}

function lstatOrUndefined(target: string, output: string): Stats | undefined {
  try {
    return lstatSync(target);
  } catch (err) {
    if (codeOf(err) === "ENOENT") return undefined;
    throw cannotWrite(output, codeOf(err));
  }
}

/** The link's target, or undefined when it leads nowhere (then it is created through the link). */
function statOrUndefined(target: string, output: string): Stats | undefined {
  try {
    return statSync(target);
  } catch (err) {
    if (codeOf(err) === "ENOENT") return undefined;
    throw cannotWrite(output, codeOf(err));
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? "error";
}

/** What to check, by error code: the hint that follows "Cannot write …". */
const HINT: Record<string, Template> = {
  EISDIR: CLI_ERRORS.hintFolder,
  ENOSPC: CLI_ERRORS.hintFull,
  ENXIO: CLI_ERRORS.hintNotWritable,
};

function cannotWrite(output: string, code: string): UsageError {
  const hint = HINT[code] ?? CLI_ERRORS.hintCheckFolder;
  return new UsageError(msg(CLI_ERRORS.cannotWrite, { output, code, hint }));
}

/**
 * Runs a command whose `--format json` output a CI step parses: when the run is refused (a usage
 * error or a refused policy, exit 2), the refusal is also written as JSON on stdout.
 */
export async function refusalAsJson<T>(json: boolean, lang: Lang, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (json && err instanceof UsageError) {
      const { formatRefusalJson } = await import("../formatters/refusal.js");
      process.stdout.write(formatRefusalJson(err, lang));
    }
    throw err;
  }
}
