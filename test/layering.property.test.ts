/**
 * Monotonicity (SPEC 5.5), as a metamorphic property: for any set of lower layers that lint
 * accepts, and agreements that each break a mandatory central rule, every finding of a mandatory
 * rule that the layers above a unit produce is still produced — same rule, same place, the same or
 * a higher severity — once the unit's lower layers are added. "Above" is the shipped policy alone,
 * and the shipped policy with the faculty layers when department layers are added below them.
 *
 * The generated layers live in a second policy folder, as faculty layers do in practice. A fixed
 * seed and HJEMMEKONTOR_PROPERTY_RUNS runs (default 3000, about 6000 layers); set the variable
 * higher, and HJEMMEKONTOR_PROPERTY_SEED to another number, for a longer search (README).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { duplicateVersions, loadLayerText } from "../src/core/policy/load.js";
import type { Layer } from "../src/core/policy/model.js";
import { PolicyResolver } from "../src/core/policy/resolve.js";
import { levelOf } from "../src/core/policy/scope.js";
import { validateText } from "../src/core/run/validate.js";
import { type FileResult, SEVERITY_RANK } from "../src/core/types.js";
import { agreementArb, lowerLayersArb, shipped } from "./layer-arbitraries.js";

const RUNS = Number(process.env.HJEMMEKONTOR_PROPERTY_RUNS ?? 3000);
const SEED = Number(process.env.HJEMMEKONTOR_PROPERTY_SEED ?? 20260415);

function resolverOf(layers: Layer[]): PolicyResolver {
  return new PolicyResolver({ dirs: [], layers, problems: duplicateVersions(layers) });
}

async function run(resolver: PolicyResolver, text: string): Promise<FileResult> {
  return (await validateText("a.yaml", text, { resolver })).result;
}

describe("monotonicity (property)", () => {
  it("given any accepted lower layers and agreements, should keep every mandatory finding at the same or a higher severity", async () => {
    const why = new Map<string, number>();
    const stats = { schemaRejected: 0, refused: 0, accepted: 0, withDepartment: 0, compared: 0 };
    await fc.assert(
      fc.asyncProperty(
        lowerLayersArb,
        fc.array(agreementArb, { minLength: 1, maxLength: 3 }),
        async (docs, agreements) => {
          const lower: Layer[] = [];
          for (const [i, doc] of docs.entries()) {
            const loaded = loadLayerText(stringify(doc), `lower/gen-${i}.yaml`);
            if (!loaded.layer) {
              stats.schemaRejected++;
              return;
            }
            lower.push({ ...loaded.layer, source: 1 });
          }
          const full = resolverOf([...shipped.layers, ...lower]);
          const problems = full.check();
          if (problems.length > 0) {
            if (process.env.HJEMMEKONTOR_PROPERTY_STATS)
              for (const p of problems) why.set(p.guarantee, (why.get(p.guarantee) ?? 0) + 1);
            stats.refused++;
            return;
          }
          stats.accepted++;
          const uppers = [resolverOf(shipped.layers)];
          const departments = lower.filter((l) => levelOf(l) === "department");
          if (departments.length > 0) {
            const withFaculties = resolverOf([
              ...shipped.layers,
              ...lower.filter((l) => !departments.includes(l)),
            ]);
            // The faculty layers alone must be acceptable too: removing a lower layer never adds a problem.
            expect(withFaculties.check()).toEqual([]);
            uppers.push(withFaculties);
            stats.withDepartment++;
          }
          for (const a of agreements) {
            const text = stringify(a);
            const after = await run(full, text);
            for (const upper of uppers) {
              const before = await run(upper, text);
              const resolved = upper.resolve(
                a.employee.unit.faculty,
                a.employee.unit.department,
                a.period.start,
              );
              const mandatory = new Set(resolved.policy?.rules.filter((r) => r.mandatory).map((r) => r.id));
              for (const f of before.findings.filter((x) => mandatory.has(x.ruleId))) {
                stats.compared++;
                const kept = after.findings.find((x) => x.ruleId === f.ruleId && x.path === f.path);
                expect(
                  kept,
                  `${f.ruleId} at ${f.path} disappeared with ${after.layers.join(" > ")}`,
                ).toBeDefined();
                expect(SEVERITY_RANK[kept?.severity ?? "info"]).toBeGreaterThanOrEqual(
                  SEVERITY_RANK[f.severity],
                );
              }
            }
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    if (process.env.HJEMMEKONTOR_PROPERTY_STATS) console.log(stats, why);
    // Every outcome must occur often, or the property tested little.
    expect(stats.accepted).toBeGreaterThan(RUNS / 20);
    expect(stats.refused).toBeGreaterThan(RUNS / 10);
    expect(stats.withDepartment).toBeGreaterThan(RUNS / 100);
    expect(stats.compared).toBeGreaterThan(RUNS / 4);
  }, 600_000);
});
