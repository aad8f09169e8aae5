/**
 * Schema problems (src/core/schema/schema.ts): what an agreement, policy layer or test file that
 * does not match its JSON Schema is told, per ajv keyword. {where} is the JSON pointer ("/" for
 * the top).
 */
import type { Template } from "./index.js";

export const SCHEMA = {
  tooManyProblemsOne: {
    nb: "… og {count} problem til mot skjemaet. Rett de første og kjør på nytt.",
    en: "… and {count} more schema problem. Fix the first ones and run again.",
  },
  tooManyProblemsMany: {
    nb: "… og {count} problemer til mot skjemaet. Rett de første og kjør på nytt.",
    en: "… and {count} more schema problems. Fix the first ones and run again.",
  },
  prototypeKey: {
    nb: "Ukjent nøkkel «{key}» under {where}. Fjern nøkkelen.",
    en: 'Unknown key "{key}" under {where}. Remove the key.',
  },
  cannotCheck: {
    nb: "Dokumentet kan ikke sjekkes mot skjemaet. Sjekk at det følger eksemplene.",
    en: "The document cannot be checked against the schema. Check that it follows the examples.",
  },
  unknownKey: {
    nb: "Ukjent nøkkel «{key}» under {where}. Sjekk stavemåten, eller fjern nøkkelen.",
    en: 'Unknown key "{key}" under {where}. Check the spelling, or remove the key.',
  },
  missingKey: {
    nb: "Nøkkelen «{key}» mangler under {where}; den er påkrevd.",
    en: 'The key "{key}" is missing under {where}; it is required.',
  },
  /** {type}: one or more of the type names below, joined by COMMON.or. */
  wrongType: { nb: "{where} skal være {type}.", en: "{where} must be {type}." },
  wrongTypeText: {
    nb: "{where} skal være tekst. Sett verdien i anførselstegn.",
    en: "{where} must be text. Put the value in quotes.",
  },
  typeString: { nb: "tekst", en: "text" },
  typeNumber: { nb: "et tall", en: "a number" },
  typeInteger: { nb: "et heltall", en: "an integer" },
  typeBoolean: { nb: "true eller false", en: "true or false" },
  typeObject: { nb: "en samling nøkler", en: "a mapping of keys" },
  typeArray: { nb: "en liste", en: "a list" },
  typeNull: { nb: "null", en: "null" },
  notAllowedValue: { nb: "{where} må være én av: {allowed}.", en: "{where} must be one of: {allowed}." },
  notConstant: { nb: "{where} må være {value}.", en: "{where} must be {value}." },
  invalidDate: {
    nb: "{where} må være en gyldig dato på formen ÅÅÅÅ-MM-DD (år 1900–2199), f.eks. 2026-01-05.",
    en: "{where} must be a valid date written YYYY-MM-DD (years 1900–2199), e.g. 2026-01-05.",
  },
  wrongFormat: { nb: "{where} har feil format ({format}).", en: "{where} has the wrong format ({format})." },
  /** {hint}: timeHint or nothing; {description}: the schema's own (English) description, in en only. */
  patternMismatch: {
    nb: "{where} har ugyldig form{hint}; den må passe mønsteret {pattern}.{description}",
    en: "{where} has an invalid form{hint}; it must match {pattern}.{description}",
  },
  timeHint: { nb: " (HH:MM)", en: " (HH:MM)" },
  duplicateItems: {
    nb: "{where} har samme verdi to ganger (element {first} og {second}).",
    en: "{where} holds the same value twice (items {first} and {second}).",
  },
  /** {bound}: one of the bounds below (…One when {limit} is 1, …Many otherwise). */
  outOfBounds: { nb: "{where} må ha {bound}.", en: "{where} must have {bound}." },
  minItemsOne: { nb: "minst {limit} element", en: "at least {limit} item" },
  minItemsMany: { nb: "minst {limit} elementer", en: "at least {limit} items" },
  maxItemsOne: { nb: "høyst {limit} element", en: "at most {limit} item" },
  maxItemsMany: { nb: "høyst {limit} elementer", en: "at most {limit} items" },
  minLengthOne: { nb: "minst {limit} tegn", en: "at least {limit} character" },
  minLengthMany: { nb: "minst {limit} tegn", en: "at least {limit} characters" },
  maxLengthOne: { nb: "høyst {limit} tegn", en: "at most {limit} character" },
  maxLengthMany: { nb: "høyst {limit} tegn", en: "at most {limit} characters" },
  minimum: { nb: "minst {limit}", en: "at least {limit}" },
  maximum: { nb: "høyst {limit}", en: "at most {limit}" },
  exclusiveMinimum: { nb: "større enn {limit}", en: "greater than {limit}" },
  exclusiveMaximum: { nb: "mindre enn {limit}", en: "less than {limit}" },
  maxPropertiesOne: { nb: "høyst {limit} nøkkel", en: "at most {limit} key" },
  maxPropertiesMany: { nb: "høyst {limit} nøkler", en: "at most {limit} keys" },
  invalidKeyName: {
    nb: "{where} har et ugyldig nøkkelnavn «{name}».",
    en: '{where} has an invalid key name "{name}".',
  },
  noAllowedForm: {
    nb: "{where} passer ikke med noen av de tillatte formene.",
    en: "{where} matches none of the allowed forms.",
  },
  /** Any other keyword: {detail} is ajv's own message. */
  otherProblem: { nb: "{where}: {detail}.", en: "{where}: {detail}." },
  // The rule `schema` (schema/check.ts): what the catalogue of rules says of it.
  schemaRule: {
    nb: "Avtalen bryter avtaleskjemaet (schemas/agreement.schema.json).",
    en: "The agreement breaks the agreement schema (schemas/agreement.schema.json).",
  },
} as const satisfies Record<string, Template>;
