/** The questions `new` asks in a terminal, in nb and en. */
import type { Messages } from "../../core/types.js";

export { CLASS_NAMES, DAY_NAMES, REASON_NAMES, wordFor } from "../../core/run/agreement-words.js";

export const Q = {
  id: { nb: "Avtalens id (f.eks. IE-2026-0042)", en: "The agreement's id (e.g. IE-2026-0042)" },
  faculty: { nb: "Fakultet (kode, f.eks. IE)", en: "Faculty (code, e.g. IE)" },
  department: {
    nb: "Institutt (kode, f.eks. IDI; tomt hvis ingen)",
    en: "Department (code, e.g. IDI; empty if none)",
  },
  localLayers: { nb: "lokale policylag", en: "local policy layers" },
  employeeId: { nb: "Arbeidstakerens ansattnummer", en: "The employee's employee number" },
  name: { nb: "Arbeidstakerens navn", en: "The employee's name" },
  position: { nb: "Stillingstittel (valgfritt)", en: "Job title (optional)" },
  percent: { nb: "Stillingsprosent (1–100)", en: "Employment percentage (1–100)" },
  managerId: { nb: "Lederens ansattnummer", en: "The manager's employee number" },
  managerName: { nb: "Lederens navn", en: "The manager's name" },
  start: { nb: "Første dag (ÅÅÅÅ-MM-DD)", en: "First day (YYYY-MM-DD)" },
  end: {
    nb: "Siste dag (ÅÅÅÅ-MM-DD; forslaget er den siste policyen tillater)",
    en: "Last day (YYYY-MM-DD; the suggestion is the last the policy allows)",
  },
  workdays: { nb: "Arbeidsdager", en: "Working days" },
  weeks: {
    nb: "Hvor mange uker har mønsteret før det gjentas?",
    en: "How many weeks does the pattern have before it repeats?",
  },
  home: { nb: "Hjemmedager i uke {week}", en: "Home days in week {week}" },
  homeStart: {
    nb: "Arbeidstiden hjemme begynner (TT:MM; forslaget er kjernetiden)",
    en: "Working hours at home start (HH:MM; the suggestion is core time)",
  },
  homeEnd: { nb: "Arbeidstiden hjemme slutter (TT:MM)", en: "Working hours at home end (HH:MM)" },
  availability: {
    nb: "Hvordan kan arbeidstakeren nås hjemme?",
    en: "How can the employee be reached at home?",
  },
  reasons: { nb: "Grunner til hjemmekontor", en: "Reasons for the home office" },
  tasks: { nb: "Oppgavene som gjøres hjemme", en: "The tasks done at home" },
  informationClass: {
    nb: "Høyeste informasjonsklasse arbeidet hjemme berører",
    en: "The highest information class the work at home touches",
  },
  critical: {
    nb: "Stiller oppgavene særlig strenge krav til helse eller sikkerhet?",
    en: "Do the tasks make especially strict demands on health or safety?",
  },
  suitable: { nb: "Egner oppgavene seg for hjemmekontor?", en: "Do the tasks suit a home office?" },
  declared: {
    nb: "Har arbeidstakeren erklært at arbeidssted, utstyr og innemiljø hjemme er forsvarlige?",
    en: "Has the employee declared the workstation, equipment and indoor environment at home sound?",
  },
  declaredOn: { nb: "Datoen for erklæringen (ÅÅÅÅ-MM-DD)", en: "The date of the declaration (YYYY-MM-DD)" },
  equipment: {
    nb: "Utstyr NTNU leverer og eier (forslaget er det policyen dekker)",
    en: "Equipment NTNU provides and owns (the suggestion is what the policy covers)",
  },
  moreEquipment: {
    nb: "Mer utstyr fra NTNU (skilt med komma; tomt hvis ikke)",
    en: "More equipment from NTNU (separated by commas; empty if none)",
  },
  maintenance: {
    nb: "Vedlikehold av utstyret, og hva som skjer med det når avtalen slutter",
    en: "Maintenance of the equipment, and what happens to it when the agreement ends",
  },
  recall: {
    nb: "Kan arbeidsgiver kalle arbeidstakeren inn til arbeidsplassen (3.6)?",
    en: "May the employer call the employee in to the workplace (3.6)?",
  },
  insurance: {
    nb: "Er arbeidstakeren informert om forsikring ved hjemmekontor (4)?",
    en: "Has the employee been informed about insurance when working at home (4)?",
  },
  output: { nb: "Filen avtalen skrives til", en: "The file to write the agreement to" },
  exists: {
    nb: "{file} finnes allerede; velg et annet navn.",
    en: "{file} exists already; choose another name.",
  },
  atLeastOne: { nb: "Velg minst én.", en: "Choose at least one." },
} satisfies Record<string, Messages>;
