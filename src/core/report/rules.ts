/** Rule metadata for formatters: every rule of every layer loaded, plus the built-in checks. */

import type { PolicyResolver } from "../policy/resolve.js";
import { REPOSITORY_RULES } from "../repository/repository.js";
import type { Messages, Severity } from "../types.js";

export interface RuleMeta {
  id: string;
  section: string | null;
  layer: string | null;
  severity: Severity;
  /** The source text the rule encodes (Norwegian), empty for built-in checks. */
  quote: string;
  /** A one-line description in both languages (the rule's general message). */
  description: Messages;
}

const BUILTIN: RuleMeta[] = [
  {
    id: "yaml",
    section: null,
    layer: null,
    severity: "error",
    quote: "",
    description: {
      nb: "Filen kan ikke leses som ett YAML-dokument.",
      en: "The file cannot be read as one YAML document.",
    },
  },
  {
    id: "schema",
    section: null,
    layer: null,
    severity: "error",
    quote: "",
    description: {
      nb: "Avtalen bryter avtaleskjemaet (schemas/agreement.schema.json).",
      en: "The agreement breaks the agreement schema (schemas/agreement.schema.json).",
    },
  },
  {
    id: "no-policy-in-force",
    section: null,
    layer: null,
    severity: "error",
    quote: "",
    description: {
      nb: "Ingen versjon av et påkrevd policylag gjelder på startdatoen.",
      en: "No version of a required policy layer is in force on the start date.",
    },
  },
  {
    id: "exception-not-allowed",
    section: null,
    layer: null,
    severity: "warning",
    quote: "",
    description: {
      nb: "Et unntak gjelder en regel som ikke tillater unntak, eller en ukjent regel.",
      en: "An exception names a rule that allows none, or an unknown rule.",
    },
  },
  ...Object.entries(REPOSITORY_RULES).map(([id, r]) => ({
    id,
    section: r.section,
    layer: r.layer,
    severity: r.severity,
    quote: r.quote,
    description: r.description,
  })),
];

export function ruleMeta(resolver: PolicyResolver): RuleMeta[] {
  const seen = new Map<string, RuleMeta>();
  for (const layer of resolver.set.layers) {
    for (const r of layer.rules) {
      if (seen.has(r.id) || !r.message) continue;
      seen.set(r.id, {
        id: r.id,
        section: r.section ?? null,
        layer: layer.id,
        severity: r.severity ?? "error",
        quote: r.quote ?? "",
        description: r.message,
      });
    }
  }
  return [...seen.values(), ...BUILTIN];
}
