/**
 * Shared setup of the package test: `npm pack` from a clean copy of the repository (npm's own
 * settings pass through, what `npm test` set for its own run does not), and the tarball installed
 * into a scratch project, noting when the registry and npm's cache cannot give the dependencies.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { cpSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./helpers.js";

/** What a clean checkout holds that the build and the package need (no node_modules, no dist). */
const CHECKOUT = [
  "bin",
  "docs",
  "examples",
  "policies",
  "schemas",
  "scripts",
  "src",
  "package.json",
  "README.md",
  "tsconfig.json",
  "tsconfig.build.json",
  "rolldown.config.mjs",
];

/** npm's own settings pass through; what `npm test` set for its own run (the package, the prefix) does not. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      /^npm_/i.test(k) &&
      !/^npm_config_(registry|cache|userconfig|proxy|https_proxy|noproxy|strict_ssl|cafile)$/i.test(k)
    )
      continue;
    if (k === "INIT_CWD") continue;
    env[k] = v;
  }
  return { ...env, NO_COLOR: "1", CI: "true", npm_config_update_notifier: "false" };
}

export function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env: npmEnv(), encoding: "utf8", timeout: 120_000 });
}

export const out = (r: SpawnSyncReturns<string>) => `exit ${r.status}\n${r.stdout}\n${r.stderr}`;

/** Errors that mean the registry (and npm's cache) could not give the dependencies. */
const OFFLINE = /E(NOTFOUND|AI_AGAIN|CONNREFUSED|CONNRESET|TIMEDOUT|NETUNREACH|NOTCACHED)|network|offline/i;

export interface Packed {
  tarball: string;
  files: string[];
  manifest: { scripts?: Record<string, string>; exports?: unknown; files?: string[] };
  stage: string;
}

/** The packed tarball and the scratch project it was installed into. */
export interface Installed {
  packed: Packed;
  app: string;
  install: SpawnSyncReturns<string>;
  /** Set when the dependencies could not be installed for lack of a network. */
  skipReason: string | undefined;
}

/** Packs a clean copy of the checkout, and installs the tarball into a new project (folders of `tempDir`). */
export function packAndInstall(tempDir: () => string): Installed {
  const stage = tempDir();
  for (const part of CHECKOUT) cpSync(join(ROOT, part), join(stage, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(stage, "node_modules"));
  const dest = tempDir();
  const pack = run("npm", ["pack", "--pack-destination", dest], stage);
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${out(pack)}`);
  const name = readdirSync(dest).find((f) => f.endsWith(".tgz"));
  if (!name) throw new Error(`npm pack wrote no tarball:\n${out(pack)}`);
  const tarball = join(dest, name);
  const list = run("tar", ["-tzf", tarball], dest);
  const manifest = JSON.parse(run("tar", ["-xzOf", tarball, "package/package.json"], dest).stdout);
  const packed: Packed = { tarball, files: list.stdout.split("\n").filter(Boolean), manifest, stage };

  const app = tempDir();
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify({ name: "hr-agreements", version: "1.0.0", private: true, type: "module" }, null, 2)}\n`,
  );
  const install = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball], app);
  let skipReason: string | undefined;
  if (install.status !== 0 && OFFLINE.test(install.stderr)) {
    skipReason = `the npm registry is unreachable and npm's cache lacks the dependencies:\n${install.stderr}`;
  }
  return { packed, app, install, skipReason };
}
