/**
 * Repository-level rules (src/core/repository/repository.ts): checks across the agreements of one
 * run. {files} names the other files involved (filesAndMore when some are only counted).
 */
import type { Template } from "./index.js";

export const REPOSITORY = {
  duplicateIdRule: { nb: "To avtaler har samme id.", en: "Two agreements have the same id." },
  overlappingAgreementsRule: {
    nb: "Én ansatt har avtaler med overlappende perioder.",
    en: "One employee has agreements whose periods overlap.",
  },
  notPermanentRule: {
    nb: "Sammenhengende avtaler for én ansatt dekker mer enn maxConsecutiveMonths måneder.",
    en: "Back-to-back agreements of one employee cover more than maxConsecutiveMonths months.",
  },
  duplicateId: {
    nb: "Avtale-id-en {id} brukes også i {files}. Hver avtale trenger en unik id.",
    en: "The agreement id {id} is also used in {files}. Every agreement needs a unique id.",
  },
  overlappingAgreements: {
    nb: "Ansatt {employee} har en annen avtale i samme periode ({files}). Avtaler for samme person kan ikke overlappe.",
    en: "Employee {employee} has another agreement in the same period ({files}). Agreements of one person must not overlap.",
  },
  notPermanent: {
    nb: "Ansatt {employee} har sammenhengende avtaler fra {start} til {end}, mer enn {months} måneder ({files}). Hjemmekontor skal ikke være en permanent ordning.",
    en: "Employee {employee} has back-to-back agreements from {start} to {end}, more than {months} months ({files}). A home office must not become permanent.",
  },
  /** The files named, and how many more are involved: "a.yaml, b.yaml and 1 more file". */
  filesAndOneMore: { nb: "{files} og {count} annen fil", en: "{files} and {count} more file" },
  filesAndMore: { nb: "{files} og {count} andre filer", en: "{files} and {count} more files" },
} as const satisfies Record<string, Template>;
