/** The command line: commander wiring only. Flags → core call → formatter → process.exitCode. */
import { Command, InvalidArgumentError, Option } from "commander";
import { exitCodeOf, type FailOn } from "../core/report/report.js";
import { ruleMeta } from "../core/report/rules.js";
import { validatePaths } from "../core/run/run.js";
import { type Lang, UsageError } from "../core/types.js";
import { escapeControls, escapeLines } from "../formatters/escape.js";
import { formatChunks } from "../formatters/index.js";
import { EXIT_3_HELP, internalErrorMessage } from "./bug.js";
import { OutputClosed, writeOutput, writeSkipNotices } from "./output.js";
import { addPolicyCommands } from "./policy.js";

const VERSION = "0.1.0";

function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return v === "en" ? "en" : "nb";
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

type Format = "text" | "json" | "junit" | "sarif" | "github";

function shardOf(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new InvalidArgumentError("expected i/n with 1 ≤ i ≤ n, e.g. 2/4");
  return { index, count };
}

/** A progress line on stderr, only for people: never when stderr is not a terminal or CI is set. */
function progress(lang: Lang): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || process.env.CI) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 200) return;
    last = now;
    const text =
      lang === "nb" ? `sjekker avtaler: ${done}/${total}` : `checking agreements: ${done}/${total}`;
    process.stderr.write(done < total ? `\r${text}` : "\r\u001b[K");
  };
}

interface ValidateFlags {
  policies?: string[];
  format: Format;
  shard?: { index: number; count: number };
  output?: string;
  lang: Lang;
  failOn: FailOn;
  quiet?: boolean;
  redact?: boolean;
  maxBytes?: number;
  color?: boolean;
}

export function buildProgram(): Command {
  const program = new Command("hjemmekontor")
    .description(
      "Validates NTNU home-office agreements against the national regulation and NTNU's guideline (policy as data).",
    )
    .version(VERSION)
    // Before any subcommand is added, so that they inherit it: usage errors come back to main().
    .exitOverride()
    .addHelpText(
      "after",
      `
Exit codes: 0 success; 1 findings at or above --fail-on, an invalid agreement, a failed policy
test case or (with --fail-on-change) a policy change; 2 usage error, unreadable path, invalid
policy or test file, or output that cannot be written;
${EXIT_3_HELP}`,
    )
    .configureOutput({
      outputError: (s, write) => write(`hjemmekontor: ${escapeLines(s.replace(/^error: /, ""))}`),
    });

  program
    .command("validate")
    .description("check agreements (files, folders or globs) against the policy layers")
    .argument("[paths...]", "agreement files, folders (searched for *.yaml / *.yml) or globs")
    .option(
      "--policies <dir>",
      "a folder of policy layers; repeat to combine (default: ./policies, else the shipped set)",
      collect,
    )
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["text", "json", "junit", "sarif", "github"])
        .default("text"),
    )
    .option("--output <file>", "write the report to a file (atomically) instead of stdout")
    .addOption(new Option("--lang <lang>", "language of messages").choices(["nb", "en"]).default("nb"))
    .addOption(
      new Option("--fail-on <severity>", "exit 1 at findings of this severity or above")
        .choices(["error", "warning", "info", "never"])
        .default("error"),
    )
    .option(
      "--shard <i/n>",
      "validate only shard i of n (a deterministic split of the sorted files, for CI matrix jobs)",
      shardOf,
    )
    .option("--redact", "replace names and employee ids with stable pseudonyms (person-1, …) in every format")
    .option("--quiet", "text format: show errors only")
    .option("--max-bytes <n>", "refuse agreement files larger than this (default 1048576)", positiveInt)
    .option("--no-color", "no colours in text output")
    .addHelpText(
      "after",
      `
Examples:
  $ hjemmekontor validate examples/agreements
  $ hjemmekontor validate agreements/ --lang en --format json --output report.json
  $ hjemmekontor validate agreements/ --policies policies --policies examples/policies
  $ hjemmekontor validate "agreements/**/*.yaml" --fail-on warning
  $ hjemmekontor validate agreements/ --format sarif --output hjemmekontor.sarif --shard 1/4

Exit codes: 0 nothing at or above --fail-on; 1 a finding at or above it, or an invalid
agreement; 2 usage error, unreadable path, no agreement found, invalid policy, or output that
cannot be written;
${EXIT_3_HELP}`,
    )
    .action(async (paths: string[], flags: ValidateFlags) => {
      const outcome = await validatePaths({
        paths,
        policyDirs: flags.policies,
        lang: flags.lang,
        maxBytes: flags.maxBytes,
        shard: flags.shard,
        redact: flags.redact,
        onProgress: progress(flags.lang),
      });
      // The text and github formats list skipped paths in the report itself; the others say it here too.
      const listed = flags.format === "text" || flags.format === "github";
      if (!listed) writeSkipNotices(outcome.skipped, flags.lang);
      const color =
        flags.color !== false && !flags.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
      const text = await formatChunks(flags.format, outcome.report, {
        quiet: flags.quiet,
        color,
        rules: ruleMeta(outcome.resolver),
      });
      // Decided before writing, so that a closed output (`| head`) still ends with it.
      process.exitCode = exitCodeOf(outcome.report, flags.failOn);
      writeOutput(text, flags.output, outcome.inputs);
    });

  addPolicyCommands(program);
  return program;
}

/**
 * A closed stdout or stderr (`… | head`, a reader gone) ends the run quietly: later writes are
 * dropped and the run keeps the exit code it decides. Any other failure to write (a full disk
 * under `> file`) is said on stderr, and the run stops with exit code 2.
 */
function endQuietlyWhenClosed(lang: Lang): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") return;
      if (stream === process.stdout) {
        const code = err.code ?? "error";
        process.stderr.write(
          lang === "nb"
            ? `hjemmekontor: kan ikke skrive til standard ut (${code}). Sjekk disken eller det utdata sendes til.\n`
            : `hjemmekontor: cannot write to standard output (${code}). Check the disk or where the output goes.\n`,
        );
      }
      process.exit(2);
    });
  }
}

export async function main(argv: string[]): Promise<void> {
  const lang = langOf(argv);
  endQuietlyWhenClosed(lang);
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof OutputClosed) return;
    if (err instanceof UsageError) {
      // Messages name paths and policy values: no control character reaches the terminal or log.
      process.stderr.write(`hjemmekontor: ${escapeControls(err.messages[lang])}\n`);
      for (const d of err.details) process.stderr.write(`  ${escapeControls(d[lang])}\n`);
      process.exitCode = 2;
      return;
    }
    const code = (err as { code?: string }).code;
    if (typeof code === "string" && code.startsWith("commander.")) {
      // Help and version exit 0; every other commander error has already printed its message.
      process.exitCode =
        code === "commander.helpDisplayed" || code === "commander.version" || code === "commander.help"
          ? 0
          : 2;
      return;
    }
    process.stderr.write(internalErrorMessage(err, lang));
    if (process.env.HJEMMEKONTOR_DEBUG) process.stderr.write(`${(err as Error).stack ?? ""}\n`);
    process.exitCode = 3;
  }
}
