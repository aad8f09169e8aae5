/**
 * Picks the layer chain for an agreement and merges it. Chain: national → central
 * (`ntnu-hjemmekontor`) → faculty (appliesTo.faculty) → department (appliesTo.department),
 * each layer's version chosen by `effective` on period.start. One resolved policy per distinct
 * chain, cached. `check()` merges every chain the set allows, so a bad layer is refused at load.
 */
import compare from "semver/functions/compare.js";
import gt from "semver/functions/gt.js";
import satisfies from "semver/functions/satisfies.js";
import validRange from "semver/ranges/valid.js";
import type { Messages } from "../types.js";
import type { PolicySet } from "./load.js";
import { isLocal, mergeLayer } from "./merge.js";
import { type Layer, type PolicyProblem, problemAt, type ResolvedPolicy } from "./model.js";

export type Resolution = { policy: ResolvedPolicy } | { missing: Messages; layers: string[] };

const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

function inForce(l: Layer, date: string): boolean {
  return l.effective.from <= date && (l.effective.to === undefined || date <= l.effective.to);
}

export class PolicyResolver {
  private readonly byId = new Map<string, Layer[]>();
  private readonly cache = new Map<string, ResolvedPolicy>();
  private readonly resolutions = new Map<string, Resolution>();
  private readonly unitCandidates = new Map<string, string[]>();
  private leaves: string[] | undefined;
  private readonly problems: PolicyProblem[] = [];

  constructor(readonly set: PolicySet) {
    for (const l of set.layers) {
      const list = this.byId.get(l.id) ?? [];
      list.push(l);
      this.byId.set(l.id, list);
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

  /** Layer ids that apply to a unit, most specific first, ending with the central leaf. Memoised. */
  private candidates(faculty: string, department: string | undefined): string[] {
    const key = `${faculty.toLowerCase()}\u0000${department?.toLowerCase() ?? ""}`;
    let list = this.unitCandidates.get(key);
    if (!list) {
      const ids = [...this.byId.keys()];
      const first = (pred: (l: Layer) => boolean) => ids.filter((id) => this.byId.get(id)?.some(pred));
      const dept = first(
        (l) => same(l.appliesTo.faculty, faculty) && same(l.appliesTo.department, department),
      );
      const fac = first((l) => same(l.appliesTo.faculty, faculty) && l.appliesTo.department === undefined);
      list = [...dept, ...fac, ...this.centralLeaves()];
      this.unitCandidates.set(key, list);
    }
    return list;
  }

  /** Central layers (no appliesTo) that no other central layer extends. Memoised. */
  centralLeaves(): string[] {
    if (!this.leaves) {
      const central = [...this.byId.entries()]
        .filter(([, ls]) => ls.some((l) => !isLocal(l)))
        .map(([id]) => id);
      const extended = new Set(
        this.set.layers.filter((l) => !isLocal(l) && l.extends).map((l) => l.extends?.id),
      );
      this.leaves = central.filter((id) => !extended.has(id));
    }
    return this.leaves;
  }

  /** The resolution for a unit and date; memoised, since a run has few distinct units and dates. */
  resolve(faculty: string, department: string | undefined, date: string): Resolution {
    const key = `${faculty.toLowerCase()}\u0000${department?.toLowerCase() ?? ""}\u0000${date}`;
    let r = this.resolutions.get(key);
    if (!r) {
      r = this.resolveUncached(faculty, department, date);
      this.resolutions.set(key, r);
    }
    return r;
  }

  private resolveUncached(faculty: string, department: string | undefined, date: string): Resolution {
    const candidates = this.candidates(faculty, department);
    const leafId =
      candidates.find((id) => this.versionInForce(id, date)) ?? candidates[candidates.length - 1];
    if (leafId === undefined) {
      return { missing: { nb: "Ingen policy er lastet.", en: "No policy is loaded." }, layers: [] };
    }
    const chain: Layer[] = [];
    let id: string | undefined = leafId;
    let range: string | undefined;
    let child: Layer | undefined;
    while (id !== undefined) {
      const layer = this.versionInForce(id, date);
      if (!layer) {
        return {
          missing: {
            nb: `Ingen versjon av policylaget ${id} gjelder ${date}${child ? ` (påkrevd av ${child.id}@${child.version})` : ""}.`,
            en: `No version of the policy layer ${id} is in force on ${date}${child ? ` (required by ${child.id}@${child.version})` : ""}.`,
          },
          layers: chain.map((l) => `${l.id}@${l.version}`).reverse(),
        };
      }
      if (range !== undefined && child && !satisfies(layer.version, range)) {
        return {
          missing: {
            nb: `${child.id}@${child.version} krever ${id}@${range}, men versjonen som gjelder ${date} er ${layer.version}.`,
            en: `${child.id}@${child.version} requires ${id}@${range}, but the version in force on ${date} is ${layer.version}.`,
          },
          layers: chain.map((l) => `${l.id}@${l.version}`).reverse(),
        };
      }
      if (chain.includes(layer)) break;
      chain.push(layer);
      child = layer;
      id = layer.extends?.id;
      range = layer.extends?.range;
    }
    chain.reverse();
    return { policy: this.merged(chain) };
  }

  /** Merges a chain (root first), memoised per chain key. */
  merged(chain: Layer[]): ResolvedPolicy {
    const key = chain.map((l) => `${l.id}@${l.version}`).join(" > ");
    let policy = this.cache.get(key);
    if (!policy) {
      let parent: ResolvedPolicy | null = null;
      for (let i = 0; i < chain.length; i++) {
        const layer = chain[i] as Layer;
        const prefix = chain.slice(0, i + 1);
        const prefixKey = prefix.map((l) => `${l.id}@${l.version}`).join(" > ");
        const cached = this.cache.get(prefixKey);
        if (cached) {
          parent = cached;
          continue;
        }
        const r = mergeLayer(parent, layer);
        this.problems.push(...r.problems);
        this.cache.set(prefixKey, r.policy);
        parent = r.policy;
      }
      policy = parent as ResolvedPolicy;
    }
    return policy;
  }

  /**
   * Checks the whole set: every `extends` names a layer and a range some version satisfies, and
   * every chain the set allows merges without breaking a guarantee. Returns all problems.
   */
  check(): PolicyProblem[] {
    const problems: PolicyProblem[] = [...this.set.problems];
    const roots = this.set.layers.filter((l) => !l.extends);
    if (this.set.layers.length > 0 && roots.length === 0) {
      const l = this.set.layers[0] as Layer;
      problems.push({
        file: l.file,
        line: 1,
        column: 1,
        subject: l.id,
        guarantee: "extends",
        messages: {
          nb: "Ingen lag uten «extends»: policyen har ingen rot.",
          en: 'No layer without "extends": the policy has no root.',
        },
      });
    }
    problems.push(...this.scopeProblems());
    for (const l of this.set.layers) {
      if (!l.extends) continue;
      const pos = l.positionOf("/extends");
      const parents = this.byId.get(l.extends.id);
      const fail = (nb: string, en: string) =>
        problems.push({
          file: l.file,
          line: pos.line,
          column: pos.column,
          subject: `${l.id}@${l.version}`,
          guarantee: "extends",
          messages: { nb, en },
        });
      if (!validRange(l.extends.range)) {
        fail(
          `«extends: ${l.extends.id}@${l.extends.range}» har et ugyldig versjonsområde. Skriv f.eks. ${l.extends.id}@^1.`,
          `"extends: ${l.extends.id}@${l.extends.range}" has an invalid version range. Write e.g. ${l.extends.id}@^1.`,
        );
      } else if (!parents) {
        fail(
          `${l.id} utvider ${l.extends.id}, men det laget finnes ikke i policymappene.`,
          `${l.id} extends ${l.extends.id}, but no such layer is in the policy folders.`,
        );
      } else if (!parents.some((p) => satisfies(p.version, l.extends?.range ?? ""))) {
        fail(
          `${l.id} krever ${l.extends.id}@${l.extends.range}, men ingen versjon passer (finnes: ${parents.map((p) => p.version).join(", ")}).`,
          `${l.id} requires ${l.extends.id}@${l.extends.range}, but no version satisfies it (found: ${parents.map((p) => p.version).join(", ")}).`,
        );
      } else if (isLocal(l) && !parents.some(isLocal) && !this.centralLeaves().includes(l.extends.id)) {
        fail(
          `${l.id} er et lokalt lag og må bygge på hele den sentrale policyen (${this.centralLeaves().join(", ")}), ikke på ${l.extends.id} alene; ellers faller regler ovenfra bort.`,
          `${l.id} is a local layer and must build on the whole central policy (${this.centralLeaves().join(", ")}), not on ${l.extends.id} alone; rules above would fall away.`,
        );
      } else if (
        isLocal(l) &&
        parents.some((p) => isLocal(p) && !same(p.appliesTo.faculty, l.appliesTo.faculty))
      ) {
        fail(
          `${l.id} gjelder ${l.appliesTo.faculty ?? "?"}, men utvider et lag for et annet fakultet.`,
          `${l.id} applies to ${l.appliesTo.faculty ?? "?"}, but extends a layer of another faculty.`,
        );
      }
    }
    if (problems.length > 0) return dedupe(problems);
    for (const chain of this.allChains()) this.merged(chain);
    return dedupe([...problems, ...this.problems]);
  }

  /**
   * Where a layer may stand: a local layer always extends something (no second root); one layer
   * id keeps one scope in all its versions (a local layer cannot take a central id); and central
   * layers come only from the first policy folder, so a further `--policies` folder can add local
   * layers but never replace the central policy.
   */
  private scopeProblems(): PolicyProblem[] {
    const out: PolicyProblem[] = [];
    const scopeOf = (l: Layer) =>
      `${l.appliesTo.faculty?.toLowerCase() ?? ""}/${l.appliesTo.department?.toLowerCase() ?? ""}`;
    const at = (l: Layer, pointer: string, guarantee: string, nb: string, en: string) =>
      out.push(problemAt(l, pointer, `${l.id}@${l.version}`, guarantee, nb, en));

    for (const l of this.set.layers) {
      if (isLocal(l) && !l.extends) {
        at(
          l,
          "/appliesTo",
          "local-extends",
          `${l.id} gjelder en enhet, men har ingen «extends»: et lokalt lag må bygge på den sentrale policyen.`,
          `${l.id} applies to a unit but has no "extends": a local layer must build on the central policy.`,
        );
      }
      const first = this.byId.get(l.id)?.[0];
      if (first && first !== l && scopeOf(first) !== scopeOf(l)) {
        at(
          l,
          "/appliesTo",
          "layer-scope",
          `Laget ${l.id} gjelder for andre enheter her enn i ${first.file}. Én lag-id har ett virkeområde; gi laget en egen id.`,
          `The layer ${l.id} applies to other units here than in ${first.file}. One layer id has one scope; give the layer its own id.`,
        );
      }
      if (!isLocal(l) && (l.source ?? 0) > 0) {
        at(
          l,
          "/id",
          "central-source",
          `${l.id} er et sentralt lag (uten appliesTo), men ligger i en ekstra --policies-mappe. Sentrale lag kan bare komme fra den første mappen; ekstra mapper kan bare legge til lokale lag.`,
          `${l.id} is a central layer (no appliesTo) but lies in a further --policies folder. Central layers may come only from the first folder; further folders may add only local layers.`,
        );
      }
    }
    return out;
  }

  /** Every chain from a root down to each layer version, following satisfied `extends` ranges. */
  private *allChains(): Generator<Layer[]> {
    const walk = function* (this: PolicyResolver, chain: Layer[]): Generator<Layer[]> {
      yield chain;
      const top = chain[chain.length - 1] as Layer;
      for (const l of this.set.layers) {
        if (l.extends?.id === top.id && satisfies(top.version, l.extends.range) && !chain.includes(l)) {
          yield* walk.call(this, [...chain, l]);
        }
      }
    };
    for (const root of this.set.layers.filter((l) => !l.extends)) yield* walk.call(this, [root]);
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
