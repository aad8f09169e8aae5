/** The JUnit formatter, on a report built by hand, read back by a small XML well-formedness checker. */
import { describe, expect, it } from "vitest";
import type { Report } from "../src/core/report/report.js";
import type { FileResult } from "../src/core/types.js";
import { formatJunit } from "../src/formatters/junit.js";
import {
  FILE_A,
  FILE_B,
  FILE_C,
  makeReport,
  OPTS,
  SCHEMA_EN,
  TRICKY_EN,
  TRICKY_NB,
} from "./helpers-report.js";

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
