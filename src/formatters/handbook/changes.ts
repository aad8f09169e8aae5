/**
 * What each faculty and department layer tightened or added: its entries replayed over the layers
 * above it, each located by the origin the merge recorded (declaredBy, changedBy, setBy).
 */

import type { Layer, Origin, ParamValue, ResolvedPolicy, RuleEntry } from "../../core/policy/model.js";
import { isLocal } from "../../core/policy/scope.js";
import { formatValue } from "../../core/rules/evaluate.js";
import type { Lang, Severity } from "../../core/types.js";
import { HANDBOOK } from "./labels.js";
import { severityLabel, yesNo } from "./terms.js";
import type { ChangeItem, ChangeView } from "./types.js";

type RuleState = { severity?: Severity; enabled?: boolean; mandatory?: boolean; exceptionAllowed?: boolean };

export const at = (o: Origin): string => `${o.file}:${o.line}`;

function ruleDetail(lang: Lang, prev: RuleState, entry: RuleEntry): string {
  const parts: string[] = [];
  const sev = HANDBOOK.severity[lang].toLowerCase();
  if (entry.severity !== undefined && entry.severity !== prev.severity)
    parts.push(
      `${sev}: ${prev.severity ? severityLabel(lang, prev.severity) : "?"} → ${severityLabel(lang, entry.severity)}`,
    );
  if (entry.enabled === false && prev.enabled !== false) parts.push(HANDBOOK.disabled[lang]);
  if (entry.mandatory === true && prev.mandatory !== true)
    parts.push(`${HANDBOOK.mandatory[lang].toLowerCase()}: ${yesNo(lang, true)}`);
  if (entry.exceptionAllowed === false && prev.exceptionAllowed === true)
    parts.push(`${HANDBOOK.exceptionAllowed[lang].toLowerCase()}: ${yesNo(lang, false)}`);
  return parts.join("; ") || HANDBOOK.none[lang];
}

function addedDetail(lang: Lang, entry: RuleEntry): string {
  const sev = entry.severity ? severityLabel(lang, entry.severity) : "?";
  const mandatory = entry.mandatory ? `, ${HANDBOOK.mandatory[lang].toLowerCase()}` : "";
  return `${HANDBOOK.section[lang].toLowerCase()} ${entry.section ?? "?"}, ${sev}${mandatory}`;
}

/** The changes one local layer makes, given the state the layers above it left. */
function layerItems(
  lang: Lang,
  layer: Layer,
  policy: ResolvedPolicy,
  rules: Map<string, RuleState>,
  params: Map<string, ParamValue>,
): ChangeItem[] {
  const items: ChangeItem[] = [];
  const resolvedRules = new Map(policy.rules.map((r) => [r.id, r]));
  layer.rules.forEach((entry, i) => {
    const prev = rules.get(entry.id);
    const r = resolvedRules.get(entry.id);
    const origin = prev ? r?.changedBy.find((o) => o.layer === layer.id) : r?.declaredBy;
    const where = origin ? at(origin) : `${layer.file}:${layer.positionOf(`/rules/${i}`).line}`;
    items.push(
      prev
        ? { kind: "rule-changed", subject: entry.id, detail: ruleDetail(lang, prev, entry), at: where }
        : { kind: "rule-added", subject: entry.id, detail: addedDetail(lang, entry), at: where },
    );
  });
  for (const [name, entry] of Object.entries(layer.parameters)) {
    const prev = params.get(name);
    const p = policy.params.get(name);
    const origin =
      p && (prev === undefined ? p.declaredBy : p.setBy.layer === layer.id ? p.setBy : undefined);
    const where = origin ? at(origin) : `${layer.file}:${layer.positionOf(`/parameters/${name}`).line}`;
    const value = formatValue(entry.value, lang);
    items.push(
      prev === undefined
        ? { kind: "param-declared", subject: name, detail: value, at: where }
        : {
            kind: "param-changed",
            subject: name,
            detail: `${formatValue(prev, lang)} → ${value}`,
            at: where,
          },
    );
  }
  return items;
}

function apply(layer: Layer, rules: Map<string, RuleState>, params: Map<string, ParamValue>): void {
  for (const entry of layer.rules) {
    const prev = rules.get(entry.id) ?? {};
    const next: RuleState = { ...prev };
    for (const k of ["severity", "enabled", "mandatory", "exceptionAllowed"] as const) {
      if (entry[k] !== undefined) Object.assign(next, { [k]: entry[k] });
    }
    rules.set(entry.id, next);
  }
  for (const [name, entry] of Object.entries(layer.parameters)) params.set(name, entry.value);
}

/** One view per faculty or department layer of the policy, in chain order. */
export function localChanges(lang: Lang, policy: ResolvedPolicy): ChangeView[] {
  const rules = new Map<string, RuleState>();
  const params = new Map<string, ParamValue>();
  const out: ChangeView[] = [];
  for (const layer of policy.layers) {
    if (isLocal(layer)) {
      out.push({
        layer: layer.id,
        example: layer.example,
        items: layerItems(lang, layer, policy, rules, params),
      });
    }
    apply(layer, rules, params);
  }
  return out;
}
