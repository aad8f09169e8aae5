import { copyFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES } from "../src/core/parse/load.js";
import { loadLayerFile } from "../src/core/policy/load.js";
import type { PolicyProblem } from "../src/core/policy/model.js";
import type { PolicyResolver } from "../src/core/policy/resolve.js";
import { validateText } from "../src/core/run/validate.js";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { baseAgreement, SHIPPED } from "./helpers.js";
import { check, HEAD, resolverWith } from "./layer-helpers.js";

/** The problems, which must all name xx.yaml, carry both languages and be of `guarantee`. */
function refused(problems: PolicyProblem[], guarantee: string): PolicyProblem[] {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.file).toBe("xx.yaml");
    expect(p.guarantee).toBe(guarantee);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.messages.nb.length).toBeGreaterThan(10);
    expect(p.messages.en.length).toBeGreaterThan(10);
  }
  return problems;
}

/** A complete new rule of the XX layer with the given `when` and message. */
function rule(when: string, message = '{ nb: "Brudd.", en: "Breach." }', id = "ntnu-xx/hostile"): string {
  return `rules:
  - id: ${id}
    section: "2.5"
    quote: x
    severity: error
    when: ${when}
    message: ${message}
`;
}
/** 1-based line of the rule's `when:` in HEAD + rule(…). */
const WHEN_LINE = 12;

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

describe("local layers that would step out of the chain", () => {
  const agreementOf = (faculty: string, department?: string) => {
    const a = baseAgreement();
    a.employee.unit = department ? { faculty, department } : { faculty };
    // Breaks two mandatory NTNU rules (max-home-share, fixed-agreement-only).
    a.type = "extraordinary";
    a.schedule.cycle = [{ home: ["mon", "tue", "wed", "thu"] }];
    return a;
  };

  it("given a faculty layer that extends the central layer, should keep the central rules (control)", async () => {
    const { resolver, problems } = resolverWith(HEAD);
    expect(problems).toEqual([]);
    const text = JSON.stringify(agreementOf("XX"));
    const r = (await validateText("a.yaml", text, { resolver: resolver as PolicyResolver })).result;
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(["fixed-agreement-only", "max-home-share"]);
  });

  it("given a faculty layer that extends the national layer directly (skipping NTNU), should refuse it", () => {
    refused(
      check("", HEAD.replace("ntnu-hjemmekontor@^1", "no-hjemmekontorforskriften@^2")),
      "extends-chain",
    );
  });

  it("given a department layer that extends the national layer directly, should refuse it", () => {
    const head = HEAD.replace("ntnu-hjemmekontor@^1", "no-hjemmekontorforskriften@^2").replace(
      "{ faculty: XX }",
      "{ faculty: NV, department: IBI }",
    );
    expect(check("", head).length).toBeGreaterThan(0);
  });

  it("given a faculty layer without extends (a second root), should refuse it", () => {
    expect(check("", HEAD.replace("extends: ntnu-hjemmekontor@^1\n", "")).length).toBeGreaterThan(0);
  });

  it("given a local layer that reuses the central layer's id, should refuse it", () => {
    const head = HEAD.replace("id: ntnu-xx", "id: ntnu-hjemmekontor")
      .replace("version: 1.0.0", "version: 9.0.0")
      .replace("ntnu-hjemmekontor@^1", "no-hjemmekontorforskriften@^2");
    expect(check("", head).length).toBeGreaterThan(0);
  });

  it("given a faculty layer that extends the national layer directly, should at least not change other units", async () => {
    const { resolver } = resolverWith(HEAD.replace("ntnu-hjemmekontor@^1", "no-hjemmekontorforskriften@^2"));
    const text = JSON.stringify(agreementOf("NV"));
    const r = (await validateText("a.yaml", text, { resolver: resolver as PolicyResolver })).result;
    expect(r.layers).toEqual(["no-hjemmekontorforskriften@2.0.0", "ntnu-hjemmekontor@1.0.0"]);
  });
});

describe("size and code", () => {
  it("given a layer with 600 rules, should refuse it by schema (at most 500)", () => {
    const body = `rules:\n${Array.from({ length: 600 }, (_, i) => `  - { id: ntnu-xx/r${i}, enabled: false }\n`).join("")}`;
    const problems = refused(check(body), "schema");
    expect(problems.map((p) => p.subject)).toEqual(["/rules"]);
    expect(problems[0]?.messages.en).toMatch(/at most 500/);
  });

  it("given a layer with 250 parameters, should refuse it by schema (at most 200)", () => {
    const params = Array.from(
      { length: 250 },
      (_, i) => `  p${i}: { value: 1, section: "1", basis: interpretation, override: free }\n`,
    );
    const problems = refused(check(`parameters:\n${params.join("")}`), "schema");
    expect(problems.map((p) => p.subject)).toEqual(["/parameters"]);
    expect(problems[0]?.messages.en).toMatch(/at most 200/);
  });

  it("given a policy file over 1 MB, should refuse it for its size", () => {
    const dir = tempDir();
    const file = join(dir, "big.yaml");
    // Valid YAML past the limit: were it parsed, the problem would be the schema's (title too long).
    writeFileSync(file, `${HEAD}title: ${"x".repeat(DEFAULT_MAX_BYTES)}\n`);
    const { layer, problems } = loadLayerFile(file);
    expect(layer).toBeUndefined();
    expect(problems.map((p) => [p.guarantee, p.line])).toEqual([["size", 1]]);
    expect(problems[0]?.messages.en).toMatch(/larger than 1048576 bytes/);
  });

  it.each([
    ["!!js/function", "value: !!js/function 'function () { return process.exit(9) }'"],
    ["!!js/regexp", "value: !!js/regexp '/(a+)+$/'"],
    ["!custom", "value: !custom fixed"],
  ])("given a %s tag in a condition, should refuse the layer (yaml) at its line", (_tag, value) => {
    const problems = refused(check(rule(`{ all: [ { fact: type, operator: equal, ${value} } ] }`)), "yaml");
    expect(problems.map((p) => p.line)).toEqual([WHEN_LINE]);
  });

  it("given a !!js/function tag in a layer, should explain it without speaking of agreements", () => {
    const problems = check(rule("{ all: [ { fact: type, operator: equal, value: !!js/function 'f' } ] }"));
    expect(problems.map((p) => p.guarantee)).toEqual(["yaml"]);
    expect(problems[0]?.messages.en).not.toMatch(/agreement/i);
  });

  it("given a billion-laughs alias bomb in a layer, should refuse it (yaml)", () => {
    const lines = ["x0: &x0 [a, a, a, a, a, a, a, a, a, a]"];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `x${i}: &x${i} [${Array(10)
          .fill(`*x${i - 1}`)
          .join(", ")}]`,
      );
    const problems = refused(check(`${lines.join("\n")}\n`), "yaml");
    expect(problems[0]?.messages.en).toMatch(/aliases/);
  });

  it("given conditions nested 3000 deep, should refuse the layer (yaml) without a stack overflow", () => {
    const deep = `${"{ not: ".repeat(3000)}{ fact: type, operator: equal, value: fixed }${" }".repeat(3000)}`;
    const problems = refused(check(rule(deep)), "yaml");
    expect(problems[0]?.messages.en).toMatch(/nested too deeply/);
  });

  it("given __proto__ as a parameter name and a rule key, should refuse both by schema and pollute nothing", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const body = `parameters:
  __proto__: { value: 1, section: "1", basis: interpretation, override: free }
rules:
  - { id: insurance-informed, severity: error, __proto__: { polluted: yes } }
`;
    const problems = refused(check(body), "schema");
    expect(problems.map((p) => [p.subject, p.line])).toEqual(
      expect.arrayContaining([
        ["/parameters", 7],
        ["/rules/0/__proto__", 10],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it("given parameters named after Object.prototype members, should evaluate them as plain values", async () => {
    const body = `parameters:
  constructor: { value: 1, type: integer, section: "1", basis: interpretation, override: free }
  toString: { value: 2, type: integer, section: "1", basis: interpretation, override: free }
  hasOwnProperty: { value: 3, type: integer, section: "1", basis: interpretation, override: free }
  valueOf: { value: 4, type: integer, section: "1", basis: interpretation, override: free }
${rule(
  "{ all: [ { fact: constructor, operator: lessThan, value: { fact: toString } }, { fact: hasOwnProperty, operator: lessThan, value: { fact: valueOf } } ] }",
  '{ nb: "c={constructor} t={toString} h={hasOwnProperty} v={valueOf}", en: "c={constructor} t={toString} h={hasOwnProperty} v={valueOf}" }',
)}`;
    const { resolver, problems } = resolverWith(HEAD + body);
    expect(problems).toEqual([]);
    const a = baseAgreement();
    a.employee.unit = { faculty: "XX" };
    const r = (await validateText("a.yaml", JSON.stringify(a), { resolver: resolver as PolicyResolver }))
      .result;
    expect(r.verdict).toBe("non-compliant");
    expect(r.findings.map((f) => [f.ruleId, f.message.en])).toEqual([["ntnu-xx/hostile", "c=1 t=2 h=3 v=4"]]);
  });
});

// --- end to end: the CLI refuses a hostile layer with its file and line, and no stack trace ---

const cli = (...args: string[]): Run => runCli(args);

const tempDir = tempDirs("hjemmekontor-hostile-policy-");

/** A temp folder with the shipped layers and `xx.yaml` holding `text`; gives the layer's path. */
function policiesWith(text: string): { dir: string; file: string } {
  const dir = join(tempDir(), "policies");
  mkdirSync(dir);
  for (const f of readdirSync(SHIPPED).filter((n) => n.endsWith(".yaml")))
    copyFileSync(join(SHIPPED, f), join(dir, f));
  cpSync(join(SHIPPED, "sources"), join(dir, "sources"), { recursive: true });
  const file = join(dir, "xx.yaml");
  writeFileSync(file, text);
  return { dir, file };
}

describe("hjemmekontor validate / policy lint with a hostile layer", () => {
  const cases: [string, string, number, string][] = [
    [
      "an unknown operator (regex)",
      HEAD + rule("{ all: [ { fact: type, operator: regex, value: '.*' } ] }"),
      WHEN_LINE,
      "known-operator",
    ],
    [
      "a !!js/function tag",
      HEAD + rule("{ all: [ { fact: type, operator: equal, value: !!js/function 'function () {}' } ] }"),
      WHEN_LINE,
      "yaml",
    ],
    [
      "a mandatory rule disabled",
      `${HEAD}rules:\n  - { id: max-home-share, enabled: false }\n`,
      8,
      "mandatory-enabled",
    ],
  ];

  for (const [label, text, line, guarantee] of cases) {
    it(`given ${label}, validate should exit 2 naming the layer's file:line and no stack trace`, () => {
      const { dir, file } = policiesWith(text);
      const r = cli("validate", "examples/agreements", "--policies", dir, "--lang", "en");
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^hjemmekontor: The policy is refused: /);
      expect(r.stderr).toContain(`${file}:${line}:`);
      expect(r.stderr).toContain(`[${guarantee}]`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr).not.toMatch(/internal error|Error:/);
    });

    it(`given ${label}, policy lint should exit 2 naming the layer's file:line and no stack trace`, () => {
      const { dir, file } = policiesWith(text);
      const r = cli("policy", "lint", "--policies", dir, "--lang", "en");
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`${file}:${line}:`);
      expect(r.stderr).toContain(`[${guarantee}]`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr).not.toMatch(/internal error|Error:/);
    });
  }
});
