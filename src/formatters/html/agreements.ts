/** Section 2 of the report: the filter controls and the table of agreements with their findings. */
import type { Template } from "../../core/messages/index.js";
import type { Finding, Lang } from "../../core/types.js";
import { HTML } from "../messages/html.js";
import { SEVERITY, sectionLabel, VERDICT } from "../text.js";
import type { RuleMeta } from "../types.js";
import { groupUnits, type Status, statusOn, type UnitGroup, unitKey } from "./derive.js";
import { attr, multiline, text } from "./escape.js";
import { count, date, num } from "./i18n.js";
import type { HtmlAgreement, HtmlInput } from "./model.js";

const VERDICT_CLASS = { compliant: "ok", "non-compliant": "bad", invalid: "inv" } as const;
const STATUS: Record<Status, Template> = {
  active: HTML.active,
  expired: HTML.expired,
  upcoming: HTML.upcoming,
  unknown: HTML.unknown,
};
/** Agreements per table: each chunk is its own table that the browser lays out only when near. */
export const CHUNK = 100;

/** A verdict as a badge: the word, a symbol from the style sheet, never colour alone. */
export function verdictBadge(v: HtmlAgreement["verdict"], lang: Lang): string {
  return `<span class="vd vd-${VERDICT_CLASS[v] ?? "inv"}">${text(VERDICT[lang][v] ?? v)}</span>`;
}

/** "IE / IDI", "IE", or the unknown-unit label. */
export function unitName(a: HtmlAgreement, lang: Lang): string {
  const f = a.unit.faculty?.trim();
  if (!f) return HTML.unknownUnit[lang];
  const d = a.unit.department?.trim();
  return d ? `${f} / ${d}` : f;
}

/** "5. jan. 2026 – 30. juni 2026"; an open end is said in words. */
export function period(p: HtmlAgreement["period"], lang: Lang): string {
  const { start, end } = p;
  if (!start && !end) return "–";
  return `${start ? date(start, lang) : "?"} – ${end ? date(end, lang) : HTML.noEnd[lang]}`;
}

function controls(input: HtmlInput, groups: UnitGroup[], statuses: Record<Status, number>): string {
  const { lang, agreements } = input;
  const tally = { compliant: 0, "non-compliant": 0, invalid: 0 };
  for (const a of agreements) tally[a.verdict]++;
  const opt = (value: string, label: string, n?: number) =>
    `<option value="${attr(value)}">${text(label)}${n === undefined ? "" : ` (${num(n, lang)})`}</option>`;
  const verdicts = (["non-compliant", "invalid", "compliant"] as const)
    .map((v) => opt(v, VERDICT[lang][v] ?? v, tally[v]))
    .join("");
  const units = groups
    .map((g) => {
      if (g.key === "") return opt("d:", HTML.unknownUnit[lang], g.tally.total);
      const depts = g.departments
        .map((d) => opt(`d:${d.key}`, `${g.name} / ${d.name ?? HTML.facultyLevel[lang]}`, d.tally.total))
        .join("");
      return `<optgroup label="${attr(g.name)}">${opt(`f:${g.key}/`, `${g.name} – ${HTML.wholeFaculty[lang]}`, g.tally.total)}${depts}</optgroup>`;
    })
    .join("");
  const status = (["active", "upcoming", "expired", "unknown"] as const)
    .filter((s) => statuses[s] > 0)
    .map((s) => opt(s, STATUS[s][lang], statuses[s]))
    .join("");
  const field = (id: string, label: string, control: string) =>
    `<div class="field"><label for="${id}">${text(label)}</label>${control}</div>`;
  return (
    `<form class="controls" id="hk-controls" role="search" aria-label="${attr(HTML.filters[lang])}" hidden>` +
    field(
      "hk-q",
      HTML.search[lang],
      `<input id="hk-q" type="search" autocomplete="off" spellcheck="false" placeholder="${attr(HTML.searchHint[lang])}">`,
    ) +
    field(
      "hk-v",
      HTML.verdict[lang],
      `<select id="hk-v">${opt("", HTML.all[lang], agreements.length)}${verdicts}</select>`,
    ) +
    field("hk-u", HTML.unit[lang], `<select id="hk-u">${opt("", HTML.allUnits[lang])}${units}</select>`) +
    field("hk-s", HTML.status[lang], `<select id="hk-s">${opt("", HTML.all[lang])}${status}</select>`) +
    `<div class="buttons"><button type="button" id="hk-open">${text(HTML.expandAll[lang])}</button>` +
    `<button type="button" id="hk-close">${text(HTML.collapseAll[lang])}</button>` +
    `<button type="reset">${text(HTML.reset[lang])}</button></div>` +
    `<p class="count" id="hk-count" role="status"></p></form>` +
    `<p class="print-only" id="hk-filter-note"></p>`
  );
}

function findingItem(f: Finding, lang: Lang, rules: Map<string, RuleMeta>, waived: boolean): string {
  const sev = waived
    ? `<span class="sev s-waived">${text(HTML.waivedShort[lang])}</span>`
    : severity(f.severity, lang);
  const section = f.section ? ` ${text(sectionLabel(f.section))}` : "";
  const rule = rules.get(f.ruleId);
  const quote = rule?.quote
    ? `<details class="q"><summary>${text(HTML.sourceText[lang])}</summary><blockquote lang="nb">${multiline(rule.quote)}</blockquote></details>`
    : "";
  return (
    `<li><span class="pos">${text(`${f.line}:${f.column}`)}</span>${sev}` +
    `<span class="msg">${text(f.message[lang])}</span><span class="src"><code>${text(f.ruleId)}</code>${section}</span>${quote}</li>`
  );
}

export function severity(s: Finding["severity"], lang: Lang): string {
  return `<span class="sev s-${s}">${text(SEVERITY[lang][s])}</span>`;
}

function summaryLine(a: HtmlAgreement, lang: Lang): string {
  const parts: string[] = [];
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of a.findings) n[f.severity]++;
  if (a.findings.length === 0) parts.push(count(0, lang, HTML.findingsOne, HTML.findingsMany));
  for (const s of ["error", "warning", "info"] as const)
    if (n[s] > 0) parts.push(`${num(n[s], lang)} ${SEVERITY[lang][s]}`);
  if (a.waived.length > 0) parts.push(`${num(a.waived.length, lang)} ${HTML.waivedShort[lang]}`);
  if (a.verdict !== "invalid")
    parts.push(count(a.passed.length, lang, HTML.rulesPassedOne, HTML.rulesPassedMany));
  return text(parts.join(" · "));
}

function details(a: HtmlAgreement, lang: Lang, rules: Map<string, RuleMeta>): string {
  const out: string[] = [];
  if (a.employeeId) out.push(`<p class="meta">${text(`${HTML.employee[lang]}: ${a.employeeId}`)}</p>`);
  if (a.findings.length > 0)
    out.push(`<ol class="fl">${a.findings.map((f) => findingItem(f, lang, rules, false)).join("")}</ol>`);
  if (a.waived.length > 0) {
    out.push(`<p class="lbl">${text(HTML.waived[lang])}</p>`);
    out.push(`<ol class="fl">${a.waived.map((f) => findingItem(f, lang, rules, true)).join("")}</ol>`);
  }
  const passed =
    a.verdict === "invalid"
      ? HTML.notRun[lang]
      : `${HTML.passed[lang]}: ${a.passed.length ? a.passed.join(", ") : "–"}`;
  out.push(`<p class="passed">${text(passed)}</p>`);
  return `<details><summary>${summaryLine(a, lang)}</summary><div class="dc">${out.join("")}</div></details>`;
}

function row(a: HtmlAgreement, lang: Lang, rules: Map<string, RuleMeta>, status: Status): string {
  const id = a.agreementId ? `<span class="sub">${text(a.agreementId)}</span>` : "";
  return (
    `<tbody class="ag" data-v="${attr(a.verdict)}" data-u="${attr(unitKey(a))}" data-s="${status}">` +
    `<tr><th scope="row"><span class="fn">${text(a.file)}</span>${id}</th>` +
    `<td>${text(unitName(a, lang))}</td><td>${text(period(a.period, lang))}</td>` +
    `<td><span class="st st-${status}">${text(STATUS[status][lang])}</span></td>` +
    `<td>${verdictBadge(a.verdict, lang)}</td><td class="num">${num(a.findings.length, lang)}</td></tr>` +
    `<tr class="dt"><td colspan="6">${details(a, lang, rules)}</td></tr></tbody>`
  );
}

/** The agreements as tables of CHUNK rows, each with its own (visually hidden) column headers,
 * below one visual header that stays in view; all aligned by the same fixed column widths. */
export function agreementsSection(input: HtmlInput): string {
  const { lang, agreements, asOf } = input;
  const rules = new Map(input.rules.map((r) => [r.id, r]));
  const statuses: Record<Status, number> = { active: 0, expired: 0, upcoming: 0, unknown: 0 };
  const labels = [
    HTML.file[lang],
    HTML.unit[lang],
    HTML.period[lang],
    HTML.status[lang],
    HTML.verdict[lang],
    HTML.findings[lang],
  ];
  const cols = `<colgroup>${labels.map((_, i) => `<col class="c${i + 1}">`).join("")}</colgroup>`;
  const head = `<thead class="sr-head"><tr>${labels.map((h) => `<th scope="col">${text(h)}</th>`).join("")}</tr></thead>`;
  const chunks: string[] = [];
  for (let i = 0; i < agreements.length; i += CHUNK) {
    const rows: string[] = [];
    for (const a of agreements.slice(i, i + CHUNK)) {
      const s = statusOn(a, asOf);
      statuses[s]++;
      rows.push(row(a, lang, rules, s));
    }
    const range = `${HTML.agreements[lang]} ${num(i + 1, lang)}–${num(i + rows.length, lang)}`;
    chunks.push(
      `<div class="chunk"><table class="ag-table"><caption class="sr-only">${text(range)}</caption>${cols}${head}${rows.join("")}</table></div>`,
    );
  }
  const visualHead = `<div class="ag-head" aria-hidden="true">${labels.map((h) => `<span>${text(h)}</span>`).join("")}</div>`;
  const title = `<section id="agreements" aria-labelledby="h-agreements"><h2 id="h-agreements">${text(HTML.agreements[lang])}</h2>`;
  if (agreements.length === 0)
    return `${title}<p class="none">${text(HTML.noAgreements[lang])}</p></section>`;
  return (
    title +
    controls(input, groupUnits(agreements), statuses) +
    `<div class="ag-list">${visualHead}${chunks.join("")}</div>` +
    `<p class="none" id="hk-empty" hidden>${text(HTML.noneShown[lang])}</p></section>`
  );
}
