/** `hjemmekontor new`'s help (src/cli/commands/new.ts): the command, each flag, and its exit codes. */
import type { Template } from "../../core/messages/index.js";

export const NEW_HELP = {
  description: {
    nb: "skriv en ny avtale: spør om hver verdi i en terminal, ellers fra valgene; med policyens standardverdier, sjekket før den skrives",
    en: "write a new agreement: asks for each value in a terminal, else takes the flags; with the policy's defaults, checked before it is written",
  },
  // The flags, each under its name.
  id: { nb: "avtalens id, f.eks. IE-2026-0042", en: "the agreement's id, e.g. IE-2026-0042" },
  faculty: { nb: "fakultetskode, f.eks. IE", en: "faculty code, e.g. IE" },
  department: { nb: "instituttkode, f.eks. IDI", en: "department code, e.g. IDI" },
  employeeId: { nb: "arbeidstakerens ansattnummer", en: "the employee's number" },
  name: { nb: "arbeidstakerens navn", en: "the employee's name" },
  position: { nb: "stillingstittel", en: "job title" },
  percent: { nb: "stillingsprosent, 1–100 (standard 100)", en: "employment percentage, 1–100 (default 100)" },
  managerId: { nb: "lederens ansattnummer", en: "the manager's number" },
  managerName: { nb: "lederens navn", en: "the manager's name" },
  start: { nb: "første dag, ÅÅÅÅ-MM-DD", en: "first day, YYYY-MM-DD" },
  end: {
    nb: "siste dag (standard: den siste policyen tillater)",
    en: "last day (default: the last the policy allows)",
  },
  home: {
    nb: "hjemmedager i en uke, f.eks. mon,thu; gjenta for hver uke i mønsteret (1–4)",
    en: "home days of one week, e.g. mon,thu; repeat for each week of the pattern (1–4)",
  },
  workdays: {
    nb: "arbeidsdager (standard mon,tue,wed,thu,fri)",
    en: "working days (default mon,tue,wed,thu,fri)",
  },
  hoursPerWeek: {
    nb: "arbeidstimer per uke (standard 37,5 × stillingsprosent / 100)",
    en: "working hours per week (default 37.5 × percentage / 100)",
  },
  homeHours: {
    nb: "arbeidstid hjemme, f.eks. 08:00-15:30 (standard: kjernetiden)",
    en: "working hours at home, e.g. 08:00-15:30 (default: core time)",
  },
  availability: {
    nb: "hvordan arbeidstakeren kan nås hjemme",
    en: "how the employee can be reached at home",
  },
  reasons: { nb: "grunner, skilt med komma: {reasons}", en: "reasons, separated by commas: {reasons}" },
  tasks: { nb: "oppgavene som gjøres hjemme", en: "the tasks done at home" },
  informationClass: {
    nb: "høyeste informasjonsklasse (standard internal)",
    en: "highest information class (default internal)",
  },
  healthOrSafetyCritical: {
    nb: "oppgavene stiller særlige krav til helse eller sikkerhet",
    en: "the tasks make special demands on health or safety",
  },
  declaredOn: {
    nb: "dagen arbeidstakeren erklærte arbeidsmiljøet hjemme forsvarlig",
    en: "the day the employee declared the work environment at home sound",
  },
  equipment: {
    nb: 'utstyr NTNU leverer, skilt med komma (standard: det policyen dekker; "" for ingen)',
    en: 'equipment NTNU provides, separated by commas (default: what the policy covers; "" for none)',
  },
  maintenance: { nb: "vedlikehold av utstyret", en: "maintenance of the equipment" },
  insuranceInformed: {
    nb: "arbeidstakeren er informert om forsikring (4)",
    en: "the employee has been informed about insurance (4)",
  },
  noticeDays: { nb: "oppsigelsesfrist i dager", en: "notice period in days" },
  output: {
    nb: "filen som skrives (standard <id>.yaml); en fil som finnes, overskrives aldri",
    en: "the file to write (default <id>.yaml); an existing file is never overwritten",
  },
  noInput: {
    nb: "ikke spør, heller ikke i en terminal: alt kommer fra valgene",
    en: "do not ask, not even in a terminal: everything comes from the flags",
  },
  exits: {
    nb: "0 skrevet (funnene som vises, er det som gjenstår, f.eks. underskriftene); 2 bruksfeil, manglende\nverdier, en fil som finnes, verdier som ikke gir en gyldig avtale, eller ugyldig policy;",
    en: "0 written (the findings shown are what is left to do, e.g. the signatures); 2 usage error, missing\nvalues, an existing file, values that make no valid agreement, or invalid policy;",
  },
} as const satisfies Record<string, Template>;
