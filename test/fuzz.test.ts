/**
 * Fuzzing the pipeline: whatever text or bytes a file holds, validation never throws, always
 * gives one of the three verdicts consistently with its findings (SPEC 7), and the JSON report of
 * the result validates against schemas/report.schema.json. Fixed seeds and bounded runs, so a
 * failure replays and the file stays well under 20 s.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { buildReport } from "../src/core/report/report.js";
import { validateFile, validateText } from "../src/core/run/validate.js";
import type { FileResult, Lang } from "../src/core/types.js";
import { toJsonReport } from "../src/formatters/json.js";
import { baseAgreement, ROOT, resolverFor } from "./helpers.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20210415);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

const reportSchema = JSON.parse(readFileSync(join(ROOT, "schemas", "report.schema.json"), "utf8")) as object;
const validReport = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(
  reportSchema,
);

const temp = mkdtempSync(join(tmpdir(), "hjemmekontor-fuzz-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * The invariants of one result: a known verdict that agrees with the findings, positions that
 * are 1-based integers, messages in both languages, and a JSON report (as --format json prints
 * it) that the report schema accepts.
 */
function checkResult(r: FileResult, lang: Lang): void {
  expect(["compliant", "non-compliant", "invalid"]).toContain(r.verdict);
  const builtin = r.findings.some((f) => f.ruleId === "yaml" || f.ruleId === "schema");
  const error = r.findings.some((f) => f.severity === "error");
  expect(r.verdict).toBe(builtin ? "invalid" : error ? "non-compliant" : "compliant");
  for (const f of [...r.findings, ...r.waived]) {
    expect(Number.isInteger(f.line) && f.line >= 1, `${f.ruleId} line ${f.line}`).toBe(true);
    expect(Number.isInteger(f.column) && f.column >= 1, `${f.ruleId} column ${f.column}`).toBe(true);
    expect(f.message.nb.length).toBeGreaterThan(0);
    expect(f.message.en.length).toBeGreaterThan(0);
  }
  const printed: unknown = JSON.parse(JSON.stringify(toJsonReport(buildReport([r]), lang)));
  if (!validReport(printed)) {
    throw new Error(`report schema: ${JSON.stringify(validReport.errors)}\n${JSON.stringify(printed)}`);
  }
}

async function judgeText(text: string, lang: Lang = "en"): Promise<FileResult> {
  const { result } = await validateText("fuzz.yaml", text, { resolver: resolverFor() });
  checkResult(result, lang);
  return result;
}

/** YAML text of any JS value; the `yaml` package writes every value fast-check's anything() makes. */
function yamlOf(value: unknown): string {
  return stringify(value) ?? "";
}

describe("random documents", () => {
  it("given any JS value written as YAML, should never throw and give a consistent verdict", async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.constantFrom<Lang>("nb", "en"), async (value, lang) => {
        await judgeText(yamlOf(value), lang);
      }),
      { seed: SEED, numRuns: 1000 * SCALE },
    );
  });

  it("given any JSON value written as JSON (a YAML flow document), should never throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await judgeText(JSON.stringify(value) ?? "null");
      }),
      { seed: SEED, numRuns: 1500 * SCALE },
    );
  });

  const yamlish = fc.string({
    unit: fc.constantFrom(
      "kind: HomeOfficeAgreement\n",
      "schemaVersion: 1\n",
      "id: A-1\n",
      "employee:\n  id: '1'\n  unit: { faculty: IE }\n",
      "period: { start: 2026-01-05 }\n",
      ":",
      " ",
      "  ",
      "\n",
      "\r\n",
      "\t",
      "- ",
      "? ",
      "[",
      "]",
      "{",
      "}",
      ",",
      "&a ",
      "*a",
      "*b",
      "<<: *a\n",
      "!!str ",
      "!!binary ",
      "!x ",
      "!<tag:x> ",
      "#",
      "'",
      '"',
      "\\",
      "|",
      ">-",
      "%YAML 1.2\n",
      "---\n",
      "...\n",
      "\uFEFF",
      "\u0000",
      "\u2028",
      "ø",
      "🏠",
      "__proto__",
      "constructor",
      "2026-02-30",
      "24:00",
      "1e999",
      ".nan",
      "-.inf",
      "0x1F",
      "~",
      "null",
      "true",
      "a",
      "1",
    ),
    maxLength: 40,
  });

  it("given YAML-ish token soup, should never throw and give a consistent verdict", async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        await judgeText(text);
      }),
      { seed: SEED, numRuns: 500 * SCALE },
    );
  });

  it("given arbitrary Unicode text (lone surrogates included), should never throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), async (text) => {
        await judgeText(text);
      }),
      { seed: SEED, numRuns: 200 * SCALE },
    );
  });

  it("given arbitrary bytes in a file, should never throw and give invalid or a verdict", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const path = join(temp, `bytes-${n++}.yaml`);
        writeFileSync(path, bytes);
        const { result } = await validateFile(path, "fuzz.yaml", { resolver: resolverFor() });
        checkResult(result, "en");
      }),
      { seed: SEED, numRuns: 200 * SCALE },
    );
  });
});

// --- mutations of a valid agreement ---

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
