import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Report } from "../src/core/report/report.js";
import { ruleMeta } from "../src/core/report/rules.js";
import { type ValidateOutcome, validatePaths } from "../src/core/run/run.js";
import { type FormatName, format } from "../src/formatters/index.js";
import { toJsonReport } from "../src/formatters/json.js";
import { runCli } from "./cli-helpers.js";
import { baseAgreement, SHIPPED } from "./helpers.js";

const FORMATS: FormatName[] = ["text", "json", "junit", "sarif", "github"];

/** Every name and employee id the fixtures hold; none may appear in redacted output. */
const NAMES = [
  "Kari Nordmann",
  "K. Nordmann",
  "Ola Nordmann",
  "Per Hansen",
  "Nils Lid",
  "Eva Berg",
  "Siri Dahl",
];
const IDS = ["555123", "100001", "200002", "100009", "300003"];
/** The id "1234" as a whole token (not inside 12345 or 123450). */
const SHORT_ID = /(?<![\p{L}\p{N}])1234(?![\p{L}\p{N}])/u;

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

type Agreement = ReturnType<typeof baseAgreement>;
function person(a: Agreement, role: "employee" | "manager", id: string, name: string): void {
  a[role].id = id;
  a[role].name = name;
  a.signatures[role].name = name;
}

/**
 * root/agreements/ with five agreements:
 * - Kari Nordmann.yaml and K. Nordmann.yaml: Kari (555123), spelled differently in
 *   each, overlapping periods, so each names her (by id) in an overlapping-agreements message and
 *   the other file in `related`; only her id ties the two spellings to one person;
 * - 555123.yaml: Kari again, a year later (no overlap);
 * - 100001.yaml (B-1): Per (200002), managed by Ola (100001): the file is named after Ola's id;
 * - ola-self.yaml (C-1): Ola as employee and his own manager (100001): employer-decision names him;
 * - 12345.yaml (D-1): Nils with id "1234", costly equipment of NOK 123450 (costly-equipment);
 * - 100009.yaml (E-1): Siri (300003), managed by Eva (100009), who is a manager only (also of D-1).
 */
function fixtures(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), "hjemmekontor-redact-"));
  temps.push(root);
  const dir = join(root, "agreements");
  mkdirSync(dir);
  const put = (name: string, patch: (a: Agreement) => void) => {
    const a = baseAgreement();
    patch(a);
    writeFileSync(join(dir, name), stringify(a));
  };
  put("Kari Nordmann.yaml", (a) => {
    a.id = "A-1";
    person(a, "employee", "555123", "Kari Nordmann");
  });
  put("K. Nordmann.yaml", (a) => {
    a.id = "A-2";
    person(a, "employee", "555123", "K. Nordmann");
    a.period = { start: "2026-03-02", end: "2026-08-31" };
  });
  put("555123.yaml", (a) => {
    a.id = "A-3";
    person(a, "employee", "555123", "Kari Nordmann");
    a.period = { start: "2027-01-04", end: "2027-06-30" };
  });
  put("100001.yaml", (a) => {
    a.id = "B-1";
    person(a, "employee", "200002", "Per Hansen");
  });
  put("ola-self.yaml", (a) => {
    a.id = "C-1";
    person(a, "employee", "100001", "Ola Nordmann");
  });
  put("12345.yaml", (a) => {
    a.id = "D-1";
    person(a, "employee", "1234", "Nils Lid");
    person(a, "manager", "100009", "Eva Berg");
    a.equipment.items = [
      { item: "monitor", providedBy: "ntnu", owner: "ntnu", costNok: 120000 },
      { item: "keyboard", providedBy: "ntnu", owner: "ntnu", costNok: 3000 },
      { item: "mouse", providedBy: "ntnu", owner: "ntnu", costNok: 450 },
    ];
  });
  put("100009.yaml", (a) => {
    a.id = "E-1";
    person(a, "employee", "300003", "Siri Dahl");
    person(a, "manager", "100009", "Eva Berg");
  });
  return { root, dir };
}

function expectNothingPersonal(text: string, where: string): void {
  for (const s of [...NAMES, ...IDS]) expect(text, `${where} holds ${s}`).not.toContain(s);
  expect(text, `${where} holds the id 1234`).not.toMatch(SHORT_ID);
}

const run = (dir: string, redact: boolean) => validatePaths({ paths: [dir], policyDirs: [SHIPPED], redact });

function byId(report: Report, agreementId: string) {
  const r = report.results.find((x) => x.agreementId === agreementId);
  if (!r) throw new Error(`no result for ${agreementId}`);
  return r;
}

/** The single pseudonym (person-N) in a text. */
function pseudonymIn(text: string): string {
  const all = [...new Set(text.match(/person-\d+/g) ?? [])];
  expect(all, text).toHaveLength(1);
  return all[0] as string;
}

describe("--redact in the core (validatePaths)", () => {
  let dir = "";
  let plain: ValidateOutcome;
  let redacted: ValidateOutcome;
  beforeAll(async () => {
    dir = fixtures().dir;
    plain = await run(dir, false);
    redacted = await run(dir, true);
  });

  it("given no --redact, should show the ids and file names (control: the fixtures do leak)", () => {
    const text = JSON.stringify(toJsonReport(plain.report, "en"));
    expect(text).toContain("555123.yaml");
    expect(text).toContain("K. Nordmann.yaml");
    expect(text).toContain("Employee 555123");
    expect(text).toContain("(100001)");
  });

  it("given --redact, should leave no name or employee id anywhere in any of the five formats", async () => {
    for (const name of FORMATS) {
      const out = await format(name, redacted.report, { lang: "en", rules: ruleMeta(redacted.resolver) });
      expect(out.length).toBeGreaterThan(0);
      expectNothingPersonal(out, name);
    }
  });

  it("given one employee id in three files under two spellings, should give one pseudonym in file names, messages and related files", () => {
    const a1 = byId(redacted.report, "A-1");
    const a2 = byId(redacted.report, "A-2");
    const p = pseudonymIn(a1.file);
    expect(a1.file).toBe(join(dir, `${p}.yaml`));
    expect(a2.file).toBe(join(dir, `${p}.yaml`));
    expect(byId(redacted.report, "A-3").file).toBe(join(dir, `${p}.yaml`));
    for (const r of [a1, a2]) {
      const f = r.findings.find((x) => x.ruleId === "overlapping-agreements");
      expect(f?.message.en).toMatch(new RegExp(`^Employee ${p} has another agreement`));
      expect(f?.message.nb).toContain(`Ansatt ${p} `);
    }
    expect(a2.findings.find((x) => x.ruleId === "overlapping-agreements")?.related).toEqual([a1.file]);
  });

  it("given a manager's id in one file and the same person as employee in another, should give one pseudonym", () => {
    // 100001.yaml is named after Ola, the manager there; in ola-self.yaml he is the employee.
    const ola = pseudonymIn(byId(redacted.report, "B-1").file);
    const f = byId(redacted.report, "C-1").findings.find((x) => x.ruleId === "employer-decision");
    expect(f?.message.en).toContain(`the same person (${ola})`);
  });

  it("given two different people, should give them different pseudonyms", () => {
    const kari = pseudonymIn(byId(redacted.report, "A-1").file);
    const ola = pseudonymIn(byId(redacted.report, "B-1").file);
    const eva = pseudonymIn(byId(redacted.report, "E-1").file);
    expect(new Set([kari, ola, eva]).size).toBe(3);
  });

  it("given a file named after someone who is only ever a manager, should redact that file name", () => {
    expect(byId(redacted.report, "E-1").file).toMatch(/\/person-\d+\.yaml$/);
  });

  it("given --redact, should keep every finding's rule id, severity, path, line and column", () => {
    const shape = (o: ValidateOutcome) =>
      o.report.results.map((r) => ({
        agreementId: r.agreementId,
        verdict: r.verdict,
        findings: r.findings.map((f) => [f.ruleId, f.severity, f.path, f.line, f.column]),
      }));
    expect(shape(redacted)).toEqual(shape(plain));
    expect(redacted.report.summary).toEqual(plain.report.summary);
    expect(redacted.report.results.flatMap((r) => r.findings).length).toBeGreaterThanOrEqual(4);
  });

  it("given the id 1234, should not touch 12345 in a file name or 123450 in a message", () => {
    const d1 = byId(redacted.report, "D-1");
    expect(d1.file).toBe(join(dir, "12345.yaml"));
    expect(d1.findings.find((f) => f.ruleId === "costly-equipment")?.message.en).toContain("NOK 123,450");
  });
});

// --- the CLI, every format ---

const cli = (cwd: string, ...args: string[]) => runCli(args, cwd);

describe("hjemmekontor validate --redact", () => {
  const { root } = fixtures();

  it.each(FORMATS)(
    "given --format %s, should print no name or employee id but the pseudonymised file names",
    (name) => {
      const r = cli(root, "validate", "agreements", "--redact", "--format", name, "--lang", "en");
      expect(r.status).toBe(1);
      // Only the note naming the policy folders (text formats): no skip notice, nothing personal.
      expect(r.stderr).toMatch(
        name === "text" || name === "github" ? /^hjemmekontor: policy from \S+\n$/ : /^$/,
      );
      expectNothingPersonal(r.stdout, name);
      expect(r.stdout).toMatch(/agreements\/person-\d+\.yaml/);
      expect(r.stdout).toContain("agreements/12345.yaml");
    },
  );

  it("given --format json, should give the same findings (rule, line, column) as without --redact", () => {
    const shape = (stdout: string) =>
      (JSON.parse(stdout) as ReturnType<typeof toJsonReport>).results.map((r) => [
        r.agreementId,
        r.findings.map((f) => [f.ruleId, f.line, f.column]),
      ]);
    const plain = cli(root, "validate", "agreements", "--format", "json");
    const redacted = cli(root, "validate", "agreements", "--format", "json", "--redact");
    expect(plain.stdout).toContain("555123");
    expect(shape(redacted.stdout)).toEqual(shape(plain.stdout));
  });

  it("given --redact and a skipped file named after an employee id, should not print that id on stdout or stderr", () => {
    const { root: r2, dir } = fixtures();
    symlinkSync(join(r2, "nowhere.yaml"), join(dir, "200002.yaml"));
    const r = cli(r2, "validate", "agreements", "--redact", "--lang", "en");
    expect(r.stdout).toContain("Skipped (not read):");
    expectNothingPersonal(r.stdout, "stdout");
    const json = cli(r2, "validate", "agreements", "--redact", "--lang", "en", "--format", "json");
    expect(json.stderr).toContain("skipping");
    expect(JSON.parse(json.stdout).skipped).toHaveLength(1);
    expectNothingPersonal(json.stdout, "stdout");
    expectNothingPersonal(json.stderr, "stderr");
  });
});
