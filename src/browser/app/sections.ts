/** The agreement's fields section by section (SPEC 2), in the order the form shows them. */
import type { Template } from "../../core/messages/index.js";
import {
  AGREEMENT_TYPES,
  CLASS_NAMES,
  DAY_NAMES,
  INFORMATION_CLASSES,
  PARTIES,
  PARTY_NAMES,
  REASON_NAMES,
  REASONS,
  TYPE_NAMES,
  WEEKDAYS,
} from "../../core/run/agreement-words.js";
import { FORM_FIELDS } from "./field-texts.js";
import type { Field, Kind, Section } from "./fields.js";
import { FORM } from "./texts.js";

const f = (name: string, kind: Kind, label: Template, more: Partial<Field> = {}): Field => ({
  name,
  kind,
  label,
  ...more,
});
const date = FORM.datePlaceholder;
const time = FORM.timePlaceholder;

export const SECTIONS: Section[] = [
  {
    id: "agreement",
    path: "",
    title: FORM_FIELDS.sectionAgreement,
    parts: [
      f("id", "text", FORM_FIELDS.agreementId, {
        hint: FORM_FIELDS.agreementIdHint,
      }),
      f("type", "select", FORM_FIELDS.type, { options: AGREEMENT_TYPES, words: TYPE_NAMES }),
    ],
  },
  {
    id: "employee",
    path: "/employee",
    title: FORM_FIELDS.sectionEmployee,
    intro: FORM_FIELDS.employeeIntro,
    parts: [
      f("employee.id", "text", FORM_FIELDS.employeeNumber),
      f("employee.name", "text", FORM_FIELDS.name),
      f("employee.position", "text", FORM_FIELDS.position),
      f("employee.employmentPercent", "number", FORM_FIELDS.employmentPercent, {
        hint: FORM_FIELDS.employmentPercentHint,
      }),
      {
        path: "/employee/unit",
        legend: FORM_FIELDS.unit,
        fields: [
          f("employee.unit.faculty", "text", FORM_FIELDS.faculty, {
            hint: FORM_FIELDS.facultyHint,
            suggest: "hk-faculties",
          }),
          f("employee.unit.department", "text", FORM_FIELDS.department, {
            hint: FORM_FIELDS.departmentHint,
            suggest: "hk-departments",
          }),
        ],
      },
    ],
  },
  {
    id: "manager",
    path: "/manager",
    title: FORM_FIELDS.manager,
    intro: FORM_FIELDS.managerIntro,
    parts: [f("manager.id", "text", FORM_FIELDS.employeeNumber), f("manager.name", "text", FORM_FIELDS.name)],
  },
  {
    id: "period",
    path: "/period",
    title: FORM_FIELDS.sectionPeriod,
    parts: [
      f("period.start", "date", FORM_FIELDS.periodStart, { hint: date }),
      f("period.end", "date", FORM_FIELDS.periodEnd, { hint: date }),
    ],
  },
  {
    id: "schedule",
    path: "/schedule",
    title: FORM_FIELDS.sectionSchedule,
    parts: [
      f("schedule.workdays", "checks", FORM_FIELDS.workdays, {
        options: WEEKDAYS,
        words: DAY_NAMES,
      }),
      f("schedule.hoursPerWeek", "number", FORM_FIELDS.hoursPerWeek, {
        hint: FORM_FIELDS.hoursPerWeekHint,
      }),
      {
        path: "/schedule/cycle",
        legend: FORM_FIELDS.cycle,
        row: FORM_FIELDS.cycleRow,
        fields: [
          f("schedule.cycle.*.home", "checks", FORM_FIELDS.homeDays, {
            options: WEEKDAYS,
            words: DAY_NAMES,
          }),
        ],
        add: FORM_FIELDS.cycleAdd,
        max: 4,
      },
      {
        path: "/schedule/homeHours",
        legend: FORM_FIELDS.homeHours,
        fields: [
          f("schedule.homeHours.start", "time", FORM_FIELDS.homeHoursStart, { hint: time }),
          f("schedule.homeHours.end", "time", FORM_FIELDS.homeHoursEnd, { hint: time }),
        ],
      },
      f("schedule.availability", "text", FORM_FIELDS.availability, {
        hint: FORM_FIELDS.availabilityHint,
        wide: true,
      }),
    ],
  },
  {
    id: "reasons",
    path: "/reasons",
    title: FORM_FIELDS.sectionReasons,
    parts: [
      f("reasons", "checks", FORM_FIELDS.reasons, {
        options: REASONS,
        words: REASON_NAMES,
      }),
    ],
  },
  {
    id: "tasks",
    path: "/tasks",
    title: FORM_FIELDS.sectionTasks,
    parts: [
      f("tasks.description", "textarea", FORM_FIELDS.tasksDescription, {
        wide: true,
      }),
      f("tasks.suitableForHomeOffice", "bool", FORM_FIELDS.tasksSuitable),
      f("tasks.informationClass", "select", FORM_FIELDS.informationClass, {
        options: INFORMATION_CLASSES,
        words: CLASS_NAMES,
      }),
      f("tasks.healthOrSafetyCritical", "bool", FORM_FIELDS.healthOrSafetyCritical),
    ],
  },
  {
    id: "workEnvironment",
    path: "/workEnvironment",
    title: FORM_FIELDS.sectionWorkEnvironment,
    intro: FORM_FIELDS.workEnvironmentIntro,
    parts: [
      f("workEnvironment.workstation", "bool", FORM_FIELDS.workstation),
      f("workEnvironment.equipment", "bool", FORM_FIELDS.equipmentSound),
      f("workEnvironment.indoorEnvironment", "bool", FORM_FIELDS.indoorEnvironment),
      f("workEnvironment.declaredOn", "date", FORM_FIELDS.declaredOn, { hint: date }),
    ],
  },
  {
    id: "equipment",
    path: "/equipment",
    title: FORM_FIELDS.sectionEquipment,
    parts: [
      {
        path: "/equipment/items",
        legend: FORM_FIELDS.equipmentItems,
        row: FORM_FIELDS.equipmentRow,
        fields: [
          f("equipment.items.*.item", "text", FORM_FIELDS.item, { suggest: "hk-items" }),
          f("equipment.items.*.providedBy", "select", FORM_FIELDS.providedBy, {
            options: PARTIES,
            words: PARTY_NAMES,
          }),
          f("equipment.items.*.owner", "select", FORM_FIELDS.owner, { options: PARTIES, words: PARTY_NAMES }),
          f("equipment.items.*.costNok", "number", FORM_FIELDS.costNok),
        ],
        add: FORM_FIELDS.equipmentAdd,
        max: 100,
      },
      f("equipment.maintenance", "textarea", FORM_FIELDS.maintenance, { wide: true }),
    ],
  },
  {
    id: "terms",
    path: "/terms",
    title: FORM_FIELDS.sectionTerms,
    parts: [
      f("terms.employerMayRecall", "bool", FORM_FIELDS.employerMayRecall),
      f("terms.insuranceInformed", "bool", FORM_FIELDS.insuranceInformed),
      f("terms.noticePeriodDays", "number", FORM_FIELDS.noticePeriodDays),
    ],
  },
  {
    id: "exceptions",
    path: "/exceptions",
    title: FORM_FIELDS.sectionExceptions,
    intro: FORM_FIELDS.exceptionsIntro,
    parts: [
      {
        path: "/exceptions",
        legend: FORM_FIELDS.exceptions,
        row: FORM_FIELDS.exceptionRow,
        fields: [
          f("exceptions.*.rule", "text", FORM_FIELDS.exceptionRule, { suggest: "hk-rules" }),
          f("exceptions.*.approvedBy", "text", FORM_FIELDS.approvedBy),
          f("exceptions.*.approvedOn", "date", FORM_FIELDS.approvedOn, { hint: date }),
          f("exceptions.*.reason", "textarea", FORM_FIELDS.exceptionReason, { wide: true }),
        ],
        add: FORM_FIELDS.exceptionAdd,
        max: 50,
      },
    ],
  },
  {
    id: "signatures",
    path: "/signatures",
    title: FORM_FIELDS.sectionSignatures,
    parts: [
      {
        path: "/signatures/employee",
        legend: FORM_FIELDS.employee,
        fields: [
          f("signatures.employee.name", "text", FORM_FIELDS.name),
          f("signatures.employee.date", "date", FORM_FIELDS.signatureDate, { hint: date }),
        ],
      },
      {
        path: "/signatures/manager",
        legend: FORM_FIELDS.manager,
        fields: [
          f("signatures.manager.name", "text", FORM_FIELDS.name),
          f("signatures.manager.date", "date", FORM_FIELDS.signatureDate, { hint: date }),
        ],
      },
    ],
  },
];
