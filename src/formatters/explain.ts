/** `explain --format text|json`: an agreement's facts and each rule's conditions, leaf by leaf. */
import { formatValue } from "../core/rules/evaluate.js";
import type { ExplainedCondition, ExplainedRule, Explanation } from "../core/run/explain.js";
import type { Lang } from "../core/types.js";
import { SEVERITY, sectionLabel, VERDICT } from "./text.js";

const WORDS = {
  nb: {
    layers: "Lag i kraft",
    noLayers: "Ingen policy gjelder for avtalen; bare funnene under kan forklares.",
    facts: "Fakta",
    params: "Parametere",
    rule: "Regel",
    mandatory: "obligatorisk",
    optional: "valgfri",
    exception: "unntak mulig",
    branch: "Gren",
    yes: "sant",
    no: "usant",
    all: "alle av",
    any: "minst én av",
    not: "ikke",
    finding: "Funn",
    waived: "Unntatt",
    none: "Ingen funn",
    example: "eksempel",
    findings: "Funn i avtalen",
  },
  en: {
    layers: "Layers in force",
    noLayers: "No policy applies to the agreement; only the findings below can be explained.",
    facts: "Facts",
    params: "Parameters",
    rule: "Rule",
    mandatory: "mandatory",
    optional: "optional",
    exception: "exception allowed",
    branch: "Branch",
    yes: "true",
    no: "false",
    all: "all of",
    any: "at least one of",
    not: "not",
    finding: "Finding",
    waived: "Waived",
    none: "No finding",
    example: "example",
    findings: "Findings in the agreement",
  },
} as const;

function show(v: unknown, lang: Lang): string {
  if (Array.isArray(v) && v.some((x) => typeof x === "object" && x !== null)) {
    return `[${v.map((x) => JSON.stringify(x)).join(", ")}]`;
  }
  if (Array.isArray(v)) return `[${formatValue(v, lang)}]`;
  if (typeof v === "string") return JSON.stringify(v);
  return formatValue(v, lang);
}

function condition(c: ExplainedCondition, lang: Lang, indent: string): string[] {
  const w = WORDS[lang];
  const mark = c.result ? "✔" : "✘";
  if (c.kind === "leaf") {
    const right = c.valueFact !== null ? `${c.valueFact} (${show(c.expected, lang)})` : show(c.value, lang);
    return [
      `${indent}${mark} ${c.fact} (${show(c.actual, lang)}) ${c.operator} ${right} → ${c.result ? w.yes : w.no}`,
    ];
  }
  if (c.kind === "not") return [`${indent}${mark} ${w.not}:`, ...condition(c.child, lang, `${indent}    `)];
  return [
    `${indent}${mark} ${c.kind === "all" ? w.all : w.any}:`,
    ...c.children.flatMap((x) => condition(x, lang, `${indent}    `)),
  ];
}

function rule(r: ExplainedRule, lang: Lang): string[] {
  const w = WORDS[lang];
  const traits = [SEVERITY[lang][r.severity], r.mandatory ? w.mandatory : w.optional];
  if (r.exceptionAllowed) traits.push(w.exception);
  const out = [`${w.rule} ${r.id} (${sectionLabel(r.section)}, ${traits.join(", ")}; ${r.layer})`];
  if (r.quote) out.push(`  «${r.quote}»`);
  r.branches.forEach((b, i) => {
    if (r.branches.length > 1) out.push(`  ${w.branch} ${i + 1}:`);
    out.push(...condition(b, lang, r.branches.length > 1 ? "    " : "  "));
  });
  for (const f of r.findings) out.push(`  → ${w.finding} ${f.line}:${f.column}: ${f.message[lang]}`);
  for (const f of r.waived) out.push(`  → ${w.waived} ${f.line}:${f.column}: ${f.message[lang]}`);
  if (r.reason) out.push(`  → ${w.none}: ${r.reason[lang]}`);
  return out;
}

export function formatExplanation(e: Explanation, lang: Lang, format: "text" | "json"): string {
  if (format === "json") return `${JSON.stringify(e, null, 2)}\n`;
  const w = WORDS[lang];
  const out = [`${e.file}  (${VERDICT[lang][e.result.verdict]})`, ""];
  if (e.layers.length === 0) {
    out.push(w.noLayers, "", `${w.findings}:`);
    for (const f of e.result.findings) out.push(`  ${f.line}:${f.column}  ${f.ruleId}  ${f.message[lang]}`);
    return `${out.join("\n")}\n`;
  }
  out.push(`${w.layers}:`);
  for (const l of e.layers)
    out.push(`  ${l.id}@${l.version}  ${l.file}${l.example ? ` (${w.example})` : ""}`);
  out.push("", `${w.facts}:`);
  for (const [k, v] of Object.entries(e.facts)) out.push(`  ${k} = ${show(v, lang)}`);
  out.push("", `${w.params}:`);
  for (const [k, v] of Object.entries(e.parameters)) out.push(`  ${k} = ${show(v, lang)}`);
  const others = e.only ? [] : e.result.findings.filter((f) => !e.rules.some((r) => r.id === f.ruleId));
  for (const r of e.rules) out.push("", ...rule(r, lang));
  if (others.length > 0) {
    out.push("", `${w.findings}:`);
    for (const f of others) out.push(`  ${f.line}:${f.column}  ${f.ruleId}  ${f.message[lang]}`);
  }
  return `${out.join("\n")}\n`;
}
