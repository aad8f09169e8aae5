/**
 * Words of the vocabulary that messages, `new` and the form share: plain data, without the engine,
 * so that a module needing only names does not load the rest of the core.
 */
import type { Lang } from "../types.js";

/** Weekday codes (`wed`) read as words in the message's language. */
export const DAY_NAMES: Record<Lang, Record<string, string>> = {
  nb: {
    mon: "mandag",
    tue: "tirsdag",
    wed: "onsdag",
    thu: "torsdag",
    fri: "fredag",
    sat: "lørdag",
    sun: "søndag",
  },
  en: {
    mon: "Monday",
    tue: "Tuesday",
    wed: "Wednesday",
    thu: "Thursday",
    fri: "Friday",
    sat: "Saturday",
    sun: "Sunday",
  },
};
