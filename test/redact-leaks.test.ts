/**
 * --redact leaves no name or id in any place the report shows (SPEC 7): agreement ids that embed
 * an employee id, JSON pointers that hold a name, ids written as numbers, names spelled otherwise
 * in file names. Each fixture leaks without --redact (checked first), so the checks mean something.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { pseudonymizer } from "../src/core/report/redact.js";
import { ruleMeta } from "../src/core/report/rules.js";
import { type ValidateOutcome, validatePaths } from "../src/core/run/run.js";
import { type FormatName, format } from "../src/formatters/index.js";
import { tempDirs } from "./cli-helpers.js";
import { baseAgreement, SHIPPED } from "./helpers.js";

const FORMATS: FormatName[] = ["text", "json", "junit", "sarif", "github"];
const tempDir = tempDirs("hjemmekontor-redact-leaks-");

/** What the fixtures below name; none of it may be printed with --redact. */
const SECRETS = ["110482", "220593", "555123", "Siri", "Dahl", "Åse", "Ødegård", "Ase", "Odegard", "Knut"];

type Agreement = ReturnType<typeof baseAgreement>;
function person(a: Agreement, id: string | number, name: string): void {
  a.employee.id = id;
  a.employee.name = name;
  a.signatures.employee.name = name;
}

function fixtures(): string {
  const dir = tempDir();
  const put = (name: string, patch: (a: Agreement) => void, raw?: (text: string) => string) => {
    const a = baseAgreement();
    patch(a);
    const text = stringify(a);
    writeFileSync(join(dir, name), raw ? raw(text) : text);
  };
  // The agreement id holds the employee id, with and without a separator.
  put("a.yaml", (a) => {
    a.id = "110482-2026";
    person(a, "110482", "Knut Berg");
  });
  put("b.yaml", (a) => {
    a.id = "IE220593";
    person(a, "220593", "Knut Vik");
  });
  // A key named after the employee: a schema finding whose JSON pointer is "/Siri Dahl".
  put("c.yaml", (a) => {
    a.id = "C-1";
    person(a, "300003", "Siri Dahl");
    a["Siri Dahl"] = true;
  });
  // An id written as a number (schema-invalid), in a file named after it.
  put("555123.yaml", (a) => {
    a.id = "D-1";
    person(a, 555123, "Per Lie");
  });
  // Names spelled otherwise in file names: other case and separators, and NFD (macOS).
  put("siri-dahl.yaml", (a) => {
    a.id = "E-1";
    person(a, "300003", "Siri Dahl");
    a.period = { start: "2027-01-04", end: "2027-06-30" };
  });
  put("ÅSE_ØDEGÅRD.yaml".normalize("NFD"), (a) => {
    a.id = "F-1";
    person(a, "400004", "Åse Ødegård");
  });
  return dir;
}

const run = (dir: string, redact: boolean) => validatePaths({ paths: [dir], policyDirs: [SHIPPED], redact });

async function outputs(o: ValidateOutcome): Promise<Record<FormatName, string>> {
  const out = {} as Record<FormatName, string>;
  for (const name of FORMATS)
    out[name] = await format(name, o.report, { lang: "en", rules: ruleMeta(o.resolver) });
  return out;
}

describe("--redact: every place a name or id can appear", () => {
  let plain: Record<FormatName, string>;
  let redacted: Record<FormatName, string>;
  let outcome: ValidateOutcome;
  beforeAll(async () => {
    const dir = fixtures();
    plain = await outputs(await run(dir, false));
    outcome = await run(dir, true);
    redacted = await outputs(outcome);
  });

  it("given no --redact, should show each of them (control)", () => {
    const all = Object.values(plain).join("\n").normalize("NFC");
    for (const s of [
      "110482-2026",
      "IE220593",
      "/Siri Dahl",
      "555123.yaml",
      "siri-dahl.yaml",
      "ÅSE_ØDEGÅRD.yaml",
    ])
      expect(all).toContain(s);
  });

  it.each(FORMATS)("given --redact and --format %s, should show none of them", (name) => {
    const text = redacted[name];
    for (const s of SECRETS) {
      expect(text.normalize("NFC"), `${name} holds ${s}`).not.toContain(s);
      expect(text.normalize("NFD"), `${name} holds ${s} (NFD)`).not.toContain(s.normalize("NFD"));
    }
  });

  it("given an agreement id holding the employee id, should redact the id inside it and keep the rest", () => {
    const ids = outcome.report.results.map((r) => r.agreementId);
    expect(ids).toContainEqual(expect.stringMatching(/^person-\d+-2026$/));
    expect(ids).toContainEqual(expect.stringMatching(/^IEperson-\d+$/));
  });

  it("given a key named after a person, should redact the finding's path as the message", () => {
    const f = outcome.report.results.flatMap((r) => r.findings).find((x) => x.path.startsWith("/person-"));
    expect(f?.ruleId).toBe("schema");
    expect(f?.message.en).toContain(f?.path.slice(1));
  });
});

describe("pseudonymizer", () => {
  const r = pseudonymizer([
    { id: "1234", names: ["Kari Nordmann", "K. Nordmann"] },
    { id: "ab-77", names: ["O'Brien Lie"] },
  ]);

  it("given spellings of one name, should give one pseudonym", () => {
    for (const s of [
      "Kari Nordmann",
      "kari-nordmann",
      "KARI_NORDMANN",
      "kari.nordmann",
      "K. Nordmann",
      "k nordmann",
    ])
      expect(r(s)).toBe("person-1");
  });

  it("given a name inside a longer word, or a digit id inside a longer number, should leave it", () => {
    expect(r("Karianne Nordmannsen")).toBe("Karianne Nordmannsen");
    expect(r("12345 and 123450")).toBe("12345 and 123450");
    expect(r("Kari, Nordmann")).toBe("Kari, Nordmann");
  });

  it("given a digit id next to letters or dashes, should replace it", () => {
    expect(r("IE1234 1234-2026 x1234y")).toBe("IEperson-1 person-1-2026 xperson-1y");
  });

  it("given other ids and names with apostrophes, should replace them whole", () => {
    expect(r("AB-77 and o'brien lie.yaml")).toBe("person-2 and person-2.yaml");
  });
});
