/**
 * `explain` (SPEC 8.4): why an agreement got the findings it got. The findings come from the very
 * path `validate` takes (validateText); the explanation beside them evaluates every leaf of every
 * rule's conditions with json-rules-engine and the same operators, without stopping early, so a
 * manager sees each fact's value, each comparison and its result, and why a rule gave no finding.
 */
import { Engine, type TopLevelCondition } from "json-rules-engine";
import type { HomeOfficeAgreement } from "../../types/generated/agreement.js";
import { computeFacts, type FactValue } from "../catalogue/facts.js";
import { CUSTOM_OPERATORS } from "../catalogue/operators.js";
import { parseYaml } from "../parse/load.js";
import type { Condition, ResolvedRule } from "../policy/model.js";
import type { PolicyResolver } from "../policy/resolve.js";
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

export type RuleOutcome = "finding" | "waived" | "quiet" | "disabled";

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

/** Strips our own keys (`path`, `message`, `forEach`) so json-rules-engine sees a plain leaf. */
function plainLeaf(c: Condition): Condition {
  return { fact: c.fact, operator: c.operator, value: c.value };
}

/** Collects every leaf of a condition tree, in order. */
function collectLeaves(c: Condition, into: Condition[]): Condition[] {
  for (const key of ["all", "any"] as const) {
    const list = c[key];
    if (Array.isArray(list)) {
      for (const x of list) collectLeaves(x as Condition, into);
      return into;
    }
  }
  if (c.not && typeof c.not === "object") return collectLeaves(c.not as Condition, into);
  into.push(c);
  return into;
}

/** Evaluates every leaf at once: one engine rule per leaf, so none is skipped by short-circuiting. */
async function evaluateLeaves(
  leaves: Condition[],
  values: Record<string, unknown>,
): Promise<Map<Condition, { result: boolean; actual: unknown }>> {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: (o, p) => (o as never)[p] });
  for (const op of CUSTOM_OPERATORS) engine.addOperator(op);
  for (const [i, leaf] of leaves.entries()) {
    engine.addRule({
      conditions: { all: [plainLeaf(leaf)] } as unknown as TopLevelCondition,
      event: { type: "leaf", params: { i } },
      name: String(i),
    });
  }
  const facts: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) facts[k] = v;
  const { results, failureResults } = await engine.run(facts);
  const out = new Map<Condition, { result: boolean; actual: unknown }>();
  for (const r of [...results, ...failureResults]) {
    const leaf = leaves[Number(r.name)];
    const first = (r.conditions as unknown as { all: { factResult?: unknown }[] }).all[0];
    if (leaf) out.set(leaf, { result: r.result === true, actual: first?.factResult });
  }
  return out;
}

function explainTree(
  c: Condition,
  leafResults: Map<Condition, { result: boolean; actual: unknown }>,
  values: Record<string, unknown>,
): ExplainedCondition {
  for (const key of ["all", "any"] as const) {
    const list = c[key];
    if (Array.isArray(list)) {
      const children = list.map((x) => explainTree(x as Condition, leafResults, values));
      const result = key === "all" ? children.every((x) => x.result) : children.some((x) => x.result);
      return { kind: key, result, children };
    }
  }
  if (c.not && typeof c.not === "object") {
    const child = explainTree(c.not as Condition, leafResults, values);
    return { kind: "not", result: !child.result, child };
  }
  const r = leafResults.get(c);
  const ref = c.value as { fact?: unknown } | null;
  const valueFact = ref && typeof ref === "object" && typeof ref.fact === "string" ? ref.fact : null;
  return {
    kind: "leaf",
    result: r?.result ?? false,
    fact: String(c.fact),
    operator: String(c.operator),
    value: c.value,
    valueFact,
    actual: r?.actual ?? values[String(c.fact)] ?? null,
    expected: valueFact !== null ? (values[valueFact] ?? null) : c.value,
  };
}

function branchesOf(rule: ResolvedRule): Condition[] {
  return Array.isArray(rule.when.any) ? (rule.when.any as Condition[]) : [rule.when];
}

function reasonOf(rule: ResolvedRule, outcome: RuleOutcome): Messages | null {
  if (outcome === "finding") return null;
  if (outcome === "disabled") {
    const by = rule.changedBy.map((o) => o.layer).join(", ") || rule.layer;
    return { nb: `Regelen er slått av (av ${by}).`, en: `The rule is disabled (by ${by}).` };
  }
  if (outcome === "waived")
    return {
      nb: "Regelen slo til, men avtalen har et godkjent unntak for den (exceptions).",
      en: "The rule fired, but the agreement has an approved exception for it (exceptions).",
    };
  return {
    nb: "Ingen gren av betingelsene er oppfylt for denne avtalen, så regelen gir ikke noe funn.",
    en: "No branch of the conditions holds for this agreement, so the rule gives no finding.",
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
  const leaves = rules.flatMap((r) => collectLeaves(r.when, []));
  const leafResults = await evaluateLeaves(leaves, values);
  return {
    file,
    only: rule ?? null,
    result,
    layers: policy.layers.map((l) => ({ id: l.id, version: l.version, file: l.file, example: l.example })),
    facts,
    parameters,
    rules: rules.map((r) => {
      const findings = result.findings.filter((f) => f.ruleId === r.id);
      const waived = result.waived.filter((f) => f.ruleId === r.id);
      const outcome: RuleOutcome = !r.enabled
        ? "disabled"
        : findings.length > 0
          ? "finding"
          : waived.length > 0
            ? "waived"
            : "quiet";
      return {
        id: r.id,
        layer: r.layer,
        section: r.section,
        quote: r.quote,
        severity: r.severity,
        mandatory: r.mandatory,
        exceptionAllowed: r.exceptionAllowed,
        enabled: r.enabled,
        branches: branchesOf(r).map((b) => explainTree(b, leafResults, values)),
        outcome,
        findings,
        waived,
        reason: reasonOf(r, outcome),
      };
    }),
  };
}
