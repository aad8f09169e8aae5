/**
 * Expands the paths a user gives (files, folders, globs) into a sorted list of agreement files.
 * Folders are searched for *.yaml / *.yml; symbolic links to folders are not followed (no loops),
 * links that lead out of the tree and anything that is not a regular file are skipped with a reason.
 * Every folder not searched (hidden, node_modules, too deep, unreadable) is listed as skipped too:
 * nothing is left out without a word.
 */
import { type Dirent, lstatSync, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { msg } from "../messages/index.js";
import { PARSE } from "../messages/parse.js";
import type { Messages } from "../types.js";

export interface Skipped {
  path: string;
  reason: Messages;
}

interface Expanded {
  files: string[];
  skipped: Skipped[];
  /** Paths that name nothing. */
  missing: string[];
}

const YAML_FILE = /\.ya?ml$/i;
const SKIP_DIRS = new Set(["node_modules", ".git"]);
const MAX_DEPTH = 32;

const HIDDEN = msg(PARSE.hiddenFolder);
const NOT_SEARCHED = msg(PARSE.folderNeverSearched);

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === "*") {
      if (glob[i + 1] === "*") {
        re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
        i += glob[i + 2] === "/" ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

const isGlob = (p: string) => /[*?]/.test(p);

/** Collects the files, the skipped and the missing of a set of paths. */
class Expander {
  readonly files = new Set<string>();
  readonly skipped: Skipped[] = [];
  readonly missing: string[] = [];

  /** The YAML files under `dir` whose path relative to `root` is accepted. */
  walk(dir: string, root: string, depth: number, accept: (rel: string) => boolean): void {
    if (depth > MAX_DEPTH) {
      this.skipped.push({ path: dir, reason: msg(PARSE.folderTooDeep, { max: MAX_DEPTH }) });
      return;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      this.skipped.push({ path: dir, reason: unreadable(err) });
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        const reason = SKIP_DIRS.has(e.name) ? NOT_SEARCHED : e.name.startsWith(".") ? HIDDEN : undefined;
        if (reason) this.skipped.push({ path: full, reason });
        else this.walk(full, root, depth + 1, accept);
      } else if (e.isSymbolicLink() && !YAML_FILE.test(e.name)) {
        this.skipped.push({ path: full, reason: msg(PARSE.linkToFolder) });
      } else if (YAML_FILE.test(e.name) && accept(relative(root, full).split(sep).join("/"))) {
        // A regular file as the folder listing says needs no further stat; links and others do.
        if (e.isFile()) this.files.add(resolve(full));
        else this.addFile(full, root);
      }
    }
  }

  /** One file, or a link to a file inside `root`. */
  addFile(full: string, root: string): void {
    let real = full;
    let st: Stats;
    try {
      st = lstatSync(full);
    } catch (err) {
      this.skipped.push({ path: full, reason: unreadable(err) });
      return;
    }
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(full);
      } catch {
        this.skipped.push({ path: full, reason: msg(PARSE.linkLeadsNowhere) });
        return;
      }
      const base = realpathSync(root);
      if (target !== base && !target.startsWith(base + sep)) {
        this.skipped.push({ path: full, reason: msg(PARSE.linkLeadsOut) });
        return;
      }
      st = statSync(target);
      real = target;
    }
    if (!st.isFile()) {
      this.skipped.push({ path: full, reason: msg(PARSE.notRegularFile) });
      return;
    }
    // Real paths, so that a file and a link to it are one agreement, not a duplicate.
    this.files.add(resolve(real));
  }

  /** The files a glob matches, searched from the folder before its first wildcard. */
  glob(input: string): void {
    const norm = input.split(sep).join("/");
    const cut = norm.search(/[*?]/);
    const baseDir = norm.slice(0, norm.lastIndexOf("/", cut) + 1) || ".";
    const re = globToRegExp(norm.slice(baseDir === "." && !norm.startsWith("./") ? 0 : baseDir.length));
    const before = this.files.size;
    try {
      if (statSync(baseDir).isDirectory()) this.walk(baseDir, baseDir, 0, (rel) => re.test(rel));
    } catch {
      /* an absent base folder matches nothing */
    }
    if (this.files.size === before) this.missing.push(input);
  }

  /** A file, or a folder searched whole. */
  path(input: string): void {
    let st: Stats;
    try {
      st = statSync(input);
    } catch {
      this.missing.push(input);
      return;
    }
    if (st.isDirectory()) {
      const real = realpathSync(input);
      this.walk(real, real, 0, () => true);
    } else this.addFile(input, resolve(input, ".."));
  }
}

export function expandPaths(inputs: string[]): Expanded {
  const x = new Expander();
  for (const input of inputs) {
    if (isGlob(input)) x.glob(input);
    else x.path(input);
  }
  return { files: [...x.files].sort(), skipped: x.skipped, missing: x.missing };
}

/** The code of a failed file system call (ENOENT, EACCES, …), or "error" when it has none. */
export function errorCode(err: unknown): string {
  return err instanceof Error && "code" in err && typeof err.code === "string" ? err.code : "error";
}

function unreadable(err: unknown): Messages {
  return msg(PARSE.unreadable, { code: errorCode(err) });
}
