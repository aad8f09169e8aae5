/**
 * fast-check generators of the parameters of lower policy layers: values of every type and out of
 * range, parameter names of facts and of central parameters, complete declarations, and the
 * central parameters set honestly, some tighter and some looser. Used by layer-arbitraries.ts and
 * the policy-layer fuzz target; also the central policy and the names they draw from.
 */
import fc from "fast-check";
import { FACTS } from "../src/core/catalogue/facts.js";
import { PolicyResolver } from "../src/core/policy/resolve.js";
import { shipped } from "./layer-helpers.js";

const centralResolution = new PolicyResolver(shipped).resolve("PT", undefined, "2026-01-05");
if ("missing" in centralResolution || !centralResolution.policy)
  throw new Error("the shipped policy must resolve");
export const centralPolicy = centralResolution.policy;

export const factNames = Object.keys(FACTS);
export const paramNames = [...centralPolicy.params.keys()];
const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const equipment = ["keyboard", "mouse", "monitor", "docking-station", "headset", "chair"];

export const isoDate = fc
  .date({ min: new Date("2019-01-01"), max: new Date("2027-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 1, 30, 59))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

/** A parameter value of any shape the schema allows, near and far from the central values. */
const value = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -50, max: 60 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 0.5, 5.5, 1e9, -30000, 1201) },
  { weight: 1, arbitrary: fc.constantFrom("wed", "30", "", "fixed", "2026-01-01", "25:00") },
  { weight: 1, arbitrary: isoDate },
  { weight: 1, arbitrary: time },
  { weight: 2, arbitrary: fc.subarray(equipment) },
  { weight: 1, arbitrary: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }) },
  { weight: 2, arbitrary: fc.record({ start: time, end: time }) },
  { weight: 1, arbitrary: fc.boolean() },
);

/** The facts the central rules read: a parameter of such a name would hide what a rule needs. */
export const ruleFacts = [
  ...new Set(
    centralPolicy.rules.flatMap((r) =>
      [...JSON.stringify(r.when).matchAll(/"fact":"(\w+)"/g)].map((m) => m[1] as string),
    ),
  ),
].filter((f) => Object.hasOwn(FACTS, f));

/** A complete declaration whose value has the declared type. */
export const completeParam = fc
  .oneof(
    fc.record({ type: fc.constant("integer"), value: fc.integer({ min: -5, max: 50 }) }),
    fc.record({ type: fc.constant("number"), value: fc.constantFrom(0, 0.5, 100) }),
    fc.record({ type: fc.constant("string"), value: fc.constantFrom("fixed", "open", "") }),
    fc.record({ type: fc.constant("boolean"), value: fc.boolean() }),
    fc.record({ type: fc.constant("list"), value: fc.subarray([...days, ...equipment], { maxLength: 3 }) }),
    fc.record({ type: fc.constant("date"), value: isoDate }),
    fc.record({ type: fc.constant("time"), value: time }),
  )
  .map((e) => ({ ...e, section: "2.4", basis: "interpretation", override: "free" }));

export const paramName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...paramNames) },
  { weight: 2, arbitrary: fc.constantFrom(...factNames) },
  { weight: 1, arbitrary: fc.constantFrom("index", "each", "constructor", "toString", "valueOf") },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,10}$/) },
);

export const paramEntryArb = fc.record(
  {
    value,
    type: fc.constantFrom("integer", "number", "string", "date", "time", "list", "object", "boolean"),
    minimum: fc.integer({ min: -10, max: 50 }),
    maximum: fc.integer({ min: -10, max: 100 }),
    enum: fc.array(fc.oneof(fc.constantFrom(...days, ...equipment), fc.integer({ min: 0, max: 50 })), {
      minLength: 1,
      maxLength: 4,
    }),
    section: fc.constantFrom("2.4", "2.5"),
    basis: fc.constantFrom("regulation", "guideline", "interpretation"),
    override: fc.constantFrom("lower", "higher", "subset", "superset", "fixed", "free"),
    description: fc.constant({ nb: "generert", en: "generated" }),
  },
  { requiredKeys: ["value"] },
);

/** Central parameters set to values of their own type, some tighter and some looser. */
export const honestParameters = fc
  .record(
    {
      maxHomeSharePercent: fc.integer({ min: 20, max: 50 }),
      maxAgreementMonths: fc.integer({ min: 3, max: 8 }),
      minCampusDaysPerWeek: fc.integer({ min: 0, max: 3 }),
      costlyEquipmentNok: fc.integer({ min: 5000, max: 20000 }),
      coveredEquipment: fc.oneof(
        fc.subarray(equipment.slice(3)).map((extra) => ["keyboard", "mouse", "monitor", ...extra]),
        fc.subarray(["keyboard", "mouse", "monitor"]),
      ),
      coreTime: fc.constantFrom(
        { start: "09:00", end: "14:30" },
        { end: "14:30", start: "09:00" },
        { start: "10:00", end: "14:00" },
      ),
    },
    { requiredKeys: [] },
  )
  .map((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, { value: v }])));
