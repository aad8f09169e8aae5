/**
 * The handbook as one self-contained HTML file: inline CSS only, no script, nothing that loads
 * (no src, no external href, no url()). Every text from the policy or a source is escaped.
 */
import { msg } from "../../core/messages/index.js";
import type { Lang } from "../../core/types.js";
import type { Block } from "./blocks.js";
import { parseBlocks } from "./blocks.js";
import { CSS } from "./css.js";
import { HANDBOOK } from "./labels.js";
import {
  CHANGE_COLUMNS,
  COVERAGE_COLUMNS,
  changeLabel,
  LAYER_COLUMNS,
  severityLabel,
  yesNo,
} from "./terms.js";
import type {
  ChangeView,
  CoverageView,
  HandbookView,
  LayerView,
  MessagePart,
  ParamView,
  RuleView,
  SectionView,
  SourceView,
} from "./types.js";

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

/** Escaped text with footnote references ([^1]) as superscripts. */
const inline = (s: string) => esc(s).replace(/\[\^([^\]\s]+)\]/g, '<sup class="fnref">[$1]</sup>');

function blocksHtml(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === "paragraph") return `<p>${inline(b.text)}</p>`;
      if (b.kind === "list")
        return `<ul>${b.items.map((item) => `<li>${blocksHtml(item)}</li>`).join("")}</ul>`;
      return `<div class="footnote" role="note"><span>[${esc(b.label)}]</span> ${blocksHtml(b.blocks)}</div>`;
    })
    .join("\n");
}

const h = (level: number, text: string, id?: string) => {
  const n = Math.min(6, level);
  return `<h${n}${id ? ` id="${esc(id)}"` : ""}>${text}</h${n}>`;
};

function table(caption: string, head: string[], rows: string[][], foot?: string[]): string {
  const th = head.map((c) => `<th scope="col">${c}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join("")}</tr>`,
    )
    .join("\n");
  const tfoot = foot
    ? `<tfoot><tr>${foot.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join("")}</tr></tfoot>`
    : "";
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${esc(caption)}"><table><caption class="sr-only">${esc(caption)}</caption><thead><tr>${th}</tr></thead>${tfoot}<tbody>\n${body}\n</tbody></table></div>`;
}

const code = (s: string) => `<code>${esc(s)}</code>`;
/** A file path that may wrap after each slash and before its version. */
const path = (s: string) => esc(s).replace(/\//g, "/<wbr>").replace(/@/g, "<wbr>@");

function messageHtml(parts: MessagePart[]): string {
  return parts
    .map((p) => {
      if (p.kind === "text") return esc(p.text);
      if (p.kind === "param") return `<strong title="${esc(p.name)}">${esc(p.text)}</strong>`;
      return `<span class="ph">{${esc(p.name)}}</span>`;
    })
    .join("");
}

function ruleHtml(r: RuleView, level: number, lang: Lang): string {
  const sev = `<span class="badge ${r.severity}">${esc(severityLabel(lang, r.severity))}</span>`;
  const off = r.enabled ? "" : ` <span class="badge plain">${esc(HANDBOOK.disabled[lang])}</span>`;
  const facts: [string, string][] = r.repository
    ? [[HANDBOOK.kind[lang], esc(HANDBOOK.repository[lang])]]
    : [
        [HANDBOOK.mandatory[lang], esc(yesNo(lang, r.mandatory))],
        [HANDBOOK.exceptionAllowed[lang], esc(yesNo(lang, r.exceptionAllowed))],
      ];
  if (r.declaredAt) facts.push([HANDBOOK.declaredAt[lang], path(r.declaredAt)]);
  for (const c of r.changedAt) facts.push([HANDBOOK.changedAt[lang], path(c)]);
  const dl = facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join("");
  const quote = r.quote ? `<blockquote class="quote">${esc(r.quote)}</blockquote>` : "";
  return `<article class="rule ${r.severity}" id="${r.anchor}" aria-labelledby="${r.anchor}-h">
<h${Math.min(6, level)} class="rule-head" id="${r.anchor}-h">${code(r.id)} ${sev}${off}</h${Math.min(6, level)}>
<p class="msg">${messageHtml(r.message)}</p><dl class="facts">${dl}</dl>${quote}</article>`;
}

function paramItems(params: ParamView[], lang: Lang): string {
  if (params.length === 0) return "";
  const items = params
    .map(
      (p) =>
        `<li>${code(p.name)} = <strong>${esc(p.value)}</strong> (${esc(HANDBOOK.basis[lang].toLowerCase())}: ${esc(p.basis)}; ${esc(HANDBOOK.setBy[lang].toLowerCase())} ${esc(p.setBy)}, ${esc(p.setAt)})</li>`,
    )
    .join("");
  return `<div class="params"><p><strong>${esc(HANDBOOK.params[lang])}</strong></p><ul>${items}</ul></div>`;
}

function sectionHtml(s: SectionView, lang: Lang): string {
  const level = 2 + s.depth;
  const text = s.text
    ? blocksHtml(parseBlocks(s.text))
    : `<p class="empty">${esc(HANDBOOK.noText[lang])}</p>`;
  const hasAside = s.rules.length > 0 || s.params.length > 0;
  const aside = hasAside
    ? `<aside class="enc" aria-label="${esc(`${HANDBOOK.encodedBy[lang]} ${s.id}`)}">${s.rules.map((r) => ruleHtml(r, level + 1, lang)).join("\n")}${paramItems(s.params, lang)}</aside>`
    : "";
  const body = hasAside
    ? `<div class="sec-grid"><div class="src-text">${text}</div>${aside}</div>`
    : `<div class="src-text">${text}</div>`;
  return `<section class="sec" aria-labelledby="${s.anchor}">${h(level, esc(s.heading), s.anchor)}\n${body}</section>`;
}

function sourceHtml(v: SourceView, lang: Lang): string {
  return `<section aria-labelledby="${v.anchor}">${h(2, `${esc(HANDBOOK.source[lang])}: ${esc(v.title)}`, v.anchor)}
<p>${esc(HANDBOOK.sourceOf[lang])} ${code(v.layer)}: ${code(v.file)}.</p>
${v.sections.map((s) => sectionHtml(s, lang)).join("\n")}</section>`;
}

function layersHtml(layers: LayerView[], lang: Lang): string {
  const rows = layers.map((l) => [
    code(l.id),
    esc(l.version),
    esc(l.level),
    `<code>${path(l.file)}</code>`,
    esc(l.effective),
    [
      l.example ? `<span class="example">${esc(HANDBOOK.example[lang])}</span>` : "",
      l.hasSource ? "" : esc(HANDBOOK.noSource[lang]),
      l.title ? esc(l.title) : "",
    ]
      .filter(Boolean)
      .join("<br>"),
  ]);
  const head = LAYER_COLUMNS;
  return table(
    HANDBOOK.layers[lang],
    head.map((k) => esc(k[lang])),
    rows,
  );
}

function paramsHtml(params: ParamView[], lang: Lang): string {
  const keys = [
    HANDBOOK.parameter,
    HANDBOOK.value,
    HANDBOOK.section,
    HANDBOOK.basis,
    HANDBOOK.override,
    HANDBOOK.setBy,
    HANDBOOK.declaredIn,
  ];
  const rows = params.map((p) => [
    `${code(p.name)}${p.description ? `<span class="desc">${esc(p.description)}</span>` : ""}`,
    `<strong>${esc(p.value)}</strong>`,
    esc(p.section ?? HANDBOOK.none[lang]),
    esc(p.basis),
    esc(p.override),
    `${code(p.setBy)}<br><span class="where">${path(p.setAt)}</span>`,
    `${code(p.declaredBy)}<br><span class="where">${path(p.declaredAt)}</span>`,
  ]);
  return table(
    HANDBOOK.params[lang],
    keys.map((k) => esc(k[lang])),
    rows,
  );
}

function changesHtml(changes: ChangeView[], lang: Lang): string {
  if (changes.length === 0) return `<p>${esc(HANDBOOK.noChanges[lang])}</p>`;
  return changes
    .map((c) => {
      const ex = c.example ? ` <span class="example">(${esc(HANDBOOK.example[lang])})</span>` : "";
      const rows = c.items.map((i) => [
        code(i.subject),
        esc(changeLabel(lang, i.kind)),
        esc(i.detail),
        path(i.at),
      ]);
      const body =
        rows.length === 0
          ? `<p>${esc(HANDBOOK.noItems[lang])}</p>`
          : table(
              `${HANDBOOK.layer[lang]} ${c.layer}`,
              CHANGE_COLUMNS.map((k) => esc(k[lang])),
              rows,
            );
      return `${h(3, `${code(c.layer)}${ex}`)}\n${body}`;
    })
    .join("\n");
}

function coverageHtml(c: CoverageView, lang: Lang): string {
  const rows = c.rows.map((r) => [
    esc(r.section),
    esc(r.text),
    r.reason !== null
      ? `<span class="badge plain">${esc(HANDBOOK.notCheckable[lang])}</span> ${esc(r.reason)}`
      : r.rules.map((x) => (x.anchor ? `<a href="#${x.anchor}">${code(x.id)}</a>` : code(x.id))).join(", "),
  ]);
  const t = c.totals;
  const foot = [
    esc(HANDBOOK.totals[lang]),
    esc(`${t.norms} ${HANDBOOK.norms[lang]}`),
    esc(`${t.encoded} ${HANDBOOK.encoded[lang]}, ${t.notCheckable} ${HANDBOOK.notCheckableCount[lang]}`),
  ];
  const keys = COVERAGE_COLUMNS;
  return `${h(3, esc(c.title), c.anchor)}\n${table(
    `${HANDBOOK.coverage[lang]}: ${c.source}`,
    keys.map((k) => esc(k[lang])),
    rows,
    foot,
  )}`;
}

function tocHtml(v: HandbookView, lang: Lang): string {
  const items = [
    ["layers", HANDBOOK.layers[lang]],
    ...v.sources.map((s) => [s.anchor, `${HANDBOOK.source[lang]}: ${s.title}`]),
    ...(v.unplaced.length > 0 ? [["unplaced", HANDBOOK.unplaced[lang]]] : []),
    ["params", HANDBOOK.params[lang]],
    ["changes", HANDBOOK.changes[lang]],
    ["coverage", HANDBOOK.coverage[lang]],
  ];
  return `<nav aria-labelledby="toc"><h2 id="toc">${esc(HANDBOOK.contents[lang])}</h2><ol>${items.map(([a, t]) => `<li><a href="#${a}">${esc(t ?? "")}</a></li>`).join("")}</ol></nav>`;
}

const part = (id: string, title: string, body: string) =>
  `<section aria-labelledby="${id}">${h(2, esc(title), id)}\n${body}</section>`;

export function renderHtml(v: HandbookView): string {
  const lang = v.lang;
  const unplaced = v.unplaced.length
    ? part(
        "unplaced",
        HANDBOOK.unplaced[lang],
        `<p>${esc(HANDBOOK.unplacedIntro[lang])}</p><div class="enc">${v.unplaced.map((r) => ruleHtml(r, 3, lang)).join("\n")}</div>`,
      )
    : "";
  const coverage = v.coverage.length
    ? v.coverage.map((c) => coverageHtml(c, lang)).join("\n")
    : `<p>${esc(HANDBOOK.noCoverage[lang])}</p>`;
  return `<!doctype html>
<html lang="${lang === "nb" ? "nb" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${v.title} – ${v.unit} – ${v.date}`)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="page">
<header>
<p class="kicker">${esc(HANDBOOK.kicker[lang])}</p>
<h1>${esc(v.title)}</h1>
<dl class="meta"><dt>${esc(HANDBOOK.unit[lang])}</dt><dd>${esc(v.unit)}</dd><dt>${esc(HANDBOOK.date[lang])}</dt><dd>${esc(v.date)}</dd></dl>
<p class="lead">${esc(HANDBOOK.intro[lang])}</p>
<p class="lead">${esc(msg(HANDBOOK.placeholderHint, { word: HANDBOOK.placeholderWord })[lang])}</p>
</header>
${tocHtml(v, lang)}
<main>
${part("layers", HANDBOOK.layers[lang], `<p>${esc(HANDBOOK.layersIntro[lang])}</p>${layersHtml(v.layers, lang)}`)}
${v.sources.map((s) => sourceHtml(s, lang)).join("\n")}
${unplaced}
${part("params", HANDBOOK.params[lang], `<p>${esc(HANDBOOK.paramsIntro[lang])}</p>${paramsHtml(v.params, lang)}`)}
${part("changes", HANDBOOK.changes[lang], `<p>${esc(HANDBOOK.changesIntro[lang])}</p>${changesHtml(v.changes, lang)}`)}
${part("coverage", HANDBOOK.coverage[lang], `<p>${esc(HANDBOOK.coverageIntro[lang])}</p>${coverage}`)}
</main>
<footer><p>${esc(HANDBOOK.generated[lang])}</p></footer>
</div>
</body>
</html>
`;
}
