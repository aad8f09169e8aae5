/**
 * Exit code 3: an internal error, that is a bug in hjemmekontor (no agreement, policy, flag or
 * file system state should lead here). The message says so, and where and how to report it.
 */
import { readFileSync } from "node:fs";
import { msg } from "../core/messages/index.js";
import type { Lang, Messages } from "../core/types.js";
import { escapeControls } from "../formatters/escape.js";
import { CLI_ERRORS } from "./messages/errors.js";

interface PackageJson {
  bugs?: string | { url?: string };
  repository?: string | { url?: string };
}

/** Where to report a bug, from package.json's `bugs` or `repository`; undefined when it names none. */
export function issueUrl(pkg: PackageJson): string | undefined {
  const bugs = typeof pkg.bugs === "string" ? pkg.bugs : pkg.bugs?.url;
  if (bugs) return bugs;
  const repo = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  if (!repo) return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(repo);
  if (shorthand) return `https://github.com/${shorthand[1]}/issues`;
  const url = repo.replace(/^git\+/, "").replace(/\.git$/, "");
  return /^https?:\/\//.test(url) ? `${url}/issues` : undefined;
}

function shippedPackage(): PackageJson {
  try {
    // dist/bundle/main.cjs, dist/cli/main.js and src/cli/main.ts are all two folders down.
    return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as PackageJson;
  } catch {
    return {};
  }
}

/** How to report a bug, with or without an address. */
export function reportHint(url: string | undefined): Messages {
  const where = url ? msg(CLI_ERRORS.reportAt, { url }) : msg(CLI_ERRORS.reportToMaintainers);
  return msg(CLI_ERRORS.reportHint, { where });
}

/** The lines exit code 3 prints on stderr. */
export function internalErrorMessage(err: unknown, lang: Lang): string {
  const message = escapeControls(err instanceof Error ? err.message : String(err));
  const hint = reportHint(issueUrl(shippedPackage()));
  return msg(CLI_ERRORS.internal, { message, hint })[lang];
}
