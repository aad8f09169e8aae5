/**
 * Evaluation with json-rules-engine. One engine per resolved policy, built once and reused.
 * json-rules-engine stops inside one rule's conditions as soon as the outcome is known, so each
 * branch of a rule's top-level `any` becomes an engine rule of its own: no defect hides another.
 * A `forEach` rule gives one finding per element of its list fact.
 */
import { Almanac, Engine, type TopLevelCondition } from "json-rules-engine";
import type { HomeOfficeAgreement } from "../../types/generated/agreement.js";
import { computeFacts, type FactValue, type ListElement } from "../catalogue/compute.js";
import { CUSTOM_OPERATORS } from "../catalogue/operators.js";
import { DAY_NAMES } from "../catalogue/words.js";
import { COMMON } from "../messages/common.js";
import type { Position } from "../parse/load.js";
import {
  branchesOf,
  type Condition,
  type ResolvedPolicy,
  type ResolvedRule,
  valueFact,
} from "../policy/model.js";
import { leaves, PLACEHOLDER } from "../policy/references.js";
import type { Finding, Lang, Messages } from "../types.js";

interface Branch {
  rule: ResolvedRule;
  path: string;
  message: Messages;
  forEach: string | null;
}

interface Compiled {
  engine: Engine;
  branches: Branch[];
  params: Record<string, unknown>;
  /** The agreement facts the conditions name; only these are handed to the engine. */
  used: string[];
}

/** Every fact a condition names, on either side. */
function factsOf(c: Condition, into: Set<string>): Set<string> {
  for (const [leaf] of leaves(c)) {
    into.add(leaf.fact);
    const ref = valueFact(leaf);
    if (ref !== null) into.add(ref);
  }
  return into;
}

const compiled = new WeakMap<ResolvedPolicy, Compiled>();

/** A condition as json-rules-engine takes it: an element of an `all` list. */
type EngineCondition = Extract<TopLevelCondition, { all: unknown }>["all"][number];

/** Strips our own keys (`path`, `message`, `forEach`) so json-rules-engine sees plain conditions. */
function plain(c: Condition): EngineCondition {
  if ("all" in c) return { all: c.all.map(plain) };
  if ("any" in c) return { any: c.any.map(plain) };
  if ("not" in c) return { not: plain(c.not) };
  return { fact: c.fact, operator: c.operator, value: c.value };
}

function topLevel(c: Condition): TopLevelCondition {
  if ("all" in c) return { all: c.all.map(plain) };
  if ("any" in c) return { any: c.any.map(plain) };
  if ("not" in c) return { not: plain(c.not) };
  return { all: [plain(c)] };
}

/** A plain property lookup instead of JSONPath: the fast resolver, and no JSONPath in the bundle. */
export const plainPath = (value: object, path: string): unknown => Reflect.get(value, path);

function compile(policy: ResolvedPolicy): Compiled {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: plainPath });
  for (const op of CUSTOM_OPERATORS) engine.addOperator(op);
  const params: Record<string, unknown> = {};
  for (const [name, p] of policy.params) {
    params[name] = p.value;
    // Constant facts need no cache; caching would hash every value on every run.
    engine.addFact(name, p.value, { cache: false });
  }
  const used = new Set<string>();
  const branches: Branch[] = [];
  for (const rule of policy.rules) {
    if (!rule.enabled) continue;
    factsOf(rule.when, used);
    for (const part of branchesOf(rule.when)) {
      const index = branches.length;
      branches.push({
        rule,
        path: part.path ?? rule.path,
        message: part.message ?? rule.message,
        forEach: part.forEach ?? rule.forEach,
      });
      engine.addRule({
        conditions: topLevel(part),
        event: { type: "violation", params: { index } },
        name: `${rule.id}#${index}`,
      });
    }
  }
  return { engine, branches, params, used: [...used].filter((f) => !policy.params.has(f)) };
}

/** 11 950 and 37,5 in Norwegian; 11,950 and 37.5 in English; at most two decimals. */
function formatNumber(n: number, lang: Lang): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole = "", fraction] = String(Math.abs(rounded)).split(".");
  const grouped =
    whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "nb" ? " " : ",") : whole;
  const sign = rounded < 0 ? "−" : "";
  return `${sign}${grouped}${fraction ? (lang === "nb" ? "," : ".") + fraction : ""}`;
}

export function formatValue(v: unknown, lang: Lang): string {
  if (v === null || v === undefined) return COMMON.missingValue[lang];
  if (typeof v === "number") return formatNumber(v, lang);
  if (typeof v === "boolean") return (v ? COMMON.yes : COMMON.no)[lang];
  if (Array.isArray(v)) return v.map((x) => (typeof x === "object" ? "" : formatValue(x, lang))).join(", ");
  if (typeof v === "object")
    return "start" in v && "end" in v && v.start && v.end ? `${v.start}–${v.end}` : "";
  return DAY_NAMES[lang][String(v)] ?? String(v);
}

function fill(
  template: string,
  lang: Lang,
  values: Record<string, unknown>,
  each: ListElement | undefined,
): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (name.startsWith("each.")) return formatValue(each?.[name.slice(5)], lang);
    return formatValue(values[name], lang);
  });
}

interface EvaluationContext {
  agreement: HomeOfficeAgreement;
  positionOf(pointer: string): Position;
}

/** Whether a fact's value is a list of elements (a forEach gives one finding per element). */
function isElementList(list: FactValue | undefined): list is ListElement[] {
  return Array.isArray(list) && list.length > 0 && typeof list[0] === "object";
}

/** Where a branch's finding points and what it says, for one element of its list or for the whole agreement. */
function placed(
  branch: Branch,
  values: Record<string, unknown>,
  each: ListElement | undefined,
): { path: string; message: Messages } {
  const path = each
    ? branch.path.includes("{index}")
      ? branch.path.replace("{index}", String(each.index))
      : each.pointer
    : branch.path;
  const message = {
    nb: fill(branch.message.nb, "nb", values, each),
    en: fill(branch.message.en, "en", values, each),
  };
  return { path, message };
}

/** Runs every enabled rule of the policy against one schema-valid agreement. */
export async function evaluate(policy: ResolvedPolicy, ctx: EvaluationContext): Promise<Finding[]> {
  let c = compiled.get(policy);
  if (!c) {
    c = compile(policy);
    compiled.set(policy, c);
  }
  const facts = computeFacts(ctx.agreement, c.params);
  const almanac = new Almanac({ allowUndefinedFacts: true, pathResolver: plainPath });
  for (const name of c.used) almanac.addFact(name, facts[name], { cache: false });
  const { events } = await c.engine.run({}, { almanac });
  let values: Record<string, unknown> | undefined;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    values ??= { ...c.params, ...facts };
    const branch = c.branches[Number(event.params?.index)];
    if (!branch) continue;
    const list = branch.forEach ? facts[branch.forEach] : undefined;
    for (const each of isElementList(list) ? list : [undefined]) {
      const { path, message } = placed(branch, values, each);
      const { rule } = branch;
      const key = `${rule.id}\u0000${path}\u0000${message.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const pos = ctx.positionOf(path);
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        section: rule.section || null,
        layer: rule.layer,
        message,
        path,
        line: pos.line,
        column: pos.column,
      });
    }
  }
  return findings;
}
