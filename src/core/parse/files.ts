/**
 * Expands the paths a user gives (files, folders, globs) into a sorted list of agreement files.
 * Folders are searched for *.yaml / *.yml; symbolic links to folders are not followed (no loops),
 * links that lead out of the tree and anything that is not a regular file are skipped with a reason.
 * Every folder not searched (hidden, node_modules, too deep, unreadable) is listed as skipped too:
 * nothing is left out without a word.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { msg } from "../messages/index.js";
import { PARSE } from "../messages/parse.js";
import type { Messages } from "../types.js";

export interface Skipped {
  path: string;
  reason: Messages;
}

export interface Expanded {
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
    const c = glob[i] as string;
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

export function expandPaths(inputs: string[]): Expanded {
  const files = new Set<string>();
  const skipped: Skipped[] = [];
  const missing: string[] = [];

  const walk = (dir: string, root: string, depth: number, accept: (rel: string) => boolean) => {
    if (depth > MAX_DEPTH) {
      skipped.push({ path: dir, reason: msg(PARSE.folderTooDeep, { max: MAX_DEPTH }) });
      return;
    }
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      skipped.push({ path: dir, reason: unreadable(err) });
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        const reason = SKIP_DIRS.has(e.name) ? NOT_SEARCHED : e.name.startsWith(".") ? HIDDEN : undefined;
        if (reason) skipped.push({ path: full, reason });
        else walk(full, root, depth + 1, accept);
      } else if (e.isSymbolicLink() && !YAML_FILE.test(e.name)) {
        skipped.push({ path: full, reason: msg(PARSE.linkToFolder) });
      } else if (YAML_FILE.test(e.name) && accept(relative(root, full).split(sep).join("/"))) {
        // A regular file as the folder listing says needs no further stat; links and others do.
        if (e.isFile()) files.add(resolve(full));
        else addFile(full, root);
      }
    }
  };

  const addFile = (full: string, root: string) => {
    let real = full;
    let st: import("node:fs").Stats;
    try {
      st = lstatSync(full);
    } catch (err) {
      skipped.push({ path: full, reason: unreadable(err) });
      return;
    }
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(full);
      } catch {
        skipped.push({ path: full, reason: msg(PARSE.linkLeadsNowhere) });
        return;
      }
      const base = realpathSync(root);
      if (target !== base && !target.startsWith(base + sep)) {
        skipped.push({ path: full, reason: msg(PARSE.linkLeadsOut) });
        return;
      }
      st = statSync(target);
      real = target;
    }
    if (!st.isFile()) {
      skipped.push({ path: full, reason: msg(PARSE.notRegularFile) });
      return;
    }
    // Real paths, so that a file and a link to it are one agreement, not a duplicate.
    files.add(resolve(real));
  };

  for (const input of inputs) {
    if (isGlob(input)) {
      const norm = input.split(sep).join("/");
      const cut = norm.search(/[*?]/);
      const baseDir = norm.slice(0, norm.lastIndexOf("/", cut) + 1) || ".";
      const re = globToRegExp(norm.slice(baseDir === "." && !norm.startsWith("./") ? 0 : baseDir.length));
      const before = files.size;
      try {
        if (statSync(baseDir).isDirectory()) walk(baseDir, baseDir, 0, (rel) => re.test(rel));
      } catch {
        /* an absent base folder matches nothing */
      }
      if (files.size === before) missing.push(input);
      continue;
    }
    let st: import("node:fs").Stats;
    try {
      st = statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) {
      const real = realpathSync(input);
      walk(real, real, 0, () => true);
    } else addFile(input, resolve(input, ".."));
  }
  return { files: [...files].sort(), skipped, missing };
}

function unreadable(err: unknown): Messages {
  const code = (err as NodeJS.ErrnoException).code ?? "error";
  return msg(PARSE.unreadable, { code });
}
