/**
 * The handbook as one self-contained HTML file: inline CSS only, no script, nothing that loads
 * (no src, no external href, no url()). Every text from the policy or a source is escaped.
 */
import type { Lang } from "../../core/types.js";
import type { Block } from "./blocks.js";
import { parseBlocks } from "./blocks.js";
import { CSS } from "./css.js";
import { label, severityLabel, yesNo } from "./labels.js";
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
  const off = r.enabled ? "" : ` <span class="badge plain">${esc(label(lang, "disabled"))}</span>`;
  const facts: [string, string][] = r.repository
    ? [[label(lang, "kind"), esc(label(lang, "repository"))]]
    : [
        [label(lang, "mandatory"), esc(yesNo(lang, r.mandatory))],
        [label(lang, "exceptionAllowed"), esc(yesNo(lang, r.exceptionAllowed))],
      ];
  if (r.declaredAt) facts.push([label(lang, "declaredAt"), path(r.declaredAt)]);
  for (const c of r.changedAt) facts.push([label(lang, "changedAt"), path(c)]);
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
        `<li>${code(p.name)} = <strong>${esc(p.value)}</strong> (${esc(label(lang, "basis").toLowerCase())}: ${esc(p.basis)}; ${esc(label(lang, "setBy").toLowerCase())} ${esc(p.setBy)}, ${esc(p.setAt)})</li>`,
    )
    .join("");
  return `<div class="params"><p><strong>${esc(label(lang, "params"))}</strong></p><ul>${items}</ul></div>`;
}

function sectionHtml(s: SectionView, lang: Lang): string {
  const level = 2 + s.depth;
  const text = s.text
    ? blocksHtml(parseBlocks(s.text))
    : `<p class="empty">${esc(label(lang, "noText"))}</p>`;
  const hasAside = s.rules.length > 0 || s.params.length > 0;
  const aside = hasAside
    ? `<aside class="enc" aria-label="${esc(`${label(lang, "encodedBy")} ${s.id}`)}">${s.rules.map((r) => ruleHtml(r, level + 1, lang)).join("\n")}${paramItems(s.params, lang)}</aside>`
    : "";
  const body = hasAside
    ? `<div class="sec-grid"><div class="src-text">${text}</div>${aside}</div>`
    : `<div class="src-text">${text}</div>`;
  return `<section class="sec" aria-labelledby="${s.anchor}">${h(level, esc(s.heading), s.anchor)}\n${body}</section>`;
}

function sourceHtml(v: SourceView, lang: Lang): string {
  return `<section aria-labelledby="${v.anchor}">${h(2, `${esc(label(lang, "source"))}: ${esc(v.title)}`, v.anchor)}
<p>${esc(label(lang, "sourceOf"))} ${code(v.layer)}: ${code(v.file)}.</p>
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
      l.example ? `<span class="example">${esc(label(lang, "example"))}</span>` : "",
      l.hasSource ? "" : esc(label(lang, "noSource")),
      l.title ? esc(l.title) : "",
    ]
      .filter(Boolean)
      .join("<br>"),
  ]);
  const head = ["layer", "version", "level", "file", "effective", "note"] as const;
  return table(
    label(lang, "layers"),
    head.map((k) => esc(label(lang, k))),
    rows,
  );
}

function paramsHtml(params: ParamView[], lang: Lang): string {
  const keys = ["parameter", "value", "section", "basis", "override", "setBy", "declaredIn"] as const;
  const rows = params.map((p) => [
    `${code(p.name)}${p.description ? `<span class="desc">${esc(p.description)}</span>` : ""}`,
    `<strong>${esc(p.value)}</strong>`,
    esc(p.section ?? label(lang, "none")),
    esc(p.basis),
    esc(p.override),
    `${code(p.setBy)}<br><span class="where">${path(p.setAt)}</span>`,
    `${code(p.declaredBy)}<br><span class="where">${path(p.declaredAt)}</span>`,
  ]);
  return table(
    label(lang, "params"),
    keys.map((k) => esc(label(lang, k))),
    rows,
  );
}

const CHANGE_HEAD = ["what", "change", "detail", "where"] as const;

function changesHtml(changes: ChangeView[], lang: Lang): string {
  if (changes.length === 0) return `<p>${esc(label(lang, "noChanges"))}</p>`;
  return changes
    .map((c) => {
      const ex = c.example ? ` <span class="example">(${esc(label(lang, "example"))})</span>` : "";
      const rows = c.items.map((i) => [code(i.subject), esc(label(lang, i.kind)), esc(i.detail), path(i.at)]);
      const body =
        rows.length === 0
          ? `<p>${esc(label(lang, "noItems"))}</p>`
          : table(
              `${label(lang, "layer")} ${c.layer}`,
              CHANGE_HEAD.map((k) => esc(label(lang, k))),
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
      ? `<span class="badge plain">${esc(label(lang, "notCheckable"))}</span> ${esc(r.reason)}`
      : r.rules.map((x) => (x.anchor ? `<a href="#${x.anchor}">${code(x.id)}</a>` : code(x.id))).join(", "),
  ]);
  const t = c.totals;
  const foot = [
    esc(label(lang, "totals")),
    esc(`${t.norms} ${label(lang, "norms")}`),
    esc(`${t.encoded} ${label(lang, "encoded")}, ${t.notCheckable} ${label(lang, "notCheckableCount")}`),
  ];
  const keys = ["section", "norm", "encodedByRules"] as const;
  return `${h(3, esc(c.title), c.anchor)}\n${table(
    `${label(lang, "coverage")}: ${c.source}`,
    keys.map((k) => esc(label(lang, k))),
    rows,
    foot,
  )}`;
}

function tocHtml(v: HandbookView, lang: Lang): string {
  const items = [
    ["layers", label(lang, "layers")],
    ...v.sources.map((s) => [s.anchor, `${label(lang, "source")}: ${s.title}`]),
    ...(v.unplaced.length > 0 ? [["unplaced", label(lang, "unplaced")]] : []),
    ["params", label(lang, "params")],
    ["changes", label(lang, "changes")],
    ["coverage", label(lang, "coverage")],
  ];
  return `<nav aria-labelledby="toc"><h2 id="toc">${esc(label(lang, "contents"))}</h2><ol>${items.map(([a, t]) => `<li><a href="#${a}">${esc(t ?? "")}</a></li>`).join("")}</ol></nav>`;
}

const part = (id: string, title: string, body: string) =>
  `<section aria-labelledby="${id}">${h(2, esc(title), id)}\n${body}</section>`;

export function renderHtml(v: HandbookView): string {
  const lang = v.lang;
  const unplaced = v.unplaced.length
    ? part(
        "unplaced",
        label(lang, "unplaced"),
        `<p>${esc(label(lang, "unplacedIntro"))}</p><div class="enc">${v.unplaced.map((r) => ruleHtml(r, 3, lang)).join("\n")}</div>`,
      )
    : "";
  const coverage = v.coverage.length
    ? v.coverage.map((c) => coverageHtml(c, lang)).join("\n")
    : `<p>${esc(label(lang, "noCoverage"))}</p>`;
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
<p class="kicker">${esc(label(lang, "kicker"))}</p>
<h1>${esc(v.title)}</h1>
<dl class="meta"><dt>${esc(label(lang, "unit"))}</dt><dd>${esc(v.unit)}</dd><dt>${esc(label(lang, "date"))}</dt><dd>${esc(v.date)}</dd></dl>
<p class="lead">${esc(label(lang, "intro"))}</p>
<p class="lead">${esc(label(lang, "placeholderHint"))}</p>
</header>
${tocHtml(v, lang)}
<main>
${part("layers", label(lang, "layers"), `<p>${esc(label(lang, "layersIntro"))}</p>${layersHtml(v.layers, lang)}`)}
${v.sources.map((s) => sourceHtml(s, lang)).join("\n")}
${unplaced}
${part("params", label(lang, "params"), `<p>${esc(label(lang, "paramsIntro"))}</p>${paramsHtml(v.params, lang)}`)}
${part("changes", label(lang, "changes"), `<p>${esc(label(lang, "changesIntro"))}</p>${changesHtml(v.changes, lang)}`)}
${part("coverage", label(lang, "coverage"), `<p>${esc(label(lang, "coverageIntro"))}</p>${coverage}`)}
</main>
<footer><p>${esc(label(lang, "generated"))}</p></footer>
</div>
</body>
</html>
`;
}
