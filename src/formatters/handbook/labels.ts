/** Every fixed text of the handbook, in nb and en. */
import type { Lang, Messages, Severity } from "../../core/types.js";

const L = {
  kicker: { nb: "Håndbok for hjemmekontor", en: "Home-office handbook" },
  title: { nb: "Gjeldende policy for fast hjemmekontor", en: "The home-office policy in force" },
  intro: {
    nb: "Denne håndboken viser policyen som gjelder for enheten på datoen: kildetekstene avsnitt for avsnitt, med reglene som koder hvert avsnitt ved siden av, parameterne, hva lokale lag har strammet inn eller lagt til, og hvor mye av kildene reglene dekker. Den er laget av policyfilene; endres de, lag håndboken på nytt.",
    en: "This handbook shows the policy in force for the unit on the date: the source texts section by section, with the rules that encode each section beside it, the parameters, what local layers tightened or added, and how much of the sources the rules cover. It is made from the policy files; when they change, make it again.",
  },
  unit: { nb: "Enhet", en: "Unit" },
  date: { nb: "Dato", en: "Date" },
  faculty: { nb: "fakultet", en: "faculty" },
  department: { nb: "institutt", en: "department" },
  noUnit: { nb: "ingen enhet oppgitt (den sentrale policyen)", en: "no unit given (the central policy)" },
  contents: { nb: "Innhold", en: "Contents" },
  layers: { nb: "Lag i kraft", en: "Layers in force" },
  layersIntro: {
    nb: "Lagene gjelder ovenfra og ned; et lavere lag kan bare stramme inn det som står over det.",
    en: "The layers apply from the top down; a lower layer may only tighten what stands above it.",
  },
  layer: { nb: "Lag", en: "Layer" },
  version: { nb: "Versjon", en: "Version" },
  level: { nb: "Nivå", en: "Level" },
  file: { nb: "Fil", en: "File" },
  effective: { nb: "Gjelder", en: "In force" },
  note: { nb: "Merknad", en: "Note" },
  example: {
    nb: "Eksempel – ikke enhetens faktiske policy",
    en: "Example – not the unit's actual policy",
  },
  noSource: { nb: "ingen kildetekst", en: "no source text" },
  source: { nb: "Kilde", en: "Source" },
  sourceOf: { nb: "Kildeteksten til laget", en: "The source text of the layer" },
  sourceText: { nb: "Kildetekst", en: "Source text" },
  encodedBy: { nb: "Regler og parametere for avsnitt", en: "Rules and parameters for section" },
  noText: { nb: "(ingen tekst utenom underavsnittene)", en: "(no text besides the subsections)" },
  rules: { nb: "Regler", en: "Rules" },
  rule: { nb: "Regel", en: "Rule" },
  kind: { nb: "Type", en: "Kind" },
  severity: { nb: "Alvorlighet", en: "Severity" },
  mandatory: { nb: "Obligatorisk", en: "Mandatory" },
  exceptionAllowed: { nb: "Unntak tillatt", en: "Exception allowed" },
  message: { nb: "Melding", en: "Message" },
  quote: { nb: "Sitat", en: "Quote" },
  declaredAt: { nb: "Erklært", en: "Declared" },
  changedAt: { nb: "Endret", en: "Changed" },
  disabled: { nb: "slått av", en: "disabled" },
  repository: {
    nb: "regel på tvers av avtalene i én kjøring",
    en: "rule across the agreements of one run",
  },
  placeholderHint: {
    nb: "Verdier i klammer, som {navn}, fylles inn fra avtalen; parameterverdier står uthevet.",
    en: "Values in braces, such as {name}, are filled in from the agreement; parameter values are in bold.",
  },
  unplaced: { nb: "Regler uten avsnitt i kildetekstene", en: "Rules without a section in the source texts" },
  unplacedIntro: {
    nb: "Disse reglene viser ikke til et avsnitt i noen kildetekst som gjelder.",
    en: "These rules cite no section of a source text in force.",
  },
  params: { nb: "Parametere", en: "Parameters" },
  paramsIntro: {
    nb: "Parametere er verdier reglene bruker. «Satt av» er laget som ga verdien; «erklært i» er laget som innførte parameteren og bestemte hvordan lavere lag kan endre den.",
    en: "Parameters are values the rules use. «Set by» is the layer that gave the value; «declared in» is the layer that introduced the parameter and decided how lower layers may change it.",
  },
  parameter: { nb: "Parameter", en: "Parameter" },
  value: { nb: "Verdi", en: "Value" },
  basis: { nb: "Grunnlag", en: "Basis" },
  section: { nb: "Avsnitt", en: "Section" },
  override: { nb: "Lavere lag kan", en: "Lower layers may" },
  setBy: { nb: "Satt av", en: "Set by" },
  declaredIn: { nb: "Erklært i", en: "Declared in" },
  description: { nb: "Beskrivelse", en: "Description" },
  changes: { nb: "Lokale tilpasninger", en: "Local adjustments" },
  changesIntro: {
    nb: "Hva hvert fakultets- og instituttlag har strammet inn eller lagt til.",
    en: "What each faculty and department layer tightened or added.",
  },
  noChanges: {
    nb: "Ingen fakultets- eller instituttlag gjelder for enheten; den sentrale policyen gjelder alene.",
    en: "No faculty or department layer applies to the unit; the central policy applies alone.",
  },
  noItems: { nb: "Laget endrer ingenting.", en: "The layer changes nothing." },
  change: { nb: "Endring", en: "Change" },
  what: { nb: "Hva", en: "What" },
  where: { nb: "Hvor", en: "Where" },
  detail: { nb: "Detaljer", en: "Details" },
  "rule-added": { nb: "Ny regel", en: "Rule added" },
  "rule-changed": { nb: "Regel endret", en: "Rule changed" },
  "param-declared": { nb: "Ny parameter", en: "Parameter added" },
  "param-changed": { nb: "Parameter endret", en: "Parameter changed" },
  coverage: { nb: "Dekning av kildene", en: "Coverage of the sources" },
  coverageIntro: {
    nb: "Hver normative setning i kildene, med reglene som koder den, eller hvorfor ingen regel kan sjekke den i en avtale.",
    en: "Every normative sentence of the sources, with the rules that encode it, or why no rule can check it in an agreement.",
  },
  noCoverage: {
    nb: "Ingen dekningstabell for kildene som gjelder.",
    en: "No coverage table for the sources in force.",
  },
  norm: { nb: "Setning", en: "Sentence" },
  encodedByRules: { nb: "Regler / ikke sjekkbar fordi", en: "Rules / not checkable because" },
  notCheckable: { nb: "Ikke sjekkbar", en: "Not checkable" },
  totals: { nb: "Totalt", en: "Totals" },
  norms: { nb: "setninger", en: "sentences" },
  encoded: { nb: "kodet av regler", en: "encoded by rules" },
  notCheckableCount: { nb: "ikke sjekkbare", en: "not checkable" },
  yes: { nb: "ja", en: "yes" },
  no: { nb: "nei", en: "no" },
  none: { nb: "—", en: "—" },
  generated: {
    nb: "Laget av hjemmekontor policy docs fra policyfilene og kildetekstene.",
    en: "Made by hjemmekontor policy docs from the policy files and the source texts.",
  },
} satisfies Record<string, Messages>;

type LabelKey = keyof typeof L;

export const label = (lang: Lang, key: LabelKey): string => L[key][lang];

const SEVERITY: Record<Severity, Messages> = {
  error: { nb: "feil", en: "error" },
  warning: { nb: "advarsel", en: "warning" },
  info: { nb: "info", en: "info" },
};
export const severityLabel = (lang: Lang, s: Severity): string => SEVERITY[s][lang];

const BASIS: Record<string, Messages> = {
  regulation: { nb: "forskrift", en: "regulation" },
  guideline: { nb: "retningslinje", en: "guideline" },
  interpretation: { nb: "tolkning (HR)", en: "interpretation (HR)" },
};
export const basisLabel = (lang: Lang, b: string | null): string =>
  b === null ? L.none[lang] : (BASIS[b]?.[lang] ?? b);

const OVERRIDE: Record<string, Messages> = {
  lower: { nb: "bare senke verdien", en: "only lower the value" },
  higher: { nb: "bare heve verdien", en: "only raise the value" },
  subset: { nb: "bare ta bort elementer", en: "only remove items" },
  superset: { nb: "bare legge til elementer", en: "only add items" },
  fixed: { nb: "ikke endre den (fast)", en: "not change it (fixed)" },
  free: { nb: "sette hvilken som helst verdi", en: "set any value" },
};
export const overrideLabel = (lang: Lang, o: string): string => OVERRIDE[o]?.[lang] ?? o;

const LEVEL: Record<string, Messages> = {
  national: { nb: "nasjonalt", en: "national" },
  central: { nb: "sentralt (NTNU)", en: "central (NTNU)" },
  faculty: { nb: "fakultet", en: "faculty" },
  department: { nb: "institutt", en: "department" },
};
export const levelLabel = (lang: Lang, level: string): string => LEVEL[level]?.[lang] ?? level;

export const yesNo = (lang: Lang, v: boolean | null): string =>
  v === null ? L.none[lang] : v ? L.yes[lang] : L.no[lang];
