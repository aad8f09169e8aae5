/** The GitHub Actions formatter and the summary line's mark, on a report built by hand. */
import { describe, expect, it } from "vitest";
import type { Report } from "../src/core/report/report.js";
import type { FileResult } from "../src/core/types.js";
import { escapeData, escapeProperty, formatGithub } from "../src/formatters/github.js";
import { summaryLine } from "../src/formatters/text.js";
import { finding, makeReport, OPTS } from "./helpers-report.js";

const ANNOTATION = /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=.+::.+$/;

describe("formatGithub", () => {
  const out = formatGithub(makeReport(), OPTS);
  const lines = out.split("\n");

  it("prints one annotation line per finding, none for waived findings, then a plain summary", () => {
    expect(out.endsWith("\n")).toBe(true);
    expect(lines.pop()).toBe("");
    const summary = lines.pop();
    expect(summary).toBe(
      "✖ 3 agreements: 1 compliant, 1 non-compliant, 1 invalid — 2 errors, 1 warning, 1 info, 1 waived",
    );
    expect(summary?.startsWith("::")).toBe(false);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(ANNOTATION);
    expect(out).not.toContain("security-sensitive");
  });

  it("maps error, warning and info to ::error, ::warning and ::notice with the section in the title", () => {
    expect(lines).toEqual([
      "::notice file=agreements/ie/a.yaml,line=12,col=3,title=regulation-sporadic (§ 1)::regulation-sporadic (en)",
      expect.stringMatching(
        /^::error file=agreements\/ie\/a\.yaml,line=21,col=5,title=max-home-share \(§ 2\.4\)::/,
      ),
      "::warning file=agreements/ie/a.yaml,line=30,col=3,title=basic-equipment (§ 2.5)::basic-equipment (en)",
      expect.stringMatching(/^::error file=agreements\/mh\/b\.yaml,line=3,col=1,title=schema::/),
    ]);
  });

  it("escapes %, CR and LF in the message, so a newline does not break the line", () => {
    expect(lines[1]).toBe(
      "::error file=agreements/ie/a.yaml,line=21,col=5,title=max-home-share (§ 2.4)::" +
        `Home share 60%25 > 40%25, see <&"'>: too high%0Asecond line`,
    );
    expect(escapeData("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac:d,e");
  });

  it("escapes , and : in properties as well", () => {
    expect(escapeProperty("a%b\r\nc:d,e")).toBe("a%25b%0D%0Ac%3Ad%2Ce");
    const report = makeReport();
    const first = report.results[0];
    if (!first) throw new Error("no result");
    first.file = "agreements/x,y:z.yaml";
    const line = formatGithub(report, OPTS).split("\n")[0];
    expect(line).toBe(
      "::notice file=agreements/x%2Cy%3Az.yaml,line=12,col=3,title=regulation-sporadic (§ 1)::regulation-sporadic (en)",
    );
    expect(line).toMatch(ANNOTATION);
  });

  it("writes messages in the language asked for", () => {
    const nb = formatGithub(makeReport(), { ...OPTS, lang: "nb" }).split("\n");
    expect(nb[1]?.endsWith("::Hjemmeandel 60%25 > 40%25, se <&\"'>: for høy%0Aandre linje")).toBe(true);
    expect(nb.at(-2)).toMatch(/^✖ 3 avtaler: 1 i samsvar/);
  });

  it("annotates only errors when quiet", () => {
    const quiet = formatGithub(makeReport(), { ...OPTS, quiet: true })
      .trimEnd()
      .split("\n");
    expect(quiet.slice(0, -1).map((l) => l.slice(0, l.indexOf(" ")))).toEqual(["::error", "::error"]);
  });
});

describe("the summary line's mark", () => {
  it("given warnings only, should be ✔ at --fail-on error (exit 0) and ✖ at --fail-on warning (exit 1)", () => {
    const warnOnly: Report = { ...makeReport(), results: [{ ...(makeReport().results[2] as FileResult) }] };
    const first = warnOnly.results[0] as FileResult;
    first.findings = [finding({ ruleId: "basic-equipment", severity: "warning", line: 3, column: 1 })];
    warnOnly.summary = {
      ...warnOnly.summary,
      files: 1,
      compliant: 1,
      nonCompliant: 0,
      invalid: 0,
      errors: 0,
      warnings: 1,
      infos: 0,
      waived: 0,
    };
    expect(summaryLine(warnOnly, "nb")).toMatch(/^✔ /);
    expect(summaryLine(warnOnly, "nb", "warning")).toMatch(/^✖ /);
    expect(summaryLine(makeReport(), "en")).toMatch(/^✖ /);
  });
});
