/**
 * Builds the handbook's view from the resolved policy, the source texts and the coverage tables:
 * each rule and parameter is placed beside the section it cites, in the source of its own layer or,
 * for a layer without one, of the nearest layer above whose source has that section (and quote).
 */
import { posix } from "node:path";
import { type Coverage, coverageSummary } from "../../core/policy/coverage.js";
import type { ResolvedParam, ResolvedPolicy, ResolvedRule } from "../../core/policy/model.js";
import { PLACEHOLDER } from "../../core/policy/references.js";
import { levelOf } from "../../core/policy/scope.js";
import { findQuote, findSection, type ParsedSource } from "../../core/policy/sources.js";
import type { RepositoryRuleInfo } from "../../core/repository/repository.js";
import { formatValue } from "../../core/rules/evaluate.js";
import type { Lang } from "../../core/types.js";
import { at, localChanges } from "./changes.js";
import { HANDBOOK } from "./labels.js";
import { basisLabel, levelLabel, overrideLabel } from "./terms.js";
import type {
  CoverageView,
  HandbookInput,
  HandbookView,
  LayerView,
  MessagePart,
  ParamView,
  RuleView,
  SourceView,
} from "./types.js";

/** A message with each parameter placeholder shown as its value, the others kept as placeholders. */
function messageParts(template: string, policy: ResolvedPolicy, lang: Lang): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const m of template.matchAll(new RegExp(PLACEHOLDER.source, "g"))) {
    const name = m[1] ?? "";
    if (m.index > last) parts.push({ kind: "text", text: template.slice(last, m.index) });
    const p = policy.params.get(name);
    parts.push(p ? { kind: "param", name, text: formatValue(p.value, lang) } : { kind: "placeholder", name });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ kind: "text", text: template.slice(last) });
  return parts;
}

function describe(p: ResolvedParam, lang: Lang): string | null {
  return p.description?.[lang] ?? null;
}

function paramView(p: ResolvedParam, lang: Lang): ParamView {
  return {
    name: p.name,
    value: formatValue(p.value, lang),
    section: p.section,
    basis: basisLabel(lang, p.basis),
    override: overrideLabel(lang, p.override),
    description: describe(p, lang),
    setBy: p.setBy.layer,
    setAt: at(p.setBy),
    declaredBy: p.declaredBy.layer,
    declaredAt: at(p.declaredBy),
  };
}

function ruleView(r: ResolvedRule, anchor: string, policy: ResolvedPolicy, lang: Lang): RuleView {
  return {
    id: r.id,
    anchor,
    layer: r.layer,
    section: r.section,
    severity: r.severity,
    mandatory: r.mandatory,
    exceptionAllowed: r.exceptionAllowed,
    enabled: r.enabled,
    repository: false,
    message: messageParts(r.message[lang], policy, lang),
    quote: r.quote,
    declaredAt: `${r.declaredBy.layer}, ${at(r.declaredBy)}`,
    changedAt: r.changedBy.map((o) => `${o.layer}, ${at(o)}`),
  };
}

function repositoryRuleView(
  r: RepositoryRuleInfo,
  anchor: string,
  policy: ResolvedPolicy,
  lang: Lang,
): RuleView {
  return {
    id: r.id,
    anchor,
    layer: r.layer,
    section: r.section,
    severity: r.severity,
    mandatory: null,
    exceptionAllowed: null,
    enabled: true,
    repository: true,
    message: messageParts(r.description[lang], policy, lang),
    quote: r.quote,
    declaredAt: null,
    changedAt: [],
  };
}

function layerView(input: HandbookInput, lang: Lang) {
  return (l: ResolvedPolicy["layers"][number]): LayerView => ({
    id: l.id,
    version: l.version,
    file: l.file,
    title: l.title ?? null,
    level: levelLabel(lang, levelOf(l)),
    effective: `${l.effective.from} –${l.effective.to ? ` ${l.effective.to}` : ""}`,
    example: l.example,
    hasSource: input.sources[l.id] !== undefined,
  });
}

function unitText(unit: HandbookInput["unit"], lang: Lang): string {
  const parts = [
    unit.faculty ? `${HANDBOOK.faculty[lang]} ${unit.faculty}` : "",
    unit.department ? `${HANDBOOK.department[lang]} ${unit.department}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : HANDBOOK.noUnit[lang];
}

/** Places rules and parameters in the sections of the sources; returns what found no section. */
class Placer {
  readonly views: SourceView[];
  private readonly chain: string[];

  constructor(private readonly input: HandbookInput) {
    this.chain = input.policy.layers.map((l) => l.id);
    const seen = new Set<string>();
    this.views = this.chain.flatMap((layer) => {
      const s = input.sources[layer];
      if (!s || seen.has(s.name)) return [];
      seen.add(s.name);
      const file = input.policy.layers.find((l) => l.id === layer)?.file ?? "";
      return [
        this.sourceView(
          layer,
          s,
          seen.size,
          posix.join(posix.dirname(file.replace(/\\/g, "/")), "sources", `${s.name}.md`),
        ),
      ];
    });
  }

  private sourceView(layer: string, s: ParsedSource, n: number, file: string): SourceView {
    const depth = new Map<string, number>();
    return {
      anchor: `src-${n}`,
      layer,
      name: s.name,
      file,
      title: s.title,
      sections: s.sections.map((x, j) => {
        const d = x.parent === null ? 1 : (depth.get(x.parent) ?? 0) + 1;
        depth.set(x.id, d);
        return {
          anchor: `src-${n}-${j + 1}`,
          id: x.id,
          heading: x.heading,
          depth: d,
          text: x.text,
          rules: [],
          params: [],
        };
      }),
    };
  }

  /** The section view for a citation by `layer`: its own source first, then those above it. */
  find(layer: string | null, section: string | null, quote = "") {
    if (layer === null || section === null) return undefined;
    const upTo = this.chain.indexOf(layer);
    const candidates = this.chain
      .slice(0, upTo + 1)
      .reverse()
      .flatMap((id) => this.views.filter((v) => v.layer === id));
    const sources = this.input.sources;
    const withSource = candidates.flatMap((v) => {
      const source = sources[v.layer];
      return source ? [{ v, source }] : [];
    });
    const hit =
      withSource.find(({ source }) => quote && findQuote(source, quote, section).found) ??
      withSource.find(({ source }) => findSection(source, section));
    if (!hit) return undefined;
    const id = findSection(hit.source, section)?.id;
    return hit.v.sections.find((x) => x.id === id);
  }
}

function coverageViews(coverage: Coverage[], views: SourceView[], anchors: Map<string, string>, lang: Lang) {
  return views.flatMap((v, i): CoverageView[] => {
    const c = coverage.find((x) => x.source === v.name);
    if (!c) return [];
    const summary = coverageSummary(c);
    return [
      {
        anchor: `cov-${i + 1}`,
        source: v.name,
        title: v.title,
        totals: summary.totals,
        rows: summary.rows.map((r) => ({
          section: r.section,
          text: r.text,
          rules: r.rules.map((id) => ({ id, anchor: anchors.get(id) ?? null })),
          reason: r.notCheckable?.[lang] ?? null,
        })),
      },
    ];
  });
}

export function buildView(input: HandbookInput, lang: Lang): HandbookView {
  const { policy } = input;
  const placer = new Placer(input);
  const unplaced: RuleView[] = [];
  const anchors = new Map<string, string>();
  const place = (view: RuleView) => {
    anchors.set(view.id, view.anchor);
    const target = placer.find(view.layer, view.section, view.quote);
    (target?.rules ?? unplaced).push(view);
  };
  policy.rules.forEach((r, i) => {
    place(ruleView(r, `rule-${i + 1}`, policy, lang));
  });
  const chain = new Set(policy.layers.map((l) => l.id));
  input.repositoryRules
    .filter((r) => r.layer === null || chain.has(r.layer))
    .forEach((r, i) => {
      place(repositoryRuleView(r, `repo-${i + 1}`, policy, lang));
    });
  const params = [...policy.params.values()].map((p) => paramView(p, lang));
  for (const p of params) placer.find(p.declaredBy, p.section)?.params.push(p);
  return {
    lang,
    title: HANDBOOK.title[lang],
    unit: unitText(input.unit, lang),
    date: input.date,
    layers: policy.layers.map(layerView(input, lang)),
    sources: placer.views,
    unplaced,
    params,
    changes: localChanges(lang, policy),
    coverage: coverageViews(input.coverage, placer.views, anchors, lang),
  };
}
