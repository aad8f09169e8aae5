import { describe, expect, it } from "vitest";
import { baseAgreement, evaluateObject } from "./helpers.js";

describe("the base agreement", () => {
  it("given the compliant base agreement, should have no findings", async () => {
    const r = await evaluateObject(baseAgreement());
    expect(r.findings).toEqual([]);
    expect(r.verdict).toBe("compliant");
    expect(r.layers).toEqual(["no-hjemmekontorforskriften@2.0.0", "ntnu-hjemmekontor@1.0.0"]);
  });
});
