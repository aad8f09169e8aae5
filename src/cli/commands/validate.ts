/** `hjemmekontor validate`: flags → validatePaths → a formatter of the registry → output. */
import { type Command, InvalidArgumentError, Option } from "commander";
import { exitCodeOf, type FailOn } from "../../core/report/report.js";
import { ruleMeta } from "../../core/report/rules.js";
import { validatePaths } from "../../core/run/run.js";
import type { Lang } from "../../core/types.js";
import { escapeControls } from "../../formatters/escape.js";
import { FORMAT_NAMES, type FormatName, formatChunks } from "../../formatters/index.js";
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
      throw new InvalidArgumentError(
        lang === "nb" ? "ventet i/n med 1 ≤ i ≤ n, f.eks. 2/4" : "expected i/n with 1 ≤ i ≤ n, e.g. 2/4",
      );
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
      throw new InvalidArgumentError(
        lang === "nb" ? `høyst ${MAX_THREADS} tråder` : `at most ${MAX_THREADS} threads`,
      );
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
    const text =
      lang === "nb" ? `sjekker avtaler: ${done}/${total}` : `checking agreements: ${done}/${total}`;
    process.stderr.write(done < total ? `\r${text}` : "\r\u001b[K");
  };
}

export function addValidate(program: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(program, "validate", lang, {
    nb: "sjekk avtaler (filer, mapper eller glob-mønstre) mot policylagene",
    en: "check agreements (files, folders or globs) against the policy layers",
  })
    .argument(
      "[paths...]",
      lang === "nb"
        ? "avtalefiler, mapper (søkes for *.yaml / *.yml) eller glob-mønstre"
        : "agreement files, folders (searched for *.yaml / *.yml) or globs",
    )
    .addOption(policiesOption(lang))
    .addOption(formatOption(lang, FORMAT_NAMES, "text"))
    .addOption(outputOption(lang))
    .addOption(langOption(lang))
    .addOption(
      new Option(
        "--fail-on <severity>",
        lang === "nb"
          ? "avslutt med 1 ved funn av denne alvorlighetsgraden eller høyere"
          : "exit 1 at findings of this severity or above",
      )
        .choices(["error", "warning", "info", "never"])
        .default("error"),
    )
    .addOption(
      new Option(
        "--shard <i/n>",
        lang === "nb"
          ? "sjekk bare del i av n (en fast deling av de sorterte filene, for CI-matriser)"
          : "validate only shard i of n (a deterministic split of the sorted files, for CI matrix jobs)",
      ).argParser(shardOf(lang)),
    )
    .addOption(
      dateOption(lang, "--as-of <YYYY-MM-DD>", {
        nb: "datoen status (aktiv, utløpt, kommende) regnes på i HTML-rapporten (standard: i dag)",
        en: "the date status (active, expired, upcoming) is judged on in the HTML report (default: today)",
      }),
    )
    .option(
      "--redact",
      lang === "nb"
        ? "erstatt navn og ansattnumre med faste pseudonymer (person-1, …) i alle formater"
        : "replace names and employee ids with stable pseudonyms (person-1, …) in every format",
    )
    .option("--quiet", lang === "nb" ? "tekstformat: vis bare feil" : "text format: show errors only")
    .addOption(
      new Option(
        "--max-bytes <n>",
        lang === "nb"
          ? "avvis avtalefiler større enn dette (standard 1048576)"
          : "refuse agreement files larger than this (default 1048576)",
      ).argParser(positiveInt(lang)),
    )
    .addOption(
      new Option(
        "--concurrency <n>",
        lang === "nb"
          ? "tråder: auto (etter størrelsen på kjøringen), off, eller et antall"
          : "threads: auto (by the size of the run), off, or a number",
      )
        .argParser(concurrencyOf(lang))
        .default("auto"),
    )
    .option("--no-color", lang === "nb" ? "ingen farger i tekstutdata" : "no colours in text output");
  helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor validate examples/agreements",
      "hjemmekontor validate agreements/ --lang en --format json --output report.json",
      "hjemmekontor validate agreements/ --policies policies --policies examples/policies",
      'hjemmekontor validate "agreements/**/*.yaml" --fail-on warning',
      "hjemmekontor validate agreements/ --format sarif --output hjemmekontor.sarif --shard 1/4",
    ],
    {
      nb: "0 ingenting på eller over --fail-on; 1 et funn på eller over, eller en ugyldig avtale;\n2 bruksfeil, uleselig sti, ingen avtaler funnet, ugyldig policy, eller utdata som ikke kan skrives;",
      en: "0 nothing at or above --fail-on; 1 a finding at or above it, or an invalid agreement;\n2 usage error, unreadable path, no agreement found, invalid policy, or output that cannot be written;",
    },
  );
  cmd.action(async (paths: string[], flags: ValidateFlags) => {
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
      process.stderr.write(
        ctx.lang === "nb" ? `hjemmekontor: policy fra ${dirs}\n` : `hjemmekontor: policy from ${dirs}\n`,
      );
    }
  });
}
