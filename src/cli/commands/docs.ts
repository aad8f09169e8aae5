/** `policy facts`, `policy coverage` and `policy docs` (SPEC 8.2, 8.3, 8.5): the policy as documentation. */
import { existsSync } from "node:fs";
import type { Command } from "commander";
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
    .option(
      "--faculty <code>",
      lang === "nb"
        ? "fakultetskode, f.eks. IE (standard: bare den sentrale policyen)"
        : "faculty code, e.g. IE (default: the central policy alone)",
    )
    .option("--department <code>", lang === "nb" ? "instituttkode, f.eks. IDI" : "department code, e.g. IDI")
    .addOption(
      dateOption(lang, "--date <YYYY-MM-DD>", {
        nb: "datoen policyen gjelder (standard: i dag)",
        en: "the date the policy is in force on (default: today)",
      }),
    );
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
  if ("missing" in r || !r.policy)
    throw new UsageError("missing" in r ? r.missing : { nb: "Ingen policy.", en: "No policy." });
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
    out.push(lang === "nb" ? `Kilde: ${s.source}` : `Source: ${s.source}`);
    for (const r of s.rows) {
      const what =
        r.rules.length > 0
          ? r.rules.join(", ")
          : `${lang === "nb" ? "kan ikke sjekkes" : "not checkable"}: ${r.notCheckable?.[lang] ?? ""}`;
      out.push(`  ${r.section.padEnd(10)} ${r.text}`, `  ${"".padEnd(10)} → ${what}`);
    }
    const t = s.totals;
    out.push(
      lang === "nb"
        ? `  ${t.norms} normer: ${t.encoded} kodet i regler, ${t.notCheckable} kan ikke sjekkes fra en avtale`
        : `  ${t.norms} norms: ${t.encoded} encoded by rules, ${t.notCheckable} not checkable from an agreement`,
      "",
    );
  }
  return `${out.join("\n")}`;
}

export function addDocsCommands(policy: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const facts = unitOptions(
    command(policy, "facts", lang, {
      nb: "katalogen: hvert faktum, hver operator og parameter en policy kan bruke, med type, enhet, forklaring og eksempel",
      en: "the catalogue: every fact, operator and parameter a policy may name, with type, unit, description and example",
    }),
    lang,
  )
    .addOption(formatOption(lang, ["text", "json"], "text"))
    .addOption(langOption(lang));
  helpAfter(
    facts,
    lang,
    [
      "hjemmekontor policy facts",
      "hjemmekontor policy facts --faculty IE --policies policies --policies examples/policies --format json",
    ],
    {
      nb: "0 vist; 2 bruksfeil eller ugyldig policy;",
      en: "0 shown; 2 usage error or invalid policy;",
    },
  );
  facts.action(async (flags: UnitFlags & { format: "text" | "json" }) => {
    const { catalogue } = await import("../../core/policy/catalogue.js");
    const { formatCatalogue } = await import("../../formatters/catalogue.js");
    process.stdout.write(formatCatalogue(catalogue(policyFor(flags).policy), ctx.lang, flags.format));
  });

  const coverage = unitOptions(
    command(policy, "coverage", lang, {
      nb: "dekningen av kildene: hver setning som stiller krav, med reglene som koder den eller hvorfor ingen regel kan sjekke den",
      en: "coverage of the sources: every normative sentence, with the rules that encode it or why no rule can check it",
    }),
    lang,
  )
    .addOption(formatOption(lang, ["text", "json"], "text"))
    .addOption(langOption(lang));
  helpAfter(
    coverage,
    lang,
    ["hjemmekontor policy coverage", "hjemmekontor policy coverage --format json --lang en"],
    {
      nb: "0 vist; 2 bruksfeil eller ugyldig policy;",
      en: "0 shown; 2 usage error or invalid policy;",
    },
  );
  coverage.action(async (flags: UnitFlags & { format: "text" | "json" }) => {
    const { policy, dirs } = policyFor(flags);
    const { coverageSummary } = await import("../../core/policy/coverage.js");
    const summaries = (await sourcesOf(policy, dirs)).coverage.map(coverageSummary);
    process.stdout.write(
      flags.format === "json"
        ? `${JSON.stringify(summaries, null, 2)}\n`
        : escapeLines(coverageText(summaries, ctx.lang)),
    );
  });

  const docs = unitOptions(
    command(policy, "docs", lang, {
      nb: "skriv håndboken: policyen som gjelder for en enhet og dato, kildeteksten avsnitt for avsnitt med reglene ved siden av",
      en: "write the handbook: the effective policy for a unit and date, the source text section by section with its rules beside it",
    }),
    lang,
  )
    .addOption(formatOption(lang, ["html", "markdown"], "html"))
    .addOption(outputOption(lang))
    .addOption(langOption(lang));
  helpAfter(
    docs,
    lang,
    [
      "hjemmekontor policy docs --output handbok.html",
      "hjemmekontor policy docs --faculty IE --department IDI --policies policies --policies examples/policies --format markdown --lang en --output handbook.md",
    ],
    {
      nb: "0 skrevet; 2 bruksfeil, ugyldig policy, eller utdata som ikke kan skrives;",
      en: "0 written; 2 usage error, invalid policy, or output that cannot be written;",
    },
  );
  docs.action(async (flags: UnitFlags & { format: "html" | "markdown"; output?: string }) => {
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
      { lang: ctx.lang, format: flags.format },
    );
    writeOutput(text, flags.output, policyInputs(resolver, dirs));
  });
}
