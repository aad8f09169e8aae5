/**
 * `hjemmekontor form` (SPEC 10.2): writes the form page — one self-contained HTML file with the
 * policy layers the CLI finds embedded and the validation core bundled for the browser
 * (dist/form/form.js, built by scripts/build-form.mjs). The page renderer is loaded when used.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { msg } from "../../core/messages/index.js";
import { PACKAGE_ROOT } from "../../core/paths.js";
import { displayPath } from "../../core/policy/load.js";
import { defaultPolicyDirs, loadPolicies } from "../../core/run/run.js";
import { type Lang, UsageError } from "../../core/types.js";
import { escapeControls } from "../../formatters/escape.js";
import { CLI_FORM } from "../messages/form.js";
import { type Ctx, command, helpAfter, langOption, policiesOption } from "../options.js";
import { writeOutput } from "../output.js";

/** Where the downloaded agreement's modeline points: agreements/ beside node_modules (as `init` sets up). */
const SCHEMA_REF = "../node_modules/hjemmekontor/schemas/agreement.schema.json";

function bundle(): string {
  try {
    return readFileSync(join(PACKAGE_ROOT, "dist", "form", "form.js"), "utf8");
  } catch {
    throw new UsageError(CLI_FORM.scriptMissing);
  }
}

export function addForm(program: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(program, "form", lang, CLI_FORM.description)
    .option("--output <file>", CLI_FORM.output[lang], "form.html")
    .addOption(policiesOption(lang))
    .addOption(langOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor form",
      "hjemmekontor form --output skjema.html --policies policies --policies examples/policies",
      "hjemmekontor form --lang en --output form-en.html",
    ],
    CLI_FORM.exits,
  );
  cmd.action(async (flags: { output: string; policies?: string[]; lang: Lang }) => {
    const dirs = defaultPolicyDirs(flags.policies);
    const resolver = loadPolicies(dirs);
    const { renderFormPage } = await import("../../browser/page.js");
    const html = renderFormPage({
      lang: ctx.lang,
      layers: resolver.set.layers,
      sources: dirs.map(displayPath),
      schemaRef: SCHEMA_REF,
      script: bundle(),
    });
    writeOutput(
      html,
      flags.output,
      resolver.set.layers.map((l) => resolve(l.file)),
    );
    const kb = Math.round(Buffer.byteLength(html) / 1024);
    const file = escapeControls(flags.output);
    const from = escapeControls(dirs.map(displayPath).join(", "));
    process.stderr.write(msg(CLI_FORM.wrote, { file, kb, dirs: from })[ctx.lang]);
  });
}
