/** The agreement's fields section by section (SPEC 2), in the order the form shows them. */
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
import type { Messages } from "../../core/types.js";
import type { Field, Kind, Section } from "./fields.js";

const m = (nb: string, en: string): Messages => ({ nb, en });
const f = (name: string, kind: Kind, nb: string, en: string, more: Partial<Field> = {}): Field => ({
  name,
  kind,
  label: m(nb, en),
  ...more,
});
const date = m("ÅÅÅÅ-MM-DD", "YYYY-MM-DD");
const time = m("TT:MM", "HH:MM");

export const SECTIONS: Section[] = [
  {
    id: "agreement",
    path: "",
    title: m("Avtalen", "The agreement"),
    parts: [
      f("id", "text", "Avtalens id", "Agreement id", {
        hint: m("Unik, f.eks. IE-2026-0042", "Unique, e.g. IE-2026-0042"),
      }),
      f("type", "select", "Type", "Type", { options: AGREEMENT_TYPES, words: TYPE_NAMES }),
    ],
  },
  {
    id: "employee",
    path: "/employee",
    title: m("Arbeidstaker og enhet", "Employee and unit"),
    intro: m("Enheten velger policylagene som gjelder.", "The unit chooses the policy layers that apply."),
    parts: [
      f("employee.id", "text", "Ansattnummer", "Employee number"),
      f("employee.name", "text", "Navn", "Name"),
      f("employee.position", "text", "Stillingstittel", "Job title"),
      f("employee.employmentPercent", "number", "Stillingsprosent", "Employment percentage", {
        hint: m("1–100", "1–100"),
      }),
      {
        path: "/employee/unit",
        legend: m("Enhet", "Unit"),
        fields: [
          f("employee.unit.faculty", "text", "Fakultet", "Faculty", {
            hint: m("Kode, f.eks. IE", "Code, e.g. IE"),
            suggest: "hk-faculties",
          }),
          f("employee.unit.department", "text", "Institutt", "Department", {
            hint: m("Kode, f.eks. IDI; tomt hvis ingen", "Code, e.g. IDI; empty if none"),
            suggest: "hk-departments",
          }),
        ],
      },
    ],
  },
  {
    id: "manager",
    path: "/manager",
    title: m("Leder", "Manager"),
    intro: m(
      "Lederen beslutter på arbeidsgivers vegne (2.1).",
      "The manager decides on the employer's behalf (2.1).",
    ),
    parts: [
      f("manager.id", "text", "Ansattnummer", "Employee number"),
      f("manager.name", "text", "Navn", "Name"),
    ],
  },
  {
    id: "period",
    path: "/period",
    title: m("Periode", "Period"),
    parts: [
      f("period.start", "date", "Første dag", "First day", { hint: date }),
      f("period.end", "date", "Siste dag", "Last day", { hint: date }),
    ],
  },
  {
    id: "schedule",
    path: "/schedule",
    title: m("Arbeidstid og hjemmedager", "Working time and home days"),
    parts: [
      f("schedule.workdays", "checks", "Arbeidsdager", "Working days", {
        options: WEEKDAYS,
        words: DAY_NAMES,
      }),
      f("schedule.hoursPerWeek", "number", "Timer per uke", "Hours per week", {
        hint: m("Tomt: 37,5 × stillingsprosent / 100", "Empty: 37.5 × percentage / 100"),
      }),
      {
        path: "/schedule/cycle",
        legend: m("Hjemmedager, uke for uke", "Home days, week by week"),
        row: m("Uke {n}", "Week {n}"),
        fields: [
          f("schedule.cycle.*.home", "checks", "Hjemmedager", "Home days", {
            options: WEEKDAYS,
            words: DAY_NAMES,
          }),
        ],
        add: m("Legg til en uke", "Add a week"),
        max: 4,
      },
      {
        path: "/schedule/homeHours",
        legend: m("Arbeidstid hjemme", "Working hours at home"),
        fields: [
          f("schedule.homeHours.start", "time", "Fra", "From", { hint: time }),
          f("schedule.homeHours.end", "time", "Til", "To", { hint: time }),
        ],
      },
      f("schedule.availability", "text", "Tilgjengelighet", "Availability", {
        hint: m("Hvordan arbeidstakeren kan nås hjemme", "How the employee can be reached at home"),
        wide: true,
      }),
    ],
  },
  {
    id: "reasons",
    path: "/reasons",
    title: m("Grunner", "Reasons"),
    parts: [
      f("reasons", "checks", "Grunner til hjemmekontor", "Reasons for the home office", {
        options: REASONS,
        words: REASON_NAMES,
      }),
    ],
  },
  {
    id: "tasks",
    path: "/tasks",
    title: m("Oppgaver", "Tasks"),
    parts: [
      f("tasks.description", "textarea", "Oppgavene som gjøres hjemme", "The tasks done at home", {
        wide: true,
      }),
      f(
        "tasks.suitableForHomeOffice",
        "bool",
        "Oppgavene egner seg for hjemmekontor",
        "The tasks suit a home office",
      ),
      f("tasks.informationClass", "select", "Høyeste informasjonsklasse", "Highest information class", {
        options: INFORMATION_CLASSES,
        words: CLASS_NAMES,
      }),
      f(
        "tasks.healthOrSafetyCritical",
        "bool",
        "Særlig strenge krav til helse eller sikkerhet",
        "Especially strict demands on health or safety",
      ),
    ],
  },
  {
    id: "workEnvironment",
    path: "/workEnvironment",
    title: m("Arbeidsmiljø hjemme", "Work environment at home"),
    intro: m("Arbeidstakerens skriftlige erklæring (2.6).", "The employee's written declaration (2.6)."),
    parts: [
      f("workEnvironment.workstation", "bool", "Arbeidsstedet er forsvarlig", "The workstation is sound"),
      f("workEnvironment.equipment", "bool", "Arbeidsutstyret er forsvarlig", "The equipment is sound"),
      f(
        "workEnvironment.indoorEnvironment",
        "bool",
        "Innemiljøet er forsvarlig",
        "The indoor environment is sound",
      ),
      f("workEnvironment.declaredOn", "date", "Erklært dato", "Declared on", { hint: date }),
    ],
  },
  {
    id: "equipment",
    path: "/equipment",
    title: m("Utstyr", "Equipment"),
    parts: [
      {
        path: "/equipment/items",
        legend: m("Utstyr til hjemmekontoret", "Equipment for the home office"),
        row: m("Ting {n}", "Item {n}"),
        fields: [
          f("equipment.items.*.item", "text", "Hva", "What", { suggest: "hk-items" }),
          f("equipment.items.*.providedBy", "select", "Levert av", "Provided by", {
            options: PARTIES,
            words: PARTY_NAMES,
          }),
          f("equipment.items.*.owner", "select", "Eier", "Owner", { options: PARTIES, words: PARTY_NAMES }),
          f("equipment.items.*.costNok", "number", "Kostnad (kr)", "Cost (NOK)"),
        ],
        add: m("Legg til utstyr", "Add equipment"),
        max: 100,
      },
      f(
        "equipment.maintenance",
        "textarea",
        "Vedlikehold, og hva som skjer når avtalen slutter",
        "Maintenance, and what happens when the agreement ends",
        { wide: true },
      ),
    ],
  },
  {
    id: "terms",
    path: "/terms",
    title: m("Vilkår", "Terms"),
    parts: [
      f(
        "terms.employerMayRecall",
        "bool",
        "Arbeidsgiver kan kalle arbeidstakeren inn (3.6)",
        "The employer may call the employee in (3.6)",
      ),
      f(
        "terms.insuranceInformed",
        "bool",
        "Arbeidstakeren er informert om forsikring (4)",
        "The employee has been informed about insurance (4)",
      ),
      f("terms.noticePeriodDays", "number", "Oppsigelsesfrist (dager)", "Notice period (days)"),
    ],
  },
  {
    id: "exceptions",
    path: "/exceptions",
    title: m("Unntak", "Exceptions"),
    intro: m(
      "Et godkjent unntak opphever bare funn fra en regel som tillater unntak.",
      "An approved exception waives only findings of a rule that allows one.",
    ),
    parts: [
      {
        path: "/exceptions",
        legend: m("Godkjente unntak", "Approved exceptions"),
        row: m("Unntak {n}", "Exception {n}"),
        fields: [
          f("exceptions.*.rule", "text", "Regel", "Rule", { suggest: "hk-rules" }),
          f("exceptions.*.approvedBy", "text", "Godkjent av", "Approved by"),
          f("exceptions.*.approvedOn", "date", "Godkjent dato", "Approved on", { hint: date }),
          f("exceptions.*.reason", "textarea", "Begrunnelse", "Reason", { wide: true }),
        ],
        add: m("Legg til et unntak", "Add an exception"),
        max: 50,
      },
    ],
  },
  {
    id: "signatures",
    path: "/signatures",
    title: m("Underskrifter", "Signatures"),
    parts: [
      {
        path: "/signatures/employee",
        legend: m("Arbeidstaker", "Employee"),
        fields: [
          f("signatures.employee.name", "text", "Navn", "Name"),
          f("signatures.employee.date", "date", "Dato", "Date", { hint: date }),
        ],
      },
      {
        path: "/signatures/manager",
        legend: m("Leder", "Manager"),
        fields: [
          f("signatures.manager.name", "text", "Navn", "Name"),
          f("signatures.manager.date", "date", "Dato", "Date", { hint: date }),
        ],
      },
    ],
  },
];
