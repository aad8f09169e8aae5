/**
 * `hjemmekontor form` (SPEC 10.2): writes the form page — one self-contained HTML file with the
 * policy layers the CLI finds embedded and the validation core bundled for the browser
 * (dist/form/form.js, built by scripts/build-form.mjs). The page renderer is loaded when used.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { PACKAGE_ROOT } from "../../core/paths.js";
import { displayPath } from "../../core/policy/load.js";
import { defaultPolicyDirs, loadPolicies } from "../../core/run/run.js";
import { type Lang, UsageError } from "../../core/types.js";
import { escapeControls } from "../../formatters/escape.js";
import { type Ctx, command, helpAfter, langOption, policiesOption } from "../options.js";
import { writeOutput } from "../output.js";

/** Where the downloaded agreement's modeline points: agreements/ beside node_modules (as `init` sets up). */
const SCHEMA_REF = "../node_modules/hjemmekontor/schemas/agreement.schema.json";

function bundle(): string {
  try {
    return readFileSync(join(PACKAGE_ROOT, "dist", "form", "form.js"), "utf8");
  } catch {
    throw new UsageError({
      nb: "Skjemaets skript mangler (dist/form/form.js). Kjør npm run build (eller npm ci) først.",
      en: "The form's script is missing (dist/form/form.js). Run npm run build (or npm ci) first.",
    });
  }
}

export function addForm(program: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const cmd = command(program, "form", lang, {
    nb: "skriv skjemaet: én HTML-side som sjekker en avtale mens den fylles ut, uten nett, og laster den ned som YAML",
    en: "write the form: one HTML page that checks an agreement as it is filled in, offline, and downloads it as YAML",
  })
    .option(
      "--output <file>",
      lang === "nb"
        ? "filen siden skrives til (erstattes om den finnes)"
        : "the file to write the page to (replaced if it exists)",
      "form.html",
    )
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
    {
      nb: "0 skrevet; 2 bruksfeil, ugyldig policy, eller en fil som ikke kan skrives;",
      en: "0 written; 2 usage error, invalid policy, or a file that cannot be written;",
    },
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
    const where = escapeControls(flags.output);
    const from = escapeControls(dirs.map(displayPath).join(", "));
    process.stderr.write(
      ctx.lang === "nb"
        ? `hjemmekontor: skrev ${where} (${kb} kB), med policy fra ${from}. Åpne den i en nettleser.\n`
        : `hjemmekontor: wrote ${where} (${kb} kB), with policy from ${from}. Open it in a browser.\n`,
    );
  });
}
