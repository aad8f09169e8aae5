/** Shared test helpers: a compliant base agreement, and evaluation of agreement objects. */
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import type { PolicyResolver } from "../src/core/policy/resolve.js";
import { loadPolicies } from "../src/core/run/run.js";
import { validateText } from "../src/core/run/validate.js";
import type { FileResult } from "../src/core/types.js";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const SHIPPED = fileURLToPath(new URL("../policies/", import.meta.url));
export const EXAMPLE_POLICIES = fileURLToPath(new URL("../examples/policies/", import.meta.url));

const resolvers = new Map<string, PolicyResolver>();
export function resolverFor(dirs: string[] = [SHIPPED]): PolicyResolver {
  const key = dirs.join("|");
  let r = resolvers.get(key);
  if (!r) {
    r = loadPolicies(dirs);
    resolvers.set(key, r);
  }
  return r;
}

/** A fully compliant agreement (full time, two home days of five = exactly 40 %). */
// biome-ignore lint/suspicious/noExplicitAny: tests patch arbitrary paths of the agreement.
export function baseAgreement(): Record<string, any> {
  return {
    kind: "HomeOfficeAgreement",
    schemaVersion: 1,
    id: "TEST-0001",
    type: "fixed",
    employee: {
      id: "100234",
      name: "Kari Nordmann",
      position: "Senioringeniør",
      employmentPercent: 100,
      unit: { faculty: "NV", department: "IBI" },
    },
    manager: { id: "100001", name: "Ola Nordmann" },
    period: { start: "2026-01-05", end: "2026-06-30" },
    schedule: {
      workdays: ["mon", "tue", "wed", "thu", "fri"],
      hoursPerWeek: 37.5,
      cycle: [{ home: ["mon", "thu"] }],
      homeHours: { start: "08:00", end: "15:30" },
    },
    reasons: ["concentration-work"],
    tasks: {
      description: "Programmering og dokumentasjon.",
      suitableForHomeOffice: true,
      informationClass: "internal",
      healthOrSafetyCritical: false,
    },
    workEnvironment: {
      workstation: true,
      equipment: true,
      indoorEnvironment: true,
      declaredOn: "2025-12-15",
    },
    equipment: {
      items: [
        { item: "monitor", providedBy: "ntnu", owner: "ntnu", costNok: 2490 },
        { item: "keyboard", providedBy: "ntnu", owner: "ntnu", costNok: 590 },
        { item: "mouse", providedBy: "ntnu", owner: "ntnu", costNok: 390 },
      ],
      maintenance: "NTNU IT maintains NTNU-owned equipment.",
    },
    terms: { employerMayRecall: true, insuranceInformed: true },
    signatures: {
      employee: { name: "Kari Nordmann", date: "2025-12-16" },
      manager: { name: "Ola Nordmann", date: "2025-12-18" },
    },
  };
}

/** Evaluates an agreement object (written out as YAML, so positions are real). */
export async function evaluateObject(agreement: unknown, dirs?: string[]): Promise<FileResult> {
  const text = stringify(agreement);
  return (await validateText("test.yaml", text, { resolver: resolverFor(dirs) })).result;
}

export async function evaluateYaml(text: string, dirs?: string[]): Promise<FileResult> {
  return (await validateText("test.yaml", text, { resolver: resolverFor(dirs) })).result;
}

/** The rule ids of a result's findings, sorted, one entry per finding. */
export function ruleIds(r: FileResult): string[] {
  return r.findings.map((f) => f.ruleId).sort();
}
