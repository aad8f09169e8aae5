/** JUnit, SARIF and GitHub Actions formatters, on a report built by hand. */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/core/report/report.js";
import type { FileResult, Finding } from "../src/core/types.js";
import { escapeData, escapeProperty, formatGithub } from "../src/formatters/github.js";
import { formatJunit } from "../src/formatters/junit.js";
import { artifactLocation, formatSarif, type SarifLog } from "../src/formatters/sarif.js";
import { summaryLine } from "../src/formatters/text.js";
import type { FormatOptions, RuleMeta } from "../src/formatters/types.js";

// ---------------------------------------------------------------------------------------------
// The report

/** Markup characters, a comma, a colon, a newline and a per cent sign, all in one message. */
const TRICKY_EN = `Home share 60% > 40%, see <&"'>: too high\nsecond line`;
const TRICKY_NB = `Hjemmeandel 60% > 40%, se <&"'>: for høy\nandre linje`;
/** U+0007 is not allowed in XML 1.0; "]]>" must not appear raw in character data. */
const SCHEMA_EN = "period: must have property 'end' \u0007 ]]> here";
const SCHEMA_NB = "period: må ha egenskapen 'end' \u0007 ]]> her";

function finding(over: Partial<Finding> & Pick<Finding, "ruleId" | "severity" | "line" | "column">): Finding {
  return {
    section: null,
    layer: null,
    message: { nb: `${over.ruleId} (nb)`, en: `${over.ruleId} (en)` },
    path: "",
    ...over,
  };
}

const FILE_A = "agreements/ie/a.yaml";
const FILE_B = "agreements/mh/b.yaml";
const FILE_C = "agreements/ok.yaml";

function makeReport(): Report {
  const a: FileResult = {
    file: FILE_A,
    agreementId: "IE-2026-0042",
    verdict: "non-compliant",
    layers: ["no-hjemmekontorforskriften@2.0.0", "ntnu-hjemmekontor@1.0.0", "ntnu-ie@1.0.0"],
    findings: [
      finding({
        ruleId: "regulation-sporadic",
        severity: "info",
        section: "1",
        layer: "no-hjemmekontorforskriften",
        line: 12,
        column: 3,
        path: "/schedule",
      }),
      finding({
        ruleId: "max-home-share",
        severity: "error",
        section: "2.4",
        layer: "ntnu-hjemmekontor",
        message: { nb: TRICKY_NB, en: TRICKY_EN },
        line: 21,
        column: 5,
        path: "/schedule/cycle",
      }),
      finding({
        ruleId: "basic-equipment",
        severity: "warning",
        section: "2.5",
        layer: "ntnu-hjemmekontor",
        line: 30,
        column: 3,
        path: "/equipment/items",
      }),
    ],
    waived: [
      finding({
        ruleId: "security-sensitive",
        severity: "error",
        section: "3.5",
        layer: "ntnu-hjemmekontor",
        line: 8,
        column: 1,
        path: "/informationClass",
      }),
    ],
  };
  const b: FileResult = {
    file: FILE_B,
    agreementId: "MH-2026-0007",
    verdict: "invalid",
    layers: [],
    findings: [
      finding({
        ruleId: "schema",
        severity: "error",
        message: { nb: SCHEMA_NB, en: SCHEMA_EN },
        line: 3,
        column: 1,
        path: "/period",
      }),
    ],
    waived: [],
  };
  const c: FileResult = {
    file: FILE_C,
    agreementId: "NV-2026-0001",
    verdict: "compliant",
    layers: ["no-hjemmekontorforskriften@2.0.0", "ntnu-hjemmekontor@1.0.0"],
    findings: [],
    waived: [],
  };
  return {
    version: 1,
    policySources: [],
    summary: {
      files: 3,
      compliant: 1,
      nonCompliant: 1,
      invalid: 1,
      errors: 2,
      warnings: 1,
      infos: 1,
      waived: 1,
    },
    results: [a, b, c],
    skipped: [],
  };
}

/** Every rule of the report except `regulation-sporadic` (which must get a minimal entry), plus one unused rule. */
const RULES: RuleMeta[] = [
  {
    id: "max-home-share",
    section: "2.4",
    layer: "ntnu-hjemmekontor",
    severity: "error",
    quote: "Hjemmekontor kan utgjøre inntil 40 % av arbeidstiden.",
    description: { nb: "Hjemmeandelen er for høy.", en: "The home share is too high." },
  },
  {
    id: "basic-equipment",
    section: "2.5",
    layer: "ntnu-hjemmekontor",
    severity: "warning",
    quote: "NTNU stiller tastatur, mus og skjerm til disposisjon.",
    description: { nb: "Grunnutstyr mangler.", en: "Basic equipment is missing." },
  },
  {
    id: "security-sensitive",
    section: "3.5",
    layer: "ntnu-hjemmekontor",
    severity: "error",
    quote: "Arbeid med strengt fortrolig informasjon egner seg normalt ikke for hjemmekontor.",
    description: { nb: "Sikkerhetskritisk arbeid.", en: "Security-sensitive work." },
  },
  {
    id: "core-time",
    section: "2.2",
    layer: "ntnu-hjemmekontor",
    severity: "error",
    quote: "Kjernetiden gjelder også på hjemmekontor.",
    description: { nb: "Hjemmetiden dekker ikke kjernetiden.", en: "Home hours do not cover core time." },
  },
  {
    id: "schema",
    section: null,
    layer: null,
    severity: "error",
    quote: "",
    description: { nb: "Avtalen bryter skjemaet.", en: "The agreement breaks the schema." },
  },
];

const OPTS: FormatOptions = { lang: "en", rules: RULES };

// ---------------------------------------------------------------------------------------------
// A tiny XML well-formedness checker: a stack-based tag matcher that decodes entities

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITY = /&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/.test(raw)) {
    throw new Error(`raw "&" in ${where}: ${raw}`);
  }
  return raw.replace(ENTITY, (_, e: string) => {
    if (!e.startsWith("#")) return NAMED[e] ?? "";
    const cp = e.startsWith("#x") ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    const ch = String.fromCodePoint(cp);
    if (XML_FORBIDDEN.test(ch)) throw new Error(`reference to a forbidden character in ${where}: ${e}`);
    return ch;
  });
}

function parseXml(xml: string): XmlNode {
  if (XML_FORBIDDEN.test(xml)) throw new Error("a character XML 1.0 forbids");
  const decl = /^<\?xml [^?]*\?>\s*/.exec(xml);
  let i = decl ? decl[0].length : 0;
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*\s*=\s*"[^"]*")*)\s*(\/?)>/y;
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.includes("]]>")) throw new Error(`"]]>" in character data: ${text}`);
    const top = stack.at(-1);
    if (top) top.text += decode(text, `<${top.name}> text`);
    else if (text.trim()) throw new Error(`text outside the root element: ${text}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (!m) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 60)}`);
    const [whole, close, name = "", attrSrc = "", selfClose] = m;
    i = lt + whole.length;
    if (close) {
      if (attrSrc.trim() || selfClose) throw new Error(`malformed end tag </${name}>`);
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? "nothing"}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, key = "", value = ""] of attrSrc.matchAll(/\s+([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"/g)) {
      if (value.includes("<")) throw new Error(`raw "<" in attribute ${key}`);
      if (key in attrs) throw new Error(`duplicate attribute ${key}`);
      // Attribute-value normalisation: literal white space becomes a space, as in real parsers.
      attrs[key] = decode(value.replace(/[\t\n\r]/g, " "), `attribute ${key}`);
    }
    const node: XmlNode = { name, attrs, children: [], text: "" };
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else if (root) throw new Error("more than one root element");
    else root = node;
    if (!selfClose) stack.push(node);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.map((n) => n.name).join("> <")}>`);
  if (!root) throw new Error("no root element");
  return root;
}

function descendants(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...descendants(c, name)]);
}

function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

describe("the XML checker used below", () => {
  it("rejects what is not well-formed", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow();
    expect(() => parseXml("<a><b></a>")).toThrow();
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow();
    expect(() => parseXml('<a x="1 < 2"/>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml("<a>1 < 2</a>")).toThrow();
    expect(() => parseXml("<a>\u0001</a>")).toThrow();
    expect(() => parseXml("<a/><b/>")).toThrow();
    expect(parseXml('<a x="&lt;&amp;&#10;"><b>&gt;</b></a>').attrs.x).toBe("<&\n");
  });
});

// ---------------------------------------------------------------------------------------------

describe("formatJunit", () => {
  const xml = formatJunit(makeReport(), OPTS);
  /** Parsed per test, so that a malformed document fails the well-formedness test by name. */
  const parse = () => parseXml(xml);
  const caseOf = (root: XmlNode, file: string) => {
    const tc = descendants(root, "testcase").find((t) => t.attrs.name === file);
    if (!tc) throw new Error(`no testcase ${file}`);
    return tc;
  };

  it("is a well-formed document with one <testsuite> and one <testcase> per agreement (SPEC 7)", () => {
    const root = parse();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml.endsWith("</testsuites>\n")).toBe(true);
    expect(root.name).toBe("testsuites");
    expect(descendants(root, "testsuite")).toHaveLength(1);
    expect(descendants(root, "testcase").map((t) => t.attrs.name)).toEqual([FILE_A, FILE_B, FILE_C]);
  });

  it("has counts that match the elements, in the suite and in total", () => {
    const root = parse();
    const counted = {
      tests: String(descendants(root, "testcase").length),
      failures: String(descendants(root, "failure").length),
      errors: String(descendants(root, "error").length),
    };
    const attrs = (n: XmlNode) => ({
      tests: n.attrs.tests,
      failures: n.attrs.failures,
      errors: n.attrs.errors,
    });
    expect(attrs(root)).toEqual(counted);
    expect(attrs(root)).toEqual({ tests: "3", failures: "1", errors: "1" });
    expect(attrs(descendants(root, "testsuite")[0] as XmlNode)).toEqual(counted);
  });

  it("fails a non-compliant agreement with all its findings, escaped and intact, as the failure's text", () => {
    const failure = child(caseOf(parse(), FILE_A), "failure");
    expect(failure?.attrs.type).toBe("non-compliant");
    expect(failure?.attrs.message).toBe("non-compliant: 3 findings");
    expect(failure?.text).toContain(TRICKY_EN);
    expect(failure?.text).toContain("§ 2.4");
    expect(failure?.text).toContain("basic-equipment (en)");
    expect(failure?.text).toContain("regulation-sporadic (en)");
    expect(failure?.text).toContain("Waived (approved exception): ");
    expect(xml).not.toContain("<&\"'>");
  });

  it("passes a compliant agreement, even one with warnings and infos (shown as <system-out>)", () => {
    const root = parse();
    expect(caseOf(root, FILE_C).children).toEqual([]);
    const warnOnly: Report = {
      ...makeReport(),
      results: [{ ...(makeReport().results[0] as FileResult), verdict: "compliant" }],
    };
    const first = warnOnly.results[0] as FileResult;
    first.findings = first.findings.filter((f) => f.severity !== "error");
    const tc = caseOf(parseXml(formatJunit(warnOnly, OPTS)), FILE_A);
    expect(tc.children.map((c) => c.name)).toEqual(["system-out"]);
    expect(child(tc, "system-out")?.text).toContain("basic-equipment (en)");
  });

  it("fails at or above --fail-on: a warning fails with warning, nothing fails with never", () => {
    const warnOnly: Report = {
      ...makeReport(),
      results: [{ ...(makeReport().results[0] as FileResult), verdict: "compliant" }],
    };
    const first = warnOnly.results[0] as FileResult;
    first.findings = first.findings.filter((f) => f.severity !== "error");
    expect(
      child(caseOf(parseXml(formatJunit(warnOnly, { ...OPTS, failOn: "warning" })), FILE_A), "failure"),
    ).toBeDefined();
    expect(descendants(parseXml(formatJunit(makeReport(), { ...OPTS, failOn: "never" })), "failure")).toEqual(
      [],
    );
  });

  it("reports an invalid agreement as <error> and drops characters XML forbids", () => {
    const tc = caseOf(parse(), FILE_B);
    expect(tc.children.map((c) => c.name)).toEqual(["error"]);
    expect(child(tc, "error")?.text).toContain(SCHEMA_EN.replace("\u0007", ""));
    expect(xml).not.toContain("\u0007");
  });

  it("uses only the elements and attributes Jenkins' junit-10 schema and GitLab read", () => {
    // junit-10.xsd (Jenkins): <testsuites> has no `skipped`; every element below is allowed there.
    const allowed: Record<string, string[]> = {
      testsuites: ["name", "time", "tests", "failures", "disabled", "errors"],
      testsuite: [
        "name",
        "tests",
        "failures",
        "errors",
        "group",
        "time",
        "disabled",
        "skipped",
        "timestamp",
        "hostname",
        "id",
        "package",
        "file",
        "log",
        "url",
        "version",
      ],
      testcase: ["name", "assertions", "time", "classname", "status", "group", "file", "line"],
      failure: ["message", "type"],
      error: ["message", "type"],
      "system-out": [],
    };
    const walk = (n: XmlNode, parent: string | null) => {
      expect(Object.keys(allowed), `<${n.name}>`).toContain(n.name);
      for (const a of Object.keys(n.attrs)) expect(allowed[n.name], `${n.name}@${a}`).toContain(a);
      if (parent === null) expect(n.name).toBe("testsuites");
      for (const c of n.children) walk(c, n.name);
    };
    walk(parse(), null);
    for (const n of [parse(), ...descendants(parse(), "testsuite"), ...descendants(parse(), "testcase")])
      expect(n.attrs.time, n.name).toBe("0");
    for (const n of descendants(parse(), "testcase")) expect(n.attrs.classname).toBeTruthy();
  });

  it("writes messages in the language asked for", () => {
    const nb = parseXml(formatJunit(makeReport(), { ...OPTS, lang: "nb" }));
    const failure = child(caseOf(nb, FILE_A), "failure");
    expect(failure?.text).toContain(TRICKY_NB);
    expect(failure?.attrs.message).toBe("ikke i samsvar: 3 funn");
  });
});

// ---------------------------------------------------------------------------------------------

const SARIF_SUBSET = JSON.parse(
  readFileSync(new URL("./fixtures/sarif-2.1.0-subset.schema.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const validateSarif = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(
  SARIF_SUBSET,
);

describe("formatSarif", () => {
  const text = formatSarif(makeReport(), OPTS);
  const log = JSON.parse(text) as SarifLog;
  const run = log.runs[0];
  if (!run) throw new Error("no run");
  const rules = run.tool.driver.rules;
  const results = run.results;
  const resultFor = (ruleId: string) => {
    const r = results.find((x) => x.ruleId === ruleId);
    if (!r) throw new Error(`no result for ${ruleId}`);
    return r;
  };

  it("matches the SARIF 2.1.0 structure", () => {
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe("hjemmekontor");
    expect(run.tool.driver.version).toBe("0.1.0");
    expect(
      JSON.parse(formatSarif(makeReport(), { ...OPTS, toolVersion: "9.9.9" })).runs[0].tool.driver.version,
    ).toBe("9.9.9");
  });

  it("the subset schema rejects what SARIF forbids (checks the check)", () => {
    const withLevel = structuredClone(log);
    const first = withLevel.runs[0]?.results[0];
    if (!first) throw new Error("no result");
    (first as { level: string }).level = "info";
    expect(validateSarif(withLevel)).toBe(false);

    const withoutRegion = structuredClone(log);
    const location = withoutRegion.runs[0]?.results[0]?.locations[0];
    if (!location) throw new Error("no location");
    delete location.physicalLocation.region;
    expect(validateSarif(withoutRegion)).toBe(false);
  });

  it("is pretty-printed JSON with a trailing newline", () => {
    expect(text).toBe(`${JSON.stringify(log, null, 2)}\n`);
  });

  it("lists the given rules in order, then a minimal entry for a used rule the list lacks", () => {
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), "regulation-sporadic"]);
    const mhs = rules[0];
    expect(mhs?.name).toBe("MaxHomeShare");
    expect(mhs?.shortDescription?.text).toBe("The home share is too high.");
    expect(mhs?.fullDescription?.text).toBe("Hjemmekontor kan utgjøre inntil 40 % av arbeidstiden.");
    expect(mhs?.help?.text).toBe("§ 2.4 — The home share is too high.");
    expect(mhs?.properties).toEqual({ section: "2.4", layer: "ntnu-hjemmekontor" });
    expect(mhs?.defaultConfiguration.level).toBe("error");
    expect(rules[1]?.defaultConfiguration.level).toBe("warning");

    const schema = rules.find((r) => r.id === "schema");
    expect(schema?.fullDescription).toBeUndefined();
    expect(schema?.help?.text).toBe("The agreement breaks the schema.");

    const minimal = rules.at(-1);
    expect(minimal?.properties).toEqual({ section: "1", layer: "no-hjemmekontorforskriften" });
    expect(minimal?.defaultConfiguration.level).toBe("note");
  });

  it("gives every finding and waived finding a result whose ruleIndex points at its rule", () => {
    expect(results.map((r) => r.ruleId)).toEqual([
      "regulation-sporadic",
      "max-home-share",
      "basic-equipment",
      "security-sensitive",
      "schema",
    ]);
    for (const r of results) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it("maps severities to SARIF levels", () => {
    expect(resultFor("max-home-share").level).toBe("error");
    expect(resultFor("basic-equipment").level).toBe("warning");
    expect(resultFor("regulation-sporadic").level).toBe("note");
    expect(resultFor("schema").level).toBe("error");
  });

  it("carries the message in the language asked for and the location relative to %SRCROOT%", () => {
    const r = resultFor("max-home-share");
    expect(r.message.text).toBe(TRICKY_EN);
    expect(r.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: FILE_A, uriBaseId: "%SRCROOT%" },
      region: { startLine: 21, startColumn: 5 },
    });
    const nb = JSON.parse(formatSarif(makeReport(), { ...OPTS, lang: "nb" })) as SarifLog;
    expect(nb.runs[0]?.results.find((x) => x.ruleId === "max-home-share")?.message.text).toBe(TRICKY_NB);
    expect(nb.runs[0]?.tool.driver.rules[0]?.shortDescription?.text).toBe("Hjemmeandelen er for høy.");
  });

  it("marks waived findings, and only those, with an external suppression", () => {
    const waived = resultFor("security-sensitive");
    expect(waived.suppressions).toHaveLength(1);
    expect(waived.suppressions?.[0]?.kind).toBe("external");
    expect(waived.suppressions?.[0]?.justification).toBeTruthy();
    expect(results.filter((r) => r.suppressions)).toEqual([waived]);
  });

  it("writes file paths as URIs with forward slashes (Windows separators turned into /)", () => {
    expect(artifactLocation("agreements\\ie\\a.yaml", "\\")).toEqual({
      uri: "agreements/ie/a.yaml",
      uriBaseId: "%SRCROOT%",
    });
    expect(artifactLocation("./avtaler/kari nordmann/æ.yaml")).toEqual({
      uri: "avtaler/kari%20nordmann/%C3%A6.yaml",
      uriBaseId: "%SRCROOT%",
    });
    expect(artifactLocation("../shared/a.yaml").uri).toBe("../shared/a.yaml");
    expect(artifactLocation("/srv/agreements/a.yaml")).toEqual({ uri: "file:///srv/agreements/a.yaml" });
    expect(artifactLocation("C:\\agreements\\a.yaml", "\\")).toEqual({ uri: "file:///C:/agreements/a.yaml" });
  });
});

// ---------------------------------------------------------------------------------------------

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
