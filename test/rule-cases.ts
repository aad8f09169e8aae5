/**
 * Table-driven cases for every per-agreement rule of SPEC 3, ESLint-RuleTester style.
 *
 * Each case patches a deep copy of `baseAgreement()` (a fully compliant agreement). A valid case
 * must not give a finding of its rule; an invalid case must give exactly `count` findings of its
 * rule with `severity`. In both, the findings of *other* rules must be exactly `others` (one id per
 * finding, default none), so that a rule firing too broadly is caught as well.
 *
 * Run by test/rules.test.ts; test/rule-coverage.test.ts checks that every shipped rule has cases.
 */
import type { Severity, Verdict } from "../src/core/types.js";
import type { baseAgreement } from "./helpers.js";

export type Agreement = ReturnType<typeof baseAgreement>;

export interface ValidCase {
  name: string;
  patch: (a: Agreement) => void;
  /** Rule ids of the other findings this input gives, one per finding (default: none). */
  others?: string[];
  /** Rule ids of the findings this input moves to `waived`, one per finding (default: none). */
  waived?: string[];
  verdict?: Verdict;
  /**
   * Set when the implementation disagrees with SPEC and SPEC is right: the case runs as
   * `it.fails`, and the string says what differs.
   */
  specDisagreement?: string;
}

export interface InvalidCase extends ValidCase {
  /** How many findings of the rule. */
  count: number;
  severity: Severity;
  /** The JSON pointers of the rule's findings (any order). */
  paths?: string[];
  /** The 1-based lines of the rule's findings (any order); a RegExp names the first matching line of the YAML. */
  lines?: (number | RegExp)[];
  /** Substrings every finding of the rule must contain in its message. */
  message?: { nb?: string[]; en?: string[] };
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export interface SpecRule {
  layer: "no-hjemmekontorforskriften" | "ntnu-hjemmekontor";
  section: string;
  severity: Severity;
  mandatory: boolean;
  exceptionAllowed: boolean;
}

const NATIONAL = "no-hjemmekontorforskriften" as const;
const NTNU = "ntnu-hjemmekontor" as const;

/** SPEC 3: the per-agreement rule catalogue (layer, section, severity, mandatory, exceptionAllowed). */
export const SPEC_RULES: Record<string, SpecRule> = {
  "regulation-extent": {
    layer: NATIONAL,
    section: "2",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "regulation-working-hours": {
    layer: NATIONAL,
    section: "2",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "regulation-equipment-terms": {
    layer: NATIONAL,
    section: "2",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "regulation-sporadic": {
    layer: NATIONAL,
    section: "1",
    severity: "info",
    mandatory: false,
    exceptionAllowed: false,
  },
  "fixed-agreement-only": {
    layer: NTNU,
    section: "Innledning",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "fixed-term": { layer: NTNU, section: "1.2", severity: "error", mandatory: true, exceptionAllowed: false },
  "period-order": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "max-duration": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "max-home-share": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "regular-attendance": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "schedule-consistency": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "core-time": { layer: NTNU, section: "2.2", severity: "error", mandatory: true, exceptionAllowed: false },
  "employer-decision": {
    layer: NTNU,
    section: "2.1",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  voluntary: {
    layer: NTNU,
    section: "Innledning",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "basic-equipment": {
    layer: NTNU,
    section: "2.5",
    severity: "warning",
    mandatory: true,
    exceptionAllowed: false,
  },
  "ntnu-owns-equipment": {
    layer: NTNU,
    section: "2.5",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "work-environment": {
    layer: NTNU,
    section: "2.6",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "suitable-tasks": {
    layer: NTNU,
    section: "3.1",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "costly-equipment": {
    layer: NTNU,
    section: "3.2",
    severity: "warning",
    mandatory: false,
    exceptionAllowed: false,
  },
  "not-work-environment-remedy": {
    layer: NTNU,
    section: "3.3",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "security-sensitive": {
    layer: NTNU,
    section: "3.5",
    severity: "error",
    mandatory: true,
    exceptionAllowed: true,
  },
  "recall-acknowledged": {
    layer: NTNU,
    section: "3.6",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "insurance-informed": {
    layer: NTNU,
    section: "4",
    severity: "warning",
    mandatory: false,
    exceptionAllowed: false,
  },
};

/** A cycle of weeks, each given as its home days. */
const weeks = (...w: string[][]) => w.map((home) => ({ home }));
const FIVE = ["mon", "tue", "wed", "thu", "fri"];

/** Part time: 60 % over mon–wed (hoursPerWeek falls back to its default). */
function partTime(a: Agreement, ...cycle: string[][]): void {
  a.employee.employmentPercent = 60;
  a.schedule.workdays = ["mon", "tue", "wed"];
  delete a.schedule.hoursPerWeek;
  a.schedule.cycle = weeks(...cycle);
}

function period(start: string, end?: string): (a: Agreement) => void {
  return (a) => {
    a.period.start = start;
    if (end === undefined) delete a.period.end;
    else a.period.end = end;
  };
}

const END_LINE = /^ {2}end: /;

export const RULE_CASES: Record<string, RuleCases> = {
  // ── National layer ────────────────────────────────────────────────────────────────────────────
  "regulation-extent": {
    valid: [
      { name: "two home days a week", patch: () => {} },
      {
        name: "home days only in week 2 of a two-week cycle",
        patch: (a) => {
          a.schedule.cycle = weeks([], ["mon", "tue"]);
        },
      },
      {
        name: "one home day in a four-week cycle",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon"], [], [], []);
        },
        others: ["regulation-sporadic"],
      },
      {
        name: "a cycle whose only home day is a non-workday (sat)",
        patch: (a) => {
          a.schedule.cycle = weeks(["sat"]);
        },
        others: ["regulation-sporadic", "schedule-consistency"],
      },
    ],
    invalid: [
      {
        name: "no schedule.cycle",
        patch: (a) => {
          delete a.schedule.cycle;
        },
        count: 1,
        severity: "error",
        paths: ["/schedule"],
        lines: [/^schedule:/],
        others: ["regulation-sporadic"],
      },
      {
        name: "a one-week cycle with no home day",
        patch: (a) => {
          a.schedule.cycle = weeks([]);
        },
        count: 1,
        severity: "error",
        paths: ["/schedule/cycle"],
        others: ["regulation-sporadic"],
      },
      {
        name: "a four-week cycle with no home day in any week",
        patch: (a) => {
          a.schedule.cycle = weeks([], [], [], []);
        },
        count: 1,
        severity: "error",
        others: ["regulation-sporadic"],
      },
      {
        name: "no schedule at all",
        patch: (a) => {
          delete a.schedule;
        },
        count: 1,
        severity: "error",
        others: ["regulation-sporadic", "regulation-working-hours"],
      },
    ],
  },

  "regulation-working-hours": {
    valid: [
      { name: "homeHours 08:00–15:30", patch: () => {} },
      {
        name: "homeHours 07:00–17:00",
        patch: (a) => {
          a.schedule.homeHours = { start: "07:00", end: "17:00" };
        },
      },
    ],
    invalid: [
      {
        name: "no schedule.homeHours",
        patch: (a) => {
          delete a.schedule.homeHours;
        },
        count: 1,
        severity: "error",
        paths: ["/schedule/homeHours"],
        lines: [/^schedule:/],
      },
    ],
  },

  "regulation-equipment-terms": {
    valid: [
      { name: "items with owners and a maintenance text", patch: () => {} },
      {
        name: "no equipment and no maintenance",
        patch: (a) => {
          delete a.equipment;
        },
        others: ["basic-equipment", "basic-equipment", "basic-equipment"],
      },
      {
        name: "an empty item list and no maintenance",
        patch: (a) => {
          a.equipment = { items: [] };
        },
        others: ["basic-equipment", "basic-equipment", "basic-equipment"],
      },
      {
        name: "an extra employee-provided item owned by the employee",
        patch: (a) => {
          a.equipment.items.push({ item: "chair", providedBy: "employee", owner: "employee" });
        },
      },
    ],
    invalid: [
      {
        name: "items and a blank maintenance text",
        patch: (a) => {
          a.equipment.maintenance = "   ";
        },
        count: 1,
        severity: "error",
        paths: ["/equipment"],
      },
      {
        name: "items and no maintenance text",
        patch: (a) => {
          delete a.equipment.maintenance;
        },
        count: 1,
        severity: "error",
        paths: ["/equipment"],
      },
      {
        name: "an employee-provided item without owner",
        patch: (a) => {
          a.equipment.items.push({ item: "chair", providedBy: "employee" });
        },
        count: 1,
        severity: "error",
        paths: ["/equipment/items/3"],
        message: { nb: ["«chair»"], en: ['"chair"'] },
      },
      {
        name: "an NTNU-provided item without owner",
        patch: (a) => {
          delete a.equipment.items[0].owner;
        },
        count: 1,
        severity: "error",
        paths: ["/equipment/items/0"],
        message: { en: ['"monitor"'] },
      },
      {
        name: "two items without owner",
        patch: (a) => {
          delete a.equipment.items[0].owner;
          delete a.equipment.items[2].owner;
        },
        count: 2,
        severity: "error",
        paths: ["/equipment/items/0", "/equipment/items/2"],
      },
      {
        name: "a blank maintenance text and an item without owner",
        patch: (a) => {
          a.equipment.maintenance = "";
          delete a.equipment.items[1].owner;
        },
        count: 2,
        severity: "error",
        paths: ["/equipment", "/equipment/items/1"],
      },
    ],
  },

  "regulation-sporadic": {
    valid: [
      { name: "two home days a week", patch: () => {} },
      {
        name: "exactly one home day every week",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon"]);
        },
      },
      {
        name: "exactly one home day a week on average over two weeks",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon", "tue"], []);
        },
      },
      {
        name: "one home day in each week of a four-week cycle",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon"], ["tue"], ["wed"], ["thu"]);
        },
      },
    ],
    invalid: [
      {
        name: "a four-week cycle with one home day",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon"], [], [], []);
        },
        count: 1,
        severity: "info",
        verdict: "compliant",
        paths: ["/schedule/cycle"],
        message: { nb: ["0,25"], en: ["0.25"] },
      },
      {
        name: "a two-week cycle with one home day",
        patch: (a) => {
          a.schedule.cycle = weeks([], ["wed"]);
        },
        count: 1,
        severity: "info",
        verdict: "compliant",
        message: { en: ["0.5", "fewer than 1"] },
      },
    ],
  },

  // ── NTNU layer ────────────────────────────────────────────────────────────────────────────────
  "fixed-agreement-only": {
    valid: [{ name: "type fixed", patch: () => {} }],
    invalid: ["short-term", "remote-work", "research-term", "extraordinary"].map(
      (type): InvalidCase => ({
        name: `type ${type}`,
        patch: (a) => {
          a.type = type;
        },
        count: 1,
        severity: "error",
        paths: ["/type"],
        lines: [/^type: /],
        message: { nb: [`«${type}»`], en: [`"${type}"`] },
      }),
    ),
  },

  "fixed-term": {
    valid: [
      { name: "an end date", patch: () => {} },
      { name: "an end date equal to the start date", patch: period("2026-01-05", "2026-01-05") },
    ],
    invalid: [
      {
        name: "no period.end",
        patch: period("2026-01-05"),
        count: 1,
        severity: "error",
        paths: ["/period"],
        message: { nb: ["2026-07-04"], en: ["2026-07-04"] },
      },
      {
        name: "no period.end and a month-end start",
        patch: period("2026-08-31"),
        count: 1,
        severity: "error",
        message: { en: ["2027-02-27"] },
      },
    ],
  },

  "period-order": {
    valid: [
      { name: "an end after the start", patch: () => {} },
      { name: "an end equal to the start", patch: period("2026-01-05", "2026-01-05") },
      { name: "an end the day after the start", patch: period("2026-01-05", "2026-01-06") },
      { name: "no end", patch: period("2026-01-05"), others: ["fixed-term"] },
    ],
    invalid: [
      {
        name: "an end the day before the start",
        patch: period("2026-01-05", "2026-01-04"),
        count: 1,
        severity: "error",
        paths: ["/period/end"],
        lines: [END_LINE],
        message: { nb: ["2026-01-04", "2026-01-05"], en: ["2026-01-04", "2026-01-05"] },
      },
      {
        name: "an end a year before the start",
        patch: period("2026-01-05", "2025-01-05"),
        count: 1,
        severity: "error",
      },
    ],
  },

  "max-duration": {
    valid: [
      { name: "2026-01-01 → 2026-06-30 (six months to the day)", patch: period("2026-01-01", "2026-06-30") },
      {
        name: "2026-08-31 → 2027-02-27 (limit clamped to Feb 28)",
        patch: period("2026-08-31", "2027-02-27"),
      },
      {
        name: "2027-08-31 → 2028-02-28 (leap year, limit Feb 29)",
        patch: period("2027-08-31", "2028-02-28"),
      },
      {
        name: "2026-03-31 → 2026-09-29 (limit clamped to Sep 30)",
        patch: period("2026-03-31", "2026-09-29"),
      },
      { name: "2026-02-28 → 2026-08-27", patch: period("2026-02-28", "2026-08-27") },
      { name: "a one-day agreement", patch: period("2026-01-05", "2026-01-05") },
      {
        name: "an end before the start",
        patch: period("2026-01-05", "2025-01-05"),
        others: ["period-order"],
      },
      { name: "no end", patch: period("2026-01-05"), others: ["fixed-term"] },
    ],
    invalid: [
      {
        name: "2026-01-01 → 2026-07-01",
        patch: period("2026-01-01", "2026-07-01"),
        count: 1,
        severity: "error",
        paths: ["/period/end"],
        lines: [END_LINE],
        message: { nb: ["2026-06-30", "6 måneder"], en: ["2026-06-30", "2026-01-01", "2026-07-01"] },
      },
      {
        name: "2026-08-31 → 2027-02-28",
        patch: period("2026-08-31", "2027-02-28"),
        count: 1,
        severity: "error",
        message: { en: ["2027-02-27"] },
      },
      {
        name: "2027-08-31 → 2028-02-29",
        patch: period("2027-08-31", "2028-02-29"),
        count: 1,
        severity: "error",
        message: { en: ["2028-02-28"] },
      },
      {
        name: "2026-03-31 → 2026-09-30",
        patch: period("2026-03-31", "2026-09-30"),
        count: 1,
        severity: "error",
        message: { en: ["2026-09-29"] },
      },
      {
        name: "a full year",
        patch: period("2026-01-05", "2027-01-04"),
        count: 1,
        severity: "error",
        message: { en: ["2026-07-04"] },
      },
    ],
  },

  "max-home-share": {
    valid: [
      { name: "2 of 5 days at home (exactly 40 %)", patch: () => {} },
      { name: "part time, 1 of 3 workdays at home (33.3 %)", patch: (a) => partTime(a, ["mon"]) },
      {
        name: "a two-week cycle [mon,thu] + [wed] (30 %)",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon", "thu"], ["wed"]);
        },
      },
      {
        name: "a two-week cycle [mon,tue,thu] + [mon] (40 %)",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon", "tue", "thu"], ["mon"]);
        },
      },
      {
        name: "2 of 5 workdays plus a home day that is no workday",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon", "thu", "sat"]);
        },
        others: ["schedule-consistency"],
      },
    ],
    invalid: [
      {
        name: "3 of 5 days at home (60 %)",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon", "tue", "thu"]);
        },
        count: 1,
        severity: "error",
        paths: ["/schedule/cycle"],
        lines: [/^ {2}cycle:/],
        message: { nb: ["60 %", "40 %"], en: ["60 %", "40 %"] },
      },
      {
        name: "part time, 2 of 3 workdays at home (66.7 %)",
        patch: (a) => partTime(a, ["mon", "tue"]),
        count: 1,
        severity: "error",
        message: { nb: ["66,67 %", "40 %"], en: ["66.67 %"] },
      },
      {
        name: "a two-week cycle [mon,tue,thu] + [mon,tue] (50 %)",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon", "tue", "thu"], ["mon", "tue"]);
        },
        count: 1,
        severity: "error",
        message: { nb: ["50 %"] },
      },
      {
        name: "a four-day week with 2 home days (50 %)",
        patch: (a) => {
          a.schedule.workdays = ["mon", "tue", "wed", "thu"];
          a.schedule.cycle = weeks(["mon", "tue"]);
        },
        count: 1,
        severity: "error",
      },
      {
        name: "3 of 5 days and an exception for max-home-share, which allows none",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon", "tue", "thu"]);
          a.exceptions = [{ rule: "max-home-share", approvedBy: "Dekan", reason: "Særskilt behov." }];
        },
        count: 1,
        severity: "error",
        others: ["exception-not-allowed"],
        verdict: "non-compliant",
      },
    ],
  },

  "regular-attendance": {
    valid: [
      { name: "3 campus days every week", patch: () => {} },
      {
        name: "4 of 5 days at home in one week of a four-week cycle",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon", "tue", "wed", "thu"], [], [], []);
        },
      },
      {
        name: "part time, 2 of 3 days at home in one week of a two-week cycle",
        patch: (a) => partTime(a, ["mon", "tue"], []),
      },
      {
        name: "a six-day week with mon–fri at home in one week of a four-week cycle",
        patch: (a) => {
          a.schedule.workdays = [...FIVE, "sat"];
          a.schedule.cycle = weeks(FIVE, [], [], []);
        },
      },
    ],
    invalid: [
      {
        name: "a one-week cycle with all 5 workdays at home",
        patch: (a) => {
          a.schedule.cycle = weeks(FIVE);
        },
        count: 1,
        severity: "error",
        paths: ["/schedule/cycle/0"],
        others: ["max-home-share"],
        message: { nb: ["Uke 1", "0 arbeidsdager"], en: ["Week 1", "0 workdays"] },
      },
      {
        name: "a four-week cycle whose first week is all at home",
        patch: (a) => {
          a.schedule.cycle = weeks(FIVE, [], [], []);
        },
        count: 1,
        severity: "error",
        paths: ["/schedule/cycle/0"],
      },
      {
        name: "a four-week cycle whose weeks 2 and 4 are all at home",
        patch: (a) => {
          a.schedule.cycle = weeks([], FIVE, [], FIVE);
        },
        count: 2,
        severity: "error",
        paths: ["/schedule/cycle/1", "/schedule/cycle/3"],
        others: ["max-home-share"],
      },
      {
        name: "part time with all 3 workdays at home in week 1 of [mon,tue,wed] + [] + [mon] + []",
        patch: (a) => partTime(a, ["mon", "tue", "wed"], [], ["mon"], []),
        count: 1,
        severity: "error",
        paths: ["/schedule/cycle/0"],
      },
    ],
  },

  "schedule-consistency": {
    valid: [
      { name: "home days among the workdays", patch: () => {} },
      {
        name: "a home day sat that is one of the workdays tue–sat",
        patch: (a) => {
          a.schedule.workdays = ["tue", "wed", "thu", "fri", "sat"];
          a.schedule.cycle = weeks(["wed", "sat"]);
        },
      },
    ],
    invalid: [
      {
        name: "a home day sat with workdays mon–fri",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon", "sat"]);
        },
        count: 1,
        severity: "error",
        paths: ["/schedule/cycle/0/home/1"],
        message: { nb: ["«sat»", "uke 1"], en: ['"sat"', "week 1"] },
      },
      {
        name: "home days sat and sun with workdays mon–fri",
        patch: (a) => {
          a.schedule.cycle = weeks(["sat", "sun"]);
        },
        count: 2,
        severity: "error",
        paths: ["/schedule/cycle/0/home/0", "/schedule/cycle/0/home/1"],
        others: ["regulation-sporadic"],
      },
      {
        name: "a home day sun in week 2 of a two-week cycle",
        patch: (a) => {
          a.schedule.cycle = weeks(["mon"], ["mon", "sun"]);
        },
        count: 1,
        severity: "error",
        paths: ["/schedule/cycle/1/home/1"],
        message: { en: ["week 2"] },
      },
      {
        name: "part time over mon–wed with a home day thu",
        patch: (a) => partTime(a, ["mon", "thu"]),
        count: 1,
        severity: "error",
      },
    ],
  },

  "core-time": {
    valid: [
      { name: "homeHours 08:00–15:30", patch: () => {} },
      {
        name: "homeHours exactly 09:00–14:30",
        patch: (a) => {
          a.schedule.homeHours = { start: "09:00", end: "14:30" };
        },
      },
      {
        name: "no homeHours",
        patch: (a) => {
          delete a.schedule.homeHours;
        },
        others: ["regulation-working-hours"],
      },
    ],
    invalid: [
      {
        name: "homeHours starting 09:01",
        patch: (a) => {
          a.schedule.homeHours = { start: "09:01", end: "15:30" };
        },
        count: 1,
        severity: "error",
        paths: ["/schedule/homeHours/start"],
        lines: [/^ {4}start: /],
        message: { nb: ["09:01", "09:00–14:30"], en: ["09:01", "09:00–14:30"] },
      },
      {
        name: "homeHours ending 14:29",
        patch: (a) => {
          a.schedule.homeHours = { start: "08:00", end: "14:29" };
        },
        count: 1,
        severity: "error",
        paths: ["/schedule/homeHours/end"],
        lines: [/^ {4}end: /],
        message: { nb: ["14:29", "14:30"] },
      },
      {
        name: "homeHours 09:01–14:29 (both wrong)",
        patch: (a) => {
          a.schedule.homeHours = { start: "09:01", end: "14:29" };
        },
        count: 2,
        severity: "error",
        paths: ["/schedule/homeHours/start", "/schedule/homeHours/end"],
      },
    ],
  },

  "employer-decision": {
    valid: [
      { name: "a manager id and signature", patch: () => {} },
      {
        name: "a manager with an id but no name",
        patch: (a) => {
          delete a.manager.name;
        },
      },
    ],
    invalid: [
      {
        name: "no manager signature",
        patch: (a) => {
          delete a.signatures.manager;
        },
        count: 1,
        severity: "error",
        paths: ["/signatures/manager"],
      },
      {
        name: "no manager.id",
        patch: (a) => {
          delete a.manager.id;
        },
        count: 1,
        severity: "error",
        paths: ["/manager"],
      },
      {
        name: "no manager at all",
        patch: (a) => {
          delete a.manager;
        },
        count: 1,
        severity: "error",
      },
      {
        name: "manager.id equal to employee.id",
        patch: (a) => {
          a.manager.id = a.employee.id;
        },
        count: 1,
        severity: "error",
        paths: ["/manager/id"],
        message: { nb: ["100234"], en: ["100234"] },
      },
      {
        name: "no manager signature and no manager.id",
        patch: (a) => {
          delete a.signatures.manager;
          delete a.manager.id;
        },
        count: 2,
        severity: "error",
        paths: ["/signatures/manager", "/manager"],
      },
      {
        name: "no manager signature and manager.id equal to employee.id",
        patch: (a) => {
          delete a.signatures.manager;
          a.manager.id = a.employee.id;
        },
        count: 2,
        severity: "error",
        paths: ["/signatures/manager", "/manager/id"],
      },
    ],
  },

  voluntary: {
    valid: [
      { name: "the employee's signature", patch: () => {} },
      {
        name: "no manager signature",
        patch: (a) => {
          delete a.signatures.manager;
        },
        others: ["employer-decision"],
      },
    ],
    invalid: [
      {
        name: "no employee signature",
        patch: (a) => {
          delete a.signatures.employee;
        },
        count: 1,
        severity: "error",
        paths: ["/signatures/employee"],
      },
      {
        name: "no signatures at all",
        patch: (a) => {
          delete a.signatures;
        },
        count: 1,
        severity: "error",
        others: ["employer-decision"],
      },
    ],
  },

  "basic-equipment": {
    valid: [
      { name: "keyboard, mouse and monitor from NTNU", patch: () => {} },
      {
        name: "an extra headset from NTNU and a chair of the employee's",
        patch: (a) => {
          a.equipment.items.push({ item: "headset", providedBy: "ntnu", owner: "ntnu", costNok: 800 });
          a.equipment.items.push({ item: "chair", providedBy: "employee", owner: "employee" });
        },
      },
    ],
    invalid: [
      {
        name: "no mouse",
        patch: (a) => {
          a.equipment.items.splice(2, 1);
        },
        count: 1,
        severity: "warning",
        verdict: "compliant",
        paths: ["/equipment/items"],
        message: { nb: ["«mouse»"], en: ['"mouse"'] },
      },
      {
        name: "a mouse provided by the employee",
        patch: (a) => {
          a.equipment.items[2] = { item: "mouse", providedBy: "employee", owner: "employee" };
        },
        count: 1,
        severity: "warning",
        verdict: "compliant",
        message: { en: ['"mouse"'] },
      },
      {
        name: "a mouse with no providedBy",
        patch: (a) => {
          delete a.equipment.items[2].providedBy;
        },
        count: 1,
        severity: "warning",
      },
      {
        name: "all three provided by the employee",
        patch: (a) => {
          for (const i of a.equipment.items) {
            i.providedBy = "employee";
            i.owner = "employee";
          }
        },
        count: 3,
        severity: "warning",
        verdict: "compliant",
      },
      {
        name: "no equipment at all",
        patch: (a) => {
          delete a.equipment;
        },
        count: 3,
        severity: "warning",
        verdict: "compliant",
      },
    ],
  },

  "ntnu-owns-equipment": {
    valid: [
      { name: "NTNU items owned by NTNU", patch: () => {} },
      {
        name: "an employee item owned by the employee",
        patch: (a) => {
          a.equipment.items.push({ item: "chair", providedBy: "employee", owner: "employee" });
        },
      },
      {
        name: "an item provided by other and owned by other",
        patch: (a) => {
          a.equipment.items.push({ item: "lamp", providedBy: "other", owner: "other" });
        },
      },
    ],
    invalid: [
      {
        name: "an NTNU monitor owned by the employee",
        patch: (a) => {
          a.equipment.items[0].owner = "employee";
        },
        count: 1,
        severity: "error",
        paths: ["/equipment/items/0/owner"],
        message: { nb: ["«monitor»", "«employee»"], en: ['"monitor"', '"employee"'] },
      },
      {
        name: "an NTNU mouse owned by other",
        patch: (a) => {
          a.equipment.items[2].owner = "other";
        },
        count: 1,
        severity: "error",
        paths: ["/equipment/items/2/owner"],
      },
      {
        name: "two NTNU items owned by the employee",
        patch: (a) => {
          a.equipment.items[0].owner = "employee";
          a.equipment.items[1].owner = "employee";
        },
        count: 2,
        severity: "error",
        paths: ["/equipment/items/0/owner", "/equipment/items/1/owner"],
      },
    ],
  },

  "work-environment": {
    valid: [
      { name: "all three declared true", patch: () => {} },
      {
        name: "no declaredOn date",
        patch: (a) => {
          delete a.workEnvironment.declaredOn;
        },
      },
    ],
    invalid: [
      {
        name: "no workEnvironment",
        patch: (a) => {
          delete a.workEnvironment;
        },
        count: 1,
        severity: "error",
        paths: ["/workEnvironment"],
      },
      {
        name: "workstation false",
        patch: (a) => {
          a.workEnvironment.workstation = false;
        },
        count: 1,
        severity: "error",
        paths: ["/workEnvironment/workstation"],
        lines: [/^ {2}workstation: false/],
      },
      {
        name: "equipment and indoorEnvironment false",
        patch: (a) => {
          a.workEnvironment.equipment = false;
          a.workEnvironment.indoorEnvironment = false;
        },
        count: 2,
        severity: "error",
        paths: ["/workEnvironment/equipment", "/workEnvironment/indoorEnvironment"],
      },
      {
        name: "indoorEnvironment missing",
        patch: (a) => {
          delete a.workEnvironment.indoorEnvironment;
        },
        count: 1,
        severity: "error",
      },
      {
        name: "an empty workEnvironment",
        patch: (a) => {
          a.workEnvironment = {};
        },
        count: 3,
        severity: "error",
      },
    ],
  },

  "suitable-tasks": {
    valid: [{ name: "suitable tasks with a description", patch: () => {} }],
    invalid: [
      {
        name: "suitableForHomeOffice false",
        patch: (a) => {
          a.tasks.suitableForHomeOffice = false;
        },
        count: 1,
        severity: "error",
        paths: ["/tasks/suitableForHomeOffice"],
      },
      {
        name: "suitableForHomeOffice missing",
        patch: (a) => {
          delete a.tasks.suitableForHomeOffice;
        },
        count: 1,
        severity: "error",
      },
      {
        name: "a blank description",
        patch: (a) => {
          a.tasks.description = " \t ";
        },
        count: 1,
        severity: "error",
        paths: ["/tasks/description"],
      },
      {
        name: "no description",
        patch: (a) => {
          delete a.tasks.description;
        },
        count: 1,
        severity: "error",
      },
      {
        name: "no tasks at all",
        patch: (a) => {
          delete a.tasks;
        },
        count: 2,
        severity: "error",
      },
    ],
  },

  "costly-equipment": {
    valid: [
      { name: "NTNU equipment for 3470 kr", patch: () => {} },
      {
        name: "NTNU equipment for exactly 15000 kr",
        patch: (a) => {
          a.equipment.items[0].costNok = 14020;
        },
      },
      {
        name: "an expensive item the employee provides",
        patch: (a) => {
          a.equipment.items.push({ item: "desk", providedBy: "employee", owner: "employee", costNok: 50000 });
        },
      },
    ],
    invalid: [
      {
        name: "NTNU equipment for 15001 kr",
        patch: (a) => {
          a.equipment.items[0].costNok = 14021;
        },
        count: 1,
        severity: "warning",
        verdict: "compliant",
        paths: ["/equipment/items"],
        message: { nb: ["15001", "15000"], en: ["15001", "15000"] },
      },
    ],
  },

  "not-work-environment-remedy": {
    valid: [
      { name: "reasons concentration-work", patch: () => {} },
      {
        name: "reasons care-obligations and other",
        patch: (a) => {
          a.reasons = ["care-obligations", "other"];
        },
      },
      {
        name: "no reasons",
        patch: (a) => {
          delete a.reasons;
        },
      },
    ],
    invalid: [
      {
        name: "reasons work-environment-issue",
        patch: (a) => {
          a.reasons = ["work-environment-issue"];
        },
        count: 1,
        severity: "error",
        paths: ["/reasons"],
      },
      {
        name: "reasons commute and work-environment-issue",
        patch: (a) => {
          a.reasons = ["commute", "work-environment-issue"];
        },
        count: 1,
        severity: "error",
      },
    ],
  },

  "security-sensitive": {
    valid: [
      { name: "informationClass internal", patch: () => {} },
      {
        name: "informationClass confidential",
        patch: (a) => {
          a.tasks.informationClass = "confidential";
        },
      },
      {
        name: "strictly-confidential tasks and an approved exception",
        patch: (a) => {
          a.tasks.informationClass = "strictly-confidential";
          a.exceptions = [{ rule: "security-sensitive", approvedBy: "Dekan", reason: "Sikker sone hjemme." }];
        },
        waived: ["security-sensitive"],
        verdict: "compliant",
      },
      {
        name: "both defects and an approved exception",
        patch: (a) => {
          a.tasks.informationClass = "strictly-confidential";
          a.tasks.healthOrSafetyCritical = true;
          a.exceptions = [{ rule: "security-sensitive", approvedBy: "Dekan", reason: "Vurdert særskilt." }];
        },
        waived: ["security-sensitive", "security-sensitive"],
        verdict: "compliant",
      },
    ],
    invalid: [
      {
        name: "informationClass strictly-confidential",
        patch: (a) => {
          a.tasks.informationClass = "strictly-confidential";
        },
        count: 1,
        severity: "error",
        paths: ["/tasks/informationClass"],
      },
      {
        name: "healthOrSafetyCritical true",
        patch: (a) => {
          a.tasks.healthOrSafetyCritical = true;
        },
        count: 1,
        severity: "error",
        paths: ["/tasks/healthOrSafetyCritical"],
      },
      {
        name: "strictly-confidential and health-critical tasks",
        patch: (a) => {
          a.tasks.informationClass = "strictly-confidential";
          a.tasks.healthOrSafetyCritical = true;
        },
        count: 2,
        severity: "error",
      },
      {
        name: "strictly-confidential tasks and an exception for another rule",
        patch: (a) => {
          a.tasks.informationClass = "strictly-confidential";
          a.exceptions = [{ rule: "max-home-share", approvedBy: "Dekan", reason: "Feil regel." }];
        },
        count: 1,
        severity: "error",
        others: ["exception-not-allowed"],
        verdict: "non-compliant",
      },
    ],
  },

  "recall-acknowledged": {
    valid: [{ name: "employerMayRecall true", patch: () => {} }],
    invalid: [
      {
        name: "employerMayRecall false",
        patch: (a) => {
          a.terms.employerMayRecall = false;
        },
        count: 1,
        severity: "error",
        paths: ["/terms/employerMayRecall"],
      },
      {
        name: "employerMayRecall missing",
        patch: (a) => {
          delete a.terms.employerMayRecall;
        },
        count: 1,
        severity: "error",
      },
      {
        name: "no terms at all",
        patch: (a) => {
          delete a.terms;
        },
        count: 1,
        severity: "error",
        others: ["insurance-informed"],
      },
    ],
  },

  "insurance-informed": {
    valid: [{ name: "insuranceInformed true", patch: () => {} }],
    invalid: [
      {
        name: "insuranceInformed false",
        patch: (a) => {
          a.terms.insuranceInformed = false;
        },
        count: 1,
        severity: "warning",
        verdict: "compliant",
        paths: ["/terms/insuranceInformed"],
      },
      {
        name: "insuranceInformed missing",
        patch: (a) => {
          delete a.terms.insuranceInformed;
        },
        count: 1,
        severity: "warning",
        verdict: "compliant",
      },
    ],
  },
};
