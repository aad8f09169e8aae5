/** `hjemmekontor validate`: flags → validatePaths → a formatter of the registry → output. */
import { type Command, InvalidArgumentError, Option } from "commander";
import { msg } from "../../core/messages/index.js";
import { exitCodeOf, type FailOn } from "../../core/report/report.js";
import { ruleMeta } from "../../core/report/rules.js";
import { validatePaths } from "../../core/run/run.js";
import type { Lang } from "../../core/types.js";
import { escapeControls } from "../../formatters/escape.js";
import { FORMAT_NAMES, type FormatName, formatChunks } from "../../formatters/index.js";
import { CLI_VALIDATE } from "../messages/validate.js";
import {
  type Ctx,
  command,
  dateOption,
  formatOption,
  helpAfter,
  langOption,
  outputOption,
  policiesOption,
  positiveInt,
  today,
} from "../options.js";
import { writeOutput, writeSkipNotices } from "../output.js";

interface ValidateFlags {
  policies?: string[];
  format: FormatName;
  shard?: { index: number; count: number };
  output?: string;
  lang: Lang;
  failOn: FailOn;
  quiet?: boolean;
  redact?: boolean;
  maxBytes?: number;
  color?: boolean;
  asOf?: string;
  concurrency?: number | "auto" | "off";
}

function shardOf(lang: Lang) {
  return (v: string): { index: number; count: number } => {
    const m = /^(\d+)\/(\d+)$/.exec(v);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || index < 1 || index > count)
      throw new InvalidArgumentError(CLI_VALIDATE.expectedShard[lang]);
    return { index, count };
  };
}

/** At most this many threads: more than a few per core only costs memory and time. */
const MAX_THREADS = 64;

function concurrencyOf(lang: Lang) {
  return (v: string): number | "auto" | "off" => {
    if (v === "auto" || v === "off") return v;
    const n = positiveInt(lang)(v);
    if (n > MAX_THREADS)
      throw new InvalidArgumentError(msg(CLI_VALIDATE.tooManyThreads, { max: MAX_THREADS })[lang]);
    return n;
  };
}

/** Worker threads besides the main one: `auto` decides by the run's size, `off` and 1 use none. */
function workersOf(c: ValidateFlags["concurrency"]): number | undefined {
  if (c === undefined || c === "auto") return undefined;
  return c === "off" ? 0 : c - 1;
}

/** A progress line on stderr, only for people: never when stderr is not a terminal or CI is set. */
function progress(lang: Lang): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || process.env.CI) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 200) return;
    last = now;
    const text = msg(CLI_VALIDATE.progress, { done, total })[lang];
    process.stderr.write(done < total ? `\r${text}` : "\r\u001b[K");
  };
}

export function addValidate(program: Command, ctx: Ctx): void {
  validateCommand(program, ctx.lang).action((paths: string[], flags: ValidateFlags) =>
    runValidate(paths, flags, ctx),
  );
}

/** The `validate` command: its argument, options and help, in the run's language. */
function validateCommand(program: Command, lang: Lang): Command {
  const cmd = command(program, "validate", lang, CLI_VALIDATE.description)
    .argument("[paths...]", CLI_VALIDATE.paths[lang])
    .addOption(policiesOption(lang))
    .addOption(formatOption(lang, FORMAT_NAMES, "text"))
    .addOption(outputOption(lang))
    .addOption(langOption(lang))
    .addOption(
      new Option("--fail-on <severity>", CLI_VALIDATE.failOn[lang])
        .choices(["error", "warning", "info", "never"])
        .default("error"),
    )
    .addOption(new Option("--shard <i/n>", CLI_VALIDATE.shard[lang]).argParser(shardOf(lang)))
    .addOption(dateOption(lang, "--as-of <YYYY-MM-DD>", CLI_VALIDATE.asOf))
    .option("--redact", CLI_VALIDATE.redact[lang])
    .option("--quiet", CLI_VALIDATE.quiet[lang])
    .addOption(new Option("--max-bytes <n>", CLI_VALIDATE.maxBytes[lang]).argParser(positiveInt(lang)))
    .addOption(
      new Option("--concurrency <n>", CLI_VALIDATE.concurrency[lang])
        .argParser(concurrencyOf(lang))
        .default("auto"),
    )
    .option("--no-color", CLI_VALIDATE.noColor[lang]);
  return helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor validate examples/agreements",
      "hjemmekontor validate agreements/ --lang en --format json --output report.json",
      "hjemmekontor validate agreements/ --policies policies --policies examples/policies",
      'hjemmekontor validate "agreements/**/*.yaml" --fail-on warning',
      "hjemmekontor validate agreements/ --format sarif --output hjemmekontor.sarif --shard 1/4",
    ],
    CLI_VALIDATE.exits,
  );
}

/** `validate`'s action: the run, its report in the chosen format, the exit code. */
async function runValidate(paths: string[], flags: ValidateFlags, ctx: Ctx): Promise<void> {
  const outcome = await validatePaths({
    paths,
    policyDirs: flags.policies,
    maxBytes: flags.maxBytes,
    shard: flags.shard,
    redact: flags.redact,
    workers: workersOf(flags.concurrency),
    about: flags.format === "html" || flags.format === "junit",
    onProgress: progress(ctx.lang),
  });
  // The text and github formats list skipped paths in the report itself; the others say it here too.
  const textFormat = flags.format === "text" || flags.format === "github";
  if (!textFormat) writeSkipNotices(outcome.skipped, ctx.lang);
  const color =
    flags.color !== false && !flags.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const chunks = await formatChunks(flags.format, outcome.report, {
    lang: ctx.lang,
    quiet: flags.quiet,
    color,
    rules: ruleMeta(outcome.resolver),
    asOf: flags.asOf ?? today(),
    redacted: flags.redact === true,
    failOn: flags.failOn,
  });
  // Decided before writing, so that a closed output (`| head`) still ends with it.
  ctx.exitCode = exitCodeOf(outcome.report, flags.failOn);
  writeOutput(chunks, flags.output, outcome.inputs);
  // Every run names the policy folders it used: the text formats here, the others in the report.
  if (textFormat) {
    const dirs = escapeControls(outcome.report.policySources.join(", "));
    process.stderr.write(msg(CLI_VALIDATE.policyFrom, { dirs })[ctx.lang]);
  }
}
