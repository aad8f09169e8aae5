/**
 * The operators a policy may name: json-rules-engine's built-ins plus a few of ours. None takes
 * a regular expression or code, so no policy can make evaluation backtrack or run anything.
 */
import { Operator } from "json-rules-engine";

export const BUILTIN_OPERATORS = [
  "equal",
  "notEqual",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
] as const;

const isText = (v: unknown): v is string => typeof v === "string";

/** ISO dates (YYYY-MM-DD) and times (HH:MM) order correctly as text; null never compares. */
function ordered(name: string, test: (a: string, b: string) => boolean): Operator {
  return new Operator<unknown, unknown>(
    name,
    (a, b) => isText(a) && isText(b) && a.length === b.length && test(a, b),
  );
}

export const CUSTOM_OPERATORS: Operator[] = [
  // json-rules-engine's own `in` and `notIn` call `value.indexOf` and throw when a policy gives a
  // value that is not a list; these replace them (same names) and are false instead.
  new Operator<unknown, unknown>("in", (a, b) => Array.isArray(b) && b.includes(a)),
  new Operator<unknown, unknown>("notIn", (a, b) => Array.isArray(b) && !b.includes(a)),
  ordered("before", (a, b) => a < b),
  ordered("after", (a, b) => a > b),
  ordered("onOrBefore", (a, b) => a <= b),
  ordered("onOrAfter", (a, b) => a >= b),
  /** `{ operator: notEmpty, value: true }`: the fact is a list with at least one element. */
  new Operator<unknown, unknown>("notEmpty", (a, b) => Array.isArray(a) && a.length > 0 === (b === true)),
  /** `{ operator: containsAny, value: [a, b] }`: the list fact holds at least one of the values. */
  new Operator<unknown, unknown>(
    "containsAny",
    (a, b) => Array.isArray(a) && Array.isArray(b) && a.some((x) => b.includes(x)),
  ),
  /** `{ operator: missingAny, value: [a, b] }`: the list fact lacks at least one of the values. */
  new Operator<unknown, unknown>(
    "missingAny",
    (a, b) => Array.isArray(a) && Array.isArray(b) && b.some((x) => !a.includes(x)),
  ),
];

export const OPERATOR_NAMES: ReadonlySet<string> = new Set<string>([
  ...BUILTIN_OPERATORS,
  ...CUSTOM_OPERATORS.map((o) => o.name),
]);
