/**
 * Dates, weekdays and percentages in the HTML report (src/formatters/html/i18n.ts): the month names
 * and the weekdays' short names (the long ones are the core's, catalogue/words.ts), and the order
 * and marks of a date, a time of day and a percentage. Spaces that must not break are \u00a0.
 */
import type { Template } from "../../core/messages/index.js";

export const HTML_DATES = {
  /** {day} and {year} are numbers, {month} a month's short name (monthJan … monthDec). */
  date: { nb: "{day}.\u00a0{month}\u00a0{year}", en: "{day}\u00a0{month}\u00a0{year}" },
  /** {date} as `date` gives it, {time} as HH:MM. */
  dateTime: { nb: "{date} kl. {time}", en: "{date} at {time}" },
  /** {n} is the number as the language writes it. */
  percent: { nb: "{n}\u00a0%", en: "{n}%" },
  monthJan: { nb: "jan.", en: "Jan" },
  monthFeb: { nb: "feb.", en: "Feb" },
  monthMar: { nb: "mars", en: "Mar" },
  monthApr: { nb: "apr.", en: "Apr" },
  monthMay: { nb: "mai", en: "May" },
  monthJun: { nb: "juni", en: "Jun" },
  monthJul: { nb: "juli", en: "Jul" },
  monthAug: { nb: "aug.", en: "Aug" },
  monthSep: { nb: "sep.", en: "Sep" },
  monthOct: { nb: "okt.", en: "Oct" },
  monthNov: { nb: "nov.", en: "Nov" },
  monthDec: { nb: "des.", en: "Dec" },
  monShort: { nb: "man", en: "Mon" },
  tueShort: { nb: "tir", en: "Tue" },
  wedShort: { nb: "ons", en: "Wed" },
  thuShort: { nb: "tor", en: "Thu" },
  friShort: { nb: "fre", en: "Fri" },
  satShort: { nb: "lør", en: "Sat" },
  sunShort: { nb: "søn", en: "Sun" },
} as const satisfies Record<string, Template>;
