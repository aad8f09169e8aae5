/**
 * Fuzz target over policy layers (issue 10, point 8; SPEC 6): random schema-valid layers — lower
 * layers in a second folder, and new versions of the central layer with random parameter
 * declarations and rules in the first — against the example agreements. Whatever a policy says,
 * a run ends with exit 0, 1 or 2, never 3 (an internal error), in every output format.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { exitCodeOf } from "../src/core/report/report.js";
import { validatePaths } from "../src/core/run/run.js";
import { UsageError } from "../src/core/types.js";
import { type FormatName, format } from "../src/formatters/index.js";
import { runCli } from "./cli-helpers.js";
import { ROOT, SHIPPED } from "./helpers.js";
import { addedRuleArb, type GeneratedLayers, lowerLayersArb, paramEntryArb } from "./layer-arbitraries.js";

const RUNS = Number(process.env.HJEMMEKONTOR_FUZZ_RUNS ?? 400);
const AGREEMENTS = [join(ROOT, "examples", "agreements"), join(ROOT, "examples", "local")];
const NATIONAL = readFileSync(join(SHIPPED, "no-hjemmekontorforskriften@2.0.0.yaml"), "utf8");
const CENTRAL = readFileSync(join(SHIPPED, "ntnu-hjemmekontor@1.0.0.yaml"), "utf8");
const FORMATS: FormatName[] = ["text", "json", "junit", "sarif", "github"];

const base = mkdtempSync(join(tmpdir(), "hjemmekontor-policy-fuzz-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let made = 0;

/** A new version of the central layer: some parameters declared anew at random, rules added. */
const centralArb = fc
  .record({
    params: fc.dictionary(
      fc.constantFrom(...Object.keys(parse(CENTRAL).parameters as object), "extraParam"),
      paramEntryArb,
      { maxKeys: 3 },
    ),
    rules: fc.array(addedRuleArb("ntnu-hjemmekontor"), { maxLength: 2 }),
    from: fc.constantFrom("2024-01-01", "2026-03-01"),
  })
  .map((g) => {
    const doc = parse(CENTRAL) as Record<string, unknown> & { parameters: object; rules: { id: string }[] };
    doc.version = "1.1.0";
    doc.effective = { from: g.from };
    doc.parameters = { ...doc.parameters, ...g.params };
    const added = g.rules.map((r, i) => ({ ...r, id: `central-extra-${i}` }));
    doc.rules = [...doc.rules, ...added];
    return doc;
  });

const caseArb = fc.oneof(
  lowerLayersArb.map((lower) => ({ central: null, lower })),
  fc.record({ central: centralArb, lower: fc.oneof(fc.constant<GeneratedLayers>([]), lowerLayersArb) }),
);

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** The policy folders of a case: the shipped layers (and the new central version), then the lower layers. */
function foldersOf(c: Case): string[] {
  const dir = join(base, String(made++));
  const first = join(dir, "policies");
  const second = join(dir, "local");
  mkdirSync(first, { recursive: true });
  mkdirSync(second);
  writeFileSync(join(first, "no-hjemmekontorforskriften@2.0.0.yaml"), NATIONAL);
  writeFileSync(join(first, "ntnu-hjemmekontor@1.0.0.yaml"), CENTRAL);
  if (c.central) writeFileSync(join(first, "ntnu-hjemmekontor@1.1.0.yaml"), stringify(c.central));
  for (const [i, l] of c.lower.entries()) writeFileSync(join(second, `gen-${i}.yaml`), stringify(l));
  return c.lower.length > 0 ? [first, second] : [first];
}

/** The exit code the CLI would give: 2 for a usage error, else by the findings; anything else throws. */
async function exitCode(policyDirs: string[]): Promise<number> {
  try {
    const outcome = await validatePaths({ paths: AGREEMENTS, policyDirs, workers: 0 });
    for (const name of FORMATS)
      expect(typeof (await format(name, outcome.report, { lang: "nb", rules: [] }))).toBe("string");
    return exitCodeOf(outcome.report, "error");
  } catch (err) {
    if (err instanceof UsageError) return 2;
    throw err;
  }
}

describe("policy-layer fuzz (exit 0, 1 or 2 only)", () => {
  it("given random schema-valid layers, should end every run with exit 0, 1 or 2", async () => {
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const code = await exitCode(foldersOf(c));
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect([0, 1, 2]).toContain(code);
      }),
      { seed: 20261130, numRuns: RUNS },
    );
    // Both accepted (1: the examples break rules) and refused (2) sets must have been tried.
    expect(codes.get(1) ?? 0).toBeGreaterThan(RUNS / 20);
    expect(codes.get(2) ?? 0).toBeGreaterThan(RUNS / 20);
  }, 600_000);

  it("given a few of them through the built CLI, should exit 0, 1 or 2 with no internal error", () => {
    for (const c of fc.sample(caseArb, { seed: 7, numRuns: 6 })) {
      const dirs = foldersOf(c);
      const r = runCli(["validate", ...AGREEMENTS, ...dirs.flatMap((d) => ["--policies", d])]);
      expect([0, 1, 2]).toContain(r.status);
      expect(r.stderr).not.toMatch(/intern feil|internal error|^\s+at /m);
    }
  });
});
