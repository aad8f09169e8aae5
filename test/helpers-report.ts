/** A report built by hand for the formatter tests: tricky messages, three files, and rule metadata. */
import type { Report } from "../src/core/report/report.js";
import type { FileResult, Finding } from "../src/core/types.js";
import type { FormatOptions, RuleMeta } from "../src/formatters/types.js";

/** Markup characters, a comma, a colon, a newline and a per cent sign, all in one message. */
export const TRICKY_EN = `Home share 60% > 40%, see <&"'>: too high\nsecond line`;
export const TRICKY_NB = `Hjemmeandel 60% > 40%, se <&"'>: for høy\nandre linje`;
/** U+0007 is not allowed in XML 1.0; "]]>" must not appear raw in character data. */
export const SCHEMA_EN = "period: must have property 'end' \u0007 ]]> here";
export const SCHEMA_NB = "period: må ha egenskapen 'end' \u0007 ]]> her";

export function finding(
  over: Partial<Finding> & Pick<Finding, "ruleId" | "severity" | "line" | "column">,
): Finding {
  return {
    section: null,
    layer: null,
    message: { nb: `${over.ruleId} (nb)`, en: `${over.ruleId} (en)` },
    path: "",
    ...over,
  };
}

export const FILE_A = "agreements/ie/a.yaml";
export const FILE_B = "agreements/mh/b.yaml";
export const FILE_C = "agreements/ok.yaml";

export function makeReport(): Report {
  const a: FileResult = {
    file: FILE_A,
    agreementId: "IE-2026-0042",
    verdict: "non-compliant",
    layers: ["no-hjemmekontorforskriften@2.0.0", "ntnu-hjemmekontor@1.0.0", "ntnu-ie@1.0.0"],
    findings: [
      finding({
        ruleId: "regulation-sporadic",
        severity: "info",
        section: "1",
        layer: "no-hjemmekontorforskriften",
        line: 12,
        column: 3,
        path: "/schedule",
      }),
      finding({
        ruleId: "max-home-share",
        severity: "error",
        section: "2.4",
        layer: "ntnu-hjemmekontor",
        message: { nb: TRICKY_NB, en: TRICKY_EN },
        line: 21,
        column: 5,
        path: "/schedule/cycle",
      }),
      finding({
        ruleId: "basic-equipment",
        severity: "warning",
        section: "2.5",
        layer: "ntnu-hjemmekontor",
        line: 30,
        column: 3,
        path: "/equipment/items",
      }),
    ],
    waived: [
      finding({
        ruleId: "security-sensitive",
        severity: "error",
        section: "3.5",
        layer: "ntnu-hjemmekontor",
        line: 8,
        column: 1,
        path: "/informationClass",
      }),
    ],
  };
  const b: FileResult = {
    file: FILE_B,
    agreementId: "MH-2026-0007",
    verdict: "invalid",
    layers: [],
    findings: [
      finding({
        ruleId: "schema",
        severity: "error",
        message: { nb: SCHEMA_NB, en: SCHEMA_EN },
        line: 3,
        column: 1,
        path: "/period",
      }),
    ],
    waived: [],
  };
  const c: FileResult = {
    file: FILE_C,
    agreementId: "NV-2026-0001",
    verdict: "compliant",
    layers: ["no-hjemmekontorforskriften@2.0.0", "ntnu-hjemmekontor@1.0.0"],
    findings: [],
    waived: [],
  };
  return {
    version: 1,
    policySources: [],
    summary: {
      files: 3,
      compliant: 1,
      nonCompliant: 1,
      invalid: 1,
      errors: 2,
      warnings: 1,
      infos: 1,
      waived: 1,
    },
    results: [a, b, c],
    skipped: [],
  };
}

/** Every rule of the report except `regulation-sporadic` (which must get a minimal entry), plus one unused rule. */
export const RULES: RuleMeta[] = [
  {
    id: "max-home-share",
    section: "2.4",
    layer: "ntnu-hjemmekontor",
    severity: "error",
    quote: "Hjemmekontor kan utgjøre inntil 40 % av arbeidstiden.",
    description: { nb: "Hjemmeandelen er for høy.", en: "The home share is too high." },
  },
  {
    id: "basic-equipment",
    section: "2.5",
    layer: "ntnu-hjemmekontor",
    severity: "warning",
    quote: "NTNU stiller tastatur, mus og skjerm til disposisjon.",
    description: { nb: "Grunnutstyr mangler.", en: "Basic equipment is missing." },
  },
  {
    id: "security-sensitive",
    section: "3.5",
    layer: "ntnu-hjemmekontor",
    severity: "error",
    quote: "Arbeid med strengt fortrolig informasjon egner seg normalt ikke for hjemmekontor.",
    description: { nb: "Sikkerhetskritisk arbeid.", en: "Security-sensitive work." },
  },
  {
    id: "core-time",
    section: "2.2",
    layer: "ntnu-hjemmekontor",
    severity: "error",
    quote: "Kjernetiden gjelder også på hjemmekontor.",
    description: { nb: "Hjemmetiden dekker ikke kjernetiden.", en: "Home hours do not cover core time." },
  },
  {
    id: "schema",
    section: null,
    layer: null,
    severity: "error",
    quote: "",
    description: { nb: "Avtalen bryter skjemaet.", en: "The agreement breaks the schema." },
  },
];

export const OPTS: FormatOptions = { lang: "en", rules: RULES };
