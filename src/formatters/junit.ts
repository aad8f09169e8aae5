/**
 * `--format junit`: JUnit XML for CI test reporters. One <testsuite> per agreement file, one
 * <testcase> per finding: errors and warnings fail, infos pass with <system-out>, waived findings
 * are <skipped>, and an invalid file's `yaml`/`schema` findings are <error>s. A file without
 * findings gets one passing testcase named "compliant". Messages are in `report.lang`.
 */
import type { Report } from "../core/report/report.js";
import type { FileResult, Finding, Lang } from "../core/types.js";
import { sectionLabel } from "./text.js";
import type { FormatOptions } from "./types.js";

/** Built-in finding kinds that make a file invalid: reported as <error>, not <failure>. */
const INVALID_KINDS: ReadonlySet<string> = new Set(["yaml", "schema"]);

/** Characters XML 1.0 does not allow anywhere, not even as character references. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes character data: markup characters become entities; forbidden characters are removed. */
export function xmlText(s: string): string {
  return s.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}

/** Escapes an attribute value; tabs and line breaks become references so parsers keep them. */
export function xmlAttr(s: string): string {
  return s.replace(FORBIDDEN, "").replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c] ?? c);
}

const SEVERITY: Record<Lang, Record<Finding["severity"], string>> = {
  nb: { error: "feil", warning: "advarsel", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

const LABEL: Record<Lang, { path: string; related: string; more: (n: number) => string; waived: string }> = {
  nb: { path: "sti", related: "gjelder også", more: (n) => `og ${n} til`, waived: "Unntak (godkjent)" },
  en: {
    path: "path",
    related: "related",
    more: (n) => `and ${n} more`,
    waived: "Waived (approved exception)",
  },
};

type Kind = "failure" | "error" | "info" | "skipped";

function kindOf(f: Finding, waived: boolean): Kind {
  if (waived) return "skipped";
  if (INVALID_KINDS.has(f.ruleId)) return "error";
  return f.severity === "info" ? "info" : "failure";
}

/** The element body: where, which rule and section, the message, the JSON pointer and related files. */
function details(file: string, f: Finding, lang: Lang): string {
  const source = [f.section ? sectionLabel(f.section) : null, f.layer].filter(Boolean).join(", ");
  const lines = [
    `${file}:${f.line}:${f.column}  ${SEVERITY[lang][f.severity]}  ${f.ruleId}${source ? ` (${source})` : ""}`,
    f.message[lang],
  ];
  if (f.path) lines.push(`${LABEL[lang].path}: ${f.path}`);
  if (f.related?.length) {
    const more = f.relatedOmitted ? ` ${LABEL[lang].more(f.relatedOmitted)}` : "";
    lines.push(`${LABEL[lang].related}: ${f.related.join(", ")}${more}`);
  }
  return lines.join("\n");
}

function testcase(file: string, f: Finding, kind: Kind, lang: Lang): string {
  const open = `    <testcase classname="${xmlAttr(file)}" name="${xmlAttr(`${f.ruleId} ${f.line}:${f.column}`)}">`;
  const message = f.message[lang];
  let inner: string;
  switch (kind) {
    case "failure":
    case "error":
      inner = `      <${kind} message="${xmlAttr(message)}" type="${f.severity}">${xmlText(details(file, f, lang))}</${kind}>`;
      break;
    case "info":
      inner = `      <system-out>${xmlText(details(file, f, lang))}</system-out>`;
      break;
    case "skipped":
      inner = `      <skipped message="${xmlAttr(`${LABEL[lang].waived}: ${message}`)}"/>`;
      break;
  }
  return `${open}\n${inner}\n    </testcase>`;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function suite(r: FileResult, lang: Lang): string {
  const counts = countsOf(r);
  const cases: string[] = [];
  if (r.findings.length === 0) cases.push(`    <testcase classname="${xmlAttr(r.file)}" name="compliant"/>`);
  for (const f of r.findings) cases.push(testcase(r.file, f, kindOf(f, false), lang));
  for (const f of r.waived) cases.push(testcase(r.file, f, kindOf(f, true), lang));

  const props = [`      <property name="verdict" value="${xmlAttr(r.verdict)}"/>`];
  if (r.agreementId !== null) {
    props.push(`      <property name="agreementId" value="${xmlAttr(r.agreementId)}"/>`);
  }
  if (r.layers.length > 0) {
    props.push(`      <property name="layers" value="${xmlAttr(r.layers.join(" "))}"/>`);
  }
  return [
    `  <testsuite name="${xmlAttr(r.file)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}">`,
    "    <properties>",
    ...props,
    "    </properties>",
    ...cases,
    "  </testsuite>",
  ].join("\n");
}

/** The JUnit document in pieces, one agreement's <testsuite> at a time (see formatChunks). */
export function* junitChunks(report: Report, _opts: FormatOptions = {}): Generator<string> {
  const lang = report.lang;
  // The totals head the document: counted first, from the findings alone.
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const r of report.results) {
    const c = countsOf(r);
    total.tests += c.tests;
    total.failures += c.failures;
    total.errors += c.errors;
    total.skipped += c.skipped;
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="hjemmekontor" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}">\n`;
  for (const r of report.results) yield `${suite(r, lang)}\n`;
  yield "</testsuites>\n";
}

/** A suite's counts without building its XML. */
function countsOf(r: FileResult): Counts {
  const counts: Counts = { tests: r.findings.length === 0 ? 1 : 0, failures: 0, errors: 0, skipped: 0 };
  for (const [list, waived] of [
    [r.findings, false],
    [r.waived, true],
  ] as const) {
    for (const f of list) {
      const kind = kindOf(f, waived);
      counts.tests++;
      if (kind === "failure") counts.failures++;
      else if (kind === "error") counts.errors++;
      else if (kind === "skipped") counts.skipped++;
    }
  }
  return counts;
}

export function formatJunit(report: Report, opts: FormatOptions = {}): string {
  return [...junitChunks(report, opts)].join("");
}
