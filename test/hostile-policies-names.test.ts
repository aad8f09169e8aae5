/**
 * Hostile policy layers that name what the catalogue lacks or shape what json-rules-engine would
 * give more power: unknown facts, operators and placeholders, condition values and leaf keys the
 * schema refuses, and ids, `extends` and rule prefixes that would reach outside the layer. Each is
 * refused at its line, for the right guarantee, in both languages.
 */
import { describe, expect, it } from "vitest";
import { refused, rule, WHEN_LINE } from "./helpers-hostile-layer.js";
import { check, HEAD } from "./layer-helpers.js";

describe("facts, operators and placeholders outside the catalogue", () => {
  it.each([["salary"], ["process"], ["constructor"], ["__proto__"], ["hasOwnProperty"], ["toString"]])(
    "given the unknown fact %s, should refuse it at its line (known-fact)",
    (fact) => {
      const problems = refused(
        check(rule(`{ all: [ { fact: "${fact}", operator: equal, value: 1 } ] }`)),
        "known-fact",
      );
      expect(problems.map((p) => p.line)).toEqual([WHEN_LINE]);
      expect(problems[0]?.messages.en).toContain(`"${fact}"`);
    },
  );

  it.each([["constructor"], ["valueOf"]])(
    "given the unknown fact %s as a condition's value { fact }, should refuse it",
    (fact) => {
      refused(
        check(rule(`{ all: [ { fact: type, operator: equal, value: { fact: "${fact}" } } ] }`)),
        "known-fact",
      );
    },
  );

  it.each([["regex"], ["matches"], ["eval"], ["function"], ["constructor"], ["toString"]])(
    "given the unknown operator %s, should refuse it at its line (known-operator)",
    (op) => {
      const problems = refused(
        check(rule(`{ all: [ { fact: type, operator: "${op}", value: ".*" } ] }`)),
        "known-operator",
      );
      expect(problems.map((p) => p.line)).toEqual([WHEN_LINE]);
      expect(problems[0]?.messages.en).toContain(`"${op}"`);
    },
  );

  it.each([["{salary}"], ["{constructor}"], ["{process.env}"], ["{each.item}"]])(
    "given the placeholder %s that names no fact, should refuse it (placeholder)",
    (placeholder) => {
      refused(
        check(
          rule(
            "{ all: [ { fact: type, operator: equal, value: fixed } ] }",
            `{ nb: "Ugyldig ${placeholder}.", en: "Invalid ${placeholder}." }`,
          ),
        ),
        "placeholder",
      );
    },
  );

  it("given forEach naming a fact that is not a list fact (constructor), should refuse it", () => {
    const body = `${rule("{ all: [ { fact: type, operator: equal, value: fixed } ] }")}    forEach: constructor\n`;
    refused(check(body), "known-fact");
  });
});

describe("condition shapes json-rules-engine would give more power", () => {
  it.each([
    ["{ fact: type, path: '$.constructor' }", "a fact reference with a JSONPath"],
    ["{ fact: type, params: { x: 1 } }", "a fact reference with params"],
    ["{ fact: { fact: type } }", "a nested fact reference"],
    ["{ foo: bar }", "an arbitrary mapping"],
    ["{ __proto__: { polluted: yes } }", "a __proto__ mapping"],
  ])("given a condition value %s (%s), should refuse it by schema", (value) => {
    const problems = refused(
      check(rule(`{ all: [ { fact: type, operator: equal, value: ${value} } ] }`)),
      "schema",
    );
    expect(problems.some((p) => p.subject.startsWith("/rules/0/when/all/0/value"))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ["params: { x: 1 }", "params"],
    ["path: '$.constructor'", "path"],
    ["priority: 100", "priority"],
  ])("given a leaf condition with %s, should refuse it by schema", (extra, key) => {
    const problems = refused(
      check(rule(`{ all: [ { fact: type, operator: equal, value: fixed, ${extra} } ] }`)),
      "schema",
    );
    expect(problems.some((p) => p.subject === `/rules/0/when/all/0/${key}`)).toBe(true);
  });
});

describe("ids, extends and prefixes", () => {
  it("given extends: ../../etc/passwd@^1, should refuse it by schema at the extends line", () => {
    const problems = refused(
      check("", HEAD.replace("ntnu-hjemmekontor@^1", "../../etc/passwd@^1")),
      "schema",
    );
    expect(problems.map((p) => [p.subject, p.line])).toEqual([["/extends", 5]]);
  });

  it.each([["../evil"], ["/etc/passwd"], ["ntnu-xx/../../x"], ["__proto__"]])(
    "given the layer id %s, should refuse it by schema at the id line",
    (id) => {
      const problems = refused(check("", HEAD.replace("id: ntnu-xx", `id: "${id}"`)), "schema");
      expect(problems.map((p) => [p.subject, p.line])).toEqual([["/id", 2]]);
    },
  );

  it.each([["my-rule"], ["ntnu-hjemmekontor/evil"], ["no-hjemmekontorforskriften/evil"], ["ntnu-xxx/evil"]])(
    "given a new local rule %s without the layer's own prefix, should refuse it (rule-prefix)",
    (id) => {
      const problems = refused(
        check(rule("{ all: [ { fact: type, operator: equal, value: fixed } ] }", undefined, id)),
        "rule-prefix",
      );
      expect(problems.map((p) => p.line)).toEqual([8]);
    },
  );
});
