/**
 * The values `new` takes, checked where they are given (a flag or an answer) with a message that
 * says what is expected, in nb and en. The patterns are the schema's (test/new.test.ts compares
 * them), so a value that passes here never gives a schema finding.
 */
import { isValidDate } from "../../core/dates.js";
import type { Messages } from "../../core/types.js";
import type { Weekday } from "../../types/generated/agreement.js";

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const UNIT_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,31}$/;
export const TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
export const ITEM_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

const DAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** A check: null when the value is good, else what is wrong. */
export type Check = (value: string) => Messages | null;

export const checkId: Check = (v) =>
  ID_PATTERN.test(v)
    ? null
    : {
        nb: "Bokstaver, sifre, punktum, bindestrek og understrek, høyst 64 tegn, f.eks. IE-2026-0042.",
        en: "Letters, digits, dots, dashes and underscores, at most 64 characters, e.g. IE-2026-0042.",
      };

export const checkPersonId: Check = (v) =>
  ID_PATTERN.test(v)
    ? null
    : {
        nb: "Et ansattnummer: bokstaver og sifre, f.eks. 100234.",
        en: "An employee number: letters and digits, e.g. 100234.",
      };

export const checkUnit: Check = (v) =>
  UNIT_PATTERN.test(v)
    ? null
    : {
        nb: "En enhetskode: en bokstav først, så bokstaver, sifre eller bindestrek, f.eks. IE eller IDI.",
        en: "A unit code: a letter first, then letters, digits or dashes, e.g. IE or IDI.",
      };

export const checkDate: Check = (v) =>
  isValidDate(v)
    ? null
    : { nb: "En dato ÅÅÅÅ-MM-DD, f.eks. 2026-01-05.", en: "A date YYYY-MM-DD, e.g. 2026-01-05." };

export const checkTime: Check = (v) =>
  TIME_PATTERN.test(v)
    ? null
    : { nb: "Et klokkeslett TT:MM, f.eks. 08:00.", en: "A time of day HH:MM, e.g. 08:00." };

export const checkNotBlank: Check = (v) =>
  v.trim() === "" ? { nb: "Skriv noe her.", en: "Write something here." } : null;

/** A number within bounds (`37,5` is read as 37.5). */
export function parseNumber(v: string, min: number, max: number): number | Messages {
  const n = Number(v.replace(",", "."));
  if (v.trim() !== "" && Number.isFinite(n) && n >= min && n <= max) return n;
  return { nb: `Et tall fra ${min} til ${max}.`, en: `A number from ${min} to ${max}.` };
}

/** Weekdays as `mon,thu` (spaces allowed, `-`/`none` or nothing for none), without repeats. */
export function parseDays(v: string): Weekday[] | Messages {
  const parts = v
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "" && s !== "-" && s !== "none");
  const bad = parts.filter((p) => !DAYS.includes(p as Weekday));
  if (bad.length > 0 || new Set(parts).size !== parts.length)
    return {
      nb: `Ukedager skilt med komma, blant ${DAYS.join(", ")}, hver bare én gang (f.eks. mon,thu).`,
      en: `Weekdays separated by commas, from ${DAYS.join(", ")}, each once (e.g. mon,thu).`,
    };
  return DAYS.filter((d) => parts.includes(d));
}

/** Home hours as `08:00-15:30`. */
export function parseHours(v: string): { start: string; end: string } | Messages {
  const m = /^\s*(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})\s*$/.exec(v);
  if (m && TIME_PATTERN.test(m[1] as string) && TIME_PATTERN.test(m[2] as string))
    return { start: m[1] as string, end: m[2] as string };
  return {
    nb: "Fra–til som TT:MM-TT:MM, f.eks. 08:00-15:30.",
    en: "From–to as HH:MM-HH:MM, e.g. 08:00-15:30.",
  };
}

/** A comma-separated list of words from `allowed` (any word when `allowed` is a pattern). */
export function parseList(v: string, allowed: readonly string[] | RegExp): string[] | Messages {
  const parts = v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const ok = (p: string) => (allowed instanceof RegExp ? allowed.test(p) : allowed.includes(p));
  const bad = parts.filter((p) => !ok(p));
  if (bad.length === 0 && new Set(parts).size === parts.length) return parts;
  const words = allowed instanceof RegExp ? "monitor, keyboard, docking-station" : allowed.join(", ");
  const not =
    bad.length > 0
      ? { nb: `; ikke «${bad.join(", ")}»`, en: `; not “${bad.join(", ")}”` }
      : { nb: "", en: "" };
  return {
    nb: `Ord skilt med komma, hvert bare én gang (${words})${not.nb}.`,
    en: `Words separated by commas, each once (${words})${not.en}.`,
  };
}

export function isMessages(v: unknown): v is Messages {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "nb" in v && "en" in v;
}
