/**
 * A rule may name only facts of the catalogue (or parameters in force), operators of the
 * catalogue, and placeholders that such facts fill. Checked when a rule is declared.
 */
import { FACTS } from "../catalogue/facts.js";
import { OPERATOR_NAMES } from "../catalogue/operators.js";
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
  const add = (pointer: string, guarantee: string, nb: string, en: string) =>
    problems.push(problemAt(layer, pointer, rule.id, guarantee, nb, en));

  const unknownFact = (name: string, pointer: string) =>
    add(
      pointer,
      "known-fact",
      `Regelen ${rule.id} bruker det ukjente faktumet «${name}». Se «hjemmekontor policy facts» for katalogen.`,
      `The rule ${rule.id} names the unknown fact "${name}". See "hjemmekontor policy facts" for the catalogue.`,
    );
  const listFields = (name: string | null, pointer: string): string[] | undefined => {
    if (name === null) return undefined;
    const fields = FACTS[name]?.fields;
    if (!factAvailable(name, params) || !fields) {
      add(
        pointer,
        "known-fact",
        `forEach i ${rule.id} må navngi en listefakta fra katalogen, ikke «${name}».`,
        `forEach in ${rule.id} must name a list fact of the catalogue, not "${name}".`,
      );
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
        `Regelen ${rule.id} bruker den ukjente operatoren «${op}». Tillatt: ${[...OPERATOR_NAMES].join(", ")}.`,
        `The rule ${rule.id} names the unknown operator "${op}". Allowed: ${[...OPERATOR_NAMES].join(", ")}.`,
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
      add(`${ptr}/path`, "placeholder", "{index} i path krever forEach.", "{index} in path needs forEach.");
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
      if (name.startsWith("each.")) {
        const field = name.slice(5);
        if (!fields || !(fields.includes(field) || field === "index")) {
          add(
            ptr,
            "placeholder",
            `Plassholderen {${name}} i ${rule.id} fylles ikke: ${hasForEach && fields ? `feltene er ${fields.join(", ")}` : "grenen har ingen forEach"}.`,
            `The placeholder {${name}} in ${rule.id} is never filled: ${hasForEach && fields ? `the fields are ${fields.join(", ")}` : "the branch has no forEach"}.`,
          );
        }
      } else if (name.includes(".") || !factAvailable(name, params)) {
        add(
          ptr,
          "placeholder",
          `Plassholderen {${name}} i ${rule.id} navngir ikke et faktum eller en parameter.`,
          `The placeholder {${name}} in ${rule.id} names no fact or parameter.`,
        );
      }
    }
  }
  return problems;
}
