/**
 * `policy test`: YAML test cases beside the policies (`<dir>/tests/*.yaml`). Each case patches a
 * base agreement (JSON merge patch) or gives a whole one, and lists exactly the findings expected,
 * optionally with their path, line and message text (testexpect.ts).
 *
 * Scope (SPEC 8.6): a test file in `<dir>/tests/` runs against the layers of `<dir>` and of the
 * folders given before it, never later ones, so a new faculty layer cannot break central tests.
 *
 * The agreement text of a case: an `agreement` text as written; otherwise the agreement (base
 * merged with the patch, or an `agreement` mapping) written by `agreementText`, so that a
 * finding's `line` is predictable (schemas/policy-test.schema.json says how).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { PolicyTest } from "../../types/generated/policy-test.js";
import { msg } from "../messages/index.js";
import { POLICY_TEST } from "../messages/policytest.js";
import { decodeText, POLICY_TEST_FILE, parseYaml } from "../parse/load.js";
import { displayPath } from "../policy/load.js";
import type { Layer, PolicyProblem } from "../policy/model.js";
import { PolicyResolver } from "../policy/resolve.js";
import { checkSchema } from "../schema/schema.js";
import type { FileResult, Messages } from "../types.js";
import { loadPolicies } from "./run.js";
import { type CaseExpect, judge } from "./testexpect.js";
import { agreementText, changedPointers, mergePatch, patchedPointers, protoKeys } from "./testpatch.js";
import { validateText } from "./validate.js";

export { judge } from "./testexpect.js";
export { agreementText, changedPointers, mergePatch, patchedPointers } from "./testpatch.js";

/** One case, ready to run: its agreement text and what it expects. */
export interface PreparedCase {
  /** The test file, as displayed. */
  file: string;
  name: string;
  /** The case's line in the test file. */
  line: number;
  /** The agreement text the case runs (see the file comment). */
  text: string;
  expect: CaseExpect;
  /** JSON pointers of what the case changes in the base (see `patchedPointers`; "" for all of it). */
  touched: string[];
}

export interface LoadedTestFile {
  file: string;
  cases: PreparedCase[];
  /** Problems of the test file itself (size, YAML, schema, `__proto__`); then it has no cases. */
  problems: PolicyProblem[];
}

export interface CaseOutcome {
  file: string;
  name: string;
  line: number;
  passed: boolean;
  /** Why it failed, in both languages. */
  reasons: Messages[];
  /** The result the case gave. */
  result: FileResult;
  /** The agreement text the case ran. */
  text: string;
  /** Rule ids that gave a finding (or a waived one), once each. */
  fired: string[];
  /** Rule ids that ran on the case's agreement (enabled in its policy) and gave none. */
  quiet: string[];
  touched: string[];
}

export interface PolicyTestRun {
  /** The test files, in --policies order. */
  files: string[];
  outcomes: CaseOutcome[];
  problems: PolicyProblem[];
}

/** The `*.yaml`/`*.yml` files of `<dir>/tests/` of each folder, in the order of the folders. */
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

function problemAt(
  file: string,
  at: { line: number; column: number },
  subject: string,
  guarantee: string,
  messages: Messages,
): PolicyProblem {
  return { file, line: at.line, column: at.column, subject, guarantee, messages };
}

/** Reads, parses and checks one test file, and prepares its cases; refuses a faulty file whole. */
export function loadTestFile(path: string): LoadedTestFile {
  const file = displayPath(path);
  const refuse = (problems: PolicyProblem[]): LoadedTestFile => ({ file, cases: [], problems });
  const size = statSync(path).size;
  if (size > MAX_TEST_BYTES) return refuse([problemAt(file, TOP, file, "size", tooLarge(size))]);
  const decoded = decodeText(readFileSync(path));
  const loaded = "text" in decoded ? parseYaml(decoded.text, POLICY_TEST_FILE) : undefined;
  const early = "problem" in decoded ? [decoded.problem] : (loaded?.problems ?? []);
  if (early.length > 0 || !loaded)
    return refuse(early.map((p) => problemAt(file, p, file, "yaml", p.messages)));
  const schema = checkSchema("policy-test", loaded.value);
  if (schema.length > 0) {
    return refuse(
      schema.map((s) =>
        problemAt(file, loaded.positionOf(s.pointer, { key: s.atKey }), s.pointer, "schema", s.messages),
      ),
    );
  }
  const doc = loaded.value as PolicyTest;
  const problems: PolicyProblem[] = [];
  doc.cases.forEach((c, i) => {
    for (const pointer of protoKeys(c.patch, `/cases/${i}/patch`))
      problems.push(problemAt(file, loaded.positionOf(pointer, { key: true }), pointer, "test-case", PROTO));
    if (c.patch !== undefined && c.agreement !== undefined) {
      const pointer = `/cases/${i}/agreement`;
      problems.push(problemAt(file, loaded.positionOf(pointer, { key: true }), pointer, "test-case", BOTH));
    }
  });
  if (problems.length > 0) return refuse(problems);
  const cases = doc.cases.map((c, i): PreparedCase => {
    const agreement =
      typeof c.agreement === "string"
        ? parseYaml(c.agreement).value
        : (c.agreement ?? mergePatch(doc.base ?? {}, c.patch ?? {}));
    return {
      file,
      name: c.name,
      line: loaded.positionOf(`/cases/${i}`).line,
      text: typeof c.agreement === "string" ? c.agreement : agreementText(agreement),
      expect: c.expect,
      touched: touched(doc.base, c, agreement),
    };
  });
  return { file, cases, problems: [] };
}

/** What a case changes in the base: its patch's values, or where its agreement differs ("" for all). */
function touched(base: object | undefined, c: PolicyTest["cases"][number], agreement: unknown): string[] {
  if (c.agreement === undefined) return patchedPointers(base, c.patch ?? {});
  return base && agreement !== undefined ? changedPointers(base, agreement) : [""];
}

/** Runs one case against the layers in its scope. */
export async function runCase(c: PreparedCase, resolver: PolicyResolver): Promise<CaseOutcome> {
  const { result } = await validateText(`${c.file}#${c.name}`, c.text, { resolver });
  const reasons = judge(c.expect, result, c.text);
  const fired = [...new Set([...result.findings, ...result.waived].map((f) => f.ruleId))];
  return {
    file: c.file,
    name: c.name,
    line: c.line,
    passed: reasons.length === 0,
    reasons,
    result,
    text: c.text,
    fired,
    quiet: ranRules(result, resolver).filter((id) => !fired.includes(id)),
    touched: c.touched,
  };
}

/** The rule ids evaluated for a case: the enabled rules of the chain it ran (none when invalid). */
function ranRules(result: FileResult, resolver: PolicyResolver): string[] {
  if (result.verdict === "invalid" || result.layers.length === 0) return [];
  const byKey = new Map(resolver.set.layers.map((l) => [`${l.id}@${l.version}`, l]));
  const chain = result.layers.map((k) => byKey.get(k));
  if (chain.some((l) => l === undefined)) return [];
  return resolver
    .merged(chain as Layer[])
    .rules.filter((x) => x.enabled)
    .map((x) => x.id);
}

/** The layers a test file runs against, and why they are refused when they are. */
export interface TestScope {
  resolver: PolicyResolver;
  problems: PolicyProblem[];
}
const scopes = new WeakMap<PolicyResolver, Map<number, TestScope>>();

/**
 * The layers a test file in the `index`-th folder runs against: those of that folder and the
 * folders before it. Problems: that subset alone is refused (e.g. a department layer whose
 * faculty layer is in a later folder).
 */
export function scopedResolver(resolver: PolicyResolver, index: number): TestScope {
  const set = resolver.set;
  if (index < 0 || index >= set.dirs.length - 1) return { resolver, problems: [] };
  const byIndex = scopes.get(resolver) ?? new Map<number, TestScope>();
  scopes.set(resolver, byIndex);
  let scope = byIndex.get(index);
  if (!scope) {
    const layers = set.layers.filter((l) => (l.source ?? 0) <= index);
    const sub = new PolicyResolver({ dirs: set.dirs.slice(0, index + 1), layers, problems: [] });
    scope = { resolver: sub, problems: layers.length === 0 ? [] : sub.check() };
    byIndex.set(index, scope);
  }
  return scope;
}

/** The index of the --policies folder a test file belongs to (`<dir>/tests/<file>`), or -1. */
export function folderOf(testFile: string, dirs: string[]): number {
  const dir = resolve(dirname(dirname(testFile)));
  return dirs.findIndex((d) => resolve(d) === dir);
}

/**
 * Runs every case of every test file, each file against the layers of its own folder and the
 * folders before it in `resolver.set.dirs` (a file outside them: against all). Problems in the
 * test files themselves are refused.
 */
export async function runPolicyTests(
  files: string[],
  resolver: PolicyResolver,
): Promise<{ outcomes: CaseOutcome[]; problems: PolicyProblem[] }> {
  const outcomes: CaseOutcome[] = [];
  const problems: PolicyProblem[] = [];
  const reported = new Set<number>();
  for (const path of files) {
    const loaded = loadTestFile(path);
    problems.push(...loaded.problems);
    const index = folderOf(path, resolver.set.dirs);
    const scope = scopedResolver(resolver, index);
    if (scope.problems.length > 0) {
      if (!reported.has(index))
        problems.push(outOfScope(loaded.file, resolver.set.dirs, index), ...scope.problems);
      reported.add(index);
      continue;
    }
    for (const c of loaded.cases) outcomes.push(await runCase(c, scope.resolver));
  }
  return { outcomes, problems };
}

/** Loads the layers of `dirs` (unless given) and runs the test files of every folder, each in its scope. */
export async function runPolicyTestDirs(
  dirs: string[],
  opts: { resolver?: PolicyResolver } = {},
): Promise<PolicyTestRun> {
  const resolver = opts.resolver ?? loadPolicies(dirs);
  const files = testFiles(dirs);
  return { files, ...(await runPolicyTests(files, resolver)) };
}

const TOP = { line: 1, column: 1 };

function outOfScope(file: string, dirs: string[], index: number): PolicyProblem {
  const scope = dirs
    .slice(0, index + 1)
    .map(displayPath)
    .join(", ");
  return problemAt(
    file,
    TOP,
    file,
    "test-scope",
    msg(POLICY_TEST.outOfScope, { dir: displayPath(dirs[index] ?? ""), scope }),
  );
}

const PROTO = msg(POLICY_TEST.protoInPatch);

const BOTH = msg(POLICY_TEST.patchAndAgreement);

function tooLarge(size: number): Messages {
  return msg(POLICY_TEST.tooLarge, { size, limit: MAX_TEST_BYTES });
}
