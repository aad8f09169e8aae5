/**
 * A rule may name only facts of the catalogue (or parameters in force), operators of the
 * catalogue, and placeholders that such facts fill. Checked when a rule is declared.
 */
import { FACTS } from "../catalogue/facts.js";
import { OPERATOR_NAMES } from "../catalogue/operators.js";
import { msg } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import type { Messages } from "../types.js";
import {
  type Condition,
  type Layer,
  type PolicyProblem,
  problemAt,
  type ResolvedParam,
  type ResolvedRule,
} from "./model.js";

export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)?)\}/g;

export function factAvailable(name: string, params: Map<string, ResolvedParam>): boolean {
  if (params.has(name)) return true;
  if (!Object.hasOwn(FACTS, name)) return false;
  return (FACTS[name]?.needs ?? []).every((p) => params.has(p));
}

/** The leaf conditions of a condition tree, each with its JSON pointer. */
export function* leaves(c: Condition, pointer = ""): Generator<[Condition, string]> {
  for (const key of ["all", "any"] as const) {
    const list = c[key];
    if (Array.isArray(list)) {
      for (let i = 0; i < list.length; i++) yield* leaves(list[i] as Condition, `${pointer}/${key}/${i}`);
      return;
    }
  }
  if (c.not && typeof c.not === "object") {
    yield* leaves(c.not as Condition, `${pointer}/not`);
    return;
  }
  yield [c, pointer];
}

export function checkRuleReferences(
  rule: ResolvedRule,
  params: Map<string, ResolvedParam>,
  layer: Layer,
  index: number,
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const base = `/rules/${index}`;
  const add = (pointer: string, guarantee: string, messages: Messages) =>
    problems.push(problemAt(layer, pointer, rule.id, guarantee, messages));

  const unknownFact = (name: string, pointer: string) =>
    add(pointer, "known-fact", msg(POLICY.unknownFact, { rule: rule.id, name }));
  const listFields = (name: string | null, pointer: string): string[] | undefined => {
    if (name === null) return undefined;
    const fields = FACTS[name]?.fields;
    if (!factAvailable(name, params) || !fields) {
      add(pointer, "known-fact", msg(POLICY.forEachNotListFact, { rule: rule.id, name }));
    }
    return fields;
  };
  for (const [leaf, ptr] of leaves(rule.when, `${base}/when`)) {
    const fact = String(leaf.fact);
    if (!factAvailable(fact, params)) unknownFact(fact, `${ptr}/fact`);
    const op = String(leaf.operator);
    if (!OPERATOR_NAMES.has(op)) {
      add(
        `${ptr}/operator`,
        "known-operator",
        msg(POLICY.unknownOperator, { rule: rule.id, operator: op, allowed: [...OPERATOR_NAMES].join(", ") }),
      );
    }
    const value = leaf.value as { fact?: unknown } | null;
    if (value && typeof value === "object" && !Array.isArray(value) && typeof value.fact === "string") {
      if (!factAvailable(value.fact, params)) unknownFact(value.fact, `${ptr}/value/fact`);
    }
  }
  // The rule itself, and each branch of a top-level `any`, may carry path, message and forEach.
  const branches: [Condition, string][] = [[rule as unknown as Condition, base]];
  if (Array.isArray(rule.when.any)) {
    for (const [i, b] of (rule.when.any as Condition[]).entries())
      branches.push([b, `${base}/when/any/${i}`]);
  }
  for (const [c, ptr] of branches) {
    const forEach = typeof c.forEach === "string" ? c.forEach : rule.forEach;
    const fields = listFields(forEach, typeof c.forEach === "string" ? `${ptr}/forEach` : `${base}/forEach`);
    if (typeof c.path === "string" && c.path.includes("{index}") && forEach === null) {
      add(`${ptr}/path`, "placeholder", msg(POLICY.indexWithoutForEach, { placeholder: "{index}" }));
    }
    const m = c.message as { nb?: string; en?: string } | undefined;
    for (const lang of ["nb", "en"] as const) {
      const text = m?.[lang];
      if (text) checkPlaceholders(text, `${ptr}/message/${lang}`, fields, forEach !== null);
    }
  }
  function checkPlaceholders(text: string, ptr: string, fields: string[] | undefined, hasForEach: boolean) {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? "";
      const placeholder = { placeholder: `{${name}}`, rule: rule.id };
      if (name.startsWith("each.")) {
        const field = name.slice(5);
        if (!fields || !(fields.includes(field) || field === "index")) {
          add(
            ptr,
            "placeholder",
            hasForEach && fields
              ? msg(POLICY.placeholderNotAField, { ...placeholder, fields: fields.join(", ") })
              : msg(POLICY.placeholderWithoutForEach, placeholder),
          );
        }
      } else if (name.includes(".") || !factAvailable(name, params)) {
        add(ptr, "placeholder", msg(POLICY.placeholderUnknown, placeholder));
      }
    }
  }
  return problems;
}
