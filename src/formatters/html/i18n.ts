/** Words, dates and numbers of the HTML report in Norwegian (bokmål) and English. */
import type { Lang } from "../../core/types.js";
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
  return `${num(n, lang)}${lang === "nb" ? `${NBSP}%` : "%"}`;
}

const MONTHS: Record<Lang, string[]> = {
  nb: ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** An ISO date as nb «5. jan. 2026» or en «5 Jan 2026»; anything else is returned as it is. */
export function date(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const day = Number(m[3]);
  return lang === "nb" ? `${day}.${NBSP}${month}${NBSP}${m[1]}` : `${day}${NBSP}${month}${NBSP}${m[1]}`;
}

/** An ISO date-time as the date and time of day in Norway (NTNU's time zone); a value without a
 * zone is shown as written. */
export function dateTime(iso: string, lang: Lang): string {
  const at = lang === "nb" ? "kl." : "at";
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
    return `${date(`${p("year")}-${p("month")}-${p("day")}`, lang)} ${at} ${p("hour")}:${p("minute")}`;
  }
  const hm = /T(\d{2}:\d{2})/.exec(iso);
  return hm ? `${date(iso, lang)} ${at} ${hm[1]}` : date(iso, lang);
}

export const WEEKDAY_NAMES: Record<Lang, Record<Weekday, [short: string, long: string]>> = {
  nb: {
    mon: ["man", "mandag"],
    tue: ["tir", "tirsdag"],
    wed: ["ons", "onsdag"],
    thu: ["tor", "torsdag"],
    fri: ["fre", "fredag"],
    sat: ["lør", "lørdag"],
    sun: ["søn", "søndag"],
  },
  en: {
    mon: ["Mon", "Monday"],
    tue: ["Tue", "Tuesday"],
    wed: ["Wed", "Wednesday"],
    thu: ["Thu", "Thursday"],
    fri: ["Fri", "Friday"],
    sat: ["Sat", "Saturday"],
    sun: ["Sun", "Sunday"],
  },
};

/** "1 avtale" / "2 avtaler": a count with the singular or plural word. */
export function count(n: number, lang: Lang, words: readonly string[]): string {
  return `${num(n, lang)} ${(n === 1 ? words[0] : words[1]) ?? ""}`;
}

const nb = {
  title: "Hjemmekontoravtaler",
  reportKind: "Valideringsrapport",
  asOf: "Status per",
  generated: "Laget",
  skip: "Hopp til innholdet",
  contents: "Innhold",
  overview: "Oversikt",
  agreements: "Avtaler",
  soon: "Må følges opp snart",
  presence: "Hjemmedager per ukedag",
  rules: "Regler",
  agreement: ["avtale", "avtaler"],
  totals: "Avtaler etter vurdering",
  allAgreements: "Avtaler i alt",
  total: "I alt",
  findingTotals: "Funn i alt",
  errors: ["feil", "feil"],
  warnings: ["advarsel", "advarsler"],
  infos: ["info", "info"],
  waivedCount: ["unntak", "unntak"],
  byUnit: "Avtaler per fakultet og institutt",
  unit: "Enhet",
  distribution: "Fordeling",
  unknownUnit: "Ukjent enhet",
  facultyLevel: "uten institutt",
  wholeFaculty: "hele fakultetet",
  file: "Fil",
  period: "Periode",
  status: "Status",
  verdict: "Vurdering",
  findings: "Funn",
  noEnd: "uten sluttdato",
  active: "aktiv",
  expired: "utløpt",
  upcoming: "kommende",
  unknown: "ukjent",
  agreementId: "Avtale-ID",
  employee: "Ansatt",
  finding: ["funn", "funn"],
  waived: "Unntak (godkjent, ikke talt som feil)",
  waivedShort: "unntak",
  passed: "Regler uten funn",
  passedShort: ["regel bestått", "regler bestått"],
  notRun: "Reglene ble ikke kjørt fordi avtalen er ugyldig.",
  noAgreements: "Rapporten har ingen avtaler.",
  sourceText: "Kildetekst",
  line: "linje",
  column: "kolonne",
  search: "Søk",
  searchHint: "Fil, enhet, ansatt, regel eller melding",
  all: "Alle",
  allUnits: "Alle enheter",
  expandAll: "Vis alle detaljer",
  collapseAll: "Skjul alle detaljer",
  reset: "Nullstill",
  filters: "Filtrer avtalene",
  noneShown: "Ingen avtaler passer til filteret.",
  endingSoon: "Avtaler som slutter innen 30 dager",
  endingSoonNone: "Ingen avtaler slutter innen 30 dager.",
  ends: "Slutter",
  daysLeft: "Dager igjen",
  today: "i dag",
  chains: "Fornyelseskjeder nær grensen",
  chainsIntro:
    "Sammenhengende avtaler for samme ansatt, målt mot grensen for fast ordning (regelen not-permanent, § 1.2).",
  chainsNone: "Ingen fornyelseskjeder nær grensen.",
  chainFiles: "Avtaler i kjeden",
  months: "Måneder",
  ofLimit: "Av grensen",
  overLimit: "over grensen",
  monthsOf: "av",
  presenceIntro:
    "Summen av hjemmedager per ukedag for avtalene som er aktive {date}, per enhet. En avtale med hjemmedag annenhver uke teller 0,5. Bruk tabellen til å planlegge kontordager.",
  presenceLegend: "Mørkere celle betyr en større andel av enhetens aktive avtaler hjemme den dagen.",
  presenceNone: "Ingen aktive avtaler med kjent hjemmeplan på denne datoen.",
  activeAgreements: "Aktive avtaler",
  presenceCaption: "Ansatte hjemme per ukedag",
  rulesIntro: "Reglene i policyen som ble brukt, med kildeteksten hver regel bygger på.",
  rule: "Regel",
  section: "Avsnitt",
  severity: "Alvorlighet",
  layer: "Lag",
  description: "Beskrivelse",
  policySources: "Policymapper",
  redacted: "Navn og ID-er er anonymisert (--redact).",
  madeWith: "Laget med hjemmekontor.",
  showing: "Viser {n} av {total} avtaler",
};

export type Labels = typeof nb;

const en: Labels = {
  title: "Home-office agreements",
  reportKind: "Validation report",
  asOf: "Status as of",
  generated: "Generated",
  skip: "Skip to content",
  contents: "Contents",
  overview: "Overview",
  agreements: "Agreements",
  soon: "Needs attention soon",
  presence: "Home days per weekday",
  rules: "Rules",
  agreement: ["agreement", "agreements"],
  totals: "Agreements by verdict",
  allAgreements: "Agreements in total",
  total: "Total",
  findingTotals: "Findings in total",
  errors: ["error", "errors"],
  warnings: ["warning", "warnings"],
  infos: ["info", "infos"],
  waivedCount: ["waived", "waived"],
  byUnit: "Agreements by faculty and department",
  unit: "Unit",
  distribution: "Distribution",
  unknownUnit: "Unknown unit",
  facultyLevel: "no department",
  wholeFaculty: "whole faculty",
  file: "File",
  period: "Period",
  status: "Status",
  verdict: "Verdict",
  findings: "Findings",
  noEnd: "no end date",
  active: "active",
  expired: "expired",
  upcoming: "upcoming",
  unknown: "unknown",
  agreementId: "Agreement id",
  employee: "Employee",
  finding: ["finding", "findings"],
  waived: "Waived (approved exception, not counted)",
  waivedShort: "waived",
  passed: "Rules with no finding",
  passedShort: ["rule passed", "rules passed"],
  notRun: "The rules were not run because the agreement is invalid.",
  noAgreements: "The report has no agreements.",
  sourceText: "Source text",
  line: "line",
  column: "column",
  search: "Search",
  searchHint: "File, unit, employee, rule or message",
  all: "All",
  allUnits: "All units",
  expandAll: "Expand all details",
  collapseAll: "Collapse all details",
  reset: "Reset",
  filters: "Filter the agreements",
  noneShown: "No agreement matches the filter.",
  endingSoon: "Agreements ending within 30 days",
  endingSoonNone: "No agreement ends within 30 days.",
  ends: "Ends",
  daysLeft: "Days left",
  today: "today",
  chains: "Renewal chains near the limit",
  chainsIntro:
    "Back-to-back agreements of one employee, measured against the limit for a permanent arrangement (rule not-permanent, § 1.2).",
  chainsNone: "No renewal chain is near the limit.",
  chainFiles: "Agreements in the chain",
  months: "Months",
  ofLimit: "Of the limit",
  overLimit: "over the limit",
  monthsOf: "of",
  presenceIntro:
    "The sum of home days per weekday over the agreements active on {date}, by unit. An agreement with a home day every other week counts 0.5. Use the table to plan office days.",
  presenceLegend: "A darker cell means a larger share of the unit's active agreements at home that day.",
  presenceNone: "No active agreement with a known home schedule on this date.",
  activeAgreements: "Active agreements",
  presenceCaption: "Employees at home per weekday",
  rulesIntro: "The rules of the policy used, with the source text each rule encodes.",
  rule: "Rule",
  section: "Section",
  severity: "Severity",
  layer: "Layer",
  description: "Description",
  policySources: "Policy folders",
  redacted: "Names and ids are redacted (--redact).",
  madeWith: "Made with hjemmekontor.",
  showing: "Showing {n} of {total} agreements",
};

export const LABELS: Record<Lang, Labels> = { nb, en };
