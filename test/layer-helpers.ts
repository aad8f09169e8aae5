/** Shared helpers of the policy-layer tests: a faculty layer beside the shipped layers. */
import { duplicateVersions, loadLayerText, loadPolicySet } from "../src/core/policy/load.js";
import type { PolicyProblem } from "../src/core/policy/model.js";
import { PolicyResolver } from "../src/core/policy/resolve.js";
import { SHIPPED } from "./helpers.js";

export const shipped = loadPolicySet([SHIPPED]);

/** The head of a faculty layer `ntnu-xx` for faculty XX, extending the NTNU layer. */
export const HEAD = `kind: Policy
id: ntnu-xx
version: 1.0.0
effective: { from: 2024-01-01 }
extends: ntnu-hjemmekontor@^1
appliesTo: { faculty: XX }
`;

/** A set of the shipped layers plus one layer text (file xx.yaml), and every problem it has. */
export function resolverWith(text: string): { resolver?: PolicyResolver; problems: PolicyProblem[] } {
  const loaded = loadLayerText(text, "xx.yaml");
  if (!loaded.layer) return { problems: loaded.problems };
  const layers = [...shipped.layers, loaded.layer];
  const resolver = new PolicyResolver({ dirs: [], layers, problems: duplicateVersions(layers) });
  return { resolver, problems: resolver.check() };
}

/** Every problem of a faculty layer made of `head` (HEAD by default) and `body`. */
export function check(body: string, head = HEAD): PolicyProblem[] {
  return resolverWith(head + body).problems;
}
