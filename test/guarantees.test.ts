/** SPEC 5: each layering guarantee, refused with the file, the line and the guarantee broken. */
import { describe, expect, it } from "vitest";
import { loadLayerText, loadPolicySet } from "../src/core/policy/load.js";
import type { PolicyProblem } from "../src/core/policy/model.js";
import { PolicyResolver } from "../src/core/policy/resolve.js";
import { baseAgreement, EXAMPLE_POLICIES, evaluateObject, SHIPPED } from "./helpers.js";
import { check, HEAD, shipped } from "./layer-helpers.js";

function only(problems: PolicyProblem[]) {
  expect(problems).toHaveLength(1);
  const p = problems[0] as PolicyProblem;
  expect(p.file).toBe("xx.yaml");
  expect(p.messages.nb.length).toBeGreaterThan(10);
  expect(p.messages.en.length).toBeGreaterThan(10);
  return p;
}

describe("parameter directions", () => {
  it.each([
    ["maxHomeSharePercent", "50", "override-lower"],
    ["maxAgreementMonths", "7", "override-lower"],
    ["minCampusDaysPerWeek", "0", "override-higher"],
    ["coveredEquipment", "[keyboard, mouse]", "override-superset"],
    ["coreTime", '{ start: "10:00", end: "14:30" }', "override-fixed"],
  ])("given %s loosened to %s, should refuse at its line naming %s", (name, value, guarantee) => {
    const p = only(check(`parameters:\n  ${name}: { value: ${value} }\n`));
    expect(p.guarantee).toBe(guarantee);
    expect(p.subject).toBe(name);
    expect(p.line).toBe(8);
  });

  it.each([
    ["maxHomeSharePercent", "30"],
    ["maxHomeSharePercent", "40"],
    ["minCampusDaysPerWeek", "2"],
    ["coveredEquipment", "[keyboard, mouse, monitor, headset]"],
    ["coreTime", '{ start: "09:00", end: "14:30" }'],
  ])("given %s tightened or kept (%s), should accept the layer", (name, value) => {
    expect(check(`parameters:\n  ${name}: { value: ${value} }\n`)).toEqual([]);
  });

  it("given a lower layer that changes a parameter's override, should refuse it", () => {
    const p = only(check("parameters:\n  maxHomeSharePercent: { value: 40, override: free }\n"));
    expect(p.guarantee).toBe("parameter-declaration");
  });

  it("given a new parameter without section, basis and override, should refuse it", () => {
    const p = only(check("parameters:\n  budgetNok: { value: 100 }\n"));
    expect(p.guarantee).toBe("parameter-complete");
  });
});

describe("rule changes", () => {
  it("given a mandatory rule disabled, should refuse at its line", () => {
    const p = only(check("rules:\n  - { id: core-time, enabled: false }\n"));
    expect(p).toMatchObject({ guarantee: "mandatory-enabled", subject: "core-time", line: 8 });
  });

  it("given a mandatory rule's severity lowered, should refuse it", () => {
    const p = only(check("rules:\n  - { id: max-home-share, severity: warning }\n"));
    expect(p).toMatchObject({ guarantee: "mandatory-severity", subject: "max-home-share" });
  });

  it("given a mandatory rule made optional, should refuse it", () => {
    expect(only(check("rules:\n  - { id: voluntary, mandatory: false }\n")).guarantee).toBe("mandatory-kept");
  });

  it("given exceptions allowed for a rule that allows none, should refuse it", () => {
    expect(only(check("rules:\n  - { id: max-home-share, exceptionAllowed: true }\n")).guarantee).toBe(
      "exception-allowed",
    );
  });

  it("given a change of an existing rule's conditions, should refuse it", () => {
    const body =
      "rules:\n  - id: max-home-share\n    when: { all: [ { fact: type, operator: equal, value: never } ] }\n";
    expect(only(check(body)).guarantee).toBe("rule-change");
  });

  it("given a non-mandatory rule disabled and another's severity raised, should accept the layer", () => {
    expect(
      check(
        "rules:\n  - { id: insurance-informed, enabled: false }\n  - { id: costly-equipment, severity: error }\n",
      ),
    ).toEqual([]);
  });

  it("given a new rule without the layer's prefix, should refuse it", () => {
    const body = `rules:
  - id: my-rule
    section: "2.5"
    quote: x
    severity: error
    when: { all: [ { fact: type, operator: equal, value: fixed } ] }
    message: { nb: a, en: b }
`;
    expect(only(check(body))).toMatchObject({ guarantee: "rule-prefix", subject: "my-rule", line: 8 });
  });

  it("given a new rule with unknown fact, operator and placeholder, should refuse each", () => {
    const body = `rules:
  - id: ntnu-xx/bad
    section: "2.5"
    quote: x
    severity: error
    when: { all: [ { fact: salary, operator: matches, value: { fact: secret } } ] }
    message: { nb: "lønn {salary}", en: "b {each.item}" }
`;
    const guarantees = check(body).map((p) => p.guarantee);
    expect(guarantees.sort()).toEqual([
      "known-fact",
      "known-fact",
      "known-operator",
      "placeholder",
      "placeholder",
    ]);
  });

  it("given a new rule without a quote or message, should refuse it as incomplete", () => {
    const body = `rules:
  - id: ntnu-xx/short
    section: "2.5"
    severity: error
    when: { all: [ { fact: type, operator: equal, value: fixed } ] }
`;
    expect(only(check(body)).guarantee).toBe("rule-complete");
  });
});

describe("extends and versions", () => {
  it("given an extends range no version satisfies, should refuse at the extends line", () => {
    const p = only(check("", HEAD.replace("ntnu-hjemmekontor@^1", "ntnu-hjemmekontor@^2")));
    expect(p).toMatchObject({ guarantee: "extends", line: 5 });
    expect(p.messages.en).toContain("1.0.0");
  });

  it("given extends naming an unknown layer, should refuse it", () => {
    expect(only(check("", HEAD.replace("ntnu-hjemmekontor@^1", "ntnu-unknown@^1"))).guarantee).toBe(
      "extends",
    );
  });

  it("given the same layer id and version twice, should refuse the second", () => {
    const twice = loadPolicySet([SHIPPED, SHIPPED]);
    expect(twice.problems.map((p) => p.guarantee)).toEqual(["unique-version", "unique-version"]);
  });
});

describe("a tightened layer changes verdicts", () => {
  it("given the MH example layer, should turn a missing insurance notice into an error", async () => {
    const a = baseAgreement();
    a.employee.unit = { faculty: "MH", department: "ISB" };
    a.terms.insuranceInformed = false;
    const central = await evaluateObject(a);
    const layered = await evaluateObject(a, [SHIPPED, EXAMPLE_POLICIES]);
    expect(central.verdict).toBe("compliant");
    expect(layered.verdict).toBe("non-compliant");
    expect(layered.findings.find((f) => f.ruleId === "insurance-informed")?.severity).toBe("error");
    expect(layered.layers).toContain("ntnu-mh@1.0.0");
  });

  it("given a stricter home share in a faculty layer, should fire where the central policy did not", async () => {
    const loaded = loadLayerText(`${HEAD}parameters:\n  maxHomeSharePercent: { value: 20 }\n`, "xx.yaml");
    if (!loaded.layer) throw new Error("layer must load");
    const resolver = new PolicyResolver({
      dirs: [],
      layers: [...shipped.layers, loaded.layer],
      problems: [],
    });
    expect(resolver.check()).toEqual([]);
    const r = resolver.resolve("XX", undefined, "2026-01-05");
    expect(!("missing" in r) && r.policy.params.get("maxHomeSharePercent")?.value).toBe(20);
  });
});

describe("versions by date", () => {
  it("given an agreement before any national version is in force, should report no-policy-in-force", async () => {
    const a = baseAgreement();
    a.period = { start: "2021-09-01", end: "2022-02-28" };
    const r = await evaluateObject(a);
    expect(r.findings.map((f) => f.ruleId)).toEqual(["no-policy-in-force"]);
    expect(r.verdict).toBe("non-compliant");
  });

  it("given a faculty layer not yet in force, should apply the central policy alone", async () => {
    const a = baseAgreement();
    a.employee.unit = { faculty: "MH" };
    a.period = { start: "2023-06-01", end: "2023-11-30" };
    const r = await evaluateObject(a, [SHIPPED, EXAMPLE_POLICIES]);
    expect(r.layers).toEqual(["no-hjemmekontorforskriften@2.0.0", "ntnu-hjemmekontor@1.0.0"]);
  });
});
