/**
 * Hostile policy layers that would step out of the chain of layers, and layers that are too
 * large, carry code (YAML tags), nest without end or name prototype members: each is refused, or
 * evaluated as plain values, without a crash or a polluted prototype.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES } from "../src/core/parse/load.js";
import { loadLayerFile } from "../src/core/policy/load.js";
import type { PolicyResolver } from "../src/core/policy/resolve.js";
import { validateText } from "../src/core/run/validate.js";
import { tempDirs } from "./cli-helpers.js";
import { baseAgreement } from "./helpers.js";
import { refused, rule, WHEN_LINE } from "./helpers-hostile-layer.js";
import { check, HEAD, resolverWith } from "./layer-helpers.js";

const tempDir = tempDirs("hjemmekontor-hostile-policy-");

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
