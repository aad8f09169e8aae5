/**
 * The core's entry points (src/core/run/): the policy folders and paths of a run (run.ts), one
 * agreement file read from disk (validate.ts), and the defaults of a new agreement
 * (agreement-template.ts).
 */
import type { Template } from "./index.js";

export const RUN = {
  // Policy folders (run.ts).
  policyFolderMissing: {
    nb: "Policymappen {dir} finnes ikke. Oppgi en mappe med policylag, f.eks. policies.",
    en: "The policy folder {dir} does not exist. Give a folder of policy layers, e.g. policies.",
  },
  noPolicyLayers: { nb: "Ingen policylag i {dirs}.", en: "No policy layers in {dirs}." },
  policyRefusedOne: {
    nb: "Policyen avvises: {count} problem. Rett det og kjør på nytt.",
    en: "The policy is refused: {count} problem. Fix it and run again.",
  },
  policyRefusedMany: {
    nb: "Policyen avvises: {count} problemer. Rett dem og kjør på nytt.",
    en: "The policy is refused: {count} problems. Fix them and run again.",
  },
  /** One problem under policyRefused*: where, what ({message}) and the guarantee broken. */
  policyProblem: {
    nb: "{file}:{line}:{column}  {message}  [{guarantee}]",
    en: "{file}:{line}:{column}  {message}  [{guarantee}]",
  },

  // The agreements of a run (run.ts); {paths} are the paths given, joined by ", ".
  noPaths: {
    nb: "Oppgi filene eller mappene som skal sjekkes, f.eks. hjemmekontor validate avtaler/.",
    en: "Give the files or folders to check, e.g. hjemmekontor validate agreements/.",
  },
  pathsMissing: {
    nb: "Finner ikke {paths}. Sjekk stien, eller oppgi en mappe med avtaler (*.yaml).",
    en: "Cannot find {paths}. Check the path, or give a folder of agreements (*.yaml).",
  },
  noAgreements: {
    nb: "Ingen avtaler (*.yaml, *.yml) i {paths}. Oppgi en mappe som inneholder avtalefiler.",
    en: "No agreements (*.yaml, *.yml) in {paths}. Give a folder that holds agreement files.",
  },

  // One agreement file read from disk (validate.ts).
  fileNotRegular: {
    nb: "Filen kan ikke leses: den er ikke en vanlig fil (men f.eks. en FIFO eller en enhet).",
    en: "The file cannot be read: it is not a regular file (but e.g. a FIFO or a device).",
  },
  fileTooLarge: {
    nb: "Filen er {size} byte, over grensen på {max}. En avtale er noen få kB; sjekk at dette er riktig fil, eller øk --max-bytes.",
    en: "The file is {size} bytes, over the limit of {max}. An agreement is a few kB; check that this is the right file, or raise --max-bytes.",
  },
  fileUnreadable: {
    nb: "Filen kan ikke leses ({code}). Sjekk at den finnes, er en vanlig fil og kan leses.",
    en: "The file cannot be read ({code}). Check that it exists, is a regular file and is readable.",
  },

  // The defaults of a new agreement (agreement-template.ts), written into the agreement as they are.
  defaultMaintenance: {
    nb: "NTNU IT vedlikeholder utstyr som NTNU eier; arbeidstaker leverer det tilbake når avtalen opphører.",
    en: "NTNU IT support maintains NTNU-owned equipment; the employee returns it when the agreement ends.",
  },
  defaultAvailability: {
    nb: "Teams og telefon i kjernetiden",
    en: "Teams and phone during core time",
  },
} as const satisfies Record<string, Template>;
