/** `hjemmekontor init [dir]` (SPEC 11.1): set up an HR or faculty repository; never overwrites a file. */
import { resolve } from "node:path";
import type { Command } from "commander";
import { describeInit, initRepository } from "../../core/run/init.js";
import { escapeControls } from "../../formatters/escape.js";
import { type Ctx, command, helpAfter, langOption } from "../options.js";

export function addInit(program: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(program, "init", lang, {
    nb: "sett opp et repo for HR eller et fakultet: agreements/, policies/, editorinnstillinger, CI og pre-commit",
    en: "set up a repository for HR or a faculty: agreements/, policies/, editor settings, CI and pre-commit",
  })
    .argument(
      "[dir]",
      lang === "nb" ? "mappen som settes opp (standard: denne)" : "the folder to set up (default: this one)",
      ".",
    )
    .addOption(langOption(lang));
  helpAfter(cmd, lang, ["hjemmekontor init", "hjemmekontor init hr-hjemmekontor --lang en"], {
    nb: "0 satt opp (filer som fantes, er beholdt); 2 mappen kan ikke skrives;",
    en: "0 set up (files that existed are kept); 2 the folder cannot be written;",
  });
  cmd.action((dir: string) => {
    const result = initRepository(dir, { lang: ctx.lang });
    const shown = dir === "." ? resolve(dir) : dir;
    for (const line of describeInit(shown, result, ctx.lang))
      process.stdout.write(`${escapeControls(line)}\n`);
  });
}
