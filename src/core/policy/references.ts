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
  type LeafCondition,
  type PolicyProblem,
  problemAt,
  type ResolvedParam,
  type ResolvedRule,
  valueFact,
} from "./model.js";

export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)?)\}/g;

function factAvailable(name: string, params: Map<string, ResolvedParam>): boolean {
  if (params.has(name)) return true;
  if (!Object.hasOwn(FACTS, name)) return false;
  return (FACTS[name]?.needs ?? []).every((p) => params.has(p));
}

/** The leaf conditions of a condition tree, each with its JSON pointer. */
export function* leaves(c: Condition, pointer = ""): Generator<[LeafCondition, string]> {
  if ("all" in c) {
    for (const [i, x] of c.all.entries()) yield* leaves(x, `${pointer}/all/${i}`);
  } else if ("any" in c) {
    for (const [i, x] of c.any.entries()) yield* leaves(x, `${pointer}/any/${i}`);
  } else if ("not" in c) {
    yield* leaves(c.not, `${pointer}/not`);
  } else {
    yield [c, pointer];
  }
}

/** Checks one rule as declared in a layer; `add` collects each problem at its pointer. */
class RuleChecker {
  readonly problems: PolicyProblem[] = [];
  private readonly base: string;

  constructor(
    private readonly rule: ResolvedRule,
    private readonly params: Map<string, ResolvedParam>,
    private readonly layer: Layer,
    index: number,
  ) {
    this.base = `/rules/${index}`;
  }

  private add(pointer: string, guarantee: string, messages: Messages): void {
    this.problems.push(problemAt(this.layer, pointer, this.rule.id, guarantee, messages));
  }

  private known(name: string): boolean {
    return factAvailable(name, this.params);
  }

  /** Every leaf names a known fact and operator, and a `{ fact }` value a known fact. */
  leaves(): void {
    const rule = this.rule.id;
    for (const [leaf, ptr] of leaves(this.rule.when, `${this.base}/when`)) {
      if (!this.known(leaf.fact)) {
        this.add(`${ptr}/fact`, "known-fact", msg(POLICY.unknownFact, { rule, name: leaf.fact }));
      }
      if (!OPERATOR_NAMES.has(leaf.operator)) {
        const allowed = [...OPERATOR_NAMES].join(", ");
        this.add(
          `${ptr}/operator`,
          "known-operator",
          msg(POLICY.unknownOperator, { rule, operator: leaf.operator, allowed }),
        );
      }
      const ref = valueFact(leaf);
      if (ref !== null && !this.known(ref)) {
        this.add(`${ptr}/value/fact`, "known-fact", msg(POLICY.unknownFact, { rule, name: ref }));
      }
    }
  }

  /** The rule itself, and each branch of a top-level `any`, may carry path, message and forEach. */
  branches(): void {
    const { rule, base } = this;
    const parts: [Condition | ResolvedRule, string][] = [[rule, base]];
    if ("any" in rule.when) {
      for (const [i, b] of rule.when.any.entries()) parts.push([b, `${base}/when/any/${i}`]);
    }
    for (const [c, ptr] of parts) {
      const own = typeof c.forEach === "string" ? c.forEach : undefined;
      const forEach = own ?? rule.forEach;
      const fields = this.listFields(forEach, own !== undefined ? `${ptr}/forEach` : `${base}/forEach`);
      if (typeof c.path === "string" && c.path.includes("{index}") && forEach === null) {
        this.add(`${ptr}/path`, "placeholder", msg(POLICY.indexWithoutForEach, { placeholder: "{index}" }));
      }
      for (const lang of ["nb", "en"] as const) {
        const text = c.message?.[lang];
        if (text) this.placeholders(text, `${ptr}/message/${lang}`, fields, forEach !== null);
      }
    }
  }

  /** The fields of the list fact a forEach names; a problem when it names no list fact. */
  private listFields(name: string | null, pointer: string): string[] | undefined {
    if (name === null) return undefined;
    const fields = FACTS[name]?.fields;
    if (!this.known(name) || !fields) {
      this.add(pointer, "known-fact", msg(POLICY.forEachNotListFact, { rule: this.rule.id, name }));
    }
    return fields;
  }

  /** Every placeholder of a message is a known fact, or a field of the forEach list. */
  private placeholders(text: string, ptr: string, fields: string[] | undefined, hasForEach: boolean): void {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? "";
      const placeholder = { placeholder: `{${name}}`, rule: this.rule.id };
      if (name.startsWith("each.")) {
        const field = name.slice(5);
        if (!fields || !(fields.includes(field) || field === "index")) {
          this.add(
            ptr,
            "placeholder",
            hasForEach && fields
              ? msg(POLICY.placeholderNotAField, { ...placeholder, fields: fields.join(", ") })
              : msg(POLICY.placeholderWithoutForEach, placeholder),
          );
        }
      } else if (name.includes(".") || !this.known(name)) {
        this.add(ptr, "placeholder", msg(POLICY.placeholderUnknown, placeholder));
      }
    }
  }
}

export function checkRuleReferences(
  rule: ResolvedRule,
  params: Map<string, ResolvedParam>,
  layer: Layer,
  index: number,
): PolicyProblem[] {
  const checker = new RuleChecker(rule, params, layer, index);
  checker.leaves();
  checker.branches();
  return checker.problems;
}
