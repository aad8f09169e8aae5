/** `hjemmekontor form` (src/cli/commands/form.ts): its help, and what it says when it writes or cannot. */
import type { Template } from "../../core/messages/index.js";

export const CLI_FORM = {
  description: {
    nb: "skriv skjemaet: én HTML-side som sjekker en avtale mens den fylles ut, uten nett, og laster den ned som YAML",
    en: "write the form: one HTML page that checks an agreement as it is filled in, offline, and downloads it as YAML",
  },
  output: {
    nb: "filen siden skrives til (erstattes om den finnes)",
    en: "the file to write the page to (replaced if it exists)",
  },
  exits: {
    nb: "0 skrevet; 2 bruksfeil, ugyldig policy, eller en fil som ikke kan skrives;",
    en: "0 written; 2 usage error, invalid policy, or a file that cannot be written;",
  },
  scriptMissing: {
    nb: "Skjemaets skript mangler (dist/form/form.js). Kjør npm run build (eller npm ci) først.",
    en: "The form's script is missing (dist/form/form.js). Run npm run build (or npm ci) first.",
  },
  wrote: {
    nb: "hjemmekontor: skrev {file} ({kb} kB), med policy fra {dirs}. Åpne den i en nettleser.\n",
    en: "hjemmekontor: wrote {file} ({kb} kB), with policy from {dirs}. Open it in a browser.\n",
  },
} as const satisfies Record<string, Template>;
