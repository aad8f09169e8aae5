/**
 * `--format junit`: JUnit XML for CI test reporters (SPEC 7). One <testcase> per agreement, failed
 * when it has a finding at or above `--fail-on` (its findings are the failure's text), an <error>
 * when it is invalid, else passed with its findings, if any, as <system-out> — so a compliant
 * agreement is green in GitLab and Jenkins. Only the attributes the JUnit schemas those tools read
 * allow (Jenkins' junit-10: no `skipped` on <testsuites>; `time` everywhere). Messages in `opts.lang`.
 */

import { msg } from "../core/messages/index.js";
import type { FailOn, Report } from "../core/report/report.js";
import { type FileResult, type Finding, type Lang, SEVERITY_RANK } from "../core/types.js";
import { FMT } from "./messages/report.js";
import { SEVERITY, sectionLabel, VERDICT_WORD } from "./text.js";
import type { FormatOptions } from "./types.js";

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
function xmlText(s: string): string {
  return s.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}

/** Escapes an attribute value; tabs and line breaks become references so parsers keep them. */
function xmlAttr(s: string): string {
  return s.replace(FORBIDDEN, "").replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c] ?? c);
}

/** How an agreement shows in CI: failed at or above `--fail-on`, an error when invalid, else passed. */
type Outcome = "failure" | "error" | "passed";

function outcomeOf(r: FileResult, failOn: FailOn): Outcome {
  if (r.verdict === "invalid") return "error";
  if (failOn === "never") return "passed";
  const threshold = SEVERITY_RANK[failOn];
  return r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? "failure" : "passed";
}

/** A finding as lines: where, which rule and section, the message, the JSON pointer and related files. */
function details(file: string, f: Finding, lang: Lang): string {
  const source = [f.section ? sectionLabel(f.section) : null, f.layer].filter(Boolean).join(", ");
  const lines = [
    `${file}:${f.line}:${f.column}  ${SEVERITY[lang][f.severity]}  ${f.ruleId}${source ? ` (${source})` : ""}`,
    `  ${f.message[lang]}`,
  ];
  if (f.path) lines.push(`  ${FMT.junitPath[lang]}: ${f.path}`);
  if (f.related?.length) {
    const more = f.relatedOmitted ? ` ${msg(FMT.junitMore, { n: f.relatedOmitted })[lang]}` : "";
    lines.push(`  ${FMT.junitRelated[lang]}: ${f.related.join(", ")}${more}`);
  }
  return lines.join("\n");
}

/** One <testcase> per agreement (SPEC 7): the findings are the failure's text. */
function testcase(r: FileResult, failOn: FailOn, lang: Lang): string {
  const outcome = outcomeOf(r, failOn);
  const classname = r.about?.unit.faculty ?? "hjemmekontor";
  const open = `    <testcase classname="${xmlAttr(classname)}" name="${xmlAttr(r.file)}" time="0">`;
  const all = r.findings.map((f) => details(r.file, f, lang));
  const waived = r.waived.map((f) => `${FMT.junitWaived[lang]}: ${details(r.file, f, lang)}`);
  const body = [...all, ...waived].join("\n");
  if (outcome === "passed") {
    return body
      ? `${open}\n      <system-out>${xmlText(body)}</system-out>\n    </testcase>`
      : `${open}</testcase>`;
  }
  const n = r.findings.length;
  const summary = msg(n === 1 ? FMT.junitSummaryOne : FMT.junitSummaryMany, {
    verdict: VERDICT_WORD[r.verdict],
    n,
  })[lang];
  return `${open}\n      <${outcome} message="${xmlAttr(summary)}" type="${r.verdict}">${xmlText(body)}</${outcome}>\n    </testcase>`;
}

/** The JUnit document in pieces, one agreement's <testcase> at a time (see formatChunks). */
export function* junitChunks(report: Report, opts: FormatOptions): Generator<string> {
  const lang = opts.lang;
  const failOn = opts.failOn ?? "error";
  let failures = 0;
  let errors = 0;
  for (const r of report.results) {
    const o = outcomeOf(r, failOn);
    if (o === "failure") failures++;
    else if (o === "error") errors++;
  }
  const counts = `tests="${report.results.length}" failures="${failures}" errors="${errors}" time="0"`;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="hjemmekontor" ${counts}>\n`;
  yield `  <testsuite name="hjemmekontor" ${counts} skipped="0">\n`;
  for (const r of report.results) yield `${testcase(r, failOn, lang)}\n`;
  yield "  </testsuite>\n</testsuites>\n";
}

export function formatJunit(report: Report, opts: FormatOptions): string {
  return [...junitChunks(report, opts)].join("");
}
