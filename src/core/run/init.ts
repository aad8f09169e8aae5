/**
 * `hjemmekontor init [dir]` (SPEC 11.1): sets up an HR or faculty repository — `agreements/`,
 * `policies/` for local layers with a short README in Norwegian, editor settings that map the
 * installed package's schemas, a GitHub Actions workflow and a pre-commit config.
 *
 * It never overwrites: each file is created exclusively (`wx`), so an existing file — or a link,
 * even a dangling one — is kept as it is and listed as kept. Nor does it write through a link: a
 * file whose folder on the way is a symbolic link or not a folder is kept (not written) too.
 * Folders are created as needed. A failure to create a folder or write a file (permissions, a
 * read-only or full disk) is a UsageError (exit 2) naming the path and the system's error code.
 */
import { lstatSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { msg } from "../messages/index.js";
import { INIT } from "../messages/init.js";
import { type Lang, UsageError } from "../types.js";
import { initFiles } from "./init-templates.js";

export interface InitOptions {
  /** The language of the READMEs, comments and CI messages (policies/README.md is always in nb first). */
  lang: Lang;
}

export interface InitResult {
  /** The files written, relative to the folder, with `/`, in the order written. */
  written: string[];
  /** The files not written because something already stands there (never changed). */
  kept: string[];
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? "error";
}

function cannotCreate(path: string, err: unknown): UsageError {
  return new UsageError(msg(INIT.cannotCreateFolder, { path, code: codeOf(err) }));
}

function cannotWrite(path: string, err: unknown): UsageError {
  return new UsageError(msg(INIT.cannotWrite, { path, code: codeOf(err) }));
}

/** The kind of entry at `path`, without following a link at its end; undefined when there is none. */
function entryAt(path: string): "dir" | "other" | undefined {
  try {
    return lstatSync(path).isDirectory() ? "dir" : "other";
  } catch (err) {
    if (codeOf(err) === "ENOENT") return undefined;
    throw cannotCreate(path, err);
  }
}

/**
 * Makes each missing folder of `parts` below `root`, one at a time. Returns false when one of them
 * is something else (a file, a link): the caller keeps the file, writing nothing through it.
 */
function makeFolders(root: string, parts: string[]): boolean {
  let at = root;
  for (const part of parts) {
    at = join(at, part);
    const kind = entryAt(at);
    if (kind === "dir") continue;
    if (kind === "other") return false;
    try {
      mkdirSync(at);
    } catch (err) {
      // Made by someone else in between: look again.
      if (codeOf(err) === "EEXIST") {
        if (entryAt(at) === "dir") continue;
        return false;
      }
      throw cannotCreate(at, err);
    }
  }
  return true;
}

/**
 * The folder itself: made when missing, with its missing parents, one at a time (Node's recursive
 * mkdir can loop forever on some paths, e.g. under /proc). A file there is a usage error.
 */
function prepareRoot(root: string): void {
  const missing: string[] = [];
  let at = root;
  for (;;) {
    try {
      if (statSync(at).isDirectory()) break;
      throw new UsageError(msg(INIT.rootIsFile, { path: at }));
    } catch (err) {
      if (err instanceof UsageError) throw err;
      if (codeOf(err) !== "ENOENT" || dirname(at) === at) throw cannotCreate(root, err);
      missing.unshift(at);
      at = dirname(at);
    }
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (err) {
      if (codeOf(err) !== "EEXIST") throw cannotCreate(folder, err);
    }
  }
}

/** Sets up `dir` (made if missing) as a repository for agreements and local policy layers. */
export function initRepository(dir: string, opts: InitOptions): InitResult {
  const root = resolve(dir);
  prepareRoot(root);
  const written: string[] = [];
  const kept: string[] = [];
  for (const file of initFiles(opts.lang)) {
    const parts = file.path.split("/");
    const target = join(root, ...parts);
    if (!makeFolders(root, parts.slice(0, -1))) {
      kept.push(file.path);
      continue;
    }
    try {
      // `wx`: create, never replace — fails on any existing entry, a dangling link included.
      writeFileSync(target, file.content, { flag: "wx", mode: 0o644 });
      written.push(file.path);
    } catch (err) {
      if (codeOf(err) === "EEXIST") kept.push(file.path);
      else throw cannotWrite(target, err);
    }
  }
  return { written, kept };
}

/** What `init` did and what comes next, as lines for the terminal (the CLI escapes and prints them). */
export function describeInit(dir: string, result: InitResult, lang: Lang): string[] {
  const lines: string[] = [];
  if (result.written.length > 0)
    lines.push(msg(INIT.wrote, { dir })[lang], ...result.written.map((f) => `  + ${f}`));
  else lines.push(msg(INIT.nothingWritten, { dir })[lang]);
  if (result.kept.length > 0) lines.push(INIT.kept[lang], ...result.kept.map((f) => `  = ${f}`));
  lines.push(INIT.nextSteps[lang], INIT.checkSetUp[lang]);
  return lines;
}
