/**
 * The one table of rules that stays in TypeScript: SPEC 3's catalogue (layer, section, severity,
 * mandatory, exceptionAllowed per rule id), checked against the shipped layers by
 * test/rule-coverage.test.ts. It describes the policy, not an agreement, so a YAML policy test
 * cannot say it. The cases that make each rule fire or keep it quiet are YAML now, in
 * policies/tests/*.yaml (run by test/policy-tests.test.ts through test/harness/).
 */
import type { Severity } from "../src/core/types.js";

export interface SpecRule {
  layer: "no-hjemmekontorforskriften" | "ntnu-hjemmekontor";
  section: string;
  severity: Severity;
  mandatory: boolean;
  exceptionAllowed: boolean;
}

const NATIONAL = "no-hjemmekontorforskriften" as const;
const NTNU = "ntnu-hjemmekontor" as const;

/** SPEC 3: the per-agreement rule catalogue (layer, section, severity, mandatory, exceptionAllowed). */
export const SPEC_RULES: Record<string, SpecRule> = {
  "regulation-extent": {
    layer: NATIONAL,
    section: "2",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "regulation-working-hours": {
    layer: NATIONAL,
    section: "2",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "regulation-equipment-terms": {
    layer: NATIONAL,
    section: "2",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "regulation-sporadic": {
    layer: NATIONAL,
    section: "1",
    severity: "info",
    mandatory: false,
    exceptionAllowed: false,
  },
  "fixed-agreement-only": {
    layer: NTNU,
    section: "Innledning",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "fixed-term": { layer: NTNU, section: "1.2", severity: "error", mandatory: true, exceptionAllowed: false },
  "period-order": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "max-duration": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "max-home-share": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "regular-attendance": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "schedule-consistency": {
    layer: NTNU,
    section: "2.4",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "core-time": { layer: NTNU, section: "2.2", severity: "error", mandatory: true, exceptionAllowed: false },
  "employer-decision": {
    layer: NTNU,
    section: "2.1",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  voluntary: {
    layer: NTNU,
    section: "Innledning",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "basic-equipment": {
    layer: NTNU,
    section: "2.5",
    severity: "warning",
    mandatory: true,
    exceptionAllowed: false,
  },
  "ntnu-owns-equipment": {
    layer: NTNU,
    section: "2.5",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "work-environment": {
    layer: NTNU,
    section: "2.6",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "suitable-tasks": {
    layer: NTNU,
    section: "3.1",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "costly-equipment": {
    layer: NTNU,
    section: "3.2",
    severity: "warning",
    mandatory: false,
    exceptionAllowed: false,
  },
  "not-work-environment-remedy": {
    layer: NTNU,
    section: "3.3",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "security-sensitive": {
    layer: NTNU,
    section: "3.5",
    severity: "error",
    mandatory: true,
    exceptionAllowed: true,
  },
  "recall-acknowledged": {
    layer: NTNU,
    section: "3.6",
    severity: "error",
    mandatory: true,
    exceptionAllowed: false,
  },
  "insurance-informed": {
    layer: NTNU,
    section: "4",
    severity: "warning",
    mandatory: false,
    exceptionAllowed: false,
  },
};
