/**
 * The YAML `new` writes and the form page downloads (src/core/run/agreement-yaml.ts): it parses
 * back to the value it was made from — examples, and generated values with any text a person can
 * type — and reads as a person would write it (modeline, schema order, one-line lists, comments).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseYaml, parseYamlFully } from "../src/core/parse/load.js";
import { agreementYaml, scalar } from "../src/core/run/agreement-yaml.js";
import { baseAgreement, ROOT } from "./helpers.js";

const SCHEMA = "../schemas/agreement.schema.json";

function roundTrip(value: Record<string, unknown>): unknown {
  const text = agreementYaml(value, { schema: SCHEMA });
  const loaded = parseYaml(text);
  expect(loaded.problems).toEqual([]);
  // The fast path and the full parser agree on it too.
  expect(parseYamlFully(text).value).toEqual(loaded.value);
  return loaded.value;
}

describe("agreement YAML", () => {
  it("given every example agreement that parses, should write YAML that parses back to the same value", () => {
    const dir = join(ROOT, "examples", "agreements");
    let n = 0;
    for (const name of readdirSync(dir)) {
      const loaded = parseYaml(readFileSync(join(dir, name), "utf8"));
      if (loaded.value === undefined) continue;
      expect(roundTrip(loaded.value as Record<string, unknown>), name).toEqual(loaded.value);
      n++;
    }
    expect(n).toBeGreaterThan(15);
  });

  it("given a compliant agreement, should read as SPEC 2 writes one", () => {
    const text = agreementYaml(baseAgreement(), { schema: SCHEMA, header: ["Laget i en test."] });
    const lines = text.split("\n");
    expect(lines[0]).toBe(`# yaml-language-server: $schema=${SCHEMA}`);
    expect(lines[1]).toBe("# Laget i en test.");
    expect(lines[2]).toBe("kind: HomeOfficeAgreement");
    expect(text).toMatch(/^ {2}id: "100234" +# ansattnummer/m);
    expect(text).toMatch(/^ {2}workdays: \[mon, tue, wed, thu, fri\]/m);
    expect(text).toMatch(/^ {4}- home: \[mon, thu\]$/m);
    expect(text).toMatch(/^ {2}homeHours: \{ start: "08:00", end: "15:30" \}/m);
    expect(text).toMatch(/^ {4}- \{ item: monitor, providedBy: ntnu, owner: ntnu, costNok: 2490 \}$/m);
    expect(text).toMatch(/^ {2}start: 2026-01-05 +# første dag/m);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("given strings YAML could read as something else, should quote them", () => {
    for (const s of [
      "100234",
      "true",
      "no",
      "null",
      "~",
      "1e5",
      "0x1F",
      "08:00",
      "-",
      "a: b",
      "# x",
      "x ",
      "",
    ])
      expect(scalar(s), s).toMatch(/^"/);
    for (const s of ["Kari Nordmann", "Senioringeniør", "2026-01-05", "IE-2026-0042", "O'Brien"])
      expect(scalar(s), s).toBe(s);
  });

  it("given generated values with any text, numbers and nesting, should parse back to the same value", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.constantFrom("yes", "08:00", "0o17", "+1", ".5", "a #b", "- x", "[x]", "{y}", "é\u0301", "\u202e"),
      fc.constantFrom("a, b", "x; y!", "50 %", "? q", "&a", "*b", "%c", "a=b", "a,b", "Hei, du"),
    );
    const leaf = fc.oneof(
      text,
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
    );
    const key = fc.oneof(
      fc.constantFrom("id", "employee", "home", "items", "name", "start"),
      fc.string({ minLength: 1, maxLength: 8 }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 3 }), tie("map")),
      map: fc.dictionary(key, tie("node"), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(value.map as fc.Arbitrary<Record<string, unknown>>, (v) => {
        const parsed = roundTrip({ kind: "HomeOfficeAgreement", ...v });
        expect(parsed).toEqual(JSON.parse(JSON.stringify({ kind: "HomeOfficeAgreement", ...v })));
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
