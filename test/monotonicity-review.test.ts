/**
 * SPEC 5.5, issue 9: the routes around monotonicity a review found after the first fix — a
 * department that changes what a mandatory faculty rule reads, deep nesting, a second folder with
 * a new version of a layer, and layer files that are links or folders — run through the built CLI.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli-helpers.js";
import { expectRefused, folder, layer, onlyWarnings, tempDir } from "./helpers-monotonicity.js";

describe("routes a review found after the first fix", () => {
  const faculty = (rules: string, params = "") =>
    layer("ntnu-mh", "{ faculty: MH }", "ntnu-hjemmekontor@^1", `${params}rules:\n${rules}`);
  const mandatoryRule = (when: string) => `  - id: ntnu-mh/r
    section: "2.5"
    quote: x
    severity: error
    mandatory: true
    path: /equipment/items
    when: ${when}
    message: { nb: "Brudd.", en: "Breach." }
`;

  it("given a department that widens coveredEquipment, which a mandatory faculty rule reads the other way, should refuse it", () => {
    const dir = folder(
      {
        "ntnu-mh@1.0.0.yaml": faculty(
          mandatoryRule(
            "{ all: [ { fact: coveredEquipment, operator: missingAny, value: { fact: ntnuEquipmentItemNames } } ] }",
          ),
        ),
        "xyz.yaml": layer(
          "ntnu-mh-xyz",
          "{ faculty: MH, department: XYZ }",
          "ntnu-mh@^1",
          "parameters:\n  coveredEquipment: { value: [keyboard, mouse, monitor, chair] }\n",
        ),
      },
      false,
    );
    expectRefused(dir, "xyz.yaml", 8, "parameter-read");
  });

  it("given a department that changes a free parameter a mandatory faculty rule reads, should refuse it", () => {
    const params = `parameters:\n  meetingDay: { value: thu, type: string, section: "2", basis: guideline, override: free }\n`;
    const dir = folder(
      {
        "ntnu-mh@1.0.0.yaml": faculty(
          mandatoryRule("{ all: [ { fact: homeDays, operator: contains, value: { fact: meetingDay } } ] }"),
          params,
        ),
        "xyz.yaml": layer(
          "ntnu-mh-xyz",
          "{ faculty: MH, department: XYZ }",
          "ntnu-mh@^1",
          "parameters:\n  meetingDay: { value: fri }\n",
        ),
      },
      false,
    );
    expectRefused(dir, "xyz.yaml", 8, "parameter-read");
  });

  it("given a faculty that tightens the parameters the central rules read (control), should accept it", () => {
    const text = layer(
      "ntnu-mh",
      "{ faculty: MH }",
      "ntnu-hjemmekontor@^1",
      "parameters:\n  maxHomeSharePercent: { value: 20 }\n  maxAgreementMonths: { value: 3 }\n  minCampusDaysPerWeek: { value: 3 }\n  coveredEquipment: { value: [keyboard, mouse, monitor, headset] }\n",
    );
    const r = runCli(["policy", "lint", "--policies", folder({ "ntnu-mh@1.0.0.yaml": text }, false)]);
    onlyWarnings(r.stderr);
    expect(r.status).toBe(0);
  });

  it("given conditions nested 40 deep, should refuse the layer in lint and validate alike", () => {
    const when = `${"{ not: ".repeat(40)}{ fact: anyHomeDay, operator: equal, value: true }${" }".repeat(40)}`;
    const dir = folder({ "ntnu-mh@1.0.0.yaml": faculty(mandatoryRule(when)) }, false);
    expectRefused(dir, "ntnu-mh@1.0.0.yaml", 14, "structure");
  });

  it("given a second folder with a new version of a faculty layer from the first, should refuse it", () => {
    const first = folder(
      {
        "ntnu-mh@1.0.0.yaml": faculty(
          mandatoryRule("{ all: [ { fact: anyHomeDay, operator: equal, value: true } ] }"),
        ),
      },
      false,
    );
    const second = join(tempDir(), "second");
    mkdirSync(second);
    writeFileSync(
      join(second, "ntnu-mh@1.0.1.yaml"),
      layer("ntnu-mh", "{ faculty: MH }", "ntnu-hjemmekontor@^1", "", "1.0.1", "2020-01-01"),
    );
    const r = runCli(["policy", "lint", "--policies", first, "--policies", second, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(second, "ntnu-mh@1.0.1.yaml")}:3:`);
    expect(r.stderr).toContain("[layer-source]");
  });

  it("given a layer file that is a dangling link or a folder, should refuse it (exit 2, not 3)", () => {
    const dir = folder({}, false);
    symlinkSync(join(dir, "nowhere.yaml"), join(dir, "dangling.yaml"));
    mkdirSync(join(dir, "folder.yaml"));
    for (const lang of ["nb", "en"]) {
      const r = runCli(["policy", "lint", "--policies", dir, "--lang", lang]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${join(dir, "dangling.yaml")}:1:1`);
      expect(r.stderr).toContain("[file]");
      expect(r.stderr).not.toMatch(/internal error|intern feil|^\s+at /m);
    }
  });

  it("given a layer file that is a link to a regular file, should read it", () => {
    const dir = folder({}, false);
    const elsewhere = join(tempDir(), "pt.yaml");
    writeFileSync(elsewhere, layer("ntnu-pt", "{ faculty: PT }", "ntnu-hjemmekontor@^1"));
    symlinkSync(elsewhere, join(dir, "pt.yaml"));
    const r = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    onlyWarnings(r.stderr);
    expect(r.stdout).toContain("3 layers");
  });
});
