/**
 * `policy test`: runs the YAML test cases of every policy folder and, with --coverage, counts
 * which rules the cases exercise; the formatter prints the failed cases and the summary.
 */
import { msg } from "../core/messages/index.js";
import { defaultPolicyDirs, loadPolicies, policyRefused } from "../core/run/run.js";
import { runPolicyTestDirs } from "../core/run/testcases.js";
import { testCoverage } from "../core/run/testcoverage.js";
import { type Lang, UsageError } from "../core/types.js";
import { formatPolicyTestJson, formatPolicyTestText } from "../formatters/policy-test.js";
import { POLICY_CMD } from "./messages/policy.js";

export interface TestCommandOptions {
  /** The --policies folders, if given. */
  policies: string[] | undefined;
  coverage: boolean;
  format: string;
}

/** Runs the cases and writes the result; the exit code: 1 when a case failed, else 0. */
export async function runTestCommand(options: TestCommandOptions, lang: Lang): Promise<number> {
  const dirs = defaultPolicyDirs(options.policies);
  const resolver = loadPolicies(dirs);
  const run = await runPolicyTestDirs(dirs, { resolver });
  if (run.files.length === 0) {
    const folders = dirs.map((d) => `${d}/tests/`).join(", ");
    throw new UsageError(msg(POLICY_CMD.noTestFiles, { folders }));
  }
  if (run.problems.length > 0) throw policyRefused(run.problems);
  const coverage = options.coverage ? testCoverage(run.outcomes, resolver) : undefined;
  const format = options.format === "json" ? formatPolicyTestJson : formatPolicyTestText;
  process.stdout.write(format(run, coverage, lang));
  return run.outcomes.some((o) => !o.passed) ? 1 : 0;
}
