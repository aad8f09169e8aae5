/**
 * The catalogue of rules formatters get as context (`FormatOptions.rules`): every rule of every
 * layer loaded, plus the built-in checks, whose metadata each step declares beside its code.
 */
import { YAML_RULE } from "../parse/yaml.js";
import { NO_POLICY_RULE, type PolicyResolver } from "../policy/resolve.js";
import { repositoryRules } from "../repository/repository.js";
import type { RuleMeta } from "../rule-meta.js";
import { EXCEPTION_RULE } from "../rules/exceptions.js";
import { SCHEMA_RULE } from "../schema/check.js";

export type { RuleMeta } from "../rule-meta.js";

const BUILTIN: RuleMeta[] = [YAML_RULE, SCHEMA_RULE, NO_POLICY_RULE, EXCEPTION_RULE, ...repositoryRules()];

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
