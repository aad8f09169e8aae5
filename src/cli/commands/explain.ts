/** `hjemmekontor explain <agreement>` (SPEC 8.4): the layers, the facts, each rule leaf by leaf. */
import type { Command } from "commander";
import { msg } from "../../core/messages/index.js";
import { readRegularText } from "../../core/parse/read.js";
import { displayPath } from "../../core/policy/load.js";
import { explainText } from "../../core/run/explain.js";
import { defaultPolicyDirs, loadPolicies } from "../../core/run/run.js";
import { type Lang, UsageError } from "../../core/types.js";
import { escapeLines } from "../../formatters/escape.js";
import { formatExplanation } from "../../formatters/explain.js";
import { CLI_EXPLAIN } from "../messages/explain.js";
import { type Ctx, command, formatOption, helpAfter, langOption, policiesOption } from "../options.js";

/** The agreement's text, read as validate reads files (regular file, size limit, UTF-8). */
function readAgreement(path: string): string {
  const read = readRegularText(path);
  if ("problem" in read) throw new UsageError(read.problem);
  return read.text;
}

export function addExplain(program: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(program, "explain", lang, CLI_EXPLAIN.description)
    .argument("<agreement>", CLI_EXPLAIN.agreement[lang])
    .option("--rule <id>", CLI_EXPLAIN.rule[lang])
    .addOption(policiesOption(lang))
    .addOption(formatOption(lang, ["text", "json"], "text"))
    .addOption(langOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor explain examples/agreements/max-home-share.yaml",
      "hjemmekontor explain examples/agreements/core-time.yaml --rule core-time --lang en",
      "hjemmekontor explain examples/local/mh-confidential.yaml --policies policies --policies examples/policies --format json",
    ],
    CLI_EXPLAIN.exits,
  );
  cmd.action(
    async (
      path: string,
      flags: { rule?: string; policies?: string[]; format: "text" | "json"; lang: Lang },
    ) => {
      const resolver = loadPolicies(defaultPolicyDirs(flags.policies));
      const e = await explainText(displayPath(path), readAgreement(path), resolver, flags.rule);
      if (flags.rule && e.layers.length > 0 && e.rules.length === 0) {
        const known = [...new Set(resolver.set.layers.flatMap((l) => l.rules.map((r) => r.id)))].sort();
        throw new UsageError(msg(CLI_EXPLAIN.unknownRule, { rule: flags.rule, rules: known.join(", ") }));
      }
      const text = formatExplanation(e, ctx.lang, flags.format);
      process.stdout.write(flags.format === "json" ? text : escapeLines(text));
    },
  );
}
