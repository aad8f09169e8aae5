/** The core's entry points: load policies, validate paths. No argv, no stdout, no process.exit. */
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { msg } from "../messages/index.js";
import { RUN } from "../messages/run.js";
import { expandPaths, type Skipped } from "../parse/files.js";
import { readRegularText } from "../parse/read.js";
import { SHIPPED_POLICY_DIR } from "../paths.js";
import { displayPath, loadPolicySet } from "../policy/load.js";
import type { PolicyProblem } from "../policy/model.js";
import { parseLayer } from "../policy/parses.js";
import { PolicyResolver } from "../policy/resolve.js";
import { pseudonymizer, redactReport } from "../report/redact.js";
import { buildReport, type Report, verdictOf } from "../report/report.js";
import { renewalChains, repositoryFindings } from "../repository/repository.js";
import { type Messages, UsageError, type UsageError as UsageErrorType } from "../types.js";
import { type Job, runJobs } from "./pool.js";

/**
 * The policy layers at the top of a folder, as parsed YAML (`kind: Policy`, however it is
 * written): whether each extends another. A file that is not YAML counts too (the load then names
 * its line); other files are passed by.
 */
function layersIn(dir: string): { extends: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.ya?ml$/i.test(e.name))
      .flatMap((e) => {
        const read = readRegularText(join(dir, e.name));
        if (!("text" in read)) return [];
        const { loaded } = parseLayer(read.text);
        // A file that is not YAML counts as a layer, so the load names its line rather than passing it by.
        if (loaded.problems.length > 0) return [{ extends: true }];
        const value = loaded.value as Record<string, unknown> | null;
        return value && typeof value === "object" && value.kind === "Policy"
          ? [{ extends: value.extends !== undefined }]
          : [];
      });
  } catch {
    return [];
  }
}

/**
 * The policy folders of a run (SPEC 6): those given; else the nearest `policies/` holding at least
 * one layer in the working directory or a parent, stopping at the repository root (the folder
 * with `.git`) — after the shipped set when it holds local layers only; else the shipped set.
 * The same wherever in a repository the command is run.
 */
export function defaultPolicyDirs(given: string[] | undefined, cwd: string = process.cwd()): string[] {
  if (given && given.length > 0) return given;
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, "policies");
    const layers = layersIn(candidate);
    if (layers.length > 0) {
      // Relative to the process's folder, which the load resolves it against (cwd may differ).
      const found = relative(process.cwd(), candidate) || ".";
      // A folder without a root (local layers only: an HR or faculty repository) builds on the shipped set.
      return layers.some((l) => !l.extends) ? [found] : [SHIPPED_POLICY_DIR, found];
    }
    if (existsSync(join(dir, ".git"))) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return [SHIPPED_POLICY_DIR];
}

function problemLine(p: PolicyProblem): Messages {
  const { file, line, column, guarantee } = p;
  return msg(RUN.policyProblem, { file, line, column, message: p.messages, guarantee });
}

/** Every file a run over these policies reads: the layers, and the files of their sources/ folders. */
export function policyInputs(resolver: PolicyResolver, dirs: readonly string[]): string[] {
  const folders = [...new Set([...resolver.set.layers.map((l) => join(l.file, "..")), ...dirs])];
  const sources = folders.flatMap((d) => {
    try {
      return readdirSync(join(d, "sources")).map((f) => join(d, "sources", f));
    } catch {
      return [];
    }
  });
  return [...resolver.set.layers.map((l) => l.file), ...sources];
}

/** Loads and checks every layer of the given folders; refuses the set (exit 2) on any problem. */
export function loadPolicies(dirs: string[]): PolicyResolver {
  for (const dir of dirs) {
    let ok = false;
    try {
      ok = statSync(dir).isDirectory();
    } catch {
      ok = false;
    }
    if (!ok) {
      throw new UsageError(msg(RUN.policyFolderMissing, { dir }));
    }
  }
  const set = loadPolicySet(dirs);
  const resolver = new PolicyResolver(set);
  const problems = resolver.check();
  if (set.layers.length === 0 && problems.length === 0) {
    throw new UsageError(msg(RUN.noPolicyLayers, { dirs: dirs.map(displayPath).join(", ") }));
  }
  if (problems.length > 0) throw policyRefused(problems);
  return resolver;
}

/** A refused policy or test file: a usage error (exit 2) that keeps its problems, in reading order. */
export class PolicyRefused extends UsageError {
  constructor(readonly problems: PolicyProblem[]) {
    super(
      msg(problems.length === 1 ? RUN.policyRefusedOne : RUN.policyRefusedMany, { count: problems.length }),
      problems.map(problemLine),
    );
    this.name = "PolicyRefused";
  }
}

export function policyRefused(problems: PolicyProblem[]): UsageErrorType {
  // In reading order: by file, then line and column.
  const sorted = [...problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
  return new PolicyRefused(sorted);
}

export interface ValidateRun {
  paths: string[];
  policyDirs?: string[];
  maxBytes?: number;
  /** Describe each agreement (unit, period, home days, rules passed) for the HTML report. */
  about?: boolean;
  /** `{ index, count }`: validate only this shard (1-based) of the sorted file list. */
  shard?: { index: number; count: number };
  onProgress?: (done: number, total: number) => void;
  workers?: number;
  /** Replace names and employee ids with stable pseudonyms (--redact). */
  redact?: boolean;
}

export interface ValidateOutcome {
  report: Report;
  skipped: Skipped[];
  /** Absolute paths of every file read: agreements and policy layers (never to be overwritten). */
  inputs: string[];
  /** The policy set in use, for formatters that list rules. */
  resolver: PolicyResolver;
}

function collectFiles(paths: string[]): { files: string[]; skipped: Skipped[] } {
  if (paths.length === 0) {
    throw new UsageError(msg(RUN.noPaths));
  }
  const { files, skipped, missing } = expandPaths(paths);
  if (missing.length > 0) {
    throw new UsageError(msg(RUN.pathsMissing, { paths: missing.join(", ") }));
  }
  if (files.length === 0) {
    throw new UsageError(msg(RUN.noAgreements, { paths: paths.join(", ") }));
  }
  return { files, skipped };
}

/** Files of shard i of n: every n-th file of the sorted list, so shards are disjoint and complete. */
function inShard(index: number, shard: { index: number; count: number } | undefined): boolean {
  return !shard || index % shard.count === shard.index - 1;
}

export async function validatePaths(run: ValidateRun): Promise<ValidateOutcome> {
  const policyDirs = defaultPolicyDirs(run.policyDirs).map((d) => resolve(d));
  const resolver = loadPolicies(policyDirs);
  const { files, skipped } = collectFiles(run.paths);
  const jobs: Job[] = files.map((path, i) => ({
    path,
    file: displayPath(path),
    scanOnly: !inShard(i, run.shard),
  }));
  const evaluated = await runJobs(jobs, {
    resolver,
    policyDirs,
    maxBytes: run.maxBytes,
    about: run.about,
    onProgress: run.onProgress,
    workers: run.workers,
  });
  // Repository rules see every agreement, also those of other shards; findings go to this shard's files.
  const extra = repositoryFindings(evaluated.flatMap((e) => (e.repo ? [e.repo] : [])));
  const results = evaluated.flatMap((e, i) => {
    if (jobs[i]?.scanOnly) return [];
    const more = extra.get(e.result.file) ?? [];
    if (more.length === 0) return [e.result];
    const findings = [...e.result.findings, ...more];
    return [{ ...e.result, findings, verdict: verdictOf(findings, e.result.verdict === "invalid") }];
  });
  const policyFiles = policyInputs(resolver, policyDirs).map((f) => resolve(f));
  const shown = skipped.map((s) => ({ ...s, path: displayPath(s.path) }));
  const report = buildReport(results, shown, policyDirs.map(displayPath));
  if (run.about) report.chains = renewalChains(evaluated.flatMap((e) => (e.repo ? [e.repo] : [])));
  if (!run.redact) return { report, skipped: shown, inputs: [...files, ...policyFiles], resolver };
  // Names travel in file names too: the skipped paths are redacted like the rest of the report.
  const redacted = redactReport(report, pseudonymizer(evaluated.flatMap((e) => e.people ?? [])));
  return { report: redacted, skipped: redacted.skipped, inputs: [...files, ...policyFiles], resolver };
}
