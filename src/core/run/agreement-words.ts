/**
 * An agreement's enum values (weekdays, reasons, information classes, parties, types) and their
 * words in nb and en: what `new` offers as choices and the form page shows beside each value.
 * Plain data, so that the command line's help can name the choices without loading the core.
 */
import type { Weekday } from "../../types/generated/agreement.js";
import { DAY_NAMES } from "../catalogue/words.js";
import type { Lang } from "../types.js";

export const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
export const DEFAULT_WORKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
export const REASONS = [
  "concentration-work",
  "commute",
  "care-obligations",
  "work-environment-issue",
  "other",
] as const;
export const INFORMATION_CLASSES = ["open", "internal", "confidential", "strictly-confidential"] as const;
export const AGREEMENT_TYPES = [
  "fixed",
  "short-term",
  "remote-work",
  "research-term",
  "extraordinary",
] as const;
export const PARTIES = ["ntnu", "employee", "other"] as const;

type Words = Record<Lang, Record<string, string>>;

/** The weekday names messages use (one list for the messages, `new` and the form). */
export { DAY_NAMES };

export const REASON_NAMES: Words = {
  nb: {
    "concentration-work": "konsentrasjonsarbeid",
    commute: "reisevei",
    "care-obligations": "omsorgsoppgaver",
    "work-environment-issue": "arbeidsmiljøutfordring (ikke tillatt, 3.3)",
    other: "annet",
  },
  en: {
    "concentration-work": "concentration work",
    commute: "commute",
    "care-obligations": "care obligations",
    "work-environment-issue": "work-environment issue (not allowed, 3.3)",
    other: "other",
  },
};

export const CLASS_NAMES: Words = {
  nb: {
    open: "åpen",
    internal: "intern",
    confidential: "fortrolig",
    "strictly-confidential": "strengt fortrolig",
  },
  en: {
    open: "open",
    internal: "internal",
    confidential: "confidential",
    "strictly-confidential": "strictly confidential",
  },
};

export const PARTY_NAMES: Words = {
  nb: { ntnu: "NTNU", employee: "arbeidstaker", other: "annen" },
  en: { ntnu: "NTNU", employee: "employee", other: "other" },
};

export const TYPE_NAMES: Words = {
  nb: {
    fixed: "fast hjemmekontor",
    "short-term": "kortvarig",
    "remote-work": "fjernarbeid",
    "research-term": "forskningstermin",
    extraordinary: "ekstraordinær",
  },
  en: {
    fixed: "fixed home office",
    "short-term": "short-term",
    "remote-work": "remote work",
    "research-term": "research term",
    extraordinary: "extraordinary",
  },
};

/** The word for a value, or the value itself when it has none (an unknown value stays visible). */
export function wordFor(words: Words, lang: Lang, value: string): string {
  return words[lang][value] ?? value;
}
