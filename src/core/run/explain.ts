/**
 * `explain` (SPEC 8.4): why an agreement got the findings it got. The findings come from the very
 * path `validate` takes (validateText); the explanation beside them evaluates every leaf of every
 * rule's conditions with json-rules-engine and the same operators, without stopping early, so a
 * manager sees each fact's value, each comparison and its result, and why a rule gave no finding.
 */
import { Engine, type TopLevelConditionResult } from "json-rules-engine";
import type { HomeOfficeAgreement } from "../../types/generated/agreement.js";
import { computeFacts, type FactValue } from "../catalogue/compute.js";
import { CUSTOM_OPERATORS } from "../catalogue/operators.js";
import { EXPLAIN } from "../messages/explain.js";
import { msg } from "../messages/index.js";
import { parseYaml } from "../parse/load.js";
import {
  branchesOf,
  type Condition,
  type LeafCondition,
  type ResolvedRule,
  valueFact as valueFactOf,
} from "../policy/model.js";
import { leaves } from "../policy/references.js";
import type { PolicyResolver } from "../policy/resolve.js";
import { plainPath } from "../rules/evaluate.js";
import type { FileResult, Finding, Messages, Severity } from "../types.js";
import { validateText } from "./validate.js";

/** A node of a rule's condition tree with its result for this agreement. */
export type ExplainedCondition =
  | { kind: "all" | "any"; result: boolean; children: ExplainedCondition[] }
  | { kind: "not"; result: boolean; child: ExplainedCondition }
  | {
      kind: "leaf";
      result: boolean;
      fact: string;
      operator: string;
      /** The literal value, or the name of the fact/parameter the value refers to. */
      value: unknown;
      valueFact: string | null;
      actual: unknown;
      expected: unknown;
    };

type RuleOutcome = "finding" | "waived" | "quiet" | "disabled";

export interface ExplainedRule {
  id: string;
  layer: string;
  section: string;
  quote: string;
  severity: Severity;
  mandatory: boolean;
  exceptionAllowed: boolean;
  enabled: boolean;
  /** Each branch of a top-level `any` is a check of its own (as in evaluation). */
  branches: ExplainedCondition[];
  outcome: RuleOutcome;
  findings: Finding[];
  waived: Finding[];
  /** Why there is no finding, when there is none. */
  reason: Messages | null;
}

export interface Explanation {
  file: string;
  /** The one rule asked for, or null for all. */
  only: string | null;
  result: FileResult;
  layers: { id: string; version: string; file: string; example: boolean }[];
  facts: Record<string, FactValue>;
  parameters: Record<string, unknown>;
  rules: ExplainedRule[];
}

type LeafResults = Map<LeafCondition, { result: boolean; actual: unknown }>;

/** The value the engine compared, from the result of a rule `{ all: [leaf] }`. */
function factResultOf(conditions: TopLevelConditionResult): unknown {
  const first = "all" in conditions ? conditions.all[0] : undefined;
  return first && "factResult" in first ? first.factResult : undefined;
}

/** Evaluates every leaf at once: one engine rule per leaf, so none is skipped by short-circuiting. */
async function evaluateLeaves(list: LeafCondition[], values: Record<string, unknown>): Promise<LeafResults> {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: plainPath });
  for (const op of CUSTOM_OPERATORS) engine.addOperator(op);
  for (const [i, leaf] of list.entries()) {
    engine.addRule({
      // Our own keys (`path`, `message`, `forEach`) stripped: json-rules-engine sees a plain leaf.
      conditions: { all: [{ fact: leaf.fact, operator: leaf.operator, value: leaf.value }] },
      event: { type: "leaf", params: { i } },
      name: String(i),
    });
  }
  const facts: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) facts[k] = v;
  const { results, failureResults } = await engine.run(facts);
  const out: LeafResults = new Map();
  for (const r of [...results, ...failureResults]) {
    const leaf = list[Number(r.name)];
    if (leaf) out.set(leaf, { result: r.result === true, actual: factResultOf(r.conditions) });
  }
  return out;
}

function explainLeaf(
  leaf: LeafCondition,
  leafResults: LeafResults,
  values: Record<string, unknown>,
): ExplainedCondition {
  const r = leafResults.get(leaf);
  const valueFact = valueFactOf(leaf);
  return {
    kind: "leaf",
    result: r?.result ?? false,
    fact: leaf.fact,
    operator: leaf.operator,
    value: leaf.value,
    valueFact,
    actual: r?.actual ?? values[leaf.fact] ?? null,
    expected: valueFact !== null ? (values[valueFact] ?? null) : leaf.value,
  };
}

function explainTree(
  c: Condition,
  leafResults: LeafResults,
  values: Record<string, unknown>,
): ExplainedCondition {
  if ("all" in c) {
    const children = c.all.map((x) => explainTree(x, leafResults, values));
    return { kind: "all", result: children.every((x) => x.result), children };
  }
  if ("any" in c) {
    const children = c.any.map((x) => explainTree(x, leafResults, values));
    return { kind: "any", result: children.some((x) => x.result), children };
  }
  if ("not" in c) {
    const child = explainTree(c.not, leafResults, values);
    return { kind: "not", result: !child.result, child };
  }
  return explainLeaf(c, leafResults, values);
}

function reasonOf(rule: ResolvedRule, outcome: RuleOutcome): Messages | null {
  if (outcome === "finding") return null;
  if (outcome === "disabled") {
    const layers = rule.changedBy.map((o) => o.layer).join(", ") || rule.layer;
    return msg(EXPLAIN.ruleDisabled, { layers });
  }
  return msg(outcome === "waived" ? EXPLAIN.ruleWaived : EXPLAIN.ruleQuiet);
}

function outcomeOf(rule: ResolvedRule, findings: Finding[], waived: Finding[]): RuleOutcome {
  if (!rule.enabled) return "disabled";
  if (findings.length > 0) return "finding";
  return waived.length > 0 ? "waived" : "quiet";
}

function explainRule(
  r: ResolvedRule,
  result: FileResult,
  leafResults: LeafResults,
  values: Record<string, unknown>,
): ExplainedRule {
  const findings = result.findings.filter((f) => f.ruleId === r.id);
  const waived = result.waived.filter((f) => f.ruleId === r.id);
  const outcome = outcomeOf(r, findings, waived);
  return {
    id: r.id,
    layer: r.layer,
    section: r.section,
    quote: r.quote,
    severity: r.severity,
    mandatory: r.mandatory,
    exceptionAllowed: r.exceptionAllowed,
    enabled: r.enabled,
    branches: branchesOf(r.when).map((b) => explainTree(b, leafResults, values)),
    outcome,
    findings,
    waived,
    reason: reasonOf(r, outcome),
  };
}

/**
 * Explains one agreement's text under the policy the resolver finds for it; `rule` narrows the
 * rules explained to one id. An agreement that does not parse or breaks the schema is explained
 * by its findings alone.
 */
export async function explainText(
  file: string,
  text: string,
  resolver: PolicyResolver,
  rule?: string,
): Promise<Explanation> {
  const { result } = await validateText(file, text, { resolver });
  const empty: Explanation = {
    file,
    only: rule ?? null,
    result,
    layers: [],
    facts: {},
    parameters: {},
    rules: [],
  };
  if (result.verdict === "invalid") return empty;
  const agreement = parseYaml(text).value as HomeOfficeAgreement;
  const { faculty, department } = agreement.employee.unit;
  const resolved = resolver.resolve(faculty, department, agreement.period.start);
  const policy = resolved.policy;
  if (!policy) return empty;
  const parameters: Record<string, unknown> = {};
  for (const [name, p] of policy.params) parameters[name] = p.value;
  const facts = computeFacts(agreement, parameters);
  const values: Record<string, unknown> = { ...parameters, ...facts };
  const rules = policy.rules.filter((r) => rule === undefined || r.id === rule);
  const leafResults = await evaluateLeaves(
    rules.flatMap((r) => [...leaves(r.when)].map(([leaf]) => leaf)),
    values,
  );
  return {
    file,
    only: rule ?? null,
    result,
    layers: policy.layers.map((l) => ({ id: l.id, version: l.version, file: l.file, example: l.example })),
    facts,
    parameters,
    rules: rules.map((r) => explainRule(r, result, leafResults, values)),
  };
}
