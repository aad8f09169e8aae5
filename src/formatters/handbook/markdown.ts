/**
 * The handbook as markdown for a git host (GitHub, GitLab): headings, tables, and each section's
 * source text as a block quote. Policy text is escaped so that it cannot make HTML, links,
 * emphasis or break a table; the source texts keep their own markdown, minus raw HTML.
 */
import type { Lang } from "../../core/types.js";
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
  const head = ["rule", "severity", "mandatory", "exceptionAllowed", "message", "declaredAt"] as const;
  const rows = rules.map((r) => [
    mdCode(r.id) + (r.enabled ? "" : ` (${label(lang, "disabled")})`),
    severityLabel(lang, r.severity),
    r.repository ? mdText(label(lang, "repository")) : yesNo(lang, r.mandatory),
    r.repository ? "" : yesNo(lang, r.exceptionAllowed),
    messageMd(r.message),
    mdText(
      [r.declaredAt ?? "", ...r.changedAt.map((c) => `${label(lang, "changedAt").toLowerCase()}: ${c}`)]
        .filter(Boolean)
        .join("; "),
    ),
  ]);
  return table(
    head.map((k) => label(lang, k)),
    rows,
  );
}

function paramList(params: ParamView[], lang: Lang): string {
  return params
    .map(
      (p) =>
        `- ${mdCode(p.name)} = **${mdText(p.value)}** (${label(lang, "basis").toLowerCase()}: ${mdText(p.basis)}; ${label(lang, "setBy").toLowerCase()} ${mdCode(p.setBy)}, ${mdText(p.setAt)})`,
    )
    .join("\n");
}

function sectionMd(s: SectionView, lang: Lang): string {
  const out = [
    heading(2 + s.depth, mdText(s.heading)),
    s.text ? quoteBlock(s.text) : `*${mdText(label(lang, "noText"))}*`,
  ];
  if (s.rules.length > 0) out.push(`**${label(lang, "rules")}**`, rulesMd(s.rules, lang));
  if (s.params.length > 0) out.push(`**${label(lang, "params")}**`, paramList(s.params, lang));
  return out.join("\n\n");
}

function sourceMd(v: SourceView, lang: Lang): string {
  return [
    heading(2, `${label(lang, "source")}: ${mdText(v.title)}`),
    `${label(lang, "sourceOf")} ${mdCode(v.layer)}: ${mdCode(v.file)}.`,
    ...v.sections.map((s) => sectionMd(s, lang)),
  ].join("\n\n");
}

function layersMd(layers: LayerView[], lang: Lang): string {
  const head = ["layer", "version", "level", "file", "effective", "note"] as const;
  const rows = layers.map((l) => [
    mdCode(l.id),
    mdText(l.version),
    mdText(l.level),
    mdCode(l.file),
    mdText(l.effective),
    [
      l.example ? `**${mdText(label(lang, "example"))}**` : "",
      l.hasSource ? "" : label(lang, "noSource"),
      mdText(l.title ?? ""),
    ]
      .filter(Boolean)
      .join("; "),
  ]);
  return table(
    head.map((k) => label(lang, k)),
    rows,
  );
}

function paramsMd(params: ParamView[], lang: Lang): string {
  const head = [
    "parameter",
    "value",
    "basis",
    "section",
    "override",
    "setBy",
    "declaredIn",
    "description",
  ] as const;
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
    head.map((k) => label(lang, k)),
    rows,
  );
}

function changesMd(changes: ChangeView[], lang: Lang): string {
  if (changes.length === 0) return mdText(label(lang, "noChanges"));
  const head = (["what", "change", "detail", "where"] as const).map((k) => label(lang, k));
  return changes
    .map((c) => {
      const title = heading(
        3,
        `${mdCode(c.layer)}${c.example ? ` (${mdText(label(lang, "example"))})` : ""}`,
      );
      const rows = c.items.map((i) => [
        mdCode(i.subject),
        label(lang, i.kind),
        mdText(i.detail),
        mdText(i.at),
      ]);
      return `${title}\n\n${rows.length ? table(head, rows) : mdText(label(lang, "noItems"))}`;
    })
    .join("\n\n");
}

function coverageMd(c: CoverageView, lang: Lang): string {
  const head = (["section", "norm", "encodedByRules"] as const).map((k) => label(lang, k));
  const rows = c.rows.map((r) => [
    mdText(r.section),
    mdText(r.text),
    r.reason !== null
      ? `*${label(lang, "notCheckable")}:* ${mdText(r.reason)}`
      : r.rules.map((x) => mdCode(x.id)).join(", "),
  ]);
  const t = c.totals;
  rows.push([
    `**${label(lang, "totals")}**`,
    `**${t.norms} ${label(lang, "norms")}**`,
    `**${t.encoded} ${label(lang, "encoded")}, ${t.notCheckable} ${label(lang, "notCheckableCount")}**`,
  ]);
  return `${heading(3, mdText(c.title))}\n\n${mdCode(`sources/${c.source}.coverage.yaml`)}\n\n${table(head, rows)}`;
}

export function renderMarkdown(v: HandbookView): string {
  const lang = v.lang;
  const parts = [
    heading(1, mdText(v.title)),
    `**${label(lang, "unit")}:** ${mdText(v.unit)}  \n**${label(lang, "date")}:** ${mdText(v.date)}`,
    mdText(label(lang, "intro")),
    mdText(label(lang, "placeholderHint")),
    heading(2, label(lang, "layers")),
    mdText(label(lang, "layersIntro")),
    layersMd(v.layers, lang),
    ...v.sources.map((s) => sourceMd(s, lang)),
  ];
  if (v.unplaced.length > 0)
    parts.push(
      heading(2, label(lang, "unplaced")),
      mdText(label(lang, "unplacedIntro")),
      rulesMd(v.unplaced, lang),
    );
  parts.push(
    heading(2, label(lang, "params")),
    mdText(label(lang, "paramsIntro")),
    paramsMd(v.params, lang),
    heading(2, label(lang, "changes")),
    mdText(label(lang, "changesIntro")),
    changesMd(v.changes, lang),
    heading(2, label(lang, "coverage")),
    mdText(label(lang, "coverageIntro")),
    ...(v.coverage.length ? v.coverage.map((c) => coverageMd(c, lang)) : [mdText(label(lang, "noCoverage"))]),
    "---",
    `*${mdText(label(lang, "generated"))}*`,
  );
  return `${parts.join("\n\n")}\n`;
}
