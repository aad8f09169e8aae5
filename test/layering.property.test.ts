/**
 * Property (SPEC 5): for random lower layers and random agreements, a mandatory finding of the
 * central policy never disappears and never loses severity — the layer is refused, or stricter.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadLayerText, loadPolicySet } from "../src/core/policy/load.js";
import { PolicyResolver } from "../src/core/policy/resolve.js";
import { SEVERITY_RANK } from "../src/core/types.js";
import { validateText } from "../src/core/validate.js";
import { baseAgreement, SHIPPED } from "./helpers.js";

const shipped = loadPolicySet([SHIPPED]);
const central = new PolicyResolver(shipped);
const centralPolicy = central.resolve("PT", undefined, "2026-01-05");
if (!("policy" in centralPolicy)) throw new Error("the shipped policy must resolve");
const ruleIds = centralPolicy.policy.rules.map((r) => r.id);
const mandatory = new Set(centralPolicy.policy.rules.filter((r) => r.mandatory).map((r) => r.id));

const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const time = fc
  .tuple(fc.integer({ min: 6, max: 17 }), fc.constantFrom(0, 1, 29, 30, 59))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const equipmentNames = ["keyboard", "mouse", "monitor", "docking-station", "headset", "chair"];

// Values around each parameter's central setting, so that layers both tighten and loosen.
const layerArb = fc.record(
  {
    maxHomeSharePercent: fc.integer({ min: 20, max: 50 }),
    maxAgreementMonths: fc.integer({ min: 3, max: 8 }),
    minCampusDaysPerWeek: fc.integer({ min: 0, max: 3 }),
    costlyEquipmentNok: fc.integer({ min: 5000, max: 20000 }),
    coveredEquipment: fc.oneof(
      fc.subarray(equipmentNames.slice(3)).map((extra) => ["keyboard", "mouse", "monitor", ...extra]),
      fc.subarray(["keyboard", "mouse", "monitor"]),
    ),
    coreTime: fc.constantFrom({ start: "09:00", end: "14:30" }, { start: "10:00", end: "14:00" }),
  },
  { requiredKeys: [] },
);

const ruleChangeArb = fc.record(
  {
    id: fc.constantFrom(...ruleIds),
    severity: fc.constantFrom("error", "warning", "info"),
    enabled: fc.boolean(),
    mandatory: fc.boolean(),
    exceptionAllowed: fc.boolean(),
  },
  { requiredKeys: ["id"] },
);

const agreementArb = fc.record({
  workdays: fc.subarray([...days], { minLength: 1 }),
  cycle: fc.array(fc.subarray([...days]), { minLength: 1, maxLength: 4 }),
  start: fc.date({ min: new Date("2026-01-01"), max: new Date("2026-12-31"), noInvalidDate: true }),
  lengthDays: fc.option(fc.integer({ min: -5, max: 400 }), { nil: undefined }),
  homeHours: fc.tuple(time, time),
  items: fc.array(
    fc.record({
      item: fc.constantFrom(...equipmentNames),
      providedBy: fc.constantFrom("ntnu", "employee"),
      owner: fc.constantFrom("ntnu", "employee"),
      costNok: fc.integer({ min: 0, max: 9000 }),
    }),
    { maxLength: 5 },
  ),
  informationClass: fc.constantFrom("open", "internal", "confidential", "strictly-confidential"),
  flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
});

type Generated = typeof agreementArb extends fc.Arbitrary<infer T> ? T : never;

function agreementFrom(g: Generated) {
  const a = baseAgreement();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  a.employee.unit = { faculty: "PT" };
  a.schedule.workdays = g.workdays;
  a.schedule.cycle = g.cycle.map((home) => ({ home }));
  a.schedule.homeHours = { start: g.homeHours[0], end: g.homeHours[1] };
  a.period = { start: iso(g.start) };
  if (g.lengthDays !== undefined) a.period.end = iso(new Date(g.start.getTime() + g.lengthDays * 86_400_000));
  a.equipment.items = g.items;
  a.tasks.informationClass = g.informationClass;
  const [suitable, recall, insurance, workstation, signed, critical] = g.flags;
  a.tasks.suitableForHomeOffice = suitable;
  a.terms = { employerMayRecall: recall, insuranceInformed: insurance };
  a.workEnvironment.workstation = workstation;
  a.tasks.healthOrSafetyCritical = critical;
  if (!signed) delete a.signatures.manager;
  return a;
}

describe("layering guarantees (property)", () => {
  it("given any lower layer and any agreement, should never lose or soften a mandatory finding", async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        layerArb,
        fc.array(ruleChangeArb, { maxLength: 1 }),
        fc.array(agreementArb, { minLength: 1, maxLength: 4 }),
        async (params, changes, agreements) => {
          const layerDoc = {
            kind: "Policy",
            id: "ntnu-pt",
            version: "1.0.0",
            effective: { from: "2024-01-01" },
            extends: "ntnu-hjemmekontor@^1",
            appliesTo: { faculty: "PT" },
            parameters: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, { value: v }])),
            rules: changes.filter((c, i) => changes.findIndex((d) => d.id === c.id) === i),
          };
          const loaded = loadLayerText(stringify(layerDoc), "ntnu-pt.yaml");
          expect(loaded.problems).toEqual([]);
          if (!loaded.layer) throw new Error("the generated layer must parse");
          const layered = new PolicyResolver({
            dirs: [],
            layers: [...shipped.layers, loaded.layer],
            problems: [],
          });
          if (layered.check().length > 0) {
            refused++;
            return;
          }
          accepted++;
          for (const g of agreements) {
            const text = stringify(agreementFrom(g));
            const before = (await validateText("a.yaml", text, { resolver: central })).result;
            const after = (await validateText("a.yaml", text, { resolver: layered })).result;
            expect(after.layers).toContain("ntnu-pt@1.0.0");
            for (const f of before.findings.filter((x) => mandatory.has(x.ruleId))) {
              const kept = after.findings.find((x) => x.ruleId === f.ruleId && x.path === f.path);
              expect(kept, `${f.ruleId} at ${f.path} disappeared`).toBeDefined();
              expect(SEVERITY_RANK[kept?.severity ?? "info"]).toBeGreaterThanOrEqual(
                SEVERITY_RANK[f.severity],
              );
            }
          }
        },
      ),
      { seed: 20260415, numRuns: 300 },
    );
    // Both outcomes must occur, or the property tested nothing.
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});
