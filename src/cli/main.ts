/**
 * The command line: commander wiring only. `run(argv)` builds the program in the run's language,
 * runs it and returns the exit code — the one edge that decides it; `bin/` sets it on the process.
 */
import { Command, CommanderError } from "commander";
import { msg } from "../core/messages/index.js";
import { type Lang, UsageError } from "../core/types.js";
import { escapeControls, escapeLines } from "../formatters/escape.js";
import { internalErrorMessage } from "./bug.js";
import { addDocsCommands } from "./commands/docs.js";
import { addExplain } from "./commands/explain.js";
import { addForm } from "./commands/form.js";
import { addInit } from "./commands/init.js";
import { addNew } from "./commands/new.js";
import { addPolicyCommands } from "./commands/policy.js";
import { addValidate } from "./commands/validate.js";
import { commanderError, helpConfig } from "./i18n.js";
import { CLI_ERRORS } from "./messages/errors.js";
import { CLI_HELP } from "./messages/help.js";
import { type Ctx, langOption } from "./options.js";
import { OutputClosed } from "./output.js";

const VERSION = "0.1.0";

/** The language of the run, read before commander parses (help and errors speak it too). */
export function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return v === "en" ? "en" : "nb";
}

export function buildProgram(ctx: Ctx): Command {
  const lang = ctx.lang;
  const program = new Command("hjemmekontor")
    .description(CLI_HELP.program[lang])
    .version(VERSION, "-V, --version", CLI_HELP.version[lang])
    .helpOption("-h, --help", CLI_HELP.help[lang])
    .helpCommand("help [command]", CLI_HELP.helpCommand[lang])
    .configureHelp(helpConfig(lang))
    // Also before the command (`hjemmekontor --lang en validate …`); read by langOf() before parsing.
    .addOption(langOption(lang))
    // Before any subcommand is added, so that they inherit it: usage errors come back to run().
    .exitOverride()
    .configureOutput({
      outputError: (s, write) => write(`hjemmekontor: ${escapeLines(commanderError(s, lang))}\n`),
    })
    .addHelpText("after", `\n${CLI_HELP.programExits[lang]}\n${CLI_HELP.exitInternal[lang]}`);
  addValidate(program, ctx);
  addExplain(program, ctx);
  addInit(program, ctx);
  addNew(program, ctx);
  addForm(program, ctx);
  const policy = addPolicyCommands(program, ctx);
  addDocsCommands(policy, ctx);
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
        process.stderr.write(msg(CLI_ERRORS.stdoutUnwritable, { code: err.code ?? "error" })[lang]);
      }
      process.exit(2);
    });
  }
}

/** Runs the command line and returns its exit code (SPEC 6). */
export async function run(argv: string[]): Promise<number> {
  const ctx: Ctx = { lang: langOf(argv), exitCode: 0 };
  endQuietlyWhenClosed(ctx.lang);
  try {
    await buildProgram(ctx).parseAsync(argv, { from: "user" });
    return ctx.exitCode;
  } catch (err) {
    if (err instanceof OutputClosed) return ctx.exitCode;
    if (err instanceof UsageError) {
      // Messages name paths and policy values: no control character reaches the terminal or log.
      process.stderr.write(`hjemmekontor: ${escapeControls(err.messages[ctx.lang])}\n`);
      for (const d of err.details) process.stderr.write(`  ${escapeControls(d[ctx.lang])}\n`);
      return 2;
    }
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other commander error has already printed its message.
      return ["commander.helpDisplayed", "commander.version", "commander.help"].includes(err.code) ? 0 : 2;
    }
    process.stderr.write(internalErrorMessage(err, ctx.lang));
    if (process.env.HJEMMEKONTOR_DEBUG) process.stderr.write(`${(err as Error).stack ?? ""}\n`);
    return 3;
  }
}

/** Entry of the bundle: runs and sets the process's exit code, once. */
export async function main(argv: string[]): Promise<void> {
  process.exitCode = await run(argv);
}
