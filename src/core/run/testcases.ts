/**
 * `policy test`: YAML test cases beside the policies (`<dir>/tests/*.yaml`). Each case patches a
 * base agreement (JSON merge patch) or gives a whole one, and lists exactly the findings expected.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodeText, POLICY_TEST_FILE, parseYaml, yaml } from "../parse/load.js";
import { displayPath } from "../policy/load.js";
import type { PolicyProblem } from "../policy/model.js";
import type { PolicyResolver } from "../policy/resolve.js";
import { checkSchema } from "../schema/schema.js";
import type { FileResult, Finding, Messages, Severity } from "../types.js";
import { validateText } from "./validate.js";

type Expected = string | { ruleId: string; severity?: Severity; count?: number };

interface TestCase {
  name: string;
  patch?: Record<string, unknown>;
  agreement?: Record<string, unknown>;
  expect: { verdict?: string; findings?: Expected[]; waived?: Expected[] };
}

export interface CaseOutcome {
  file: string;
  name: string;
  line: number;
  passed: boolean;
  /** Why it failed, in both languages. */
  reasons: Messages[];
}

export function testFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) => {
    const t = join(dir, "tests");
    if (!existsSync(t)) return [];
    return readdirSync(t, { withFileTypes: true })
      .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
      .map((e) => join(t, e.name))
      .sort();
  });
}

/** A test file is a few hundred kB at most (1000 cases); larger ones are refused before reading. */
export const MAX_TEST_BYTES = 8 * 1024 * 1024;

/**
 * RFC 7396: objects merge key by key, null deletes, anything else replaces. Keys are defined as
 * own properties, so that no key (not even `__proto__`) is turned into something else or lost.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    target && typeof target === "object" && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else {
      const value = mergePatch(Object.hasOwn(out, k) ? out[k] : undefined, v);
      Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/**
 * JSON pointers of the `__proto__` keys in a case's patch. A JavaScript object does not keep such
 * a key as data (it sets the prototype), so a patch holding one would change nothing and the case
 * could pass falsely: it is refused instead.
 */
function protoKeys(value: unknown, at: string): string[] {
  if (value === null || typeof value !== "object") return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const path = `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (k === "__proto__") out.push(path);
    out.push(...protoKeys(v, path));
  }
  return out;
}

function tally(list: Expected[]): Map<string, { count: number; severity?: Severity }> {
  const m = new Map<string, { count: number; severity?: Severity }>();
  for (const e of list) {
    const id = typeof e === "string" ? e : e.ruleId;
    const prev = m.get(id);
    const count = (typeof e === "string" ? 1 : (e.count ?? 1)) + (prev?.count ?? 0);
    m.set(id, { count, severity: typeof e === "string" ? prev?.severity : (e.severity ?? prev?.severity) });
  }
  return m;
}

function compare(kind: "findings" | "waived", expected: Expected[], actual: Finding[]): Messages[] {
  const want = tally(expected);
  const got = new Map<string, Finding[]>();
  for (const f of actual) got.set(f.ruleId, [...(got.get(f.ruleId) ?? []), f]);
  const reasons: Messages[] = [];
  const label =
    kind === "findings" ? { nb: "funn", en: "findings" } : { nb: "unntak", en: "waived findings" };
  for (const [id, w] of want) {
    const g = got.get(id) ?? [];
    if (g.length !== w.count) {
      reasons.push({
        nb: `forventet ${w.count} ${label.nb} for ${id}, fikk ${g.length}`,
        en: `expected ${w.count} ${label.en} of ${id}, got ${g.length}`,
      });
    } else if (w.severity && g.some((f) => f.severity !== w.severity)) {
      reasons.push({
        nb: `${id}: forventet alvorlighetsgrad ${w.severity}, fikk ${g.map((f) => f.severity).join(", ")}`,
        en: `${id}: expected severity ${w.severity}, got ${g.map((f) => f.severity).join(", ")}`,
      });
    }
  }
  for (const [id, g] of got) {
    if (!want.has(id)) {
      reasons.push({
        nb: `uventet ${label.nb}: ${id} (${g.length}) — ${g[0]?.message.nb ?? ""}`,
        en: `unexpected ${label.en}: ${id} (${g.length}) — ${g[0]?.message.en ?? ""}`,
      });
    }
  }
  return reasons;
}

export function judge(c: TestCase, result: FileResult): Messages[] {
  const reasons: Messages[] = [];
  if (c.expect.verdict && c.expect.verdict !== result.verdict) {
    reasons.push({
      nb: `forventet vurdering ${c.expect.verdict}, fikk ${result.verdict}`,
      en: `expected verdict ${c.expect.verdict}, got ${result.verdict}`,
    });
  }
  if (c.expect.findings) reasons.push(...compare("findings", c.expect.findings, result.findings));
  if (c.expect.waived) reasons.push(...compare("waived", c.expect.waived, result.waived));
  return reasons;
}

/** Runs every case of every test file; problems in the test files themselves are refused. */
export async function runPolicyTests(
  files: string[],
  resolver: PolicyResolver,
): Promise<{ outcomes: CaseOutcome[]; problems: PolicyProblem[] }> {
  const outcomes: CaseOutcome[] = [];
  const problems: PolicyProblem[] = [];
  for (const path of files) {
    const file = displayPath(path);
    const size = statSync(path).size;
    if (size > MAX_TEST_BYTES) {
      problems.push(problemAt(file, { line: 1, column: 1 }, file, "size", tooLarge(size)));
      continue;
    }
    const decoded = decodeText(readFileSync(path));
    const loaded = "text" in decoded ? parseYaml(decoded.text, POLICY_TEST_FILE) : undefined;
    const early = "problem" in decoded ? [decoded.problem] : (loaded?.problems ?? []);
    if (early.length > 0 || !loaded) {
      for (const p of early)
        problems.push({
          file,
          line: p.line,
          column: p.column,
          subject: file,
          guarantee: "yaml",
          messages: p.messages,
        });
      continue;
    }
    const schemaProblems = checkSchema("policy-test", loaded.value);
    if (schemaProblems.length > 0) {
      for (const s of schemaProblems) {
        const pos = loaded.positionOf(s.pointer, { key: s.atKey });
        problems.push({
          file,
          line: pos.line,
          column: pos.column,
          subject: s.pointer,
          guarantee: "schema",
          messages: s.messages,
        });
      }
      continue;
    }
    const doc = loaded.value as { base?: Record<string, unknown>; cases: TestCase[] };
    const proto = doc.cases.flatMap((c, i) => protoKeys(c.patch, `/cases/${i}/patch`));
    if (proto.length > 0) {
      for (const pointer of proto) {
        problems.push(
          problemAt(file, loaded.positionOf(pointer, { key: true }), pointer, "test-case", PROTO),
        );
      }
      continue;
    }
    for (const [i, c] of doc.cases.entries()) {
      const agreement = c.agreement ?? mergePatch(doc.base ?? {}, c.patch ?? {});
      const { result } = await validateText(`${file}#${c.name}`, yaml().stringify(agreement), { resolver });
      const reasons = judge(c, result);
      outcomes.push({
        file,
        name: c.name,
        line: loaded.positionOf(`/cases/${i}`).line,
        passed: reasons.length === 0,
        reasons,
      });
    }
  }
  return { outcomes, problems };
}

const PROTO: Messages = {
  nb: "Nøkkelen __proto__ kan ikke stå i en patch: den ville ikke endret avtalen, og testtilfellet kunne bestått feilaktig. Fjern den, eller gi hele avtalen under agreement.",
  en: "The key __proto__ cannot be used in a patch: it would not change the agreement, so the case could pass falsely. Remove it, or give the whole agreement under agreement.",
};

function tooLarge(size: number): Messages {
  return {
    nb: `Testfilen er ${size} byte, over grensen på ${MAX_TEST_BYTES}. En testfil har høyst 1000 testtilfeller; del den opp i flere filer.`,
    en: `The test file is ${size} bytes, over the limit of ${MAX_TEST_BYTES}. A test file holds at most 1000 cases; split it into several files.`,
  };
}

function problemAt(
  file: string,
  at: { line: number; column: number },
  subject: string,
  guarantee: string,
  messages: Messages,
): PolicyProblem {
  return { file, line: at.line, column: at.column, subject, guarantee, messages };
}
