/**
 * A parameter's `override` says which way a lower layer may move it; this checks that every
 * mandatory rule above that reads the parameter only fires more when it moves that way
 * (SPEC 5.5). Each leaf comparison is monotone in its fact side and its value side in a known
 * direction (or in none); a `not` flips it. A parameter read in a way whose direction is unknown
 * (`equal`, an element of `contains`, an `override: free` parameter) cannot be changed below.
 */
import { msg } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import type { Condition, Layer, PolicyProblem, ResolvedParam, ResolvedRule } from "./model.js";
import { problemAt } from "./model.js";

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
function dependence(name: unknown, param: string): Dir | null {
  if (name === param) return 1;
  if (typeof name !== "string" || !Object.hasOwn(DERIVED, name)) return null;
  const d = DERIVED[name] as Record<string, Dir>;
  return Object.hasOwn(d, param) ? (d[param] as Dir) : null;
}

function operatorDirs(leaf: Condition): [Dir, Dir] {
  const op = String(leaf.operator);
  if (op === "notEmpty") return [leaf.value === true ? 1 : -1, 0];
  return Object.hasOwn(OPERATOR_DIRS, op) ? (OPERATOR_DIRS[op] as [Dir, Dir]) : [0, 0];
}

/**
 * Whether the condition can only become true more often as the parameter moves by `t`; false
 * when some leaf that reads it could become false.
 */
function monotone(c: Condition, param: string, t: Dir, sign: Dir): boolean {
  for (const key of ["all", "any"] as const) {
    const list = c[key];
    if (Array.isArray(list)) return list.every((x) => monotone(x as Condition, param, t, sign));
  }
  if (c.not && typeof c.not === "object") return monotone(c.not as Condition, param, t, -sign as Dir);
  const ref = c.value as { fact?: unknown } | null;
  const sides: [unknown, number][] = [
    [c.fact, 0],
    [ref && typeof ref === "object" && !Array.isArray(ref) ? ref.fact : undefined, 1],
  ];
  const dirs = operatorDirs(c);
  for (const [name, side] of sides) {
    const d = dependence(name, param);
    if (d === null) continue;
    if (d * (dirs[side] as Dir) * sign * t <= 0) return false;
  }
  return true;
}

/** Whether every forEach list the rule reads keeps its elements as the parameter moves by `t`. */
function listsGrow(rule: ResolvedRule, param: string, t: Dir): boolean {
  const lists = [
    rule.forEach,
    ...(Array.isArray(rule.when.any) ? (rule.when.any as Condition[]) : []).map((b) => b.forEach),
  ];
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
