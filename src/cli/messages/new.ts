/**
 * `hjemmekontor new` at work (src/cli/new/): the questions it asks in a terminal, what it says of
 * a value it cannot take (a flag or an answer), and what it says when it writes or cannot.
 * Its help is in new-help.ts.
 */
import type { Template } from "../../core/messages/index.js";

/** The questions, each under the key a scripted answerer answers it by. */
export const NEW_Q = {
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
} as const satisfies Record<string, Template>;

/** What is expected of a value that is not right, where it is given (a flag or an answer). */
export const NEW_CHECK = {
  id: {
    nb: "Bokstaver, sifre, punktum, bindestrek og understrek, høyst 64 tegn, f.eks. IE-2026-0042.",
    en: "Letters, digits, dots, dashes and underscores, at most 64 characters, e.g. IE-2026-0042.",
  },
  personId: {
    nb: "Et ansattnummer: bokstaver og sifre, f.eks. 100234.",
    en: "An employee number: letters and digits, e.g. 100234.",
  },
  unit: {
    nb: "En enhetskode: en bokstav først, så bokstaver, sifre eller bindestrek, f.eks. IE eller IDI.",
    en: "A unit code: a letter first, then letters, digits or dashes, e.g. IE or IDI.",
  },
  date: { nb: "En dato ÅÅÅÅ-MM-DD, f.eks. 2026-01-05.", en: "A date YYYY-MM-DD, e.g. 2026-01-05." },
  time: { nb: "Et klokkeslett TT:MM, f.eks. 08:00.", en: "A time of day HH:MM, e.g. 08:00." },
  notBlank: { nb: "Skriv noe her.", en: "Write something here." },
  number: { nb: "Et tall fra {min} til {max}.", en: "A number from {min} to {max}." },
  days: {
    nb: "Ukedager skilt med komma, blant {days}, hver bare én gang (f.eks. mon,thu).",
    en: "Weekdays separated by commas, from {days}, each once (e.g. mon,thu).",
  },
  hours: {
    nb: "Fra–til som TT:MM-TT:MM, f.eks. 08:00-15:30.",
    en: "From–to as HH:MM-HH:MM, e.g. 08:00-15:30.",
  },
  /** {not} is `listNot` when some words are not allowed, else empty. */
  list: {
    nb: "Ord skilt med komma, hvert bare én gang ({words}){not}.",
    en: "Words separated by commas, each once ({words}){not}.",
  },
  listNot: { nb: "; ikke «{bad}»", en: "; not “{bad}”" },
} as const satisfies Record<string, Template>;

/** The prompts' answers and key help, and what `new` says when it writes or cannot. */
export const NEW_RUN = {
  yes: { nb: "Ja", en: "Yes" },
  no: { nb: "Nei", en: "No" },
  // Key help under a question: "↑↓ flytt • mellomrom velg • ⏎ ferdig".
  keySpace: { nb: "mellomrom", en: "space" },
  keyNavigate: { nb: "flytt", en: "navigate" },
  keySelect: { nb: "velg", en: "select" },
  keyAll: { nb: "alle", en: "all" },
  keyInvert: { nb: "snu", en: "invert" },
  keySubmit: { nb: "ferdig", en: "submit" },
  cancelled: { nb: "Avbrutt; ingen fil er skrevet.\n", en: "Cancelled; no file written.\n" },
  exists: {
    nb: "{file} finnes allerede; new overskriver aldri en fil. Velg et annet navn med --output.",
    en: "{file} exists already; new never overwrites a file. Choose another name with --output.",
  },
  missingFlags: {
    nb: "Uten terminal tar new verdiene fra valgene, og disse mangler: {flags}. Se hjemmekontor new --help.",
    en: "Without a terminal, new takes its values from the flags, and these are missing: {flags}. See hjemmekontor new --help.",
  },
  invalid: {
    nb: "Verdiene gir ingen gyldig avtale (se over); ingen fil er skrevet.",
    en: "The values make no valid agreement (see above); no file written.",
  },
  cannotWrite: {
    nb: "Kan ikke skrive {file} ({code}). Sjekk mappen og rettighetene.",
    en: "Cannot write {file} ({code}). Check the folder and the permissions.",
  },
  wrote: { nb: "Skrev {file}; ingen funn.\n", en: "Wrote {file}; no findings.\n" },
  wroteWithFindings: {
    nb: "Skrev {file}. Funnene over er det som gjenstår før avtalen er i orden (f.eks. underskriftene).\n",
    en: "Wrote {file}. The findings above are what is left before the agreement is in order (e.g. the signatures).\n",
  },
} as const satisfies Record<string, Template>;
