/**
 * The layering contract, in four lines:
 * 1. A parameter declared above may be set below only to a value of its declared type, in the direction its `override` allows (params.ts).
 * 2. A rule declared above may be changed below only to be stricter: severity up, enabled, mandatory, no exceptions.
 * 3. A mandatory rule is never disabled, never lowered; a non-mandatory one may be disabled or lowered.
 * 4. A faculty or department layer adds rules only under its own id (`ntnu-ie/…`), complete and from the catalogue.
 */
import { msg } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import { type Messages, SEVERITY_RANK } from "../types.js";
import type {
  Layer,
  PolicyProblem,
  ResolvedParam,
  ResolvedPolicy,
  ResolvedRule,
  RuleEntry,
} from "./model.js";
import { problemAt } from "./model.js";
import { mergeParams, origin, sameValue } from "./params.js";
import { readProblems } from "./reads.js";
import { checkRuleReferences } from "./references.js";
import { isLocal } from "./scope.js";

const CHANGE_KEYS = new Set(["id", "severity", "enabled", "mandatory", "exceptionAllowed"]);

function changeRule(
  prev: ResolvedRule,
  entry: RuleEntry,
  layer: Layer,
  ptr: string,
  problems: PolicyProblem[],
): ResolvedRule {
  const id = prev.id;
  const refuse = (key: string, guarantee: string, messages: Messages) =>
    problems.push(problemAt(layer, `${ptr}/${key}`, id, guarantee, messages));
  const badKeys = Object.keys(entry).filter((k) => !CHANGE_KEYS.has(k));
  if (badKeys.length > 0) {
    refuse(
      badKeys[0] ?? "id",
      "rule-change",
      msg(POLICY.ruleChangeNotAllowed, {
        rule: id,
        owner: prev.layer,
        keys: badKeys.join(", "),
        layer: layer.id,
      }),
    );
    return prev;
  }
  const next = { ...prev, changedBy: [...prev.changedBy, origin(layer, ptr)] };
  if (entry.severity !== undefined) {
    if (prev.mandatory && SEVERITY_RANK[entry.severity] < SEVERITY_RANK[prev.severity]) {
      refuse(
        "severity",
        "mandatory-severity",
        msg(POLICY.mandatorySeverityLowered, { rule: id, from: prev.severity, to: entry.severity }),
      );
    } else next.severity = entry.severity;
  }
  if (entry.enabled === false && prev.mandatory) {
    refuse("enabled", "mandatory-enabled", msg(POLICY.mandatoryDisabled, { rule: id, owner: prev.layer }));
  } else if (entry.enabled !== undefined) next.enabled = entry.enabled;
  if (entry.mandatory === false && prev.mandatory) {
    refuse("mandatory", "mandatory-kept", msg(POLICY.mandatoryMadeOptional, { rule: id }));
  } else if (entry.mandatory === true) next.mandatory = true;
  if (entry.exceptionAllowed === true && !prev.exceptionAllowed) {
    refuse("exceptionAllowed", "exception-allowed", msg(POLICY.exceptionsOpened, { rule: id }));
  } else if (entry.exceptionAllowed === false) next.exceptionAllowed = false;
  return next;
}

function addRule(
  entry: RuleEntry,
  layer: Layer,
  ptr: string,
  problems: PolicyProblem[],
): ResolvedRule | undefined {
  const id = entry.id;
  if (isLocal(layer) && !id.startsWith(`${layer.id}/`)) {
    problems.push(
      problemAt(
        layer,
        `${ptr}/id`,
        id,
        "rule-prefix",
        msg(POLICY.localRuleWithoutPrefix, { rule: id, layer: layer.id, name: id.split("/").pop() ?? "" }),
      ),
    );
    return undefined;
  }
  const missing = (["section", "quote", "severity", "when", "message"] as const).filter(
    (k) => entry[k] === undefined,
  );
  const { when } = entry;
  if (missing.length > 0 || when === undefined) {
    problems.push(
      problemAt(
        layer,
        ptr,
        id,
        "rule-complete",
        msg(POLICY.ruleIncomplete, { rule: id, missing: missing.join(", ") }),
      ),
    );
    return undefined;
  }
  return {
    id,
    layer: layer.id,
    section: entry.section ?? "",
    quote: entry.quote ?? "",
    severity: entry.severity ?? "error",
    mandatory: entry.mandatory ?? false,
    exceptionAllowed: entry.exceptionAllowed ?? false,
    enabled: entry.enabled ?? true,
    path: entry.path ?? "",
    forEach: entry.forEach ?? null,
    when,
    message: entry.message ?? { nb: "", en: "" },
    help: entry.help ?? null,
    declaredBy: origin(layer, ptr),
    changedBy: [],
  };
}

/** A new rule depends on its layer alone, so it is built once however many parents it is merged under. */
const addedMemo = new WeakMap<Layer, Map<number, { rule?: ResolvedRule; problems: PolicyProblem[] }>>();

function addedRule(
  entry: RuleEntry,
  layer: Layer,
  i: number,
  problems: PolicyProblem[],
): ResolvedRule | undefined {
  let byIndex = addedMemo.get(layer);
  if (!byIndex) {
    byIndex = new Map();
    addedMemo.set(layer, byIndex);
  }
  let made = byIndex.get(i);
  if (!made) {
    const own: PolicyProblem[] = [];
    made = { rule: addRule(entry, layer, `/rules/${i}`, own), problems: own };
    byIndex.set(i, made);
  }
  problems.push(...made.problems);
  return made.rule;
}

/**
 * The reference problems of a layer's new rules depend only on which parameters are in force, not
 * on their values, so they are checked once per layer and set of parameter names: a department
 * layer merged under many versions of its faculty is not checked anew each time.
 */
const referenceMemo = new WeakMap<Layer, Map<string, PolicyProblem[]>>();

function referenceProblems(
  added: [ResolvedRule, number][],
  params: Map<string, ResolvedParam>,
  layer: Layer,
): PolicyProblem[] {
  const key = [...params.keys()].sort().join(" ");
  let byNames = referenceMemo.get(layer);
  if (!byNames) {
    byNames = new Map();
    referenceMemo.set(layer, byNames);
  }
  let problems = byNames.get(key);
  if (!problems) {
    problems = added.flatMap(([rule, i]) => checkRuleReferences(rule, params, layer, i));
    byNames.set(key, problems);
  }
  return problems;
}

/** Applies one layer on top of a resolved parent (or none, for the root). Collects every problem. */
export function mergeLayer(
  parent: ResolvedPolicy | null,
  layer: Layer,
): { policy: ResolvedPolicy; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const before = parent?.params ?? new Map();
  const params = mergeParams(before, layer, problems);
  const changed = [...params.values()].filter((p) => {
    const prev = before.get(p.name);
    return prev !== undefined && !sameValue(prev.value, p.value);
  });
  problems.push(...readProblems(changed, parent?.rules ?? [], layer));
  const rules = [...(parent?.rules ?? [])];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const added: [ResolvedRule, number][] = [];
  const addedIds = new Set<string>();
  layer.rules.forEach((entry, i) => {
    const ptr = `/rules/${i}`;
    const at = index.get(entry.id);
    if (at !== undefined && !addedIds.has(entry.id)) {
      const prev = rules[at];
      if (prev) rules[at] = changeRule(prev, entry, layer, ptr, problems);
      return;
    }
    if (addedIds.has(entry.id)) {
      problems.push(
        problemAt(layer, `${ptr}/id`, entry.id, "unique-rule", msg(POLICY.ruleIdTwice, { rule: entry.id })),
      );
      return;
    }
    const rule = addedRule(entry, layer, i, problems);
    if (rule) {
      added.push([rule, i]);
      addedIds.add(rule.id);
      index.set(rule.id, rules.length);
      rules.push(rule);
    }
  });
  problems.push(...referenceProblems(added, params, layer));
  const layers = [...(parent?.layers ?? []), layer];
  return {
    policy: { key: layers.map((l) => `${l.id}@${l.version}`).join(" > "), layers, params, rules },
    problems,
  };
}
