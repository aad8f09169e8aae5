/** `policy facts`, `policy coverage` and `policy docs` (SPEC 8.2, 8.3, 8.5): the policy as documentation. */
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { msg } from "../../core/messages/index.js";
import { readRegularText } from "../../core/parse/read.js";
import type { Coverage, CoverageSummary } from "../../core/policy/coverage.js";
import { displayPath } from "../../core/policy/load.js";
import type { ResolvedPolicy } from "../../core/policy/model.js";
import type { PolicyResolver } from "../../core/policy/resolve.js";
import type { ParsedSource } from "../../core/policy/sources.js";
import { repositoryRules } from "../../core/repository/repository.js";
import { defaultPolicyDirs, loadPolicies, policyInputs } from "../../core/run/run.js";
import { type Lang, UsageError } from "../../core/types.js";
import { escapeLines } from "../../formatters/escape.js";
import { CLI_DOCS } from "../messages/docs.js";
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
import { writeOutput } from "../output.js";

interface UnitFlags {
  policies?: string[];
  faculty?: string;
  department?: string;
  date?: string;
  lang: Lang;
}

function unitOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(policiesOption(lang))
    .option("--faculty <code>", CLI_DOCS.faculty[lang])
    .option("--department <code>", CLI_DOCS.department[lang])
    .addOption(dateOption(lang, "--date <YYYY-MM-DD>", CLI_DOCS.date));
}

function policyFor(flags: UnitFlags): {
  resolver: PolicyResolver;
  policy: ResolvedPolicy;
  date: string;
  dirs: string[];
} {
  const dirs = defaultPolicyDirs(flags.policies);
  const resolver = loadPolicies(dirs);
  const date = flags.date ?? today();
  const r = resolver.resolve(flags.faculty ?? "", flags.department, date);
  if ("missing" in r || !r.policy) throw new UsageError("missing" in r ? r.missing : CLI_DOCS.noPolicy);
  return { resolver, policy: r.policy, date, dirs };
}

/** The source texts and coverage tables of a policy's layers. */
async function sourcesOf(
  policy: ResolvedPolicy,
  dirs: readonly string[],
): Promise<{ sources: Record<string, ParsedSource>; coverage: Coverage[] }> {
  // Loaded when asked for, so that the other commands start without the sources and coverage code.
  const { sourceOf } = await import("../../core/run/lint.js");
  const { parseCoverage } = await import("../../core/policy/coverage.js");
  const sources: Record<string, ParsedSource> = {};
  const coverage: Coverage[] = [];
  for (const layer of policy.layers) {
    const found = sourceOf(layer, dirs);
    if (!found || "missing" in found || "unreadable" in found) continue;
    sources[layer.id] = found.source;
    if (
      found.own &&
      !coverage.some((c) => c.source === found.source.name) &&
      existsSync(found.coverageFile)
    ) {
      const read = readRegularText(found.coverageFile);
      const parsed = "text" in read ? parseCoverage(read.text, displayPath(found.coverageFile)) : undefined;
      if (parsed?.coverage) coverage.push(parsed.coverage);
    }
  }
  return { sources, coverage };
}

function coverageText(summaries: CoverageSummary[], lang: Lang): string {
  const out: string[] = [];
  for (const s of summaries) {
    out.push(msg(CLI_DOCS.source, { source: s.source })[lang]);
    for (const r of s.rows) {
      const what =
        r.rules.length > 0
          ? r.rules.join(", ")
          : msg(CLI_DOCS.notCheckable, { why: r.notCheckable?.[lang] ?? "" })[lang];
      out.push(`  ${r.section.padEnd(10)} ${r.text}`, `  ${"".padEnd(10)} → ${what}`);
    }
    const t = s.totals;
    out.push(
      msg(CLI_DOCS.totals, { norms: t.norms, encoded: t.encoded, notCheckable: t.notCheckable })[lang],
      "",
    );
  }
  return `${out.join("\n")}`;
}

type ListFlags = UnitFlags & { format: "text" | "json" };
type DocsFlags = UnitFlags & { format: "html" | "markdown"; output?: string };

export function addDocsCommands(policy: Command, ctx: Ctx): void {
  factsCommand(policy, ctx.lang).action((flags: ListFlags) => showFacts(flags, ctx.lang));
  coverageCommand(policy, ctx.lang).action((flags: ListFlags) => showCoverage(flags, ctx.lang));
  docsCommand(policy, ctx.lang).action((flags: DocsFlags) => writeHandbook(flags, ctx.lang));
}

/** `policy facts`: its options and help. */
function factsCommand(policy: Command, lang: Lang): Command {
  const facts = unitOptions(command(policy, "facts", lang, CLI_DOCS.facts), lang)
    .addOption(formatOption(lang, ["text", "json"], "text"))
    .addOption(langOption(lang));
  return helpAfter(
    facts,
    lang,
    [
      "hjemmekontor policy facts",
      "hjemmekontor policy facts --faculty IE --policies policies --policies examples/policies --format json",
    ],
    CLI_DOCS.shownExits,
  );
}

/** `policy facts`'s action: the catalogue of the policy for the unit and date. */
async function showFacts(flags: ListFlags, lang: Lang): Promise<void> {
  const { catalogue } = await import("../../core/policy/catalogue.js");
  const { formatCatalogue } = await import("../../formatters/catalogue.js");
  process.stdout.write(formatCatalogue(catalogue(policyFor(flags).policy), lang, flags.format));
}

/** `policy coverage`: its options and help. */
function coverageCommand(policy: Command, lang: Lang): Command {
  const coverage = unitOptions(command(policy, "coverage", lang, CLI_DOCS.coverage), lang)
    .addOption(formatOption(lang, ["text", "json"], "text"))
    .addOption(langOption(lang));
  return helpAfter(
    coverage,
    lang,
    ["hjemmekontor policy coverage", "hjemmekontor policy coverage --format json --lang en"],
    CLI_DOCS.shownExits,
  );
}

/** `policy coverage`'s action: the coverage tables of the policy's sources, as text or JSON. */
async function showCoverage(flags: ListFlags, lang: Lang): Promise<void> {
  const { policy, dirs } = policyFor(flags);
  const { coverageSummary } = await import("../../core/policy/coverage.js");
  const summaries = (await sourcesOf(policy, dirs)).coverage.map(coverageSummary);
  process.stdout.write(
    flags.format === "json"
      ? `${JSON.stringify(summaries, null, 2)}\n`
      : escapeLines(coverageText(summaries, lang)),
  );
}

/** `policy docs`: its options and help. */
function docsCommand(policy: Command, lang: Lang): Command {
  const docs = unitOptions(command(policy, "docs", lang, CLI_DOCS.docs), lang)
    .addOption(formatOption(lang, ["html", "markdown"], "html"))
    .addOption(outputOption(lang))
    .addOption(langOption(lang));
  return helpAfter(
    docs,
    lang,
    [
      "hjemmekontor policy docs --output handbok.html",
      "hjemmekontor policy docs --faculty IE --department IDI --policies policies --policies examples/policies --format markdown --lang en --output handbook.md",
    ],
    CLI_DOCS.docsExits,
  );
}

/** `policy docs`'s action: the handbook of the policy for the unit and date, with its sources. */
async function writeHandbook(flags: DocsFlags, lang: Lang): Promise<void> {
  const { renderHandbook } = await import("../../formatters/handbook/index.js");
  const { resolver, policy, date, dirs } = policyFor(flags);
  const { sources, coverage: tables } = await sourcesOf(policy, dirs);
  const text = renderHandbook(
    {
      policy,
      unit: { faculty: flags.faculty, department: flags.department },
      date,
      sources,
      coverage: tables,
      repositoryRules: repositoryRules(),
    },
    { lang, format: flags.format },
  );
  writeOutput(text, flags.output, policyInputs(resolver, dirs));
}
