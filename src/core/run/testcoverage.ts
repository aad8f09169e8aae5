/**
 * How well the policy tests cover the rules (SPEC 8.6). After a run, `testCoverage` lists the
 * rules no case makes fire and the rules no case keeps quiet (a case keeps a rule quiet when the
 * rule runs on its agreement and gives no finding); without running anything, `rulesWithoutCases`
 * lists the rules no case names at all, for `policy lint` to warn about.
 */
import { msg } from "../messages/index.js";
import { POLICY_TEST } from "../messages/policytest.js";
import type { Layer } from "../policy/model.js";
import type { PolicyResolver } from "../policy/resolve.js";
import type { Messages } from "../types.js";
import { type CaseOutcome, folderOf, loadTestFile, testFiles } from "./testcases.js";
import { namedRules } from "./testexpect.js";

/** A rule as declared: its id, the layer that declares it and where. */
export interface DeclaredRule {
  ruleId: string;
  layer: string;
  file: string;
  line: number;
  column: number;
  /** Index of the --policies folder of its layer. */
  folder: number;
}

export interface RuleCoverage extends DeclaredRule {
  /** Cases in which the rule gave a finding (or a waived one). */
  fires: number;
  /** Cases in which the rule ran and gave none. */
  quiet: number;
  /**
   * Quiet cases that change the agreement where a firing case of the rule changes it too: the
   * near misses, which show that the rule's condition has an edge, not only that the base passes.
   */
  nearMisses: number;
}

export interface PolicyTestCoverage {
  rules: RuleCoverage[];
  /** Rule ids no case makes fire. */
  neverFires: string[];
  /** Rule ids no case keeps quiet. */
  neverQuiet: string[];
  /** Rule ids with no near miss (a stricter form of neverQuiet). */
  noNearMiss: string[];
}

export interface UntestedRule extends DeclaredRule {
  messages: Messages;
}

/** Every rule the layers declare (an entry with conditions), once per id, in the order of the layers. */
export function declaredRules(layers: Layer[]): DeclaredRule[] {
  const out = new Map<string, DeclaredRule>();
  for (const l of layers) {
    l.rules.forEach((r, i) => {
      if (r.when === undefined || out.has(r.id)) return;
      const pos = l.positionOf(`/rules/${i}/id`);
      out.set(r.id, { ruleId: r.id, layer: l.id, file: l.file, ...pos, folder: l.source ?? 0 });
    });
  }
  return [...out.values()];
}

const overlaps = (p: string, q: string) =>
  p === q || p.startsWith(`${q}/`) || q.startsWith(`${p}/`) || p === "" || q === "";

/** Per rule of the layers in `resolver`: how many cases make it fire, keep it quiet, come near. */
export function testCoverage(outcomes: CaseOutcome[], resolver: PolicyResolver): PolicyTestCoverage {
  const rules = declaredRules(resolver.set.layers).map((d): RuleCoverage => {
    const firing = outcomes.filter((o) => o.fired.includes(d.ruleId));
    const quiet = outcomes.filter((o) => o.quiet.includes(d.ruleId));
    const edges = firing.flatMap((o) => o.touched);
    const near = quiet.filter((o) => o.touched.some((p) => edges.some((e) => overlaps(p, e))));
    return { ...d, fires: firing.length, quiet: quiet.length, nearMisses: near.length };
  });
  return {
    rules,
    neverFires: rules.filter((r) => r.fires === 0).map((r) => r.ruleId),
    neverQuiet: rules.filter((r) => r.quiet === 0).map((r) => r.ruleId),
    noNearMiss: rules.filter((r) => r.nearMisses === 0).map((r) => r.ruleId),
  };
}

/**
 * The rules no test case names in its expected findings or waived findings, for `policy lint` to
 * warn about (a warning, not a refusal). A rule of the i-th folder counts as named by the test
 * files of that folder and later ones (those that run against it). Test files that cannot be read
 * or are refused name nothing; `policy test` reports them.
 */
export function rulesWithoutCases(dirs: string[], resolver: PolicyResolver): UntestedRule[] {
  const named = new Map<string, number>();
  for (const path of testFiles(dirs)) {
    const folder = Math.max(folderOf(path, dirs), 0);
    let ids: string[] = [];
    try {
      ids = loadTestFile(path).cases.flatMap((c) => namedRules(c.expect));
    } catch {
      continue;
    }
    for (const id of ids) named.set(id, Math.max(named.get(id) ?? -1, folder));
  }
  return declaredRules(resolver.set.layers)
    .filter((r) => (named.get(r.ruleId) ?? -1) < r.folder)
    .map((r) => ({ ...r, messages: untested(r, dirs) }));
}

function untested(r: DeclaredRule, dirs: string[]): Messages {
  const dir = dirs[r.folder] ?? dirs[0] ?? "policies";
  return msg(POLICY_TEST.ruleWithoutCases, { rule: r.ruleId, dir });
}
