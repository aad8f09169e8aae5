/**
 * The fact catalogue: every quantity a policy rule may name. Facts are derived from a
 * schema-valid agreement and the resolved policy's parameters (which are facts too).
 * A policy can name only what is listed here; there is no code in YAML.
 */
import type { HomeOfficeAgreement } from "../types/generated/agreement.js";
import { addDays, addMonthsClamped } from "./dates.js";
import type { ParamSpec } from "./policy/model.js";

export type FactValue = string | number | boolean | null | string[] | ListElement[];

/** An element of a list fact; `pointer` is where in the agreement the defect is. */
export interface ListElement {
  pointer: string;
  index: number;
  [field: string]: string | number | boolean | null;
}

export interface FactInfo {
  description: string;
  /** For list facts: the fields each element carries (usable as {each.<field>} in messages). */
  fields?: string[];
  /** Parameters this fact is derived from; they must be in force for the fact to exist. */
  needs?: string[];
}

export const FACTS: Record<string, FactInfo> = {
  agreementId: { description: "the agreement's id" },
  type: { description: "the agreement type (fixed, short-term, …)" },
  employeeId: { description: "employee.id" },
  managerId: { description: "manager.id, or null when missing" },
  faculty: { description: "employee.unit.faculty" },
  department: { description: "employee.unit.department, or null" },
  employmentPercent: { description: "employee.employmentPercent (default 100)" },
  employeeSigned: { description: "true when signatures.employee is present" },
  managerSigned: { description: "true when signatures.manager is present" },
  periodStart: { description: "period.start (YYYY-MM-DD)" },
  periodEnd: { description: "period.end, or null when missing" },
  durationLimit: {
    description:
      "period.start + maxAgreementMonths calendar months (same day number, or that month's last day)",
    needs: ["maxAgreementMonths"],
  },
  lastAllowedEnd: {
    description: "the day before durationLimit: the latest allowed period.end",
    needs: ["maxAgreementMonths"],
  },
  workdays: { description: "schedule.workdays (default mon–fri)" },
  workdayCount: { description: "the number of workdays per week" },
  hoursPerWeek: { description: "schedule.hoursPerWeek (default 37.5 × employmentPercent / 100)" },
  workdayHours: { description: "hours of one workday: hoursPerWeek / workdays" },
  cyclePresent: { description: "true when schedule.cycle is given" },
  cycleWeeks: { description: "the number of weeks in schedule.cycle" },
  anyHomeDay: { description: "true when some week of the cycle has a home day" },
  homeDaysPerWeek: { description: "home days that are workdays, averaged over the cycle's weeks" },
  homeSharePercent: { description: "home days that are workdays ÷ (workdays × weeks) × 100" },
  homeHoursPresent: { description: "true when schedule.homeHours is given" },
  homeHoursStart: { description: "schedule.homeHours.start (HH:MM), or null" },
  homeHoursEnd: { description: "schedule.homeHours.end (HH:MM), or null" },
  coreTimeStart: { description: "the start of core time, from the parameter coreTime", needs: ["coreTime"] },
  coreTimeEnd: { description: "the end of core time, from the parameter coreTime", needs: ["coreTime"] },
  weeksBelowMinCampusDays: {
    description: "cycle weeks with fewer than minCampusDaysPerWeek workdays on campus",
    fields: ["week", "campusDays"],
    needs: ["minCampusDaysPerWeek"],
  },
  homeDaysNotWorkdays: {
    description: "home days in the cycle that are not among the workdays",
    fields: ["week", "day"],
  },
  homeDays: { description: "weekdays that are a home day in at least one week of the cycle" },
  reasons: { description: "reasons (a list)" },
  tasksSuitable: { description: "true when tasks.suitableForHomeOffice is true" },
  tasksDescriptionBlank: { description: "true when tasks.description is missing or blank" },
  informationClass: { description: "tasks.informationClass, or null" },
  healthOrSafetyCritical: { description: "true when tasks.healthOrSafetyCritical is true" },
  workEnvironmentPresent: { description: "true when workEnvironment is given" },
  workstationDeclared: { description: "workEnvironment.workstation is true" },
  equipmentDeclared: { description: "workEnvironment.equipment is true" },
  indoorEnvironmentDeclared: { description: "workEnvironment.indoorEnvironment is true" },
  equipmentItemCount: { description: "the number of equipment.items" },
  equipmentItemNames: { description: "the names of all equipment items" },
  ntnuEquipmentItemNames: { description: "the names of items with providedBy: ntnu" },
  maintenanceBlank: { description: "true when equipment.maintenance is missing or blank" },
  itemsWithoutOwner: { description: "equipment items with no owner", fields: ["item"] },
  ntnuItemsNotOwnedByNtnu: {
    description: "items with providedBy: ntnu whose owner is not ntnu",
    fields: ["item", "owner"],
  },
  missingCoveredEquipment: {
    description: "items of the parameter coveredEquipment not listed with providedBy: ntnu",
    fields: ["item"],
    needs: ["coveredEquipment"],
  },
  ntnuEquipmentCostNok: { description: "the total costNok of items with providedBy: ntnu" },
  employerMayRecall: { description: "terms.employerMayRecall is true" },
  insuranceInformed: { description: "terms.insuranceInformed is true" },
  noticePeriodDays: { description: "terms.noticePeriodDays, or null" },
  exceptionRules: { description: "the rule ids named in exceptions" },
};

/**
 * Parameters the core derives facts from (or the repository rules read): whatever type and range
 * a layer declares, their values must also keep to these, so that no value can break evaluation.
 */
export const PARAM_CONTRACTS: Record<string, ParamSpec> = {
  maxAgreementMonths: { type: "integer", minimum: 1, maximum: 1200 },
  minCampusDaysPerWeek: { type: "integer", minimum: 0, maximum: 7 },
  coreTime: { type: "object" },
  coveredEquipment: { type: "list" },
  renewalGapDays: { type: "integer", minimum: 0, maximum: 3650 },
  maxConsecutiveMonths: { type: "integer", minimum: 1, maximum: 1200 },
};

const ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DEFAULT_WORKDAYS = ["mon", "tue", "wed", "thu", "fri"];

function blank(s: string | undefined): boolean {
  return s === undefined || s.trim() === "";
}

/** Derives every fact of the catalogue (that its parameters allow) from a schema-valid agreement. */
export function computeFacts(
  a: HomeOfficeAgreement,
  params: Record<string, unknown>,
): Record<string, FactValue> {
  const workdays = (a.schedule?.workdays ?? DEFAULT_WORKDAYS)
    .slice()
    .sort((x, y) => ALL_DAYS.indexOf(x) - ALL_DAYS.indexOf(y));
  const employmentPercent = a.employee.employmentPercent ?? 100;
  const hoursPerWeek = a.schedule?.hoursPerWeek ?? (37.5 * employmentPercent) / 100;
  const cycle = a.schedule?.cycle ?? [];
  const workdaySet = new Set(workdays);
  let homeWorkdays = 0;
  const homeDaysNotWorkdays: ListElement[] = [];
  const weeksBelow: ListElement[] = [];
  const minCampus = typeof params.minCampusDaysPerWeek === "number" ? params.minCampusDaysPerWeek : undefined;
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
  const items = a.equipment?.items ?? [];
  const ntnuItems = items.filter((i) => i.providedBy === "ntnu");
  const covered = Array.isArray(params.coveredEquipment) ? (params.coveredEquipment as string[]) : undefined;
  const ntnuNames = new Set(ntnuItems.map((i) => i.item));
  const itemsPointer = a.equipment?.items ? "/equipment/items" : a.equipment ? "/equipment" : "";
  const facts: Record<string, FactValue> = {
    agreementId: a.id,
    type: a.type,
    employeeId: a.employee.id,
    managerId: a.manager?.id ?? null,
    faculty: a.employee.unit.faculty,
    department: a.employee.unit.department ?? null,
    employmentPercent,
    employeeSigned: a.signatures?.employee !== undefined,
    managerSigned: a.signatures?.manager !== undefined,
    periodStart: a.period.start,
    periodEnd: a.period.end ?? null,
    workdays,
    workdayCount: workdays.length,
    hoursPerWeek,
    workdayHours: hoursPerWeek / workdays.length,
    cyclePresent: a.schedule?.cycle !== undefined,
    cycleWeeks: weeks,
    anyHomeDay: cycle.some((w) => (w.home ?? []).length > 0),
    homeDaysPerWeek: weeks === 0 ? 0 : homeWorkdays / weeks,
    homeSharePercent: weeks === 0 ? 0 : (homeWorkdays * 100) / (workdays.length * weeks),
    homeHoursPresent: a.schedule?.homeHours !== undefined,
    homeHoursStart: a.schedule?.homeHours?.start ?? null,
    homeHoursEnd: a.schedule?.homeHours?.end ?? null,
    homeDaysNotWorkdays,
    homeDays: ALL_DAYS.filter((d) => cycle.some((w) => (w.home ?? []).includes(d as never))),
    reasons: a.reasons ?? [],
    tasksSuitable: a.tasks?.suitableForHomeOffice === true,
    tasksDescriptionBlank: blank(a.tasks?.description),
    informationClass: a.tasks?.informationClass ?? null,
    healthOrSafetyCritical: a.tasks?.healthOrSafetyCritical === true,
    workEnvironmentPresent: a.workEnvironment !== undefined,
    workstationDeclared: a.workEnvironment?.workstation === true,
    equipmentDeclared: a.workEnvironment?.equipment === true,
    indoorEnvironmentDeclared: a.workEnvironment?.indoorEnvironment === true,
    equipmentItemCount: items.length,
    equipmentItemNames: items.map((i) => i.item),
    ntnuEquipmentItemNames: [...ntnuNames],
    maintenanceBlank: blank(a.equipment?.maintenance),
    itemsWithoutOwner: items.flatMap((i, k) =>
      i.owner === undefined ? [{ pointer: `/equipment/items/${k}`, index: k, item: i.item }] : [],
    ),
    ntnuItemsNotOwnedByNtnu: items.flatMap((i, k) =>
      i.providedBy === "ntnu" && i.owner !== undefined && i.owner !== "ntnu"
        ? [{ pointer: `/equipment/items/${k}/owner`, index: k, item: i.item, owner: i.owner }]
        : [],
    ),
    ntnuEquipmentCostNok: ntnuItems.reduce((sum, i) => sum + (i.costNok ?? 0), 0),
    employerMayRecall: a.terms?.employerMayRecall === true,
    insuranceInformed: a.terms?.insuranceInformed === true,
    noticePeriodDays: a.terms?.noticePeriodDays ?? null,
    exceptionRules: (a.exceptions ?? []).map((e) => e.rule),
  };
  if (minCampus !== undefined) facts.weeksBelowMinCampusDays = weeksBelow;
  if (typeof params.maxAgreementMonths === "number") {
    const limit = addMonthsClamped(a.period.start, params.maxAgreementMonths);
    facts.durationLimit = limit;
    facts.lastAllowedEnd = addDays(limit, -1);
  }
  const core = params.coreTime as { start?: string; end?: string } | undefined;
  if (core && typeof core === "object") {
    facts.coreTimeStart = core.start ?? null;
    facts.coreTimeEnd = core.end ?? null;
  }
  if (covered) {
    facts.missingCoveredEquipment = covered
      .filter((name) => !ntnuNames.has(name))
      .map((item, index) => ({ pointer: itemsPointer, index, item }));
  }
  return facts;
}
