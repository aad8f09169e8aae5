/**
 * What the command line says when a run goes wrong outside any command's own work: an internal
 * error (src/cli/bug.ts), and standard output or an --output file that cannot be written
 * (src/cli/main.ts, src/cli/output.ts), with the paths it skipped.
 */
import type { Template } from "../../core/messages/index.js";

export const CLI_ERRORS = {
  // Exit code 3: a bug in hjemmekontor. {hint} is reportHint.
  internal: {
    nb: "hjemmekontor: intern feil: {message}\n{hint}\n",
    en: "hjemmekontor: internal error: {message}\n{hint}\n",
  },
  // {where} is reportAt or reportToMaintainers.
  reportHint: {
    nb: "Dette er en feil i hjemmekontor, ikke i avtalen, policyen eller det du skrev. {where}, med kommandoen du kjørte og filene den leste (kjør igjen med HJEMMEKONTOR_DEBUG=1 for å få med detaljene).",
    en: "This is a bug in hjemmekontor, not in your agreement, policy or command. {where}, with the command you ran and the files it read (run again with HJEMMEKONTOR_DEBUG=1 to include the details).",
  },
  reportAt: { nb: "Meld den i {url}", en: "Please open an issue at {url}" },
  reportToMaintainers: {
    nb: "Meld den til dem som vedlikeholder verktøyet",
    en: "Please report it to the maintainers",
  },
  // Output.
  stdoutUnwritable: {
    nb: "hjemmekontor: kan ikke skrive til standard ut ({code}). Sjekk disken eller det utdata sendes til.\n",
    en: "hjemmekontor: cannot write to standard output ({code}). Check the disk or where the output goes.\n",
  },
  skipping: {
    nb: "hjemmekontor: hopper over {path}: {reason}\n",
    en: "hjemmekontor: skipping {path}: {reason}\n",
  },
  outputIsInput: {
    nb: "--output {output} er en av filene som leses; den overskrives ikke. Velg en annen fil.",
    en: "--output {output} is one of the files being read; it is not overwritten. Choose another file.",
  },
  /** {hint} is one of the hints below, by error code. */
  cannotWrite: {
    nb: "Kan ikke skrive {output} ({code}). {hint}",
    en: "Cannot write {output} ({code}). {hint}",
  },
  hintFolder: { nb: "Det er en mappe; oppgi en fil.", en: "It is a folder; give a file." },
  hintFull: { nb: "Disken eller enheten er full.", en: "The disk or device is full." },
  hintNotWritable: {
    nb: "Det er verken en fil, en enhet eller en FIFO som kan skrives til.",
    en: "It is not a file, device or FIFO that can be written to.",
  },
  hintCheckFolder: {
    nb: "Sjekk at mappen finnes og er skrivbar.",
    en: "Check that the folder exists and is writable.",
  },
} as const satisfies Record<string, Template>;
