/**
 * Exit code 3: an internal error, that is a bug in hjemmekontor (no agreement, policy, flag or
 * file system state should lead here). The message says so, and where and how to report it.
 */
import { readFileSync } from "node:fs";
import type { Lang, Messages } from "../core/types.js";
import { escapeControls } from "../formatters/escape.js";

/** The exit code every command's --help ends with, on lines of its own, in each language. */
export const EXIT_3_HELP_TEXT: Messages = {
  nb: "3 intern feil: en feil i hjemmekontor, aldri forårsaket av det du ga inn\n  (meldingen sier hvordan du melder den).",
  en: "3 internal error: a bug in hjemmekontor, never caused by your input\n  (the message says how to report it).",
};

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
  const where = url
    ? { nb: `Meld den i ${url}`, en: `Please open an issue at ${url}` }
    : { nb: "Meld den til dem som vedlikeholder verktøyet", en: "Please report it to the maintainers" };
  return {
    nb: `Dette er en feil i hjemmekontor, ikke i avtalen, policyen eller det du skrev. ${where.nb}, med kommandoen du kjørte og filene den leste (kjør igjen med HJEMMEKONTOR_DEBUG=1 for å få med detaljene).`,
    en: `This is a bug in hjemmekontor, not in your agreement, policy or command. ${where.en}, with the command you ran and the files it read (run again with HJEMMEKONTOR_DEBUG=1 to include the details).`,
  };
}

/** The lines exit code 3 prints on stderr. */
export function internalErrorMessage(err: unknown, lang: Lang): string {
  const message = escapeControls(err instanceof Error ? err.message : String(err));
  const hint = reportHint(issueUrl(shippedPackage()))[lang];
  return lang === "nb"
    ? `hjemmekontor: intern feil: ${message}\n${hint}\n`
    : `hjemmekontor: internal error: ${message}\n${hint}\n`;
}
