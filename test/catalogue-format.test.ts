/** `formatCatalogue`: the catalogue as text (nb or en headings) or JSON, hostile text escaped. */
import { describe, expect, it } from "vitest";
import { FACTS } from "../src/core/catalogue/facts.js";
import { type Catalogue, catalogue } from "../src/core/policy/catalogue.js";
import { formatCatalogue } from "../src/formatters/catalogue.js";
import { cat } from "./helpers-catalogue.js";

describe("formatCatalogue", () => {
  it("given nb and text, should list every fact, operator and parameter under Norwegian headings", () => {
    const text = formatCatalogue(cat, "nb", "text");
    expect(text).toContain(`Fakta (${cat.facts.length})`);
    expect(text).toContain(`Operatorer (${cat.operators.length})`);
    expect(text).toContain(`Parametere (${cat.parameters.length})`);
    for (const e of [...cat.facts, ...cat.operators, ...cat.parameters])
      expect(text).toContain(`\n  ${e.name} — `);
    expect(text).toContain(`  homeSharePercent — tall, %\n    ${FACTS.homeSharePercent?.description.nb}`);
    expect(text).toContain(
      "Eksempel: { fact: homeSharePercent, operator: greaterThan, value: { fact: maxHomeSharePercent } }",
    );
    expect(text).toMatch(/ {2}maxHomeSharePercent — tall, %\n.*\n {4}Verdi: 40 \(Tillatt: ≥ 0; ≤ 100\)/);
  });

  it("given en and text, should use English headings and descriptions", () => {
    const text = formatCatalogue(cat, "en", "text");
    expect(text).toContain(`Facts (${cat.facts.length})`);
    expect(text).toContain(
      `  noticePeriodDays — integer, days\n    ${FACTS.noticePeriodDays?.description.en}`,
    );
    expect(text).not.toContain("Fakta");
  });

  it("given no policy, should say that no parameters are listed", () => {
    expect(formatCatalogue(catalogue(), "nb", "text")).toContain("Parametere (0)\n\n  (ingen policy er gitt");
  });

  it("given json, should give the catalogue as data in both languages", () => {
    expect(JSON.parse(formatCatalogue(cat, "en", "json"))).toEqual(JSON.parse(JSON.stringify(cat)));
  });

  it("given a parameter whose text holds ESC, a bidi override and a newline, should show them escaped", () => {
    const [first] = cat.parameters;
    if (!first) throw new Error("no parameter");
    const hostile: Catalogue = {
      ...cat,
      parameters: [
        { ...first, description: { nb: "a\u001b[2Jb\u202ec\nd", en: "x" }, value: "v\u001b]0;t\u0007" },
      ],
    };
    const text = formatCatalogue(hostile, "nb", "text");
    for (const ch of ["\u001b", "\u202e", "\u0007"]) expect(text).not.toContain(ch);
    expect(text).toContain("a\\u001b[2Jb\\u202ec\\u000ad");
  });
});
