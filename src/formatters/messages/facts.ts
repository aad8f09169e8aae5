/**
 * `policy facts --format text` (src/formatters/catalogue.ts): the headings and labels of the
 * catalogue, the words for types and units, and what a parameter's basis and override mean.
 */
import type { Template } from "../../core/messages/index.js";

export const FMT_FACTS = {
  title: {
    nb: "Katalogen: fakta, operatorer og parametere en policy kan bruke",
    en: "The catalogue: the facts, operators and parameters a policy may name",
  },
  facts: { nb: "Fakta", en: "Facts" },
  operators: { nb: "Operatorer", en: "Operators" },
  parameters: { nb: "Parametere", en: "Parameters" },
  noParameters: {
    nb: "(ingen policy er gitt, så ingen parametere)",
    en: "(no policy given, so no parameters)",
  },
  noDescription: { nb: "(laget gir ingen beskrivelse)", en: "(the layer gives no description)" },
  example: { nb: "Eksempel", en: "Example" },
  fields: { nb: "Felt per element", en: "Fields of each element" },
  needs: {
    nb: "Finnes bare når denne parameteren gjelder",
    en: "Exists only when this parameter is in force",
  },
  factSide: { nb: "Faktum", en: "Fact" },
  valueSide: { nb: "Verdi", en: "Value" },
  value: { nb: "Verdi", en: "Value" },
  range: { nb: "Tillatt", en: "Allowed" },
  declared: { nb: "erklært i {layer}", en: "declared in {layer}" },
  set: { nb: "satt i {layer}", en: "set in {layer}" },
  use: { nb: "Bruk", en: "Use" },
  /** How a policy names the parameter: as a fact's value, or as a placeholder in a message. */
  useText: {
    nb: "value: { fact: {name} }, eller {{name}} i en melding",
    en: "value: { fact: {name} }, or {{name}} in a message",
  },
  typeString: { nb: "tekst", en: "string" },
  typeNumber: { nb: "tall", en: "number" },
  typeInteger: { nb: "heltall", en: "integer" },
  typeBoolean: { nb: "sann/usann (true/false)", en: "true/false" },
  typeDate: { nb: "dato (ÅÅÅÅ-MM-DD)", en: "date (YYYY-MM-DD)" },
  typeTime: { nb: "klokkeslett (TT:MM)", en: "time (HH:MM)" },
  typeTimeSpan: { nb: "tidsrom { start, end }", en: "time span { start, end }" },
  typeStringList: { nb: "liste av tekster", en: "list of strings" },
  typeElementList: { nb: "liste av elementer", en: "list of elements" },
  typeAny: { nb: "hva som helst", en: "any" },
  typeList: { nb: "liste", en: "list" },
  typeDateOrTime: { nb: "dato eller klokkeslett", en: "date or time" },
  unitPercent: { nb: "%", en: "%" },
  unitDays: { nb: "dager", en: "days" },
  unitDaysPerWeek: { nb: "dager per uke", en: "days per week" },
  unitHours: { nb: "timer", en: "hours" },
  unitHoursPerWeek: { nb: "timer per uke", en: "hours per week" },
  unitWeeks: { nb: "uker", en: "weeks" },
  unitMonths: { nb: "måneder", en: "months" },
  unitNok: { nb: "kroner", en: "NOK" },
  unitWeekdays: { nb: "ukedager (mon … sun)", en: "weekdays (mon … sun)" },
  basisRegulation: { nb: "forskrift", en: "regulation" },
  basisGuideline: { nb: "retningslinje", en: "guideline" },
  basisInterpretation: { nb: "tolkning", en: "interpretation" },
  overrideLower: { nb: "lavere lag kan bare senke den", en: "lower layers may only lower it" },
  overrideHigher: { nb: "lavere lag kan bare øke den", en: "lower layers may only raise it" },
  overrideSubset: { nb: "lavere lag kan bare snevre den inn", en: "lower layers may only narrow it" },
  overrideSuperset: { nb: "lavere lag kan bare utvide den", en: "lower layers may only extend it" },
  overrideFixed: { nb: "kan ikke endres av lavere lag", en: "lower layers may not change it" },
  overrideFree: { nb: "lavere lag kan sette den fritt", en: "lower layers may set it freely" },
} as const satisfies Record<string, Template>;
