/** `hjemmekontor policy lint|show|test|diff`: wiring only; the work is in the core. */
import type { Command } from "commander";
import { type Lang, UsageError } from "../../core/types.js";
import { POLICY_CMD } from "../messages/policy.js";
import {
  type Ctx,
  command,
  dateOption,
  formatOption,
  helpAfter,
  langOption,
  outputOption,
  policiesOption,
  today,
} from "../options.js";
import { refusalAsJson, writeOutput, writeSkipNotices } from "../output.js";

function addLint(policy: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(policy, "lint", lang, POLICY_CMD.lintDescription)
    .addOption(policiesOption(lang))
    .addOption(formatOption(lang, ["text", "json"], "text"))
    .addOption(langOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor policy lint",
      "hjemmekontor policy lint --policies policies --policies examples/policies",
      "hjemmekontor policy lint --format json",
    ],
    POLICY_CMD.lintExits,
  );
  cmd.action(async (flags: { policies?: string[]; format: string; lang: Lang }) => {
    const { defaultPolicyDirs, loadPolicies, policyRefused } = await import("../../core/run/run.js");
    const { lintPolicies } = await import("../../core/run/lint.js");
    const { formatLintJson, formatLintText, formatLintWarnings } = await import("../../formatters/lint.js");
    const json = flags.format === "json";
    const lint = await refusalAsJson(json, ctx.lang, async () => {
      const dirs = defaultPolicyDirs(flags.policies);
      const lint = await lintPolicies(loadPolicies(dirs), dirs);
      if (lint.problems.length > 0) throw policyRefused(lint.problems);
      return lint;
    });
    if (json) {
      process.stdout.write(formatLintJson(lint, ctx.lang));
      return;
    }
    process.stderr.write(formatLintWarnings(lint, ctx.lang));
    process.stdout.write(formatLintText(lint, ctx.lang));
  });
}

function addShow(policy: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(policy, "show", lang, POLICY_CMD.showDescription)
    .addOption(policiesOption(lang))
    .option("--faculty <code>", POLICY_CMD.showFaculty[lang])
    .option("--department <code>", POLICY_CMD.showDepartment[lang])
    .addOption(dateOption(lang, "--date <YYYY-MM-DD>", POLICY_CMD.showDate))
    .addOption(formatOption(lang, ["yaml", "json"], "yaml"))
    .addOption(langOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor policy show",
      "hjemmekontor policy show --policies policies --policies examples/policies --faculty IE --department IDI --date 2026-03-01 --format json",
    ],
    POLICY_CMD.showExits,
  );
  cmd.action(
    async (flags: {
      policies?: string[];
      faculty?: string;
      department?: string;
      date?: string;
      format: string;
    }) => {
      const { defaultPolicyDirs, loadPolicies } = await import("../../core/run/run.js");
      const { describePolicy } = await import("../../core/policy/show.js");
      const date = flags.date ?? today();
      const r = loadPolicies(defaultPolicyDirs(flags.policies)).resolve(
        flags.faculty ?? "",
        flags.department,
        date,
      );
      if ("missing" in r) throw new UsageError(r.missing);
      const doc = describePolicy(r.policy, { faculty: flags.faculty, department: flags.department }, date);
      if (flags.format === "json") process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
      else {
        const { yaml } = await import("../../core/parse/load.js");
        process.stdout.write(yaml().stringify(doc, { lineWidth: 0 }));
      }
    },
  );
}

function addTest(policy: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(policy, "test", lang, POLICY_CMD.testDescription)
    .addOption(policiesOption(lang))
    .option("--coverage", POLICY_CMD.testCoverage[lang])
    .addOption(formatOption(lang, ["text", "json"], "text"))
    .addOption(langOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor policy test",
      "hjemmekontor policy test --policies policies --policies examples/policies --coverage",
      "hjemmekontor policy test --coverage --format json",
    ],
    POLICY_CMD.testExits,
  );
  cmd.action(async (flags: { policies?: string[]; coverage?: boolean; format: string; lang: Lang }) => {
    const { runTestCommand } = await import("../policy-test.js");
    const options = { policies: flags.policies, coverage: flags.coverage === true, format: flags.format };
    ctx.exitCode = await refusalAsJson(flags.format === "json", ctx.lang, () =>
      runTestCommand(options, ctx.lang),
    );
  });
}

function addDiff(policy: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(policy, "diff", lang, POLICY_CMD.diffDescription)
    .argument("<old-dir>", POLICY_CMD.diffOldDir[lang])
    .argument("<new-dir>", POLICY_CMD.diffNewDir[lang])
    .argument("[paths...]", POLICY_CMD.diffPaths[lang])
    .option("--with <dir>", POLICY_CMD.diffWith[lang], (v: string, prev: string[] = []) => [...prev, v])
    .addOption(formatOption(lang, ["text", "json"], "text"))
    .addOption(langOption(lang))
    .option("--fail-on-change", POLICY_CMD.diffFailOnChange[lang])
    .addOption(outputOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "git archive origin/main policies | tar -x -C /tmp/old",
      "hjemmekontor policy diff /tmp/old/policies policies agreements/",
      "hjemmekontor policy diff old/ policies examples/agreements --with examples/policies --format json",
    ],
    POLICY_CMD.diffExits,
  );
  cmd.action(
    async (
      oldDir: string,
      newDir: string,
      paths: string[],
      flags: { with?: string[]; format: string; lang: Lang; failOnChange?: boolean; output?: string },
    ) => {
      const { validatePaths } = await import("../../core/run/run.js");
      const { diffReports } = await import("../../core/report/diff.js");
      const { formatDiffJson, formatDiffText } = await import("../../formatters/diff.js");
      const extra = flags.with ?? [];
      const [before, after] = await refusalAsJson(flags.format === "json", ctx.lang, async () => [
        await validatePaths({ paths, policyDirs: [oldDir, ...extra] }),
        await validatePaths({ paths, policyDirs: [newDir, ...extra] }),
      ]);
      writeSkipNotices(after.skipped, ctx.lang);
      const diff = diffReports(before.report, after.report);
      const text = flags.format === "json" ? formatDiffJson(diff, ctx.lang) : formatDiffText(diff, ctx.lang);
      ctx.exitCode = flags.failOnChange && diff.changes.length > 0 ? 1 : 0;
      writeOutput(text, flags.output, [...before.inputs, ...after.inputs]);
    },
  );
}

export function addPolicyCommands(program: Command, ctx: Ctx): Command {
  const policy = command(program, "policy", ctx.lang, POLICY_CMD.policyDescription);
  addLint(policy, ctx);
  addShow(policy, ctx);
  addTest(policy, ctx);
  addDiff(policy, ctx);
  return policy;
}
