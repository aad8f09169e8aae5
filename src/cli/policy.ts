/** `hjemmekontor policy …`: lint, show, test (and diff, for CI). Wiring only. */
import type { Command } from "commander";
import { Option } from "commander";
import type { Lang } from "../core/types.js";
import { UsageError } from "../core/types.js";
import { escapeControls } from "../formatters/escape.js";
import { EXIT_3_HELP } from "./bug.js";
import { writeOutput, writeSkipNotices } from "./output.js";

const collect = (v: string, prev: string[] = []) => [...prev, v];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function addPolicyCommands(program: Command): void {
  const policy = program.command("policy").description("check, show and test the policy layers");

  policy
    .command("lint")
    .description(
      "check every layer: schema, known facts, operators and placeholders, guarantees, extends, duplicates",
    )
    .option(
      "--policies <dir>",
      "a folder of policy layers; repeatable (default: ./policies, else the shipped set)",
      collect,
    )
    .addOption(new Option("--lang <lang>", "language of messages").choices(["nb", "en"]).default("nb"))
    .addHelpText(
      "after",
      "\nExamples:\n  $ hjemmekontor policy lint\n  $ hjemmekontor policy lint --policies policies --policies examples/policies\n\nExit codes: 0 no problems; 2 a problem in a layer (file:line named), or a usage error;\n" +
        EXIT_3_HELP,
    )
    .action(async (flags: { policies?: string[]; lang: Lang }) => {
      const { defaultPolicyDirs, loadPolicies } = await import("../core/run/run.js");
      const dirs = defaultPolicyDirs(flags.policies);
      const resolver = loadPolicies(dirs);
      const layers = resolver.set.layers;
      const rules = new Set(layers.flatMap((l) => l.rules.map((r) => r.id))).size;
      process.stdout.write(
        flags.lang === "nb"
          ? `✔ ${layers.length} lag, ${rules} regler i ${escapeControls(dirs.join(", "))}: ingen problemer.\n`
          : `✔ ${layers.length} layers, ${rules} rules in ${escapeControls(dirs.join(", "))}: no problems.\n`,
      );
    });

  policy
    .command("show")
    .description(
      "show the effective policy for a unit and date, each parameter and rule with the file:line that set it",
    )
    .option("--policies <dir>", "a folder of policy layers; repeatable", collect)
    .option("--faculty <code>", "faculty code, e.g. IE")
    .option("--department <code>", "department code, e.g. IDI")
    .option("--date <YYYY-MM-DD>", "the date the policy is in force on (default: today)")
    .addOption(new Option("--format <format>", "output format").choices(["yaml", "json"]).default("yaml"))
    .addOption(new Option("--lang <lang>", "language of messages").choices(["nb", "en"]).default("nb"))
    .addHelpText(
      "after",
      "\nExamples:\n  $ hjemmekontor policy show\n  $ hjemmekontor policy show --policies policies --policies examples/policies --faculty IE --department IDI --date 2026-03-01 --format json\n\nExit codes: 0 shown; 2 usage error, invalid policy, or no layer in force;\n" +
        EXIT_3_HELP,
    )
    .action(
      async (flags: {
        policies?: string[];
        faculty?: string;
        department?: string;
        date?: string;
        format: string;
        lang: Lang;
      }) => {
        const { isValidDate } = await import("../core/dates.js");
        const date = flags.date ?? today();
        if (!isValidDate(date)) {
          throw new UsageError({
            nb: `--date ${date} er ikke en gyldig dato (ÅÅÅÅ-MM-DD).`,
            en: `--date ${date} is not a valid date (YYYY-MM-DD).`,
          });
        }
        const { defaultPolicyDirs, loadPolicies } = await import("../core/run/run.js");
        const { describePolicy } = await import("../core/policy/show.js");
        const resolver = loadPolicies(defaultPolicyDirs(flags.policies));
        const r = resolver.resolve(flags.faculty ?? "", flags.department, date);
        if ("missing" in r) throw new UsageError(r.missing);
        const doc = describePolicy(r.policy, { faculty: flags.faculty, department: flags.department }, date);
        if (flags.format === "json") process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
        else {
          const { yaml } = await import("../core/parse/load.js");
          process.stdout.write(yaml().stringify(doc, { lineWidth: 0 }));
        }
      },
    );

  policy
    .command("test")
    .description(
      "run the policy test cases (<policies>/tests/*.yaml) and compare the findings with those expected",
    )
    .option("--policies <dir>", "a folder of policy layers; repeatable", collect)
    .addOption(new Option("--lang <lang>", "language of messages").choices(["nb", "en"]).default("nb"))
    .addHelpText(
      "after",
      "\nExamples:\n  $ hjemmekontor policy test\n  $ hjemmekontor policy test --policies policies --policies examples/policies\n\nExit codes: 0 every case passed; 1 a case failed; 2 invalid policy or test file, or usage error;\n" +
        EXIT_3_HELP,
    )
    .action(async (flags: { policies?: string[]; lang: Lang }) => {
      const { defaultPolicyDirs, loadPolicies, policyRefused } = await import("../core/run/run.js");
      const { runPolicyTests, testFiles } = await import("../core/run/testcases.js");
      const dirs = defaultPolicyDirs(flags.policies);
      const resolver = loadPolicies(dirs);
      const files = testFiles(dirs);
      if (files.length === 0) {
        throw new UsageError({
          nb: `Ingen testfiler i ${dirs.map((d) => `${d}/tests/`).join(", ")}. Legg testtilfeller der (kind: PolicyTest).`,
          en: `No test files in ${dirs.map((d) => `${d}/tests/`).join(", ")}. Put test cases there (kind: PolicyTest).`,
        });
      }
      const { outcomes, problems } = await runPolicyTests(files, resolver);
      if (problems.length > 0) throw policyRefused(problems);
      const lang = flags.lang;
      const failed = outcomes.filter((o) => !o.passed);
      for (const o of failed) {
        process.stdout.write(`✖ ${escapeControls(o.file)}:${o.line}  ${escapeControls(o.name)}\n`);
        for (const r of o.reasons) process.stdout.write(`    ${escapeControls(r[lang])}\n`);
      }
      const passed = outcomes.length - failed.length;
      process.stdout.write(
        lang === "nb"
          ? `${failed.length === 0 ? "✔" : "✖"} ${outcomes.length} testtilfeller i ${files.length} filer: ${passed} bestått, ${failed.length} feilet\n`
          : `${failed.length === 0 ? "✔" : "✖"} ${outcomes.length} test cases in ${files.length} files: ${passed} passed, ${failed.length} failed\n`,
      );
      process.exitCode = failed.length > 0 ? 1 : 0;
    });

  policy
    .command("diff")
    .description(
      "list the agreements whose verdict or findings change from the old policy set to the new one",
    )
    .argument("<old-dir>", "the policy folder before the change")
    .argument("<new-dir>", "the policy folder after the change")
    .argument("[paths...]", "agreement files, folders or globs")
    .option(
      "--with <dir>",
      "a further policy folder used on both sides (e.g. examples/policies); repeatable",
      collect,
    )
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--lang <lang>", "language of messages").choices(["nb", "en"]).default("nb"))
    .option("--fail-on-change", "exit 1 when any agreement changes (for gating)")
    .option("--output <file>", "write the result to a file instead of stdout")
    .addHelpText(
      "after",
      "\nExamples:\n  $ git archive origin/main policies | tar -x -C /tmp/old\n  $ hjemmekontor policy diff /tmp/old/policies policies agreements/\n  $ hjemmekontor policy diff old/ policies examples/agreements --with examples/policies --format json\n\nExit codes: 0 done (also with changes, unless --fail-on-change); 1 a change with --fail-on-change; 2 usage error or invalid policy;\n" +
        EXIT_3_HELP,
    )
    .action(
      async (
        oldDir: string,
        newDir: string,
        paths: string[],
        flags: { with?: string[]; format: string; lang: Lang; failOnChange?: boolean; output?: string },
      ) => {
        const { validatePaths } = await import("../core/run/run.js");
        const { diffReports } = await import("../core/report/diff.js");
        const { formatDiffJson, formatDiffText } = await import("../formatters/diff.js");
        const extra = flags.with ?? [];
        const before = await validatePaths({ paths, policyDirs: [oldDir, ...extra], lang: flags.lang });
        const after = await validatePaths({ paths, policyDirs: [newDir, ...extra], lang: flags.lang });
        writeSkipNotices(after.skipped, flags.lang);
        const diff = diffReports(before.report, after.report);
        const text =
          flags.format === "json" ? formatDiffJson(diff, flags.lang) : formatDiffText(diff, flags.lang);
        process.exitCode = flags.failOnChange && diff.changes.length > 0 ? 1 : 0;
        writeOutput(text, flags.output, [...before.inputs, ...after.inputs]);
      },
    );
}
