/**
 * Output of `policy test`: the failed cases with their reasons, the summary and (with --coverage)
 * the rules no case makes fire or keeps quiet; as text, or as one JSON object with every case.
 */
import { msg } from "../core/messages/index.js";
import type { PolicyTestRun } from "../core/run/testcases.js";
import type { PolicyTestCoverage } from "../core/run/testcoverage.js";
import type { Lang } from "../core/types.js";
import { escapeControls } from "./escape.js";
import { FMT_POLICY } from "./messages/policy.js";
import { counted } from "./words.js";

function counts(run: PolicyTestRun) {
  const failed = run.outcomes.filter((o) => !o.passed).length;
  return {
    files: run.files.length,
    cases: run.outcomes.length,
    passed: run.outcomes.length - failed,
    failed,
  };
}

export function formatPolicyTestText(
  run: PolicyTestRun,
  coverage: PolicyTestCoverage | undefined,
  lang: Lang,
): string {
  const out: string[] = [];
  for (const o of run.outcomes.filter((x) => !x.passed)) {
    out.push(`✖ ${escapeControls(o.file)}:${o.line}  ${escapeControls(o.name)}`);
    for (const r of o.reasons) out.push(`    ${escapeControls(r[lang])}`);
  }
  const c = counts(run);
  const summary = msg(FMT_POLICY.testSummary, {
    cases: counted(c.cases, FMT_POLICY.casesOne, FMT_POLICY.casesMany),
    files: counted(c.files, FMT_POLICY.filesOne, FMT_POLICY.filesMany),
    passed: c.passed,
    failed: c.failed,
  });
  out.push(`${c.failed === 0 ? "✔" : "✖"} ${summary[lang]}`);
  if (coverage) {
    const list = (ids: string[]) => (ids.length === 0 ? FMT_POLICY.noRules : ids.join(", "));
    out.push(msg(FMT_POLICY.neverFires, { rules: list(coverage.neverFires) })[lang]);
    out.push(msg(FMT_POLICY.neverQuiet, { rules: list(coverage.neverQuiet) })[lang]);
  }
  return `${out.join("\n")}\n`;
}

/** One object: `version`, the counts, every case (passed or not, reasons in `lang`), and the coverage. */
export function formatPolicyTestJson(
  run: PolicyTestRun,
  coverage: PolicyTestCoverage | undefined,
  lang: Lang,
): string {
  const doc = {
    version: 1,
    summary: counts(run),
    cases: run.outcomes.map((o) => ({
      file: o.file,
      line: o.line,
      name: o.name,
      passed: o.passed,
      verdict: o.result.verdict,
      reasons: o.reasons.map((r) => r[lang]),
    })),
    ...(coverage && {
      coverage: {
        neverFires: coverage.neverFires,
        neverQuiet: coverage.neverQuiet,
        rules: coverage.rules.map((r) => ({
          ruleId: r.ruleId,
          layer: r.layer,
          file: r.file,
          line: r.line,
          column: r.column,
          fires: r.fires,
          quiet: r.quiet,
          nearMisses: r.nearMisses,
        })),
      },
    }),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
