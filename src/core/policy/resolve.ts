/**
 * Picks the layer chain for an agreement and merges it. The chain comes from scope (scope.ts):
 * national → central → faculty → department, each layer's version chosen by `effective` on
 * period.start; `extends` must agree with that chain. One resolved policy per distinct chain,
 * cached. `check()` refuses a set whose layers do not fit the chain (placement.ts) and merges
 * every chain that can be in force on some date: a number of merges linear in the versions per
 * scope, never an enumeration of all paths.
 */
import compare from "semver/functions/compare.js";
import gt from "semver/functions/gt.js";
import satisfies from "semver/functions/satisfies.js";
import { addDays } from "../dates.js";
import { msg } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import type { RuleMeta } from "../rule-meta.js";
import type { Messages } from "../types.js";
import type { PolicySet } from "./load.js";
import { mergeLayer } from "./merge.js";
import type { Layer, PolicyProblem, ResolvedPolicy } from "./model.js";
import { placementProblems } from "./placement.js";
import { levelOf, scopeKey, unitScopes } from "./scope.js";

/** The built-in rule of an agreement whose unit needs a layer that is not in force on its start date. */
export const NO_POLICY_RULE: RuleMeta = {
  id: "no-policy-in-force",
  section: null,
  layer: null,
  severity: "error",
  quote: "",
  description: POLICY.noPolicyInForceRule,
};

/**
 * The policy for a unit and date. When a layer the unit needs is not in force (or its `extends`
 * range is not met), `missing` says so and `policy` holds the chain above it, whose findings
 * still stand.
 */
type Resolution =
  | { policy: ResolvedPolicy }
  | { missing: Messages; layers: string[]; policy?: ResolvedPolicy };

function inForce(l: Layer, date: string): boolean {
  return l.effective.from <= date && (l.effective.to === undefined || date <= l.effective.to);
}

const keyOf = (chain: Layer[]) => chain.map((l) => `${l.id}@${l.version}`).join(" > ");

export class PolicyResolver {
  private readonly byId = new Map<string, Layer[]>();
  /** The layer id that holds each scope (the first found; check() refuses a second). */
  private readonly byScope = new Map<string, string>();
  private readonly cache = new Map<string, ResolvedPolicy>();
  private readonly resolutions = new Map<string, Resolution>();
  private readonly problems: PolicyProblem[] = [];

  constructor(readonly set: PolicySet) {
    for (const l of set.layers) {
      const list = this.byId.get(l.id) ?? [];
      list.push(l);
      this.byId.set(l.id, list);
      if (!this.byScope.has(scopeKey(l))) this.byScope.set(scopeKey(l), l.id);
    }
    for (const list of this.byId.values()) list.sort((a, b) => compare(a.version, b.version));
  }

  /** The version of `id` in force on `date`: the latest `from` that has begun (then the highest version). */
  versionInForce(id: string, date: string): Layer | undefined {
    let best: Layer | undefined;
    for (const l of this.byId.get(id) ?? []) {
      if (!inForce(l, date)) continue;
      if (
        !best ||
        l.effective.from > best.effective.from ||
        (l.effective.from === best.effective.from && gt(l.version, best.version))
      )
        best = l;
    }
    return best;
  }

  /** The resolution for a unit and date; memoised, since a run has few distinct units and dates. */
  resolve(faculty: string, department: string | undefined, date: string): Resolution {
    const key = `${faculty.toLowerCase()}\u0000${department?.toLowerCase() ?? ""}\u0000${date}`;
    let r = this.resolutions.get(key);
    if (!r) {
      r = this.chainAt(unitScopes(faculty, department), date);
      this.resolutions.set(key, r);
    }
    return r;
  }

  /**
   * The chain of the given scopes (top first) on `date`; `force` stands in for the version of its
   * own id. A scope no layer holds is skipped; so is a faculty or department layer not in force.
   */
  private chainAt(scopes: string[], date: string, force?: Layer, cache = this.cache): Resolution {
    const chain: Layer[] = [];
    const stop = (missing: Messages): Resolution => {
      const layers = chain.map((l) => `${l.id}@${l.version}`);
      return chain.length > 0 ? { missing, layers, policy: this.merged(chain, cache) } : { missing, layers };
    };
    for (const scope of scopes) {
      const id = this.byScope.get(scope);
      if (id === undefined) continue;
      const layer = force?.id === id ? force : this.versionInForce(id, date);
      const parent = chain[chain.length - 1];
      if (!layer) {
        const level = scope.slice(0, scope.indexOf("|"));
        if (level === "faculty" || level === "department") continue;
        return stop(msg(POLICY.noVersionInForce, { layer: id, date }));
      }
      const ext = layer.extends;
      const name = `${layer.id}@${layer.version}`;
      if (ext && parent?.id !== ext.id) {
        return stop(msg(POLICY.parentNotInForce, { layer: name, parent: ext.id, date }));
      }
      if (ext && parent && !satisfies(parent.version, ext.range)) {
        return stop(
          msg(POLICY.parentVersionMismatch, {
            layer: name,
            parent: ext.id,
            range: ext.range,
            date,
            version: parent.version,
          }),
        );
      }
      chain.push(layer);
    }
    if (chain.length === 0) return { missing: msg(POLICY.noPolicyLoaded), layers: [] };
    return { policy: this.merged(chain, cache) };
  }

  /** Merges a chain (root first), memoised per chain prefix (in `cache`, the resolver's own by default). */
  merged(chain: Layer[], cache = this.cache): ResolvedPolicy {
    let parent: ResolvedPolicy | null = null;
    for (let i = 1; i <= chain.length; i++) {
      const prefixKey = keyOf(chain.slice(0, i));
      let policy = cache.get(prefixKey);
      if (!policy) {
        const r = mergeLayer(parent, chain[i - 1] as Layer);
        this.problems.push(...r.problems);
        policy = r.policy;
        cache.set(prefixKey, policy);
      }
      parent = policy;
    }
    return parent as ResolvedPolicy;
  }

  /**
   * Checks the whole set: every layer fits the chain (placement.ts), and every chain that can be
   * in force on some date merges without breaking a guarantee. Returns all problems.
   */
  check(): PolicyProblem[] {
    const problems = [...this.set.problems, ...placementProblems(this.set.layers, this.byScope, this.byId)];
    if (problems.length > 0) return dedupe(problems);
    // The chains are merged for their problems only, in one cache of this check's own (dropped after
    // it) that every scope shares, so the national, central and faculty chains are merged once. The
    // department chains leave it when their scope is done, so memory stays at what the upper layers
    // and one department need rather than every chain of the folder.
    const cache = new Map(this.cache);
    const done = (scopes: string[]) => {
      if (scopes.length < 4) return;
      for (const key of cache.keys()) if (key.split(" > ").length === 4) cache.delete(key);
    };
    for (const [scopes, dates] of this.scopeDates()) {
      for (const date of dates) this.chainAt(scopes, date, undefined, cache);
      done(scopes);
    }
    // Each version at least once, on the chain in force on its first day (mostly a cache hit).
    for (const l of this.set.layers) {
      const scopes = this.scopesDownTo(l);
      this.chainAt(scopes, l.effective.from, l, cache);
      done(scopes);
    }
    return dedupe(this.problems);
  }

  /** The scopes of a layer's own chain, down to its level. */
  private scopesDownTo(l: Layer): string[] {
    const level = levelOf(l);
    if (level === "national") return ["national||"];
    if (level === "central") return ["national||", "central||"];
    return unitScopes(l.appliesTo.faculty, level === "department" ? l.appliesTo.department : undefined);
  }

  /** For each scope a layer holds, its chain's scopes and every date on which that chain can change. */
  private scopeDates(): [string[], string[]][] {
    const out: [string[], string[]][] = [];
    const seen = new Set<string>();
    for (const l of this.set.layers) {
      const scopes = this.scopesDownTo(l);
      const key = scopes.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      const dates = new Set<string>();
      for (const scope of scopes) {
        for (const v of this.byId.get(this.byScope.get(scope) ?? "") ?? []) {
          dates.add(v.effective.from);
          if (v.effective.to !== undefined) dates.add(addDays(v.effective.to, 1));
        }
      }
      out.push([scopes, [...dates]]);
    }
    return out;
  }
}

function dedupe(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.file}:${p.line}:${p.column}:${p.messages.en}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
