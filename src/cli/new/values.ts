/**
 * The values `new` takes, checked where they are given (a flag or an answer) with a message that
 * says what is expected, in nb and en. The patterns are the schema's (test/new.test.ts compares
 * them), so a value that passes here never gives a schema finding.
 */
import { isValidDate } from "../../core/dates.js";
import { msg } from "../../core/messages/index.js";
import type { Messages } from "../../core/types.js";
import type { Weekday } from "../../types/generated/agreement.js";
import { NEW_CHECK } from "../messages/new.js";

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const UNIT_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,31}$/;
export const TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
export const ITEM_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

const DAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** A check: null when the value is good, else what is wrong. */
export type Check = (value: string) => Messages | null;

export const checkId: Check = (v) => (ID_PATTERN.test(v) ? null : NEW_CHECK.id);

export const checkPersonId: Check = (v) => (ID_PATTERN.test(v) ? null : NEW_CHECK.personId);

export const checkUnit: Check = (v) => (UNIT_PATTERN.test(v) ? null : NEW_CHECK.unit);

export const checkDate: Check = (v) => (isValidDate(v) ? null : NEW_CHECK.date);

export const checkTime: Check = (v) => (TIME_PATTERN.test(v) ? null : NEW_CHECK.time);

export const checkNotBlank: Check = (v) => (v.trim() === "" ? NEW_CHECK.notBlank : null);

/** A number within bounds (`37,5` is read as 37.5). */
export function parseNumber(v: string, min: number, max: number): number | Messages {
  const n = Number(v.replace(",", "."));
  if (v.trim() !== "" && Number.isFinite(n) && n >= min && n <= max) return n;
  return msg(NEW_CHECK.number, { min, max });
}

/** Weekdays as `mon,thu` (spaces allowed, `-`/`none` or nothing for none), without repeats. */
export function parseDays(v: string): Weekday[] | Messages {
  const parts = v
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "" && s !== "-" && s !== "none");
  const bad = parts.filter((p) => !DAYS.includes(p as Weekday));
  if (bad.length > 0 || new Set(parts).size !== parts.length)
    return msg(NEW_CHECK.days, { days: DAYS.join(", ") });
  return DAYS.filter((d) => parts.includes(d));
}

/** Home hours as `08:00-15:30`. */
export function parseHours(v: string): { start: string; end: string } | Messages {
  const m = /^\s*(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})\s*$/.exec(v);
  if (m && TIME_PATTERN.test(m[1] as string) && TIME_PATTERN.test(m[2] as string))
    return { start: m[1] as string, end: m[2] as string };
  return NEW_CHECK.hours;
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
  const not = bad.length > 0 ? msg(NEW_CHECK.listNot, { bad: bad.join(", ") }) : "";
  return msg(NEW_CHECK.list, { words, not });
}

export function isMessages(v: unknown): v is Messages {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "nb" in v && "en" in v;
}
