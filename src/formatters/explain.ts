/** `explain --format text|json`: an agreement's facts and each rule's conditions, leaf by leaf. */
import { formatValue } from "../core/rules/evaluate.js";
import type { ExplainedCondition, ExplainedRule, Explanation } from "../core/run/explain.js";
import type { Lang } from "../core/types.js";
import { FMT_EXPLAIN } from "./messages/explain.js";
import { SEVERITY, sectionLabel, VERDICT } from "./text.js";

function show(v: unknown, lang: Lang): string {
  if (Array.isArray(v) && v.some((x) => typeof x === "object" && x !== null)) {
    return `[${v.map((x) => JSON.stringify(x)).join(", ")}]`;
  }
  if (Array.isArray(v)) return `[${formatValue(v, lang)}]`;
  if (typeof v === "string") return JSON.stringify(v);
  return formatValue(v, lang);
}

function condition(c: ExplainedCondition, lang: Lang, indent: string): string[] {
  const mark = c.result ? "✔" : "✘";
  if (c.kind === "leaf") {
    const right = c.valueFact !== null ? `${c.valueFact} (${show(c.expected, lang)})` : show(c.value, lang);
    return [
      `${indent}${mark} ${c.fact} (${show(c.actual, lang)}) ${c.operator} ${right} → ${c.result ? FMT_EXPLAIN.yes[lang] : FMT_EXPLAIN.no[lang]}`,
    ];
  }
  if (c.kind === "not")
    return [`${indent}${mark} ${FMT_EXPLAIN.not[lang]}:`, ...condition(c.child, lang, `${indent}    `)];
  return [
    `${indent}${mark} ${c.kind === "all" ? FMT_EXPLAIN.all[lang] : FMT_EXPLAIN.any[lang]}:`,
    ...c.children.flatMap((x) => condition(x, lang, `${indent}    `)),
  ];
}

function rule(r: ExplainedRule, lang: Lang): string[] {
  const traits = [
    SEVERITY[lang][r.severity],
    r.mandatory ? FMT_EXPLAIN.mandatory[lang] : FMT_EXPLAIN.optional[lang],
  ];
  if (r.exceptionAllowed) traits.push(FMT_EXPLAIN.exception[lang]);
  const out = [
    `${FMT_EXPLAIN.rule[lang]} ${r.id} (${sectionLabel(r.section)}, ${traits.join(", ")}; ${r.layer})`,
  ];
  if (r.quote) out.push(`  «${r.quote}»`);
  r.branches.forEach((b, i) => {
    if (r.branches.length > 1) out.push(`  ${FMT_EXPLAIN.branch[lang]} ${i + 1}:`);
    out.push(...condition(b, lang, r.branches.length > 1 ? "    " : "  "));
  });
  for (const f of r.findings)
    out.push(`  → ${FMT_EXPLAIN.finding[lang]} ${f.line}:${f.column}: ${f.message[lang]}`);
  for (const f of r.waived)
    out.push(`  → ${FMT_EXPLAIN.waived[lang]} ${f.line}:${f.column}: ${f.message[lang]}`);
  if (r.reason) out.push(`  → ${FMT_EXPLAIN.none[lang]}: ${r.reason[lang]}`);
  return out;
}

export function formatExplanation(e: Explanation, lang: Lang, format: "text" | "json"): string {
  if (format === "json") return `${JSON.stringify(e, null, 2)}\n`;
  const out = [`${e.file}  (${VERDICT[lang][e.result.verdict]})`, ""];
  if (e.layers.length === 0) {
    out.push(FMT_EXPLAIN.noLayers[lang], "", `${FMT_EXPLAIN.findings[lang]}:`);
    for (const f of e.result.findings) out.push(`  ${f.line}:${f.column}  ${f.ruleId}  ${f.message[lang]}`);
    return `${out.join("\n")}\n`;
  }
  out.push(`${FMT_EXPLAIN.layers[lang]}:`);
  for (const l of e.layers)
    out.push(`  ${l.id}@${l.version}  ${l.file}${l.example ? ` (${FMT_EXPLAIN.example[lang]})` : ""}`);
  out.push("", `${FMT_EXPLAIN.facts[lang]}:`);
  for (const [k, v] of Object.entries(e.facts)) out.push(`  ${k} = ${show(v, lang)}`);
  out.push("", `${FMT_EXPLAIN.params[lang]}:`);
  for (const [k, v] of Object.entries(e.parameters)) out.push(`  ${k} = ${show(v, lang)}`);
  const others = e.only ? [] : e.result.findings.filter((f) => !e.rules.some((r) => r.id === f.ruleId));
  for (const r of e.rules) out.push("", ...rule(r, lang));
  if (others.length > 0) {
    out.push("", `${FMT_EXPLAIN.findings[lang]}:`);
    for (const f of others) out.push(`  ${f.line}:${f.column}  ${f.ruleId}  ${f.message[lang]}`);
  }
  return `${out.join("\n")}\n`;
}
