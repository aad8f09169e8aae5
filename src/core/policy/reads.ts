/**
 * A parameter's `override` says which way a lower layer may move it; this checks that every
 * mandatory rule above that reads the parameter only fires more when it moves that way
 * (SPEC 5.5). Each leaf comparison is monotone in its fact side and its value side in a known
 * direction (or in none); a `not` flips it. A parameter read in a way whose direction is unknown
 * (`equal`, an element of `contains`, an `override: free` parameter) cannot be changed below.
 */
import { msg } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import type { Condition, Layer, LeafCondition, PolicyProblem, ResolvedParam, ResolvedRule } from "./model.js";
import { branchesOf, problemAt, valueFact } from "./model.js";

type Dir = -1 | 0 | 1;

/** How a leaf's truth moves as its fact side grows, and as its value side grows (0: unknown). */
const OPERATOR_DIRS: Record<string, [Dir, Dir]> = {
  greaterThan: [1, -1],
  greaterThanInclusive: [1, -1],
  after: [1, -1],
  onOrAfter: [1, -1],
  lessThan: [-1, 1],
  lessThanInclusive: [-1, 1],
  before: [-1, 1],
  onOrBefore: [-1, 1],
  contains: [1, 0],
  doesNotContain: [-1, 0],
  in: [0, 1],
  notIn: [0, -1],
  containsAny: [1, 1],
  missingAny: [-1, 1],
};

/** Facts the core derives from a parameter, and how each moves as the parameter grows. */
const DERIVED: Record<string, Record<string, Dir>> = {
  durationLimit: { maxAgreementMonths: 1 },
  lastAllowedEnd: { maxAgreementMonths: 1 },
  weeksBelowMinCampusDays: { minCampusDaysPerWeek: 1 },
  missingCoveredEquipment: { coveredEquipment: 1 },
  coreTimeStart: { coreTime: 0 },
  coreTimeEnd: { coreTime: 0 },
};

/** Which way a parameter moves when a lower layer tightens it (0: either way may be allowed). */
const TIGHTENING: Record<ResolvedParam["override"], Dir> = {
  lower: -1,
  higher: 1,
  subset: -1,
  superset: 1,
  fixed: 0,
  free: 0,
};

/** How the name (a fact or the parameter itself) moves as the parameter grows; null: unrelated. */
function dependence(name: string | null, param: string): Dir | null {
  if (name === param) return 1;
  if (name === null || !Object.hasOwn(DERIVED, name)) return null;
  const d = DERIVED[name];
  return d && Object.hasOwn(d, param) ? (d[param] ?? null) : null;
}

function operatorDirs(leaf: LeafCondition): [Dir, Dir] {
  const op = leaf.operator;
  if (op === "notEmpty") return [leaf.value === true ? 1 : -1, 0];
  return (Object.hasOwn(OPERATOR_DIRS, op) ? OPERATOR_DIRS[op] : undefined) ?? [0, 0];
}

/** Whether a leaf can only become true more often as the parameter moves by `t` (`sign` -1: under a `not`). */
function leafMonotone(leaf: LeafCondition, param: string, t: Dir, sign: Dir): boolean {
  const [factDir, valueDir] = operatorDirs(leaf);
  const sides: [string | null, Dir][] = [
    [leaf.fact, factDir],
    [valueFact(leaf), valueDir],
  ];
  for (const [name, dir] of sides) {
    const d = dependence(name, param);
    if (d !== null && d * dir * sign * t <= 0) return false;
  }
  return true;
}

/**
 * Whether the condition can only become true more often as the parameter moves by `t`; false
 * when some leaf that reads it could become false.
 */
function monotone(c: Condition, param: string, t: Dir, sign: Dir): boolean {
  if ("all" in c) return c.all.every((x) => monotone(x, param, t, sign));
  if ("any" in c) return c.any.every((x) => monotone(x, param, t, sign));
  if ("not" in c) return monotone(c.not, param, t, flip(sign));
  return leafMonotone(c, param, t, sign);
}

function flip(d: Dir): Dir {
  return d === 1 ? -1 : d === -1 ? 1 : 0;
}

/** Whether every forEach list the rule reads keeps its elements as the parameter moves by `t`. */
function listsGrow(rule: ResolvedRule, param: string, t: Dir): boolean {
  // The rule's own list, and each branch's (a top-level any's branches, or the single top-level condition).
  const lists = [rule.forEach, ...branchesOf(rule.when).map((b) => b.forEach ?? null)];
  return lists.every((name) => {
    const d = dependence(name, param);
    return d === null || d * t > 0;
  });
}

/** Whether a rule reads the parameter at all: in its conditions or as the list of its forEach. */
function reads(rule: ResolvedRule, param: string): boolean {
  const text = JSON.stringify(rule.when);
  const names = [param, ...Object.keys(DERIVED).filter((f) => dependence(f, param) !== null)];
  return names.some((n) => text.includes(`"${n}"`) || rule.forEach === n);
}

/**
 * Problems of a layer that changes parameters read by mandatory rules above it in a way that
 * could make them fire less. `changed` are the parameters the layer set to a new value.
 */
export function readProblems(
  changed: ResolvedParam[],
  rulesAbove: ResolvedRule[],
  layer: Layer,
): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  for (const p of changed) {
    const t = TIGHTENING[p.override];
    for (const rule of rulesAbove) {
      if (!rule.mandatory || !rule.enabled || !reads(rule, p.name)) continue;
      if (t !== 0 && listsGrow(rule, p.name, t) && monotone(rule.when, p.name, t, 1)) continue;
      out.push(
        problemAt(
          layer,
          `/parameters/${p.name}/value`,
          p.name,
          "parameter-read",
          msg(POLICY.parameterReadByMandatoryRule, {
            name: p.name,
            rule: rule.id,
            file: rule.declaredBy.file,
            line: rule.declaredBy.line,
            owner: rule.layer,
          }),
        ),
      );
      break;
    }
  }
  return out;
}
