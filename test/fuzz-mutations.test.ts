/**
 * Fuzzing the pipeline with mutations of a valid agreement (random sets, deletes and duplicated
 * lists): validation never throws, gives a verdict consistent with its findings (SPEC 7), reaches
 * every verdict, and a batch gives one report the schema accepts. Fixed seeds and bounded runs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "../src/core/report/report.js";
import { validateText } from "../src/core/run/validate.js";
import type { FileResult, Lang } from "../src/core/types.js";
import { toJsonReport } from "../src/formatters/json.js";
import { baseAgreement, resolverFor } from "./helpers.js";
import { judgeText, SCALE, SEED, validReport, yamlOf } from "./helpers-fuzz.js";

/** The compliant base agreement, with the optional parts filled in so that they are mutated too. */
function fullAgreement(): Record<string, unknown> {
  const a = baseAgreement();
  a.schedule.availability = "Teams";
  a.schedule.cycle = [{ home: ["mon", "thu"] }, { home: ["tue"] }];
  a.terms.noticePeriodDays = 14;
  a.exceptions = [{ rule: "security-sensitive", approvedBy: "Ola Nordmann", reason: "Approved." }];
  return a;
}

type Path = (string | number)[];

/** Every path to a value in `v` (not the root). */
function pathsOf(v: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...prefix, i], ...pathsOf(x, [...prefix, i])]);
  if (v && typeof v === "object")
    return Object.entries(v).flatMap(([k, x]) => [[...prefix, k], ...pathsOf(x, [...prefix, k])]);
  return [];
}

const BASE = fullAgreement();
const PATHS = pathsOf(BASE);
const LIST_PATHS = PATHS.filter((p) => Array.isArray(p.reduce<unknown>((o, k) => (o as never)[k], BASE)));

type Mutation =
  | { op: "set"; path: Path; value: unknown }
  | { op: "delete"; path: Path }
  | { op: "duplicate"; path: Path };

/** Values near the edges of what the schema and the facts accept. */
const edgy = fc.constantFrom<unknown>(
  "",
  " ",
  0,
  -0,
  -1,
  0.5,
  100,
  101,
  1e308,
  Number.MAX_SAFE_INTEGER,
  "2026-02-29",
  "2024-02-29",
  "2026-13-01",
  "0000-01-01",
  "9999-12-31",
  "00:00",
  "23:59",
  "24:00",
  "__proto__",
  "constructor",
  [],
  {},
  [[]],
  null,
  true,
  "x".repeat(5000),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant("set" as const),
    path: fc.constantFrom(...PATHS),
    value: fc.oneof(fc.jsonValue(), edgy, fc.double()),
  }),
  fc.record({ op: fc.constant("delete" as const), path: fc.constantFrom(...PATHS) }),
  fc.record({ op: fc.constant("duplicate" as const), path: fc.constantFrom(...LIST_PATHS) }),
);

/** Applies mutations to a copy; a mutation whose parent no longer exists is skipped. */
function mutate(base: Record<string, unknown>, mutations: Mutation[]): Record<string, unknown> {
  const a = structuredClone(base);
  for (const m of mutations) {
    let parent: unknown = a;
    for (const k of m.path.slice(0, -1))
      parent = parent && typeof parent === "object" ? (parent as never)[k] : undefined;
    const key = m.path[m.path.length - 1] as string | number;
    if (!parent || typeof parent !== "object") continue;
    const obj = parent as Record<string | number, unknown>;
    if (m.op === "set") obj[key] = m.value;
    else if (m.op === "delete") {
      if (Array.isArray(obj)) obj.splice(Number(key), 1);
      else delete obj[key];
    } else if (Array.isArray(obj[key])) obj[key] = [...(obj[key] as unknown[]), ...(obj[key] as unknown[])];
  }
  return a;
}

describe("mutations of a valid agreement", () => {
  it("given the unmutated agreement, should be compliant (the starting point is valid)", async () => {
    const r = await judgeText(yamlOf(BASE));
    expect(r.verdict).toBe("compliant");
    expect(PATHS.length).toBeGreaterThan(40);
    expect(LIST_PATHS.length).toBeGreaterThan(5);
  });

  it("given 1–5 random sets, deletes and duplicated lists, should never throw and give a consistent verdict", async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.constantFrom<Lang>("nb", "en"),
        async (mutations, asJson, lang) => {
          const a = mutate(BASE, mutations);
          const r = await judgeText(asJson ? JSON.stringify(a) : yamlOf(a), lang);
          seen.add(r.verdict);
        },
      ),
      { seed: SEED, numRuns: 1500 * SCALE },
    );
    // The mutations reach every verdict, so the property is not only exercising the schema.
    expect([...seen].sort()).toEqual(["compliant", "invalid", "non-compliant"]);
  });

  it("given a batch of mutated agreements, should give one report the schema accepts, with matching counts", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(mutation, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        async (batch) => {
          const results: FileResult[] = [];
          for (const [i, mutations] of batch.entries()) {
            const a = mutate(BASE, mutations);
            const text = yamlOf(a);
            results.push((await validateText(`f${i}.yaml`, text, { resolver: resolverFor() })).result);
          }
          const report = toJsonReport(buildReport(results), "en");
          const printed: unknown = JSON.parse(JSON.stringify(report));
          expect(validReport(printed), JSON.stringify(validReport.errors)).toBe(true);
          const s = report.summary;
          expect(s.files).toBe(results.length);
          expect(s.compliant + s.nonCompliant + s.invalid).toBe(results.length);
        },
      ),
      { seed: SEED, numRuns: 100 * SCALE },
    );
  });
});
