/**
 * Numbers, dates and weekdays of the HTML report in Norwegian (bokmål) and English: the numbers as
 * each language writes them, the words and orders from the catalogue (messages/html-dates.ts).
 */
import { DAY_NAMES } from "../../core/catalogue/words.js";
import { say, type Template } from "../../core/messages/index.js";
import type { Lang } from "../../core/types.js";
import { HTML_DATES } from "../messages/html-dates.js";
import type { Weekday } from "./model.js";

const NBSP = "\u00a0";

/** A number with the language's grouping and decimal mark: nb «11 950», «2,5»; en «11,950», «2.5». */
export function num(n: number, lang: Lang, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int = "0", frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "nb" ? NBSP : ",");
  const sign = n < 0 && Number(fixed) !== 0 ? "−" : "";
  return `${sign}${grouped}${frac ? (lang === "nb" ? "," : ".") + frac : ""}`;
}

/** A count of shares: whole numbers as such, otherwise one decimal («2,5»). */
export function share(n: number, lang: Lang): string {
  const r = Math.round(n * 10) / 10;
  return num(r, lang, Number.isInteger(r) ? 0 : 1);
}

/** A percentage: nb «40 %», en «40%». */
export function pct(n: number, lang: Lang): string {
  return say(lang, HTML_DATES.percent, { n: num(n, lang) });
}

const MONTHS: readonly Template[] = [
  HTML_DATES.monthJan,
  HTML_DATES.monthFeb,
  HTML_DATES.monthMar,
  HTML_DATES.monthApr,
  HTML_DATES.monthMay,
  HTML_DATES.monthJun,
  HTML_DATES.monthJul,
  HTML_DATES.monthAug,
  HTML_DATES.monthSep,
  HTML_DATES.monthOct,
  HTML_DATES.monthNov,
  HTML_DATES.monthDec,
];

/** Dates already written, per language: a report names the same few hundred days many times. */
const DATES = { nb: new Map<string, string>(), en: new Map<string, string>() };

/** An ISO date as nb «5. jan. 2026» or en «5 Jan 2026»; anything else is returned as it is. */
export function date(iso: string, lang: Lang): string {
  const known = DATES[lang].get(iso);
  if (known !== undefined) return known;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  const out =
    !m || !month ? iso : say(lang, HTML_DATES.date, { day: Number(m[3]), month, year: m[1] as string });
  if (DATES[lang].size < 10_000) DATES[lang].set(iso, out);
  return out;
}

/** An ISO date-time as the date and time of day in Norway (NTNU's time zone); a value without a
 * zone is shown as written. */
export function dateTime(iso: string, lang: Lang): string {
  const at = (day: string, time: string) => say(lang, HTML_DATES.dateTime, { date: date(day, lang), time });
  const t = Date.parse(iso);
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(iso) && Number.isFinite(t)) {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Oslo",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(t);
    const p = (type: string) => parts.find((x) => x.type === type)?.value ?? "";
    return at(`${p("year")}-${p("month")}-${p("day")}`, `${p("hour")}:${p("minute")}`);
  }
  const hm = /T(\d{2}:\d{2})/.exec(iso);
  return hm ? at(iso, hm[1] as string) : date(iso, lang);
}

const SHORT_DAYS: Record<Weekday, Template> = {
  mon: HTML_DATES.monShort,
  tue: HTML_DATES.tueShort,
  wed: HTML_DATES.wedShort,
  thu: HTML_DATES.thuShort,
  fri: HTML_DATES.friShort,
  sat: HTML_DATES.satShort,
  sun: HTML_DATES.sunShort,
};

/** A weekday's short and long name: nb «man», «mandag»; en «Mon», «Monday». */
export function weekdayNames(day: Weekday, lang: Lang): [short: string, long: string] {
  return [SHORT_DAYS[day][lang], DAY_NAMES[lang][day] ?? day];
}

/** "1 avtale" / "2 avtaler": a count with the word for one or for many. */
export function count(n: number, lang: Lang, one: Template, many: Template): string {
  return `${num(n, lang)} ${(n === 1 ? one : many)[lang]}`;
}
