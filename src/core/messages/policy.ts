/**
 * Policy layers (src/core/policy/): loading a layer, its parameters, the rules it adds or changes,
 * what a rule may name, where a layer stands in the chain, which layers are in force, and the
 * vocabulary of schemas/policy.schema.json. Sources and coverage are in sources.ts.
 */
import type { Template } from "./index.js";

export const POLICY = {
  // Loading (load.ts).
  layerNotRegularFile: {
    nb: "Policyfilen er ikke en vanlig fil (en mappe, FIFO, enhet eller en lenke som ikke peker på en fil). Erstatt den med en vanlig fil, eller fjern den.",
    en: "The policy file is not a regular file (a folder, FIFO, device or a link that does not point to a file). Replace it with a regular file, or remove it.",
  },
  layerUnreadable: {
    nb: "Policyfilen kan ikke leses ({code}). Sjekk at filen finnes og at du har lesetilgang.",
    en: "The policy file cannot be read ({code}). Check that it exists and that you may read it.",
  },
  layerTooLarge: {
    nb: "Policyfilen er større enn {max} byte.",
    en: "The policy file is larger than {max} bytes.",
  },
  layerTooDeep: {
    nb: "Policyfilen er nøstet dypere enn {max} nivåer. Skriv betingelsene flatere (all/any i færre lag).",
    en: "The policy file is nested deeper than {max} levels. Write the conditions flatter (all/any in fewer levels).",
  },
  folderUnreadable: {
    nb: "Policymappen kan ikke leses ({code}). Sjekk at du har lesetilgang.",
    en: "The policy folder cannot be read ({code}). Check that you may read it.",
  },
  tooManyFiles: { nb: "For mange policyfiler (over {max}).", en: "Too many policy files (more than {max})." },
  tooMuchPolicy: {
    nb: "Policyfilene er til sammen over {max} byte. Hele policyen for NTNU er omkring 30 000; del opp, eller fjern lag som ikke brukes.",
    en: "The policy files come to more than {max} bytes in all. NTNU's whole policy is about 30 000; split it up, or remove layers not in use.",
  },
  tooManyRules: {
    nb: "Lagene har til sammen {count} regler, over grensen på {max}.",
    en: "The layers hold {count} rules in all, over the limit of {max}.",
  },
  layerVersionTwice: {
    nb: "Laget {layer} finnes to ganger (også i {file}). Gi det nye et annet versjonsnummer, eller fjern det ene.",
    en: "The layer {layer} is defined twice (also in {file}). Give the new one another version, or remove one.",
  },

  // Parameters (params.ts, reads.ts). {reason} is one of the value* texts, {type} a paramType* one.
  paramTypeInteger: { nb: "et heltall", en: "an integer" },
  paramTypeNumber: { nb: "et tall", en: "a number" },
  paramTypeString: { nb: "en tekst", en: "a string" },
  paramTypeDate: { nb: "en dato (ÅÅÅÅ-MM-DD, år 1900–2199)", en: "a date (YYYY-MM-DD, years 1900–2199)" },
  paramTypeTime: { nb: "et klokkeslett (TT:MM)", en: "a time (HH:MM)" },
  paramTypeList: { nb: "en liste av tekster", en: "a list of strings" },
  paramTypeObject: { nb: "et tidsrom { start, end }", en: "a time span { start, end }" },
  paramTypeBoolean: { nb: "true eller false", en: "true or false" },
  valueOfWrongType: { nb: "verdien må være {type}", en: "the value must be {type}" },
  valueBelowMinimum: { nb: "verdien må være minst {minimum}", en: "the value must be at least {minimum}" },
  valueAboveMaximum: { nb: "verdien kan være høyst {maximum}", en: "the value may be at most {maximum}" },
  valueNotAllowed: {
    nb: "«{value}» er ikke blant de tillatte verdiene ({allowed})",
    en: '"{value}" is not among the allowed values ({allowed})',
  },
  overrideLower: { nb: "kan bare senkes", en: "may only be lowered" },
  overrideHigher: { nb: "kan bare økes", en: "may only be raised" },
  overrideSubset: { nb: "kan bare snevres inn (en delmengde)", en: "may only be narrowed (a subset)" },
  overrideSuperset: { nb: "kan bare utvides (en overmengde)", en: "may only be extended (a superset)" },
  overrideFixed: { nb: "kan ikke endres", en: "may not be changed" },
  overrideFree: { nb: "må beholde sin type", en: "must keep its type" },
  parameterNamedLikeFact: {
    nb: "Parameteren {name} har samme navn som et faktum. Et faktum beskriver avtalen og kan ikke overstyres av en policy; gi parameteren et eget navn (se «hjemmekontor policy facts»).",
    en: 'The parameter {name} has the name of a fact. A fact describes the agreement and cannot be overridden by a policy; give the parameter a name of its own (see "hjemmekontor policy facts").',
  },
  parameterIncomplete: {
    nb: "Den nye parameteren {name} mangler {missing}. Hver parameter skal si hvilket avsnitt den bygger på, grunnlaget, typen og retningen lavere lag kan endre den i.",
    en: "The new parameter {name} lacks {missing}. Every parameter must give its section, its basis, its type and the direction in which lower layers may change it.",
  },
  overrideCannotCompare: {
    nb: "Parameteren {name} har typen {type}, som «override: {override}» ikke kan sammenligne. Bruk {types}, eller override fixed eller free.",
    en: 'The parameter {name} has type {type}, which "override: {override}" cannot compare. Use {types}, or override fixed or free.',
  },
  boundsOnlyForNumbers: {
    nb: "minimum og maximum gjelder bare typene integer og number, ikke {type} (parameteren {name}).",
    en: "minimum and maximum apply only to the types integer and number, not {type} (the parameter {name}).",
  },
  minimumAboveMaximum: {
    nb: "Parameteren {name} har minimum {minimum} over maximum {maximum}.",
    en: "The parameter {name} has minimum {minimum} above maximum {maximum}.",
  },
  contractType: {
    nb: "Kjernen utleder fakta av parameteren {name} og krever typen {needed}, ikke {type}.",
    en: "The core derives facts from the parameter {name} and needs the type {needed}, not {type}.",
  },
  invalidValue: {
    nb: "Parameteren {name} kan ikke være {value}: {reason}.",
    en: "The parameter {name} cannot be {value}: {reason}.",
  },
  invalidValueBelow: {
    nb: "Parameteren {name} kan ikke være {value}: {reason} (erklært i {layer}, {file}:{line}).",
    en: "The parameter {name} cannot be {value}: {reason} (declared in {layer}, {file}:{line}).",
  },
  onlyValueBelow: {
    nb: "Parameteren {name} er erklært i {layer} ({file}:{line}); et lavere lag kan bare sette «value», ikke «{keys}».",
    en: 'The parameter {name} is declared in {layer} ({file}:{line}); a lower layer may set only "value", not "{keys}".',
  },
  parameterWeakened: {
    nb: "Parameteren {name} svekkes: {value} i stedet for {previous} fra {layer}. Den {direction} (override: {override}). Et lokalt lag kan stramme inn, aldri svekke.",
    en: "The parameter {name} is weakened: {value} instead of {previous} from {layer}. It {direction} (override: {override}). A local layer may tighten, never weaken.",
  },
  parameterReadByMandatoryRule: {
    nb: "Parameteren {name} leses av den obligatoriske regelen {rule} ({file}:{line}) på en måte som gjør at denne endringen kan få regelen til å slå til sjeldnere. Et lavere lag kan ikke endre den; be eieren av regelen ({owner}) om å endre den.",
    en: "The parameter {name} is read by the mandatory rule {rule} ({file}:{line}) in a way that this change could make the rule fire less often. A lower layer may not change it; ask the rule's owner ({owner}) to change it.",
  },

  // Rules a layer adds or changes (merge.ts).
  ruleChangeNotAllowed: {
    nb: "Regelen {rule} tilhører {owner}; et lavere lag kan bare endre severity, enabled, mandatory og exceptionAllowed, ikke «{keys}». Legg til en ny regel med id {layer}/… i stedet.",
    en: 'The rule {rule} belongs to {owner}; a lower layer may change only severity, enabled, mandatory and exceptionAllowed, not "{keys}". Add a new rule with id {layer}/… instead.',
  },
  mandatorySeverityLowered: {
    nb: "Regelen {rule} er obligatorisk; alvorlighetsgraden kan ikke senkes fra {from} til {to}.",
    en: "The rule {rule} is mandatory; its severity may not be lowered from {from} to {to}.",
  },
  mandatoryDisabled: {
    nb: "Regelen {rule} er obligatorisk ({owner}) og kan ikke slås av.",
    en: "The rule {rule} is mandatory ({owner}) and may not be disabled.",
  },
  mandatoryMadeOptional: {
    nb: "Regelen {rule} er obligatorisk og kan ikke gjøres valgfri.",
    en: "The rule {rule} is mandatory and may not be made optional.",
  },
  exceptionsOpened: {
    nb: "Regelen {rule} tillater ikke unntak; et lavere lag kan ikke åpne for unntak.",
    en: "The rule {rule} allows no exceptions; a lower layer may not allow them.",
  },
  localRuleWithoutPrefix: {
    nb: "Ukjent regel «{rule}». En ny regel i et lokalt lag må ha lagets id som prefiks: {layer}/{name}. For å endre en regel ovenfra, bruk dens nøyaktige id.",
    en: 'Unknown rule "{rule}". A new rule in a local layer must carry the layer\'s id as prefix: {layer}/{name}. To change a rule from above, use its exact id.',
  },
  ruleIncomplete: {
    nb: "Den nye regelen {rule} mangler {missing}. Hver regel skal ha avsnitt, sitat fra kilden, alvorlighetsgrad, betingelser og melding på nb og en.",
    en: "The new rule {rule} lacks {missing}. Every rule needs a section, a quote from its source, a severity, conditions and a message in nb and en.",
  },
  ruleIdTwice: {
    nb: "Regel-id {rule} står to ganger i laget.",
    en: "The rule id {rule} appears twice in the layer.",
  },

  // What a rule may name (references.ts). {placeholder} is a placeholder as written, braces and all.
  unknownFact: {
    nb: "Regelen {rule} bruker det ukjente faktumet «{name}». Se «hjemmekontor policy facts» for katalogen.",
    en: 'The rule {rule} names the unknown fact "{name}". See "hjemmekontor policy facts" for the catalogue.',
  },
  forEachNotListFact: {
    nb: "forEach i {rule} må navngi et listefaktum fra katalogen (se «hjemmekontor policy facts»), ikke «{name}».",
    en: 'forEach in {rule} must name a list fact of the catalogue (see "hjemmekontor policy facts"), not "{name}".',
  },
  unknownOperator: {
    nb: "Regelen {rule} bruker den ukjente operatoren «{operator}». Tillatt: {allowed}.",
    en: 'The rule {rule} names the unknown operator "{operator}". Allowed: {allowed}.',
  },
  indexWithoutForEach: {
    nb: "{placeholder} i path krever forEach.",
    en: "{placeholder} in path needs forEach.",
  },
  placeholderNotAField: {
    nb: "Plassholderen {placeholder} i {rule} fylles ikke: feltene er {fields}.",
    en: "The placeholder {placeholder} in {rule} is never filled: the fields are {fields}.",
  },
  placeholderWithoutForEach: {
    nb: "Plassholderen {placeholder} i {rule} fylles ikke: grenen har ingen forEach.",
    en: "The placeholder {placeholder} in {rule} is never filled: the branch has no forEach.",
  },
  placeholderUnknown: {
    nb: "Plassholderen {placeholder} i {rule} navngir ikke et faktum eller en parameter.",
    en: "The placeholder {placeholder} in {rule} names no fact or parameter.",
  },

  // Where a layer stands (scope.ts, placement.ts). {layer} is `id` or `id@version`.
  levelNational: { nb: "det nasjonale laget", en: "the national layer" },
  levelCentral: { nb: "det sentrale laget", en: "the central layer" },
  levelFaculty: { nb: "fakultetslaget", en: "the faculty layer" },
  levelDepartment: { nb: "instituttlaget", en: "the department layer" },
  scopeFaculty: { nb: "fakultetet {faculty}", en: "the faculty {faculty}" },
  scopeDepartment: { nb: "instituttet {faculty}/{department}", en: "the department {faculty}/{department}" },
  noRoot: {
    nb: "Ingen lag uten «extends» og «appliesTo»: policyen har ingen rot (det nasjonale laget).",
    en: 'No layer without "extends" and "appliesTo": the policy has no root (the national layer).',
  },
  departmentWithoutFaculty: {
    nb: "{layer} gjelder instituttet {department} uten å si fakultetet. Skriv appliesTo: { faculty: …, department: {department} }.",
    en: "{layer} applies to the department {department} without naming its faculty. Write appliesTo: { faculty: …, department: {department} }.",
  },
  localWithoutExtends: {
    nb: "{layer} gjelder en enhet, men har ingen «extends»: et lokalt lag må bygge på laget over seg.",
    en: '{layer} applies to a unit but has no "extends": a local layer must build on the layer above it.',
  },
  centralInFurtherFolder: {
    nb: "{layer} er et sentralt lag (uten appliesTo), men ligger i en ekstra --policies-mappe. Sentrale lag kan bare komme fra den første mappen; ekstra mapper kan bare legge til lokale lag.",
    en: "{layer} is a central layer (no appliesTo) but lies in a further --policies folder. Central layers may come only from the first folder; further folders may add only local layers.",
  },
  layerIdTwoScopes: {
    nb: "Laget {layer} gjelder for andre enheter her enn i {file}. Én lag-id har ett virkeområde; gi laget en egen id.",
    en: "The layer {layer} applies to other units here than in {file}. One layer id has one scope; give the layer its own id.",
  },
  layerInTwoFolders: {
    nb: "Laget {layer} finnes også i en annen policymappe ({file}). Alle versjoner av et lag skal ligge i samme mappe, så en mappe ikke kan erstatte et lag fra en annen.",
    en: "The layer {layer} is also in another policy folder ({file}). Every version of a layer must be in one folder, so that one folder cannot replace a layer of another.",
  },
  scopeHeldByOther: {
    nb: "{layer} gjelder {scope}, men det gjør allerede {holder} ({file}). Ett virkeområde har ett lag (store og små bokstaver i enhetskoder regnes like); legg reglene inn i {holder} som en ny versjon, eller fjern det ene laget.",
    en: "{layer} applies to {scope}, but so does {holder} ({file}). One scope has one layer (unit codes compare case-insensitively); put the rules into {holder} as a new version, or remove one layer.",
  },
  endsBeforeItBegins: {
    nb: "{layer} slutter å gjelde ({to}) før det begynner ({from}).",
    en: "{layer} ends ({to}) before it begins ({from}).",
  },
  versionOrder: {
    nb: "{layer} gjelder fra {from}, senere enn den høyere versjonen {higher} (fra {higherFrom}, {file}). En senere dato krever et høyere versjonsnummer; gi denne versjonen et nummer over {higher}, eller rett datoen.",
    en: "{layer} is in force from {from}, later than the higher version {higher} (from {higherFrom}, {file}). A later date needs a higher version; number this one above {higher}, or correct the date.",
  },
  invalidRange: {
    nb: "«extends: {parent}@{range}» har et ugyldig versjonsområde. Skriv f.eks. {parent}@^1.",
    en: '"extends: {parent}@{range}" has an invalid version range. Write e.g. {parent}@^1.',
  },
  extendsUnknownLayer: {
    nb: "{layer} utvider {parent}, men det laget finnes ikke i policymappene.",
    en: "{layer} extends {parent}, but no such layer is in the policy folders.",
  },
  extendsNoVersion: {
    nb: "{layer} krever {parent}@{range}, men ingen versjon passer (finnes: {versions}).",
    en: "{layer} requires {parent}@{range}, but no version satisfies it (found: {versions}).",
  },
  extendsSkipsLevel: {
    nb: "{layer} er {level} og må bygge på {expected}, laget rett over det i kjeden (nasjonalt → sentralt → fakultet → institutt), ikke på {parent}. Et lag kan ikke hoppe over et nivå; ellers faller reglene der bort. Skriv extends: {expected}@^… .",
    en: "{layer} is {level} and must build on {expected}, the layer right above it in the chain (national → central → faculty → department), not on {parent}. A layer cannot skip a level; the rules there would fall away. Write extends: {expected}@^… .",
  },

  // Which layers are in force (resolve.ts).
  noVersionInForce: {
    nb: "Ingen versjon av policylaget {layer} gjelder {date}.",
    en: "No version of the policy layer {layer} is in force on {date}.",
  },
  parentNotInForce: {
    nb: "{layer} bygger på {parent}, men ingen versjon av {parent} gjelder {date}.",
    en: "{layer} builds on {parent}, but no version of {parent} is in force on {date}.",
  },
  parentVersionMismatch: {
    nb: "{layer} krever {parent}@{range}, men versjonen som gjelder {date} er {version}.",
    en: "{layer} requires {parent}@{range}, but the version in force on {date} is {version}.",
  },
  noPolicyLoaded: { nb: "Ingen policy er lastet.", en: "No policy is loaded." },

  // The vocabulary of schemas/policy.schema.json (catalogue.ts): shown by editors as "en / nb".
  // {index} and {each.<field>} here are the placeholders a rule may use, not filled.
  vocabularyFactName: {
    nb: "Et faktum fra katalogen, eller en parameter erklært i dette laget eller et lag over (se `hjemmekontor policy facts`).",
    en: "A fact of the catalogue, or a parameter declared in this layer or a layer above (see `hjemmekontor policy facts`).",
  },
  vocabularyOtherFactName: {
    nb: "En parameter erklært i dette laget eller et lag over; `hjemmekontor policy lint` avviser alle andre navn (known-fact).",
    en: "A parameter declared in this layer or a layer above; `hjemmekontor policy lint` refuses any other name (known-fact).",
  },
  vocabularyListFactName: {
    nb: "Et listefaktum fra katalogen: regelen eller grenen gir ett funn per element, med {each.<felt>} i meldinger og {index} i path (se `hjemmekontor policy facts`).",
    en: "A list fact of the catalogue: the rule or branch gives one finding per element, with {each.<field>} in messages and {index} in path (see `hjemmekontor policy facts`).",
  },
  vocabularyOtherListFactName: {
    nb: "`hjemmekontor policy lint` avviser alle andre navn (known-fact).",
    en: "`hjemmekontor policy lint` refuses any other name (known-fact).",
  },
  vocabularyOperatorName: {
    nb: "En operator fra katalogen (se `hjemmekontor policy facts`).",
    en: "An operator of the catalogue (see `hjemmekontor policy facts`).",
  },
  vocabularyOtherOperatorName: {
    nb: "`hjemmekontor policy lint` avviser alle andre navn (known-operator).",
    en: "`hjemmekontor policy lint` refuses any other name (known-operator).",
  },
  // The rule `no-policy-in-force` (resolve.ts): what the catalogue of rules says of it.
  noPolicyInForceRule: {
    nb: "Ingen versjon av et påkrevd policylag gjelder på startdatoen.",
    en: "No version of a required policy layer is in force on the start date.",
  },
} as const satisfies Record<string, Template>;
