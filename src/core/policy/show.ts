/**
 * `policy show`: the effective policy for a unit and date, each entry with the file:line that set
 * it; a parameter's description is given in both languages ({ nb, en }), or null.
 */
import type { Origin, ResolvedPolicy } from "./model.js";

const at = (o: Origin) => `${o.file}:${o.line}`;

export function describePolicy(
  policy: ResolvedPolicy,
  unit: { faculty?: string; department?: string },
  date: string,
) {
  return {
    unit,
    date,
    layers: policy.layers.map((l) => ({
      id: l.id,
      version: l.version,
      file: l.file,
      effective: l.effective,
      ...(l.extends ? { extends: `${l.extends.id}@${l.extends.range}` } : {}),
      ...(l.example ? { example: true } : {}),
    })),
    parameters: Object.fromEntries(
      [...policy.params.values()].map((p) => [
        p.name,
        {
          value: p.value,
          override: p.override,
          section: p.section,
          basis: p.basis,
          description: p.description,
          declaredBy: at(p.declaredBy),
          setBy: at(p.setBy),
        },
      ]),
    ),
    rules: policy.rules.map((r) => ({
      id: r.id,
      layer: r.layer,
      section: r.section,
      severity: r.severity,
      mandatory: r.mandatory,
      exceptionAllowed: r.exceptionAllowed,
      enabled: r.enabled,
      declaredBy: at(r.declaredBy),
      ...(r.changedBy.length > 0 ? { changedBy: r.changedBy.map(at) } : {}),
    })),
  };
}
