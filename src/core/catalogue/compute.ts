/**
 * The facts of one agreement: every fact of the catalogue (facts.ts) that its parameters allow,
 * derived from a schema-valid agreement and the resolved policy's parameter values.
 */
import type { HomeOfficeAgreement, Weekday } from "../../types/generated/agreement.js";
import { addDays, addMonthsClamped } from "../dates.js";

export type FactValue = string | number | boolean | null | string[] | ListElement[];

/** An element of a list fact; `pointer` is where in the agreement the defect is. */
export interface ListElement {
  pointer: string;
  index: number;
  [field: string]: string | number | boolean | null;
}

type Facts = Record<string, FactValue>;

const ALL_DAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DEFAULT_WORKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];

function blank(s: string | undefined): boolean {
  return s === undefined || s.trim() === "";
}

/** Who, where and when: the agreement's parties, unit and period. */
function addParties(facts: Facts, a: HomeOfficeAgreement): number {
  const employmentPercent = a.employee.employmentPercent ?? 100;
  facts.agreementId = a.id;
  facts.type = a.type;
  facts.employeeId = a.employee.id;
  facts.managerId = a.manager?.id ?? null;
  facts.faculty = a.employee.unit.faculty;
  facts.department = a.employee.unit.department ?? null;
  facts.employmentPercent = employmentPercent;
  facts.employeeSigned = a.signatures?.employee !== undefined;
  facts.managerSigned = a.signatures?.manager !== undefined;
  facts.periodStart = a.period.start;
  facts.periodEnd = a.period.end ?? null;
  return employmentPercent;
}

/**
 * The working week and the weekly plan of home days. `minCampus` (the parameter
 * minCampusDaysPerWeek) gives the weeks with too few campus days, returned apart.
 */
function addSchedule(
  facts: Facts,
  a: HomeOfficeAgreement,
  employmentPercent: number,
  minCampus: number | undefined,
): ListElement[] {
  const workdays = (a.schedule?.workdays ?? DEFAULT_WORKDAYS)
    .slice()
    .sort((x, y) => ALL_DAYS.indexOf(x) - ALL_DAYS.indexOf(y));
  const hoursPerWeek = a.schedule?.hoursPerWeek ?? (37.5 * employmentPercent) / 100;
  const cycle = a.schedule?.cycle ?? [];
  const workdaySet = new Set(workdays);
  let homeWorkdays = 0;
  const homeDaysNotWorkdays: ListElement[] = [];
  const weeksBelow: ListElement[] = [];
  cycle.forEach((week, w) => {
    const home = week.home ?? [];
    let homeHere = 0;
    home.forEach((day, j) => {
      if (workdaySet.has(day)) homeHere++;
      else
        homeDaysNotWorkdays.push({ pointer: `/schedule/cycle/${w}/home/${j}`, index: j, week: w + 1, day });
    });
    homeWorkdays += homeHere;
    const campusDays = workdays.length - homeHere;
    if (minCampus !== undefined && campusDays < minCampus) {
      weeksBelow.push({ pointer: `/schedule/cycle/${w}`, index: w, week: w + 1, campusDays });
    }
  });
  const weeks = cycle.length;
  facts.workdays = workdays;
  facts.workdayCount = workdays.length;
  facts.hoursPerWeek = hoursPerWeek;
  facts.workdayHours = hoursPerWeek / workdays.length;
  facts.cyclePresent = a.schedule?.cycle !== undefined;
  facts.cycleWeeks = weeks;
  facts.anyHomeDay = cycle.some((w) => (w.home ?? []).length > 0);
  facts.homeDaysPerWeek = weeks === 0 ? 0 : homeWorkdays / weeks;
  facts.homeSharePercent = weeks === 0 ? 0 : (homeWorkdays * 100) / (workdays.length * weeks);
  facts.homeHoursPresent = a.schedule?.homeHours !== undefined;
  facts.homeHoursStart = a.schedule?.homeHours?.start ?? null;
  facts.homeHoursEnd = a.schedule?.homeHours?.end ?? null;
  facts.homeDaysNotWorkdays = homeDaysNotWorkdays;
  facts.homeDays = ALL_DAYS.filter((d) => cycle.some((w) => (w.home ?? []).includes(d)));
  return weeksBelow;
}

/** Why, which tasks, and the employee's declaration on the work environment at home. */
function addTasks(facts: Facts, a: HomeOfficeAgreement): void {
  facts.reasons = a.reasons ?? [];
  facts.tasksSuitable = a.tasks?.suitableForHomeOffice === true;
  facts.tasksDescriptionBlank = blank(a.tasks?.description);
  facts.informationClass = a.tasks?.informationClass ?? null;
  facts.healthOrSafetyCritical = a.tasks?.healthOrSafetyCritical === true;
  facts.workEnvironmentPresent = a.workEnvironment !== undefined;
  facts.workstationDeclared = a.workEnvironment?.workstation === true;
  facts.equipmentDeclared = a.workEnvironment?.equipment === true;
  facts.indoorEnvironmentDeclared = a.workEnvironment?.indoorEnvironment === true;
}

/** The equipment items, who provides and owns them, and what NTNU's cost; the names NTNU provides. */
function addEquipment(facts: Facts, a: HomeOfficeAgreement): Set<string> {
  const items = a.equipment?.items ?? [];
  const ntnuItems = items.filter((i) => i.providedBy === "ntnu");
  const ntnuNames = new Set(ntnuItems.map((i) => i.item));
  facts.equipmentItemCount = items.length;
  facts.equipmentItemNames = items.map((i) => i.item);
  facts.ntnuEquipmentItemNames = [...ntnuNames];
  facts.maintenanceBlank = blank(a.equipment?.maintenance);
  facts.itemsWithoutOwner = items.flatMap((i, k) =>
    i.owner === undefined ? [{ pointer: `/equipment/items/${k}`, index: k, item: i.item }] : [],
  );
  facts.ntnuItemsNotOwnedByNtnu = items.flatMap((i, k) =>
    i.providedBy === "ntnu" && i.owner !== undefined && i.owner !== "ntnu"
      ? [{ pointer: `/equipment/items/${k}/owner`, index: k, item: i.item, owner: i.owner }]
      : [],
  );
  facts.ntnuEquipmentCostNok = ntnuItems.reduce((sum, i) => sum + (i.costNok ?? 0), 0);
  return ntnuNames;
}

/** The terms of the agreement and the rules it has exceptions from. */
function addTerms(facts: Facts, a: HomeOfficeAgreement): void {
  facts.employerMayRecall = a.terms?.employerMayRecall === true;
  facts.insuranceInformed = a.terms?.insuranceInformed === true;
  facts.noticePeriodDays = a.terms?.noticePeriodDays ?? null;
  facts.exceptionRules = (a.exceptions ?? []).map((e) => e.rule);
}

/** Facts derived from parameters: the duration limit, core time, equipment NTNU must cover. */
function addParamFacts(
  facts: Facts,
  a: HomeOfficeAgreement,
  params: Record<string, unknown>,
  ntnuNames: Set<string>,
): void {
  if (typeof params.maxAgreementMonths === "number") {
    const limit = addMonthsClamped(a.period.start, params.maxAgreementMonths);
    facts.durationLimit = limit;
    facts.lastAllowedEnd = addDays(limit, -1);
  }
  const core = params.coreTime;
  if (core && typeof core === "object") {
    facts.coreTimeStart = "start" in core && typeof core.start === "string" ? core.start : null;
    facts.coreTimeEnd = "end" in core && typeof core.end === "string" ? core.end : null;
  }
  const covered = params.coveredEquipment;
  if (Array.isArray(covered)) {
    const itemsPointer = a.equipment?.items ? "/equipment/items" : a.equipment ? "/equipment" : "";
    facts.missingCoveredEquipment = covered
      .filter((name): name is string => typeof name === "string" && !ntnuNames.has(name))
      .map((item, index) => ({ pointer: itemsPointer, index, item }));
  }
}

/** Derives every fact of the catalogue (that its parameters allow) from a schema-valid agreement. */
export function computeFacts(a: HomeOfficeAgreement, params: Record<string, unknown>): Facts {
  const minCampus = typeof params.minCampusDaysPerWeek === "number" ? params.minCampusDaysPerWeek : undefined;
  const facts: Facts = {};
  const employmentPercent = addParties(facts, a);
  const weeksBelow = addSchedule(facts, a, employmentPercent, minCampus);
  addTasks(facts, a);
  const ntnuNames = addEquipment(facts, a);
  addTerms(facts, a);
  if (minCampus !== undefined) facts.weeksBelowMinCampusDays = weeksBelow;
  addParamFacts(facts, a, params, ntnuNames);
  return facts;
}
