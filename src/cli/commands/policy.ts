/** `hjemmekontor policy lint|show|test|diff`: wiring only; the work is in the core. */
import type { Command } from "commander";
import { type Lang, UsageError } from "../../core/types.js";
import { escapeControls } from "../../formatters/escape.js";
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
import { writeOutput, writeSkipNotices } from "../output.js";

const EXIT_OK_2 = {
  nb: "0 ingen problemer; 2 et problem i et lag (fil:linje nevnt), eller en bruksfeil;",
  en: "0 no problems; 2 a problem in a layer (file:line named), or a usage error;",
};

function addLint(policy: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(policy, "lint", lang, {
    nb: "sjekk hvert lag: skjema, kjente fakta, operatorer og plassholdere, garantiene, extends, sitater mot kildene og dekningen",
    en: "check every layer: schema, known facts, operators and placeholders, the guarantees, extends, quotes against the sources and coverage",
  })
    .addOption(policiesOption(lang))
    .addOption(langOption(lang));
  helpAfter(
    cmd,
    lang,
    ["hjemmekontor policy lint", "hjemmekontor policy lint --policies policies --policies examples/policies"],
    EXIT_OK_2,
  );
  cmd.action(async (flags: { policies?: string[]; lang: Lang }) => {
    const { defaultPolicyDirs, loadPolicies, policyRefused } = await import("../../core/run/run.js");
    const { lintSources } = await import("../../core/run/lint.js");
    const dirs = defaultPolicyDirs(flags.policies);
    const resolver = loadPolicies(dirs);
    const { rulesWithoutCases } = await import("../../core/run/testcoverage.js");
    const { problems, warnings } = lintSources(resolver, dirs);
    if (problems.length > 0) throw policyRefused(problems);
    // SPEC 8.6: a rule without any test case is a warning, not a refusal.
    for (const u of rulesWithoutCases(dirs, resolver)) {
      const at = `${u.file}:${u.line}:${u.column}`;
      warnings.push({ nb: `${at}: advarsel: ${u.messages.nb}`, en: `${at}: warning: ${u.messages.en}` });
    }
    for (const w of warnings) process.stderr.write(`${escapeControls(w[ctx.lang])}\n`);
    const layers = resolver.set.layers;
    const rules = new Set(layers.flatMap((l) => l.rules.map((r) => r.id))).size;
    const where = escapeControls(dirs.join(", "));
    const n = warnings.length;
    process.stdout.write(
      ctx.lang === "nb"
        ? `✔ ${layers.length} lag, ${rules} regler i ${where}: ingen problemer${n ? `, ${n} ${n === 1 ? "advarsel" : "advarsler"}` : ""}.\n`
        : `✔ ${layers.length} layers, ${rules} rules in ${where}: no problems${n ? `, ${n} ${n === 1 ? "warning" : "warnings"}` : ""}.\n`,
    );
  });
}

function addShow(policy: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(policy, "show", lang, {
    nb: "vis policyen som gjelder for en enhet og dato, hver parameter og regel med fil:linje som satte den",
    en: "show the effective policy for a unit and date, each parameter and rule with the file:line that set it",
  })
    .addOption(policiesOption(lang))
    .option("--faculty <code>", lang === "nb" ? "fakultetskode, f.eks. IE" : "faculty code, e.g. IE")
    .option("--department <code>", lang === "nb" ? "instituttkode, f.eks. IDI" : "department code, e.g. IDI")
    .addOption(
      dateOption(lang, "--date <YYYY-MM-DD>", {
        nb: "datoen policyen gjelder (standard: i dag)",
        en: "the date the policy is in force on (default: today)",
      }),
    )
    .addOption(formatOption(lang, ["yaml", "json"], "yaml"))
    .addOption(langOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor policy show",
      "hjemmekontor policy show --policies policies --policies examples/policies --faculty IE --department IDI --date 2026-03-01 --format json",
    ],
    {
      nb: "0 vist; 2 bruksfeil, ugyldig policy, eller ingen lag gjelder;",
      en: "0 shown; 2 usage error, invalid policy, or no layer in force;",
    },
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
  const cmd = command(policy, "test", lang, {
    nb: "kjør testtilfellene for policyen (<policies>/tests/*.yaml) og sammenlign funnene med de forventede",
    en: "run the policy test cases (<policies>/tests/*.yaml) and compare the findings with those expected",
  })
    .addOption(policiesOption(lang))
    .option(
      "--coverage",
      lang === "nb"
        ? "list regler som ingen test får til å slå til, og regler ingen test holder stille"
        : "list rules that no case makes fire and rules that no case keeps quiet",
    )
    .addOption(langOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor policy test",
      "hjemmekontor policy test --policies policies --policies examples/policies --coverage",
    ],
    {
      nb: "0 alle tilfeller bestått; 1 et tilfelle feilet; 2 ugyldig policy eller testfil, eller bruksfeil;",
      en: "0 every case passed; 1 a case failed; 2 invalid policy or test file, or usage error;",
    },
  );
  cmd.action(async (flags: { policies?: string[]; coverage?: boolean; lang: Lang }) => {
    const { runTestCommand } = await import("../policy-test.js");
    ctx.exitCode = await runTestCommand(flags.policies, flags.coverage === true, ctx.lang);
  });
}

function addDiff(policy: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(policy, "diff", lang, {
    nb: "list avtalene som får en annen vurdering eller andre funn med den nye policyen enn med den gamle",
    en: "list the agreements whose verdict or findings change from the old policy set to the new one",
  })
    .argument(
      "<old-dir>",
      lang === "nb" ? "policymappen før endringen" : "the policy folder before the change",
    )
    .argument(
      "<new-dir>",
      lang === "nb" ? "policymappen etter endringen" : "the policy folder after the change",
    )
    .argument(
      "[paths...]",
      lang === "nb" ? "avtalefiler, mapper eller glob-mønstre" : "agreement files, folders or globs",
    )
    .option(
      "--with <dir>",
      lang === "nb"
        ? "en ekstra policymappe brukt på begge sider (f.eks. examples/policies); kan gjentas"
        : "a further policy folder used on both sides (e.g. examples/policies); repeatable",
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .addOption(formatOption(lang, ["text", "json"], "text"))
    .addOption(langOption(lang))
    .option(
      "--fail-on-change",
      lang === "nb"
        ? "avslutt med 1 når en avtale endres (for å stoppe en endring)"
        : "exit 1 when any agreement changes (for gating)",
    )
    .addOption(outputOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "git archive origin/main policies | tar -x -C /tmp/old",
      "hjemmekontor policy diff /tmp/old/policies policies agreements/",
      "hjemmekontor policy diff old/ policies examples/agreements --with examples/policies --format json",
    ],
    {
      nb: "0 ferdig (også med endringer, uten --fail-on-change); 1 en endring med --fail-on-change; 2 bruksfeil eller ugyldig policy;",
      en: "0 done (also with changes, unless --fail-on-change); 1 a change with --fail-on-change; 2 usage error or invalid policy;",
    },
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
      const before = await validatePaths({ paths, policyDirs: [oldDir, ...extra] });
      const after = await validatePaths({ paths, policyDirs: [newDir, ...extra] });
      writeSkipNotices(after.skipped, ctx.lang);
      const diff = diffReports(before.report, after.report);
      const text = flags.format === "json" ? formatDiffJson(diff, ctx.lang) : formatDiffText(diff, ctx.lang);
      ctx.exitCode = flags.failOnChange && diff.changes.length > 0 ? 1 : 0;
      writeOutput(text, flags.output, [...before.inputs, ...after.inputs]);
    },
  );
}

export function addPolicyCommands(program: Command, ctx: Ctx): Command {
  const policy = command(program, "policy", ctx.lang, {
    nb: "sjekk, vis, test og dokumenter policylagene",
    en: "check, show, test and document the policy layers",
  });
  addLint(policy, ctx);
  addShow(policy, ctx);
  addTest(policy, ctx);
  addDiff(policy, ctx);
  return policy;
}
