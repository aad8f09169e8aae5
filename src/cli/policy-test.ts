/** `policy test`: runs the YAML test cases and prints the failed ones, and with --coverage the rules no case exercises. */
import { defaultPolicyDirs, loadPolicies, policyRefused } from "../core/run/run.js";
import { runPolicyTests, testFiles } from "../core/run/testcases.js";
import { testCoverage } from "../core/run/testcoverage.js";
import { type Lang, UsageError } from "../core/types.js";
import { escapeControls } from "../formatters/escape.js";

export async function runTestCommand(
  given: string[] | undefined,
  coverage: boolean,
  lang: Lang,
): Promise<number> {
  const dirs = defaultPolicyDirs(given);
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
  if (coverage) {
    const { neverFires, neverQuiet } = testCoverage(outcomes, resolver);
    const list = (ids: string[]) => (ids.length === 0 ? (lang === "nb" ? "ingen" : "none") : ids.join(", "));
    process.stdout.write(
      lang === "nb"
        ? `Regler som ingen test får til å slå til: ${list(neverFires)}\nRegler som ingen test holder stille: ${list(neverQuiet)}\n`
        : `Rules that no case makes fire: ${list(neverFires)}\nRules that no case keeps quiet: ${list(neverQuiet)}\n`,
    );
  }
  return failed.length > 0 ? 1 : 0;
}
