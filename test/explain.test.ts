/** SPEC 8.4: `explain` shows the layers, the facts, and each rule's conditions leaf by leaf. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ExplainedCondition, explainText } from "../src/core/run/explain.js";
import { formatExplanation } from "../src/formatters/explain.js";
import { EXAMPLE_POLICIES, ROOT, resolverFor, SHIPPED } from "./helpers.js";

const example = (name: string) => {
  const file = join("examples", name);
  return { file, text: readFileSync(join(ROOT, file), "utf8") };
};

async function explain(name: string, rule?: string, dirs = [SHIPPED]) {
  const { file, text } = example(name);
  return explainText(file, text, resolverFor(dirs), rule);
}

const leafOf = (c: ExplainedCondition | undefined) =>
  c?.kind === "leaf" ? c : c?.kind === "all" || c?.kind === "any" ? c.children[0] : undefined;

describe("explain", () => {
  it("given a home share of 60 %, should show the leaf, its actual value against the parameter, and the finding", async () => {
    const e = await explain("agreements/max-home-share.yaml");
    expect(e.layers.map((l) => `${l.id}@${l.version}`)).toEqual([
      "no-hjemmekontorforskriften@2.0.0",
      "ntnu-hjemmekontor@1.0.0",
    ]);
    expect(e.facts.homeSharePercent).toBe(60);
    expect(e.parameters.maxHomeSharePercent).toBe(40);
    const r = e.rules.find((x) => x.id === "max-home-share");
    expect(r?.outcome).toBe("finding");
    const leaf = leafOf(r?.branches[0]);
    expect(leaf).toMatchObject({
      kind: "leaf",
      fact: "homeSharePercent",
      operator: "greaterThan",
      valueFact: "maxHomeSharePercent",
      actual: 60,
      expected: 40,
      result: true,
    });
    expect(r?.findings.map((f) => f.line)).toEqual(
      e.result.findings.filter((f) => f.ruleId === "max-home-share").map((f) => f.line),
    );
    expect(r?.reason).toBeNull();
    // A rule that does not fire says why.
    const quiet = e.rules.find((x) => x.id === "core-time");
    expect(quiet?.outcome).toBe("quiet");
    expect(quiet?.reason?.en).toMatch(/No branch/);
  });

  it("given --rule, should explain that rule alone, and every leaf even after a false one", async () => {
    const e = await explain("agreements/core-time.yaml", "core-time");
    expect(e.rules.map((r) => r.id)).toEqual(["core-time"]);
    const r = e.rules[0];
    expect(r?.outcome).toBe("finding");
    // Both branches (start after core time, end before it) are evaluated and shown.
    expect(r?.branches.length).toBeGreaterThanOrEqual(2);
    for (const b of r?.branches ?? []) expect(typeof b.result).toBe("boolean");
    expect(r?.branches.some((b) => b.result)).toBe(true);
  });

  it("given an approved exception, should say the finding was waived", async () => {
    const e = await explain("agreements/security-sensitive-waived.yaml", "security-sensitive");
    expect(e.rules[0]?.outcome).toBe("waived");
    expect(e.rules[0]?.waived.length).toBeGreaterThan(0);
    expect(e.rules[0]?.reason?.nb).toMatch(/unntak/);
  });

  it("given a local layer, should list it among the layers with its file", async () => {
    const e = await explain("local/mh-confidential.yaml", undefined, [SHIPPED, EXAMPLE_POLICIES]);
    expect(e.layers.at(-1)).toMatchObject({ id: "ntnu-mh", version: "1.0.0", example: true });
    expect(e.layers.at(-1)?.file).toMatch(/ntnu-mh@1\.0\.0\.yaml$/);
    expect(e.rules.find((r) => r.id === "ntnu-mh/confidential-data")?.outcome).toBe("finding");
  });

  it("given an invalid agreement, should explain it by its findings alone", async () => {
    const e = await explain("agreements/invalid-unknown-key.yaml");
    expect(e.result.verdict).toBe("invalid");
    expect(e.layers).toEqual([]);
    expect(formatExplanation(e, "en", "text")).toMatch(/No policy applies/);
  });

  it("given text in nb and en and json, should print the same explanation", async () => {
    const e = await explain("agreements/max-home-share.yaml", "max-home-share");
    const nb = formatExplanation(e, "nb", "text");
    const en = formatExplanation(e, "en", "text");
    expect(nb).toContain("Lag i kraft:");
    expect(nb).toContain("✔ homeSharePercent (60) greaterThan maxHomeSharePercent (40) → sant");
    expect(nb).toContain("→ Funn ");
    expect(en).toContain("Layers in force:");
    expect(en).toContain("→ true");
    expect(JSON.parse(formatExplanation(e, "en", "json"))).toMatchObject({
      only: "max-home-share",
      file: e.file,
    });
  });
});
