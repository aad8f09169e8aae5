/**
 * The handbook as markdown for a git host (GitHub, GitLab): headings, tables, and each section's
 * source text as a block quote. Policy text is escaped so that it cannot make HTML, links,
 * emphasis or break a table; the source texts keep their own markdown, minus raw HTML.
 */
import { msg } from "../../core/messages/index.js";
import type { Lang } from "../../core/types.js";
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

/** Text as itself: no HTML, no markdown syntax, one line. */
const mdText = (s: string): string =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~#!])/g, "\\$1")
    .replace(/\s*\r?\n\s*/g, " ");

const mdCode = (s: string) => (/[`|\n]/.test(s) ? mdText(s) : `\`${s}\``);

const heading = (level: number, text: string) => `${"#".repeat(Math.min(6, level))} ${text}`;

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c || "—").join(" | ")} |`;
  return [line(head), `|${head.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

/** A source's markdown as a block quote, without raw HTML. */
const quoteBlock = (md: string) =>
  md
    .replace(/</g, "&lt;")
    .split("\n")
    .map((l) => (l.trim() ? `> ${l}` : ">"))
    .join("\n");

function messageMd(parts: MessagePart[]): string {
  return parts
    .map((p) => {
      if (p.kind === "text") return mdText(p.text);
      if (p.kind === "param") return `**${mdText(p.text)}**`;
      return `\`{${p.name}}\``;
    })
    .join("");
}

function rulesMd(rules: RuleView[], lang: Lang): string {
  const head = [
    HANDBOOK.rule,
    HANDBOOK.severity,
    HANDBOOK.mandatory,
    HANDBOOK.exceptionAllowed,
    HANDBOOK.message,
    HANDBOOK.declaredAt,
  ];
  const rows = rules.map((r) => [
    mdCode(r.id) + (r.enabled ? "" : ` (${HANDBOOK.disabled[lang]})`),
    severityLabel(lang, r.severity),
    r.repository ? mdText(HANDBOOK.repository[lang]) : yesNo(lang, r.mandatory),
    r.repository ? "" : yesNo(lang, r.exceptionAllowed),
    messageMd(r.message),
    mdText(
      [r.declaredAt ?? "", ...r.changedAt.map((c) => `${HANDBOOK.changedAt[lang].toLowerCase()}: ${c}`)]
        .filter(Boolean)
        .join("; "),
    ),
  ]);
  return table(
    head.map((k) => k[lang]),
    rows,
  );
}

function paramList(params: ParamView[], lang: Lang): string {
  return params
    .map(
      (p) =>
        `- ${mdCode(p.name)} = **${mdText(p.value)}** (${HANDBOOK.basis[lang].toLowerCase()}: ${mdText(p.basis)}; ${HANDBOOK.setBy[lang].toLowerCase()} ${mdCode(p.setBy)}, ${mdText(p.setAt)})`,
    )
    .join("\n");
}

function sectionMd(s: SectionView, lang: Lang): string {
  const out = [
    heading(2 + s.depth, mdText(s.heading)),
    s.text ? quoteBlock(s.text) : `*${mdText(HANDBOOK.noText[lang])}*`,
  ];
  if (s.rules.length > 0) out.push(`**${HANDBOOK.rules[lang]}**`, rulesMd(s.rules, lang));
  if (s.params.length > 0) out.push(`**${HANDBOOK.params[lang]}**`, paramList(s.params, lang));
  return out.join("\n\n");
}

function sourceMd(v: SourceView, lang: Lang): string {
  return [
    heading(2, `${HANDBOOK.source[lang]}: ${mdText(v.title)}`),
    `${HANDBOOK.sourceOf[lang]} ${mdCode(v.layer)}: ${mdCode(v.file)}.`,
    ...v.sections.map((s) => sectionMd(s, lang)),
  ].join("\n\n");
}

function layersMd(layers: LayerView[], lang: Lang): string {
  const head = LAYER_COLUMNS;
  const rows = layers.map((l) => [
    mdCode(l.id),
    mdText(l.version),
    mdText(l.level),
    mdCode(l.file),
    mdText(l.effective),
    [
      l.example ? `**${mdText(HANDBOOK.example[lang])}**` : "",
      l.hasSource ? "" : HANDBOOK.noSource[lang],
      mdText(l.title ?? ""),
    ]
      .filter(Boolean)
      .join("; "),
  ]);
  return table(
    head.map((k) => k[lang]),
    rows,
  );
}

function paramsMd(params: ParamView[], lang: Lang): string {
  const head = [
    HANDBOOK.parameter,
    HANDBOOK.value,
    HANDBOOK.basis,
    HANDBOOK.section,
    HANDBOOK.override,
    HANDBOOK.setBy,
    HANDBOOK.declaredIn,
    HANDBOOK.description,
  ];
  const rows = params.map((p) => [
    mdCode(p.name),
    `**${mdText(p.value)}**`,
    mdText(p.basis),
    mdText(p.section ?? ""),
    mdText(p.override),
    `${mdCode(p.setBy)} ${mdText(p.setAt)}`,
    `${mdCode(p.declaredBy)} ${mdText(p.declaredAt)}`,
    mdText(p.description ?? ""),
  ]);
  return table(
    head.map((k) => k[lang]),
    rows,
  );
}

function changesMd(changes: ChangeView[], lang: Lang): string {
  if (changes.length === 0) return mdText(HANDBOOK.noChanges[lang]);
  const head = CHANGE_COLUMNS.map((k) => k[lang]);
  return changes
    .map((c) => {
      const title = heading(
        3,
        `${mdCode(c.layer)}${c.example ? ` (${mdText(HANDBOOK.example[lang])})` : ""}`,
      );
      const rows = c.items.map((i) => [
        mdCode(i.subject),
        changeLabel(lang, i.kind),
        mdText(i.detail),
        mdText(i.at),
      ]);
      return `${title}\n\n${rows.length ? table(head, rows) : mdText(HANDBOOK.noItems[lang])}`;
    })
    .join("\n\n");
}

function coverageMd(c: CoverageView, lang: Lang): string {
  const head = COVERAGE_COLUMNS.map((k) => k[lang]);
  const rows = c.rows.map((r) => [
    mdText(r.section),
    mdText(r.text),
    r.reason !== null
      ? `*${HANDBOOK.notCheckable[lang]}:* ${mdText(r.reason)}`
      : r.rules.map((x) => mdCode(x.id)).join(", "),
  ]);
  const t = c.totals;
  rows.push([
    `**${HANDBOOK.totals[lang]}**`,
    `**${t.norms} ${HANDBOOK.norms[lang]}**`,
    `**${t.encoded} ${HANDBOOK.encoded[lang]}, ${t.notCheckable} ${HANDBOOK.notCheckableCount[lang]}**`,
  ]);
  return `${heading(3, mdText(c.title))}\n\n${mdCode(`sources/${c.source}.coverage.yaml`)}\n\n${table(head, rows)}`;
}

export function renderMarkdown(v: HandbookView): string {
  const lang = v.lang;
  const parts = [
    heading(1, mdText(v.title)),
    `**${HANDBOOK.unit[lang]}:** ${mdText(v.unit)}  \n**${HANDBOOK.date[lang]}:** ${mdText(v.date)}`,
    mdText(HANDBOOK.intro[lang]),
    mdText(msg(HANDBOOK.placeholderHint, { word: HANDBOOK.placeholderWord })[lang]),
    heading(2, HANDBOOK.layers[lang]),
    mdText(HANDBOOK.layersIntro[lang]),
    layersMd(v.layers, lang),
    ...v.sources.map((s) => sourceMd(s, lang)),
  ];
  if (v.unplaced.length > 0)
    parts.push(
      heading(2, HANDBOOK.unplaced[lang]),
      mdText(HANDBOOK.unplacedIntro[lang]),
      rulesMd(v.unplaced, lang),
    );
  parts.push(
    heading(2, HANDBOOK.params[lang]),
    mdText(HANDBOOK.paramsIntro[lang]),
    paramsMd(v.params, lang),
    heading(2, HANDBOOK.changes[lang]),
    mdText(HANDBOOK.changesIntro[lang]),
    changesMd(v.changes, lang),
    heading(2, HANDBOOK.coverage[lang]),
    mdText(HANDBOOK.coverageIntro[lang]),
    ...(v.coverage.length ? v.coverage.map((c) => coverageMd(c, lang)) : [mdText(HANDBOOK.noCoverage[lang])]),
    "---",
    `*${mdText(HANDBOOK.generated[lang])}*`,
  );
  return `${parts.join("\n\n")}\n`;
}
