/**
 * SPEC 5.5, issue 9: parameters a lower layer may not set — a parameter that hides a fact or a
 * placeholder (route 1), and a parameter value outside its type (the crash). Each runs the built
 * CLI as a user would: the layer is refused (exit 2, file:line:column, the guarantee named, no
 * stack trace), never accepted, never exit 3.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-helpers.js";
import { expectRefused, findings, folder, layer, onlyWarnings } from "./helpers-monotonicity.js";

describe("1. a parameter that hides a fact", () => {
  const hide = (name: string, value: string) =>
    layer(
      "ntnu-mh",
      "{ faculty: MH }",
      "ntnu-hjemmekontor@^1",
      `parameters:\n  ${name}: { value: ${value}, section: "2.4", basis: interpretation, override: free }\n`,
    );

  it("given the issue's layer (homeSharePercent: 0), should refuse it at the parameter's line", () => {
    const dir = folder({ "ntnu-mh@1.0.0.yaml": hide("homeSharePercent", "0") });
    expectRefused(dir, "ntnu-mh@1.0.0.yaml", 8, "parameter-name");
  });

  it.each([
    ["type", "fixed"],
    ["managerSigned", "true"],
    ["informationClass", "open"],
    ["durationLimit", '"2099-01-01"'],
    ["lastAllowedEnd", '"2099-01-01"'],
    ["coreTimeStart", '"00:00"'],
    ["weeksBelowMinCampusDays", "[]"],
    ["index", "0"],
  ])("given a parameter named like the fact or placeholder %s, should refuse it", (name, value) => {
    const dir = folder({ "ntnu-mh@1.0.0.yaml": hide(name, value) });
    expectRefused(dir, "ntnu-mh@1.0.0.yaml", 8, "parameter-name");
  });

  it("given the same parameter with a type (a complete declaration), should still refuse it", () => {
    const text = hide("homeSharePercent", "0").replace("value: 0,", "value: 0, type: number,");
    const dir = folder({ "ntnu-mh@1.0.0.yaml": text });
    expectRefused(dir, "ntnu-mh@1.0.0.yaml", 8, "parameter-name");
  });

  it("given no hiding layer (control), should find max-home-share for the MH agreement", () => {
    expect(findings(folder({})).ids).toContain("max-home-share:error");
  });
});

describe("the crash: a parameter value outside its type", () => {
  const set = (name: string, value: string) =>
    layer(
      "ntnu-mh",
      "{ faculty: MH }",
      "ntnu-hjemmekontor@^1",
      `parameters:\n  ${name}: { value: ${value} }\n`,
    );

  it.each([
    ["maxAgreementMonths", "5.5"],
    ["maxAgreementMonths", "-30000"],
    ["maxAgreementMonths", "0"],
    ["maxAgreementMonths", '"3"'],
    ["maxHomeSharePercent", "-1"],
    ["maxHomeSharePercent", '"30"'],
    ["minCampusDaysPerWeek", "2.5"],
    ["minCampusDaysPerWeek", "99"],
    ["costlyEquipmentNok", "[a]"],
    ["coveredEquipment", "keyboard"],
    ["coreTime", "[keyboard]"],
    ["renewalGapDays", "1.5"],
  ])("given %s: %s in a faculty layer, should refuse it at the value (exit 2, never 3)", (name, value) => {
    const dir = folder({ "ntnu-mh@1.0.0.yaml": set(name, value) });
    expectRefused(dir, "ntnu-mh@1.0.0.yaml", 8, "parameter-type");
  });

  it("given coreTime with its keys in another order, should accept the same value (fixed)", () => {
    const dir = folder({ "ntnu-mh@1.0.0.yaml": set("coreTime", '{ end: "14:30", start: "09:00" }') });
    const r = runCli(["policy", "lint", "--policies", dir]);
    onlyWarnings(r.stderr);
    expect(r.status).toBe(0);
  });

  it("given a central layer declaring maxAgreementMonths as a number of 5.5, should refuse the declaration", () => {
    const dir = folder({}, false);
    const central = join(dir, "ntnu-hjemmekontor@1.0.0.yaml");
    const text = readFileSync(central, "utf8");
    const changed = text.replace("    value: 6\n    type: integer\n", "    value: 5.5\n    type: number\n");
    expect(changed).not.toBe(text);
    writeFileSync(central, changed);
    const r = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[parameter-type]");
  });

  it("given a new parameter whose override cannot compare its type, should refuse it", () => {
    const text = layer(
      "ntnu-mh",
      "{ faculty: MH }",
      "ntnu-hjemmekontor@^1",
      `parameters:\n  meetingDay: { value: wed, type: string, section: "2", basis: interpretation, override: lower }\n`,
    );
    expectRefused(folder({ "ntnu-mh@1.0.0.yaml": text }), "ntnu-mh@1.0.0.yaml", 8, "parameter-override");
  });

  it("given a value outside the enum of its own declaration, should refuse it", () => {
    const text = layer(
      "ntnu-ie-idi",
      "{ faculty: IE, department: IDI }",
      "ntnu-ie@^1",
      `parameters:\n  unitMeetingDay: { value: someday, type: string, enum: [mon, wed], section: "2", basis: guideline, override: free }\n`,
      "1.1.0",
      "2025-01-01",
    );
    expectRefused(folder({ "idi-1.1.yaml": text }), "idi-1.1.yaml", 8, "parameter-type");
  });
});
