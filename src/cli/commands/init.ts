/** `hjemmekontor init [dir]` (SPEC 11.1): set up an HR or faculty repository; never overwrites a file. */
import { resolve } from "node:path";
import type { Command } from "commander";
import { describeInit, initRepository } from "../../core/run/init.js";
import { escapeControls } from "../../formatters/escape.js";
import { CLI_INIT } from "../messages/init.js";
import { type Ctx, command, helpAfter, langOption } from "../options.js";

export function addInit(program: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(program, "init", lang, CLI_INIT.description)
    // No commander default: it would print `(default: ".")` in English after the description.
    .argument("[dir]", CLI_INIT.dir[lang])
    .addOption(langOption(lang));
  helpAfter(cmd, lang, ["hjemmekontor init", "hjemmekontor init hr-hjemmekontor --lang en"], CLI_INIT.exits);
  cmd.action((given: string | undefined) => {
    const dir = given ?? ".";
    const result = initRepository(dir, { lang: ctx.lang });
    const shown = dir === "." ? resolve(dir) : dir;
    for (const line of describeInit(shown, result, ctx.lang))
      process.stdout.write(`${escapeControls(line)}\n`);
  });
}
