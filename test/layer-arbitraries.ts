/**
 * fast-check generators of lower policy layers: anything the policy schema accepts, biased towards
 * what an attacker would try — parameter names of facts and of central parameters, values of every
 * type and out of range, severity changes, `enabled: false`, added rules, odd `extends`, scopes in
 * other letter cases, versions and dates out of order — and of agreements that each break one
 * mandatory central rule. Shared by the layering property and the policy-layer fuzz target.
 */
import fc from "fast-check";
import { OPERATOR_NAMES } from "../src/core/catalogue/operators.js";
import { addDays, addMonthsClamped } from "../src/core/dates.js";
import { baseAgreement } from "./helpers.js";
import {
  centralPolicy,
  completeParam,
  factNames,
  honestParameters,
  isoDate,
  paramEntryArb,
  paramName,
  paramNames,
  ruleFacts,
} from "./param-arbitraries.js";

export { shipped } from "./layer-helpers.js";
export { centralPolicy, paramEntryArb };

const ruleIds = centralPolicy.rules.map((r) => r.id);

const ruleChange = fc.record(
  {
    id: fc.constantFrom(...ruleIds),
    severity: fc.constantFrom("error", "warning", "info"),
    enabled: fc.boolean(),
    mandatory: fc.boolean(),
    exceptionAllowed: fc.boolean(),
  },
  { requiredKeys: ["id"] },
);

const leaf = fc.record({
  fact: fc.oneof(fc.constantFrom(...factNames), fc.constantFrom(...paramNames), fc.constantFrom("salary")),
  operator: fc.constantFrom(...OPERATOR_NAMES, "regex"),
  value: fc.oneof(
    fc.integer({ min: -5, max: 50 }),
    fc.constantFrom("fixed", "wed", "confidential", null, true, false),
    fc.record({ fact: fc.constantFrom(...factNames, ...paramNames) }),
  ),
});

export function addedRuleArb(layerId: string) {
  return fc.record(
    {
      id: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(`${layerId}/extra`, `${layerId}/more`) },
        { weight: 1, arbitrary: fc.constantFrom("extra", "ntnu-hjemmekontor/extra") },
      ),
      section: fc.constant("2.4"),
      quote: fc.constant("Generert."),
      severity: fc.constantFrom("error", "warning", "info"),
      mandatory: fc.boolean(),
      exceptionAllowed: fc.boolean(),
      path: fc.constantFrom("/type", "/schedule/cycle"),
      when: fc.oneof(
        fc.array(leaf, { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
        fc.array(leaf, { minLength: 1, maxLength: 2 }).map((any) => ({ any })),
      ),
      message: fc.constant({ nb: "Generert {type}.", en: "Generated {type}." }),
    },
    { requiredKeys: ["id", "section", "quote", "severity", "when", "message"] },
  );
}

export interface Scope {
  id: string;
  appliesTo: { faculty?: string; department?: string };
  extends: string[];
}

/** Where a generated layer claims to stand, with the `extends` it would honestly use first. */
const scopes: Scope[] = [
  { id: "ntnu-pt", appliesTo: { faculty: "PT" }, extends: ["ntnu-hjemmekontor@^1"] },
  {
    id: "ntnu-pt-x",
    appliesTo: { faculty: "PT", department: "X" },
    extends: ["ntnu-pt@^1", "ntnu-hjemmekontor@^1"],
  },
  { id: "pt-lax", appliesTo: { faculty: "pt" }, extends: ["ntnu-hjemmekontor@^1"] },
  {
    id: "x-lax",
    appliesTo: { faculty: "pt", department: "x" },
    extends: ["ntnu-hjemmekontor@^1", "ntnu-pt@^1"],
  },
  { id: "x-alone", appliesTo: { department: "X" }, extends: ["ntnu-hjemmekontor@^1"] },
  { id: "ntnu-extra", appliesTo: {}, extends: ["ntnu-hjemmekontor@^1", "no-hjemmekontorforskriften@^2"] },
  { id: "ntnu-hjemmekontor", appliesTo: {}, extends: ["no-hjemmekontorforskriften@^2"] },
];

const oddExtends = fc.constantFrom(
  "no-hjemmekontorforskriften@^2",
  "ntnu-hjemmekontor@^2",
  "ntnu-hjemmekontor@*",
  "ntnu-pt@^1",
  "ntnu-pt-x@^1",
  "nowhere@^1",
  "ntnu-hjemmekontor@not-a-range",
);

/** One lower layer; `extends` is settled by lowerLayersArb, which sees the whole set. */
const layerArb = fc
  .record({
    scope: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...scopes.slice(0, 2)) },
      { weight: 2, arbitrary: fc.constantFrom(...scopes) },
    ),
    honest: fc.oneof(
      { weight: 8, arbitrary: fc.constant(true) },
      { weight: 2, arbitrary: fc.constant(false) },
    ),
    oddExtends,
    version: fc.oneof(
      { weight: 4, arbitrary: fc.constant("1.0.0") },
      { weight: 1, arbitrary: fc.constantFrom("1.1.0", "0.0.1", "2.0.0") },
    ),
    from: fc.oneof({ weight: 3, arbitrary: fc.constant("2020-01-01") }, { weight: 1, arbitrary: isoDate }),
    to: fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: isoDate }),
    parameters: fc.oneof(
      { weight: 2, arbitrary: fc.constant({}) },
      { weight: 4, arbitrary: honestParameters },
      {
        weight: 2,
        arbitrary: fc.dictionary(paramName, fc.oneof(paramEntryArb, completeParam), { maxKeys: 3 }),
      },
    ),
    changes: fc.oneof(
      { weight: 3, arbitrary: fc.array(ruleChange, { maxLength: 1 }) },
      { weight: 1, arbitrary: fc.array(ruleChange, { maxLength: 3 }) },
    ),
    added: fc.nat({ max: 2 }),
    /** A tame layer keeps to the rules in most respects, so that enough sets are accepted. */
    tame: fc.oneof({ weight: 2, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    tameParameters: fc.oneof(
      { weight: 3, arbitrary: fc.constant({}) },
      { weight: 3, arbitrary: honestParameters },
      {
        weight: 1,
        arbitrary: fc.dictionary(fc.constantFrom(...ruleFacts), completeParam, { minKeys: 1, maxKeys: 2 }),
      },
    ),
  })
  .chain((wild) => {
    const g = wild.tame
      ? {
          ...wild,
          honest: true,
          version: "1.0.0",
          from: "2020-01-01",
          to: null,
          parameters: wild.tameParameters,
          changes: wild.changes.map((c) => ({ id: c.id, severity: "error" as const })),
        }
      : wild;
    return fc.array(addedRuleArb(g.scope.id), { maxLength: g.added }).map((added) => {
      const ids = new Set<string>();
      const rules = [...g.changes, ...added].filter((r) => !ids.has(r.id) && ids.add(r.id));
      return { g, rules };
    });
  });

/**
 * One to three lower layers. An honest layer extends the layer right above it in this set: a
 * department its faculty's layer when the set has one, else the central layer; a dishonest one
 * takes an odd `extends`.
 */
export const lowerLayersArb = fc.array(layerArb, { minLength: 1, maxLength: 3 }).map((drafts) =>
  drafts.map(({ g, rules }) => {
    const faculty = g.scope.appliesTo.faculty?.toLowerCase();
    const facultyLayer = drafts.find(
      (d) =>
        d.g.scope.appliesTo.department === undefined &&
        d.g.scope.appliesTo.faculty?.toLowerCase() === faculty,
    );
    const department = g.scope.appliesTo.department !== undefined;
    const honest = !department
      ? (g.scope.extends[0] as string)
      : facultyLayer
        ? `${facultyLayer.g.scope.id}@^${facultyLayer.g.version.split(".")[0]}`
        : "ntnu-hjemmekontor@^1";
    return {
      kind: "Policy",
      id: g.scope.id,
      version: g.version,
      effective: g.to === null ? { from: g.from } : { from: g.from, to: g.to },
      extends: g.honest ? honest : g.oddExtends,
      appliesTo: g.scope.appliesTo,
      parameters: g.parameters,
      rules,
    };
  }),
);

export type GeneratedLayers = typeof lowerLayersArb extends fc.Arbitrary<infer T> ? T : never;

/** Each breaks one mandatory central rule of the compliant base agreement. */
// biome-ignore lint/suspicious/noExplicitAny: mutations patch arbitrary paths of the agreement.
export const BREAKERS: [string, (a: Record<string, any>) => void][] = [
  ["regulation-extent", (a) => (a.schedule.cycle = [{ home: [] }])],
  ["regulation-working-hours", (a) => delete a.schedule.homeHours],
  ["regulation-equipment-terms", (a) => delete a.equipment.maintenance],
  ["fixed-agreement-only", (a) => (a.type = "short-term")],
  ["fixed-term", (a) => delete a.period.end],
  ["period-order", (a) => (a.period.end = addDays(a.period.start, -1))],
  ["max-duration", (a) => (a.period.end = addMonthsClamped(a.period.start, 8))],
  ["max-home-share", (a) => (a.schedule.cycle = [{ home: ["mon", "tue", "thu"] }])],
  [
    "regular-attendance",
    (a) => (a.schedule.cycle = [{ home: ["mon"] }, { home: ["mon", "tue", "wed", "thu", "fri"] }]),
  ],
  ["schedule-consistency", (a) => (a.schedule.cycle = [{ home: ["mon", "sat"] }])],
  ["core-time", (a) => (a.schedule.homeHours = { start: "09:30", end: "15:30" })],
  ["employer-decision", (a) => delete a.signatures.manager],
  ["voluntary", (a) => delete a.signatures.employee],
  ["ntnu-owns-equipment", (a) => (a.equipment.items[0].owner = "employee")],
  ["work-environment", (a) => (a.workEnvironment.workstation = false)],
  ["suitable-tasks", (a) => (a.tasks.suitableForHomeOffice = false)],
  ["not-work-environment-remedy", (a) => (a.reasons = ["work-environment-issue"])],
  ["security-sensitive", (a) => (a.tasks.informationClass = "strictly-confidential")],
  ["recall-acknowledged", (a) => (a.terms.employerMayRecall = false)],
];

export const agreementArb = fc
  .record({
    breaker: fc.nat({ max: BREAKERS.length - 1 }),
    second: fc.option(fc.nat({ max: BREAKERS.length - 1 }), { freq: 3 }),
    unit: fc.constantFrom(
      { faculty: "PT", department: "X" },
      { faculty: "pt", department: "x" },
      { faculty: "PT" },
    ),
    start: fc.constantFrom("2023-03-01", "2026-01-05", "2027-03-01"),
    exception: fc.constantFrom(undefined, "security-sensitive", "max-home-share"),
  })
  .map((g) => {
    const a = baseAgreement();
    a.employee.unit = g.unit;
    a.period = { start: g.start, end: `${g.start.slice(0, 4)}-06-30` };
    for (const i of [g.breaker, g.second]) if (i !== null) BREAKERS[i]?.[1](a);
    if (g.exception) a.exceptions = [{ rule: g.exception, approvedBy: "HR", reason: "Generated." }];
    return a;
  });
