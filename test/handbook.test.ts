/** SPEC 8.5: the handbook of the effective policy, in nb and en, as HTML and markdown. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Coverage, coverageSummary, parseCoverage } from "../src/core/policy/coverage.js";
import type { ResolvedPolicy } from "../src/core/policy/model.js";
import { type ParsedSource, parseSource } from "../src/core/policy/sources.js";
import { repositoryRules } from "../src/core/repository/repository.js";
import type { Lang } from "../src/core/types.js";
import { parseBlocks } from "../src/formatters/handbook/blocks.js";
import { type HandbookInput, renderHandbook } from "../src/formatters/handbook/index.js";
import { EXAMPLE_POLICIES, resolverFor, SHIPPED } from "./helpers.js";

const SOURCE_OF: Record<string, string> = {
  "no-hjemmekontorforskriften": "hjemmekontorforskriften",
  "ntnu-hjemmekontor": "ntnu-hjemmekontor-2021-04-15",
};
const LANGS: Lang[] = ["nb", "en"];
const FORMATS = ["html", "markdown"] as const;
const URL_IN_GUIDELINE = "https://innsida.ntnu.no/lederstotte";

function policyFor(dirs: string[], faculty: string, department?: string): ResolvedPolicy {
  const r = resolverFor(dirs).resolve(faculty, department, "2026-01-05");
  if ("missing" in r || !r.policy) throw new Error("no policy in force");
  return r.policy;
}

function shippedInput(policy: ResolvedPolicy, unit: HandbookInput["unit"]): HandbookInput {
  const sources: Record<string, ParsedSource> = {};
  const coverage: Coverage[] = [];
  for (const [layer, name] of Object.entries(SOURCE_OF)) {
    sources[layer] = parseSource(name, readFileSync(join(SHIPPED, "sources", `${name}.md`), "utf8"));
    const parsed = parseCoverage(
      readFileSync(join(SHIPPED, "sources", `${name}.coverage.yaml`), "utf8"),
      name,
    );
    if (parsed.coverage) coverage.push(parsed.coverage);
  }
  return { policy, unit, date: "2026-01-05", sources, coverage, repositoryRules: repositoryRules() };
}

const nv = () => shippedInput(policyFor([SHIPPED], "NV"), { faculty: "NV" });

/** The heading levels of an HTML document, in order. */
const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

/** The part of an HTML handbook from a section heading up to the next section. */
const sectionHtml = (html: string, heading: string) => {
  const start = html.indexOf(`>${heading}</h`);
  return html.slice(start, html.indexOf('<section class="sec"', start));
};

describe("renderHandbook, the shipped policy for faculty NV on 2026-01-05", () => {
  const input = nv();

  for (const lang of LANGS) {
    for (const format of FORMATS) {
      it(`given ${lang} ${format}, should name every rule and parameter, and give the coverage totals`, () => {
        const out = renderHandbook(input, { lang, format });
        for (const r of input.policy.rules) expect(out).toContain(r.id);
        for (const r of repositoryRules()) expect(out).toContain(r.id);
        for (const p of input.policy.params.keys()) expect(out).toContain(p);
        for (const c of input.coverage) {
          const t = coverageSummary(c).totals;
          const words =
            lang === "nb"
              ? `${t.encoded} kodet av regler, ${t.notCheckable} ikke sjekkbare`
              : `${t.encoded} encoded by rules, ${t.notCheckable} not checkable`;
          expect(out).toContain(words);
          expect(out).toContain(`${t.norms} ${lang === "nb" ? "setninger" : "sentences"}`);
        }
        expect(out).toContain(lang === "nb" ? "Lag i kraft" : "Layers in force");
      });
    }
  }

  it("given html, should be one self-contained, accessible file: lang, one h1, headings in order, th with scope", () => {
    for (const lang of LANGS) {
      const html = renderHandbook(input, { lang, format: "html" });
      expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
      for (const bad of ["src=", "<link", "<script", "url(", "@import", "<img", "<iframe"])
        expect(html).not.toContain(bad);
      // The only address is the guideline's own footnote, shown as text: no tag or attribute has one.
      expect(html.replaceAll(URL_IN_GUIDELINE, "")).not.toContain("http");
      for (const tag of html.match(/<[^>]+>/g) ?? []) expect(tag).not.toContain("http");
      for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="#[a-z0-9-]+"$/);
      const levels = headingLevels(html);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      levels.forEach((l, i) => {
        if (i > 0) expect(l).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
      });
      expect(html.match(/<th(?![^>]*scope=)[\s>]/g)).toBeNull();
      expect(html).toContain("@media print");
    }
  });

  it("given html, should show a section's source text with its rules beside it, parameter values filled in", () => {
    const html = renderHandbook(input, { lang: "nb", format: "html" });
    const s24 = sectionHtml(html, "2.4. Fast avtale om hjemmekontor");
    expect(s24).toContain("Det kan avtales at inntil 40 prosent av arbeidstiden kan legges til");
    expect(s24).toMatch(/<aside class="enc"[^>]*>[\s\S]*max-home-share/);
    expect(s24).toContain('høyst <strong title="maxHomeSharePercent">40</strong> % er tillatt');
    expect(s24).toContain('<span class="ph">{homeSharePercent}</span>');
    expect(s24).toContain("overlapping-agreements");
    const regulation2 = sectionHtml(html, "§ 2 Skriftlig avtale");
    expect(regulation2).toContain("regulation-working-hours");
    expect(html).toContain("Ingen fakultets- eller instituttlag gjelder for enheten");
  });

  it("given markdown, should quote the source, put the rules in tables, and fill parameter values", () => {
    const md = renderHandbook(input, { lang: "en", format: "markdown" });
    expect(md).toMatch(/^# The home-office policy in force\n/);
    expect(md).toContain("#### 2.4. Fast avtale om hjemmekontor\n\n> Avtale om bruk av hjemmekontor");
    expect(md).toContain("| Rule | Severity | Mandatory | Exception allowed | Message | Declared |");
    expect(md).toMatch(/\| `max-home-share` \| error \| yes \| no \| .*at most \*\*40\*\* % is allowed/);
    expect(md).not.toContain("<!--");
  });

  it("given a rule message with HTML in it, should escape it in both formats", () => {
    const evil = "<script>alert(1)</script> & <b>bold</b> | [x](javascript:y)";
    const rules = input.policy.rules.map((r, i) => (i === 0 ? { ...r, message: { nb: evil, en: evil } } : r));
    const bad = { ...input, policy: { ...input.policy, rules } };
    const html = renderHandbook(bad, { lang: "en", format: "html" });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    const md = renderHandbook(bad, { lang: "en", format: "markdown" });
    expect(md).not.toContain("<script");
    expect(md).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; \\| \\[x\\](javascript:y)",
    );
  });

  it("given the shipped policy, should render each format in well under a second", () => {
    for (const format of FORMATS) {
      const start = performance.now();
      renderHandbook(nv(), { lang: "nb", format });
      expect(performance.now() - start).toBeLessThan(500);
    }
  });
});

describe("renderHandbook, with the example layers of IE and IDI", () => {
  const input = shippedInput(policyFor([SHIPPED, EXAMPLE_POLICIES], "IE", "IDI"), {
    faculty: "IE",
    department: "IDI",
  });

  it("given local layers, should list what each tightened or added, with file:line, marked as examples", () => {
    const html = renderHandbook(input, { lang: "en", format: "html" });
    const changes = html
      .slice(html.indexOf('id="changes"'), html.indexOf('id="coverage"'))
      .replaceAll("<wbr>", "");
    expect(changes).toContain('<code>ntnu-ie</code> <span class="example">');
    expect(changes).toContain(
      "keyboard, mouse, monitor → keyboard, mouse, monitor, docking-station, headset",
    );
    expect(changes).toMatch(/ntnu-ie\/equipment-budget<\/code><\/th><td>Rule added/);
    expect(changes).toMatch(/ntnu-ie-idi\/meeting-day-on-campus<\/code><\/th><td>Rule added/);
    expect(changes).toMatch(/examples\/policies\/ntnu-ie@1\.0\.0\.yaml:\d+/);
  });

  it("given a local rule citing the guideline, should place it beside that section of the guideline", () => {
    const md = renderHandbook(input, { lang: "nb", format: "markdown" });
    const vedlegg2 = md.slice(md.indexOf("### Vedlegg 2 "));
    expect(vedlegg2).toContain("`ntnu-ie-idi/meeting-day-on-campus`");
    const s25 = md.slice(md.indexOf("#### 2.5. Dekning av utstyr"), md.indexOf("#### 2.6."));
    expect(s25).toContain("`ntnu-ie/equipment-budget`");
    expect(md).toContain("**Eksempel – ikke enhetens faktiske policy**");
  });
});

describe("parseBlocks, the markdown of the source texts", () => {
  it("given wrapped paragraphs, nested lists with paragraphs and a footnote, should keep their structure", () => {
    const md = [
      "First line",
      "goes on.",
      "",
      "- Item one",
      "  continues[^1].",
      "",
      "- Item two",
      "",
      "  - Nested",
      "",
      "    Its paragraph.",
      "",
      "After.",
      "",
      "[^1]: A note",
      "    that wraps.",
    ].join("\n");
    expect(parseBlocks(md)).toEqual([
      { kind: "paragraph", text: "First line goes on." },
      {
        kind: "list",
        items: [
          [{ kind: "paragraph", text: "Item one continues[^1]." }],
          [
            { kind: "paragraph", text: "Item two" },
            {
              kind: "list",
              items: [
                [
                  { kind: "paragraph", text: "Nested" },
                  { kind: "paragraph", text: "Its paragraph." },
                ],
              ],
            },
          ],
        ],
      },
      { kind: "paragraph", text: "After." },
      { kind: "footnote", label: "1", blocks: [{ kind: "paragraph", text: "A note that wraps." }] },
    ]);
  });
});
