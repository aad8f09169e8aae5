/**
 * SPEC 5.5, issue 9: the five routes around monotonicity an attacker found, and the crash, each as
 * the issue wrote it and in variants. Each runs the built CLI as a user would: the layer is
 * refused (exit 2, file:line:column, the guarantee named, no stack trace), never accepted, never
 * exit 3.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { EXAMPLE_POLICIES, SHIPPED } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-monotonicity-");

/** A folder holding the shipped layers, the example layers, and `extra` files (name → text). */
function folder(extra: Record<string, string>, withExamples = true): string {
  const dir = join(tempDir(), "policies");
  mkdirSync(dir);
  for (const src of withExamples ? [SHIPPED, EXAMPLE_POLICIES] : [SHIPPED]) {
    for (const f of readdirSync(src).filter((n) => n.endsWith(".yaml")))
      copyFileSync(join(src, f), join(dir, f));
  }
  // The layers' source texts come along, as in a real policy folder (SPEC 8.1).
  cpSync(join(SHIPPED, "sources"), join(dir, "sources"), { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

function layer(
  id: string,
  appliesTo: string,
  ext: string,
  body = "",
  version = "1.0.0",
  from = "2020-01-01",
) {
  return `kind: Policy
id: ${id}
version: ${version}
effective: { from: ${from} }
extends: ${ext}
appliesTo: ${appliesTo}
${body}`;
}

/** Lint accepted: stderr holds at most warnings (a local layer without a source text, SPEC 8.1). */
function onlyWarnings(stderr: string): void {
  for (const line of stderr.split("\n").filter(Boolean)) expect(line).toMatch(/: (advarsel|warning): /);
}

/** An MH agreement (department XYZ unless given) that breaks the central home share: 3 of 5 days. */
function agreement(unit = "{ faculty: MH, department: XYZ }", extra = ""): string {
  const dir = tempDir();
  const file = join(dir, "a.yaml");
  writeFileSync(
    file,
    `kind: HomeOfficeAgreement
schemaVersion: 1
id: MH-1
type: fixed
employee: { id: "1", unit: ${unit} }
manager: { id: "2" }
period: { start: 2026-01-05, end: 2026-06-30 }
schedule:
  cycle: [{ home: [mon, tue, thu] }]
  homeHours: { start: "08:00", end: "15:30" }
tasks: { description: Analyse., suitableForHomeOffice: true, informationClass: confidential }
workEnvironment: { workstation: true, equipment: true, indoorEnvironment: true }
equipment:
  items:
    - { item: monitor, providedBy: ntnu, owner: ntnu }
    - { item: keyboard, providedBy: ntnu, owner: ntnu }
    - { item: mouse, providedBy: ntnu, owner: ntnu }
  maintenance: NTNU IT.
terms: { employerMayRecall: true, insuranceInformed: false }
signatures: { employee: { name: A, date: 2025-12-01 }, manager: { name: B, date: 2025-12-02 } }
${extra}`,
  );
  return file;
}

/** Refused as SPEC 5 says: exit 2 for lint and validate, the file:line:column and the guarantee. */
function expectRefused(dir: string, file: string, line: number, guarantee: string): void {
  for (const args of [
    ["policy", "lint", "--policies", dir],
    ["validate", agreement(), "--policies", dir],
  ]) {
    for (const lang of ["nb", "en"]) {
      const r: Run = runCli([...args, "--lang", lang]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        new RegExp(`${join(dir, file).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:${line}:\\d+ `),
      );
      expect(r.stderr).toContain(`[${guarantee}]`);
      expect(r.stderr).toMatch(lang === "nb" ? /Policyen avvises/ : /The policy is refused/);
      expect(r.stderr).not.toMatch(/^\s+at |internal error|intern feil/m);
    }
  }
}

function findings(dir: string, unit?: string): { status: number | null; ids: string[]; json: unknown } {
  const r = runCli(["validate", agreement(unit), "--policies", dir, "--format", "json"]);
  const report = JSON.parse(r.stdout) as {
    results: { findings: { ruleId: string; severity: string }[]; layers: string[] }[];
  };
  const first = report.results[0];
  return {
    status: r.status,
    ids: (first?.findings ?? []).map((f) => `${f.ruleId}:${f.severity}`).sort(),
    json: first?.layers,
  };
}

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

describe("2. a department that skips its faculty", () => {
  it("given the issue's layer (MH/XYZ extending ntnu-hjemmekontor), should refuse it at extends", () => {
    const dir = folder({
      "xyz.yaml": layer("ntnu-mh-xyz", "{ faculty: MH, department: XYZ }", "ntnu-hjemmekontor@^1"),
    });
    expectRefused(dir, "xyz.yaml", 5, "extends-chain");
  });

  it.each([
    ["the national layer", "no-hjemmekontorforskriften@^2"],
    ["another faculty's layer", "ntnu-ie@^1"],
  ])("given a department layer extending %s, should refuse it", (_label, ext) => {
    const dir = folder({ "xyz.yaml": layer("ntnu-mh-xyz", "{ faculty: MH, department: XYZ }", ext) });
    expectRefused(dir, "xyz.yaml", 5, "extends-chain");
  });

  it("given a faculty layer extending the national layer (skipping the central), should refuse it", () => {
    const dir = folder({ "pt.yaml": layer("ntnu-pt", "{ faculty: PT }", "no-hjemmekontorforskriften@^2") });
    expectRefused(dir, "pt.yaml", 5, "extends-chain");
  });

  it("given a department layer extending another department's layer, should refuse it", () => {
    const dir = folder({
      "xyz.yaml": layer("ntnu-mh-xyz", "{ faculty: mh, department: XYZ }", "ntnu-ie-idi@^1"),
    });
    expectRefused(dir, "xyz.yaml", 5, "extends-chain");
  });

  it("given the department layer extending its faculty (control), should keep every MH rule", () => {
    const dir = folder({
      "xyz.yaml": layer("ntnu-mh-xyz", "{ faculty: MH, department: XYZ }", "ntnu-mh@^1"),
    });
    const r = findings(dir);
    expect(r.status).toBe(1);
    expect(r.json).toEqual([
      "no-hjemmekontorforskriften@2.0.0",
      "ntnu-hjemmekontor@1.0.0",
      "ntnu-mh@1.0.0",
      "ntnu-mh-xyz@1.0.0",
    ]);
    expect(r.ids).toEqual([
      "insurance-informed:error",
      "max-home-share:error",
      "ntnu-mh/confidential-data:error",
    ]);
  });
});

describe("3. two layers for one scope", () => {
  it("given a second layer id for faculty MH, should refuse it", () => {
    const dir = folder({ "zz.yaml": layer("ntnu-mh-lax", "{ faculty: MH }", "ntnu-hjemmekontor@^1") });
    expectRefused(dir, "zz.yaml", 6, "unique-scope");
  });

  it("given faculty: mh in another folder, should refuse it (unit codes are case-insensitive)", () => {
    const other = join(tempDir(), "other");
    mkdirSync(other);
    writeFileSync(join(other, "a.yaml"), layer("aa-mh", "{ faculty: mh }", "ntnu-hjemmekontor@^1"));
    const base = folder({}, false);
    for (const lang of ["nb", "en"]) {
      const r = runCli([
        "policy",
        "lint",
        "--policies",
        base,
        "--policies",
        EXAMPLE_POLICIES,
        "--policies",
        other,
        "--lang",
        lang,
      ]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${join(other, "a.yaml")}:6:`);
      expect(r.stderr).toContain("[unique-scope]");
    }
    // And whatever the order of the folders.
    const r = runCli([
      "policy",
      "lint",
      "--policies",
      base,
      "--policies",
      other,
      "--policies",
      EXAMPLE_POLICIES,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[unique-scope]");
  });

  it("given two department layers for IE/idi and IE/IDI, should refuse the second", () => {
    const dir = folder({
      "zz.yaml": layer("ntnu-ie-idi2", "{ faculty: ie, department: idi }", "ntnu-ie@^1"),
    });
    expectRefused(dir, "zz.yaml", 6, "unique-scope");
  });

  it("given a second root (another national layer), should refuse it", () => {
    const text = "kind: Policy\nid: other-root\nversion: 1.0.0\neffective: { from: 2020-01-01 }\n";
    const dir = folder({ "zz.yaml": text });
    const r = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[unique-scope]");
  });

  it("given an agreement with unit codes in another case, should get the same layers", () => {
    const dir = folder({});
    const upper = findings(dir, "{ faculty: MH, department: XYZ }");
    const lower = findings(dir, "{ faculty: mh, department: xyz }");
    expect(lower).toEqual(upper);
    expect(upper.json).toContain("ntnu-mh@1.0.0");
  });
});

describe("4. an old version that takes over", () => {
  it("given ntnu-mh 0.0.1 in force later than 1.0.0, should refuse it at its effective date", () => {
    const old = layer("ntnu-mh", "{ faculty: MH }", "ntnu-hjemmekontor@^1", "", "0.0.1", "2025-01-01");
    const dir = folder({ "ntnu-mh@0.0.1.yaml": old });
    expectRefused(dir, "ntnu-mh@0.0.1.yaml", 4, "version-order");
  });

  it("given a newer version in force later (control), should use it", () => {
    const next = layer("ntnu-mh", "{ faculty: MH }", "ntnu-hjemmekontor@^1", "", "1.1.0", "2025-06-01");
    const r = findings(folder({ "ntnu-mh@1.1.0.yaml": next }));
    expect(r.json).toContain("ntnu-mh@1.1.0");
  });

  it("given a version that ends before it begins, should refuse it", () => {
    const text = layer("ntnu-pt", "{ faculty: PT }", "ntnu-hjemmekontor@^1").replace(
      "{ from: 2020-01-01 }",
      "{ from: 2020-01-01, to: 2019-01-01 }",
    );
    expectRefused(folder({ "pt.yaml": text }), "pt.yaml", 4, "effective-range");
  });
});

describe("5. a resolver that could be exponential", () => {
  /** c0 … c(n−1), each in 1.0.0 and 1.1.0, each extending the one before. */
  function ladder(n: number, appliesTo: (i: number) => string): Record<string, string> {
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i++) {
      for (const v of ["1.0.0", "1.1.0"]) {
        const ext = i === 0 ? "ntnu-hjemmekontor@^1" : `c${i - 1}@^1`;
        files[`c${i}@${v}.yaml`] = layer(`c${i}`, appliesTo(i), ext, "", v);
      }
    }
    return files;
  }

  it("given the issue's ladder of department layers at the file limit (n = 99), should refuse it", () => {
    const dir = folder(
      ladder(99, (i) => `{ faculty: MH, department: D${i} }`),
      false,
    );
    const r = runCli(["policy", "lint", "--policies", dir, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("[extends-chain]");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("given 99 faculty layers in two versions each (valid), should lint them and accept", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 99; i++) {
      for (const [v, from] of [
        ["1.0.0", "2020-01-01"],
        ["1.1.0", "2024-01-01"],
      ] as const) {
        files[`f${i}@${v}.yaml`] = layer(`f${i}`, `{ faculty: F${i} }`, "ntnu-hjemmekontor@^1", "", v, from);
      }
    }
    const r = runCli(["policy", "lint", "--policies", folder(files, false), "--lang", "en"]);
    onlyWarnings(r.stderr);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("200 layers");
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
