/** SPEC 8.1, 8.2: the shipped source texts, rule quotes against them, and the coverage tables. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCoverage, coverageSummary, parseCoverage, ruleRefsOf } from "../src/core/policy/coverage.js";
import { loadLayerText } from "../src/core/policy/load.js";
import type { Layer } from "../src/core/policy/model.js";
import {
  checkQuotes,
  findQuote,
  findSection,
  type ParsedSource,
  parseSource,
  quotedRulesOf,
} from "../src/core/policy/sources.js";
import { repositoryRules } from "../src/core/repository/repository.js";
import { resolverFor, SHIPPED } from "./helpers.js";

/** The source file of each shipped layer. */
const SOURCE_OF: Record<string, string> = {
  "no-hjemmekontorforskriften": "hjemmekontorforskriften",
  "ntnu-hjemmekontor": "ntnu-hjemmekontor-2021-04-15",
};
const LAYER_FILE: Record<string, string> = {
  "no-hjemmekontorforskriften": "no-hjemmekontorforskriften@2.0.0.yaml",
  "ntnu-hjemmekontor": "ntnu-hjemmekontor@1.0.0.yaml",
};

const read = (...parts: string[]) => readFileSync(join(SHIPPED, ...parts), "utf8");
const source = (layer: string): ParsedSource => {
  const name = SOURCE_OF[layer] as string;
  return parseSource(name, read("sources", `${name}.md`));
};
const coverageText = (layer: string) => read("sources", `${SOURCE_OF[layer]}.coverage.yaml`);
const shippedLayer = (id: string): Layer => {
  const layer = resolverFor().set.layers.find((l) => l.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return layer;
};
/** The rules a coverage table of the layer must name: its own and the repository rules it owns. */
const ruleRefs = (id: string) => [
  ...ruleRefsOf(shippedLayer(id)),
  ...repositoryRules().filter((r) => r.layer === id),
];
/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, i).split("\n").length;
};

/** Coverage problems for a changed copy of a shipped coverage file. */
function coverageProblems(layer: string, edit: (text: string) => string) {
  const text = edit(coverageText(layer));
  const parsed = parseCoverage(text, "edited.coverage.yaml");
  expect(parsed.problems).toEqual([]);
  if (!parsed.coverage) throw new Error("no coverage");
  return { text, problems: checkCoverage(source(layer), parsed.coverage, ruleRefs(layer), parsed) };
}

describe("parseSource", () => {
  it("given the guideline, should find every section the rules cite, with its title and parents", () => {
    const s = source("ntnu-hjemmekontor");
    expect(s.title).toBe("Retningslinjer og veiledning for fast avtale om hjemmekontor ved NTNU");
    const ids = s.sections.map((x) => x.id);
    for (const id of ["Innledning", "1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6"])
      expect(ids).toContain(id);
    for (const id of ["3", "3.1", "3.6", "4", "4.1", "4.2", "Lenker", "Vedlegg", "Vedlegg 1", "Vedlegg 2"])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findSection(s, "2.4")?.parent).toBe("2");
    expect(findSection(s, "2.4")?.heading).toBe("2.4. Fast avtale om hjemmekontor");
    expect(findSection(s, "2.4")?.text).toMatch(/^Avtale om bruk av hjemmekontor kan inngås/);
    expect(findSection(s, "Innledning og avgrensning")?.id).toBe("Innledning");
  });

  it("given the regulation, should take the § numbers as section ids and leave the HTML comments out", () => {
    const s = source("no-hjemmekontorforskriften");
    expect(s.sections.map((x) => x.id)).toEqual(["1", "2", "3"]);
    expect(s.sections.map((x) => x.heading)).toEqual([
      "§ 1 Virkeområde",
      "§ 2 Skriftlig avtale",
      "§ 3 Arbeidsmiljøet",
    ]);
    expect(s.normalisedText).not.toContain("Arbeidstilsynet's reading");
    expect(findSection(s, "1")?.text).not.toContain("<!--");
    expect(findSection(s, "2")?.line).toBe(lineOf(read("sources", "hjemmekontorforskriften.md"), "## § 2"));
  });
});

describe("findQuote", () => {
  const s = source("ntnu-hjemmekontor");

  it("given a quote broken over lines and with «…», should find it and name its section", () => {
    const q =
      "Det kan avtales at inntil 40 prosent\n   av arbeidstiden … regelmessig møter på arbeidsstedet.";
    expect(findQuote(s, q)).toEqual({ found: true, section: "2.4" });
    expect(findQuote(s, q, "2").found).toBe(true);
    expect(findQuote(s, q, "2.5").found).toBe(false);
  });

  it("given pieces in the wrong order, should report the piece that is missing", () => {
    const r = findQuote(s, "regelmessig møter på arbeidsstedet … Det kan avtales at inntil 40 prosent");
    expect(r).toMatchObject({ found: false, missing: "Det kan avtales at inntil 40 prosent" });
  });
});

describe("checkQuotes", () => {
  it("given the shipped layers, should find every rule's quote under its section", () => {
    for (const id of Object.keys(SOURCE_OF)) {
      const rules = quotedRulesOf(shippedLayer(id));
      expect(rules.length).toBeGreaterThan(3);
      expect(checkQuotes(rules, source(id))).toEqual([]);
    }
  });

  it("given the repository rules, should find each quote under its section in its layer's source", () => {
    const owned = repositoryRules().filter((r) => r.layer !== null);
    expect(owned.map((r) => r.id)).toEqual(["overlapping-agreements", "not-permanent"]);
    for (const r of owned)
      expect(findQuote(source(r.layer as string), r.quote, r.section ?? "").found).toBe(true);
  });

  it("given a misquote, should report it at the quote's line with where the text parts", () => {
    const file = LAYER_FILE["ntnu-hjemmekontor"] as string;
    const text = read(file).replace("inntil 40 prosent av arbeidstiden", "inntil 50 prosent av arbeidstiden");
    const { layer } = loadLayerText(text, file);
    if (!layer) throw new Error("layer does not load");
    const problems = checkQuotes(quotedRulesOf(layer), source("ntnu-hjemmekontor"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file,
      line: lineOf(text, "inntil 50 prosent"),
      subject: "max-home-share",
      guarantee: "quote",
    });
    expect(problems[0]?.messages.en).toContain('where the source goes on "40 prosent');
    expect(problems[0]?.messages.nb).toContain("max-home-share");
  });

  it("given a right quote under the wrong section, should name the section it stands in", () => {
    const problems = checkQuotes(
      [
        {
          id: "core-time",
          quote: "Kjernetiden gjelder også ved bruk av hjemmekontor.",
          section: "2.3",
          position: { file: "x.yaml", line: 7, column: 12 },
        },
      ],
      source("ntnu-hjemmekontor"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "x.yaml", line: 7, column: 12 });
    expect(problems[0]?.messages.en).toContain("stands in section 2.2");
  });
});

describe("coverage", () => {
  it("given the shipped coverage files, should parse, pass the schema and find no problem", () => {
    const totals = { norms: 0, encoded: 0, notCheckable: 0 };
    for (const id of Object.keys(SOURCE_OF)) {
      const parsed = parseCoverage(coverageText(id), `${id}.coverage.yaml`);
      expect(parsed.problems).toEqual([]);
      if (!parsed.coverage) throw new Error("no coverage");
      expect(checkCoverage(source(id), parsed.coverage, ruleRefs(id), parsed)).toEqual([]);
      const summary = coverageSummary(parsed.coverage);
      expect(summary.totals.encoded + summary.totals.notCheckable).toBe(summary.totals.norms);
      for (const k of ["norms", "encoded", "notCheckable"] as const) totals[k] += summary.totals[k];
    }
    expect(totals).toEqual({ norms: 56, encoded: 33, notCheckable: 23 });
  });

  it("given a rule no entry names, should point at the first entry of the rule's section", () => {
    const { text, problems } = coverageProblems("no-hjemmekontorforskriften", (t) =>
      t.replace("rules: [regulation-sporadic]", "rules: [regulation-extent]"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ subject: "regulation-sporadic", guarantee: "coverage" });
    expect(problems[0]?.line).toBe(lineOf(text, '- section: "1"'));
  });

  it("given an unknown rule id, should report it at its line, and the rule it replaced as not named", () => {
    const { text, problems } = coverageProblems("no-hjemmekontorforskriften", (t) =>
      t.replace("rules: [regulation-working-hours]", "rules: [regulation-workinghours]"),
    );
    const unknown = problems.find((p) => p.subject === "regulation-workinghours");
    expect(unknown?.line).toBe(lineOf(text, "regulation-workinghours"));
    expect(unknown?.messages.en).toContain("does not exist");
    expect(problems.map((p) => p.subject).sort()).toEqual([
      "regulation-working-hours",
      "regulation-workinghours",
    ]);
  });

  it("given a sentence not in the source, or under another section, should report it at the text's line", () => {
    const { text, problems } = coverageProblems("ntnu-hjemmekontor", (t) =>
      t
        .replace("Det skal brukes standard avtale.", "Det skal brukes en standard avtale.")
        .replace('section: "2.3"\n    text: "Ved bruk', 'section: "2.2"\n    text: "Ved bruk'),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]?.line).toBe(lineOf(text, "Ved bruk av hjemmekontor skal nærmeste leder"));
    expect(problems[0]?.messages.en).toContain("stands in section 2.3");
    expect(problems[1]?.line).toBe(lineOf(text, "Det skal brukes en standard avtale."));
    expect(problems[1]?.messages.nb).toContain("finnes ikke");
  });

  it("given an entry with both rules and notCheckable, or an unknown key, should refuse it by the schema", () => {
    const text = coverageText("no-hjemmekontorforskriften")
      .replace(
        "rules: [regulation-sporadic]",
        "rules: [regulation-sporadic]\n    notCheckable: { nb: a, en: b }",
      )
      .replace("kind: Coverage", "kind: Coverage\nauthor: HR");
    const parsed = parseCoverage(text, "c.yaml");
    expect(parsed.coverage).toBeUndefined();
    expect(parsed.problems.map((p) => p.line).sort((a, b) => a - b)).toEqual([
      lineOf(text, "author: HR"),
      lineOf(text, "Forskriften gjelder ikke kortvarig") - 1,
    ]);
    expect(parsed.problems.map((p) => p.messages.en).join(" ")).toContain("both rules and notCheckable");
  });

  it("given an empty file or broken YAML, should say so with a line", () => {
    expect(parseCoverage("# nothing\n", "c.yaml").problems[0]?.messages.en).toContain("empty");
    const broken = parseCoverage("kind: Coverage\nsource: [x\n", "c.yaml");
    expect(broken.problems[0]).toMatchObject({ file: "c.yaml", guarantee: "coverage" });
    expect(broken.problems[0]?.messages.en).toContain("YAML");
  });
});
