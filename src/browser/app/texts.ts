/**
 * Every word the form page says around its fields, in nb and en (the fields' own labels are in
 * field-texts.ts; the rule messages come from the policy and the core).
 */
import type { Template } from "../../core/messages/index.js";

export const FORM = {
  title: { nb: "Avtale om hjemmekontor", en: "Home-office agreement" },
  kind: { nb: "Skjema · hjemmekontor form", en: "Form · hjemmekontor form" },
  intro: {
    nb: "Fyll inn avtalen. Funnene står ved feltet de gjelder og oppdateres mens du skriver, med de samme reglene og meldingene som hjemmekontor validate gir. Ingenting sendes eller lagres: siden bruker ikke nettet, og ingen data forlater den før du selv laster ned filen.",
    en: "Fill in the agreement. Each finding stands beside the field it concerns and updates as you type, with the same rules and messages hjemmekontor validate gives. Nothing is sent or stored: the page uses no network, and no data leaves it until you download the file yourself.",
  },
  defaults: {
    nb: "Forslagene kommer fra policyen for enheten og startdatoen: siste dag er den siste som er tillatt, arbeidstiden hjemme er kjernetiden, og utstyret er det policyen dekker.",
    en: "The suggestions come from the policy for the unit and the start date: the last day is the last one allowed, the working hours at home are core time, and the equipment is what the policy covers.",
  },
  open: { nb: "Åpne en avtale (.yaml)", en: "Open an agreement (.yaml)" },
  download: { nb: "Last ned {file}", en: "Download {file}" },
  saveHint: {
    nb: "Lagre filen i mappen agreements/ i repositoriet: første linje peker da på skjemaet i node_modules/hjemmekontor.",
    en: "Save the file in the repository's agreements/ folder: its first line then points to the schema in node_modules/hjemmekontor.",
  },
  /** The language switch: the other language's name, in that language. */
  otherLang: { nb: "English", en: "Norsk" },
  status: { nb: "Status", en: "Status" },
  none: { nb: "Ingen funn.", en: "No findings." },
  /** Each count is the text format's (FMT.errorsOne/Many, warningsOne/Many, infosOne/Many). */
  counts: { nb: "{errors}, {warnings}, {infos}", en: "{errors}, {warnings}, {infos}" },
  waivedCount: { nb: "{n} opphevet av unntak", en: "{n} waived by exceptions" },
  layers: { nb: "Policylag som gjelder: {layers}", en: "Policy layers in force: {layers}" },
  noLayers: { nb: "Ingen policylag gjelder ennå.", en: "No policy layer applies yet." },
  next: { nb: "Gå til neste funn", en: "Go to the next finding" },
  topFindings: { nb: "Funn for hele avtalen", en: "Findings for the whole agreement" },
  choose: { nb: "– velg –", en: "– choose –" },
  remove: { nb: "Fjern", en: "Remove" },
  datePlaceholder: { nb: "ÅÅÅÅ-MM-DD", en: "YYYY-MM-DD" },
  timePlaceholder: { nb: "TT:MM", en: "HH:MM" },
  opened: { nb: "Åpnet {file}.", en: "Opened {file}." },
  dropped: {
    nb: "Skjemaet kan ikke holde dette fra filen, og det er ikke med i nedlastingen: {list}.",
    en: "The form cannot hold this from the file, and it is not in the download: {list}.",
  },
  openFailed: { nb: "{file} kunne ikke åpnes:", en: "{file} could not be opened:" },
  notMapping: {
    nb: "Filen holder ingen avtale (ventet en YAML-mapping med kind: HomeOfficeAgreement).",
    en: "The file holds no agreement (expected a YAML mapping with kind: HomeOfficeAgreement).",
  },
  notUtf8: { nb: "Filen er ikke tekst i UTF-8.", en: "The file is not UTF-8 text." },
  tooLarge: {
    nb: "Filen er {size} byte, over grensen på {max}. En avtale er noen få kB.",
    en: "The file is {size} bytes, over the limit of {max}. An agreement is a few kB.",
  },
  preview: { nb: "Vis YAML-en som lastes ned", en: "Show the YAML that is downloaded" },
  /** In place of the severity, for a finding an approved exception waives. */
  waived: { nb: "unntak", en: "waived" },
  verdictCompliant: { nb: "I samsvar", en: "Compliant" },
  verdictNonCompliant: { nb: "Ikke i samsvar", en: "Non-compliant" },
  verdictInvalid: { nb: "Ugyldig", en: "Invalid" },
  sources: { nb: "Policy fra {dirs}.", en: "Policy from {dirs}." },
  noscript: {
    nb: "Skjemaet trenger JavaScript for å sjekke avtalen mens du skriver. Bruk hjemmekontor new i en terminal i stedet.",
    en: "The form needs JavaScript to check the agreement as you type. Use hjemmekontor new in a terminal instead.",
  },
  skip: { nb: "Hopp til skjemaet", en: "Skip to the form" },
} as const satisfies Record<string, Template>;
