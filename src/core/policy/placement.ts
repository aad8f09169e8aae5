/**
 * Whether each layer fits the chain (SPEC 5.3, 5.5): one root; a local layer extends something;
 * one scope per layer id and one layer id per scope (unit codes case-insensitive); `extends`
 * names exactly the layer above in the chain, so no level is skipped; central layers come only
 * from the first policy folder; versions of one id are ordered alike by semver and by date.
 * Every check is a pass over the layers: linear, or n log n for the version order.
 */
import satisfies from "semver/functions/satisfies.js";
import validRange from "semver/ranges/valid.js";
import { msg } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import type { Messages } from "../types.js";
import type { Layer, PolicyProblem } from "./model.js";
import { problemAt } from "./model.js";
import { isLocal, LEVEL_TEXT, levelOf, scopeKey, unitKey } from "./scope.js";

function scopeText(l: Layer): Messages {
  const { faculty, department } = l.appliesTo;
  if (department !== undefined) return msg(POLICY.scopeDepartment, { faculty: String(faculty), department });
  if (faculty !== undefined) return msg(POLICY.scopeFaculty, { faculty });
  return LEVEL_TEXT[levelOf(l)];
}

/** The id of the layer `l` must extend: the nearest level above it that some layer holds. */
function expectedParent(l: Layer, byScope: Map<string, string>): string | undefined {
  const national = byScope.get("national||");
  const central = byScope.get("central||") ?? national;
  switch (levelOf(l)) {
    case "national":
      return undefined;
    case "central":
      return national;
    case "faculty":
      return central;
    case "department":
      return byScope.get(`faculty|${unitKey(l.appliesTo.faculty)}|`) ?? central;
  }
}

type At = (l: Layer, pointer: string, guarantee: string, messages: Messages) => void;

export function placementProblems(
  layers: Layer[],
  byScope: Map<string, string>,
  byId: Map<string, Layer[]>,
): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const at: At = (l, pointer, guarantee, messages) =>
    out.push(problemAt(l, pointer, `${l.id}@${l.version}`, guarantee, messages));

  if (layers.length > 0 && !byScope.has("national||")) {
    at(layers[0] as Layer, "", "extends", msg(POLICY.noRoot));
  }
  const firstOf = new Map<string, Layer>();
  for (const l of layers) if (!firstOf.has(l.id)) firstOf.set(l.id, l);
  for (const l of layers) {
    if (l.appliesTo.department !== undefined && l.appliesTo.faculty === undefined) {
      const values = { layer: l.id, department: l.appliesTo.department };
      at(l, "/appliesTo", "layer-scope", msg(POLICY.departmentWithoutFaculty, values));
      continue;
    }
    levelProblems(l, at);
    identityProblems(l, firstOf.get(l.id) as Layer, byScope, firstOf, at);
    rangeProblems(l, at);
    if (l.extends) extendsProblems(l, byScope, byId, at);
  }
  for (const versions of byId.values()) versionOrderProblems(versions, at);
  return out;
}

/** A local layer extends something; a central one comes from the first policy folder. */
function levelProblems(l: Layer, at: At): void {
  if (isLocal(l) && !l.extends) {
    at(l, "/appliesTo", "local-extends", msg(POLICY.localWithoutExtends, { layer: l.id }));
  }
  if (!isLocal(l) && (l.source ?? 0) > 0) {
    at(l, "/id", "central-source", msg(POLICY.centralInFurtherFolder, { layer: l.id }));
  }
}

/** One scope and one folder per layer id (`first` is its first version read), one layer id per scope. */
function identityProblems(
  l: Layer,
  first: Layer,
  byScope: Map<string, string>,
  firstOf: Map<string, Layer>,
  at: At,
): void {
  const holder = byScope.get(scopeKey(l));
  if (first !== l && scopeKey(first) !== scopeKey(l)) {
    at(l, "/appliesTo", "layer-scope", msg(POLICY.layerIdTwoScopes, { layer: l.id, file: first.file }));
  } else if (first !== l && (first.source ?? 0) !== (l.source ?? 0)) {
    at(l, "/version", "layer-source", msg(POLICY.layerInTwoFolders, { layer: l.id, file: first.file }));
  } else if (holder !== undefined && holder !== l.id) {
    const file = firstOf.get(holder)?.file ?? "?";
    const values = { layer: l.id, scope: scopeText(l), holder, file };
    at(l, "/appliesTo", "unique-scope", msg(POLICY.scopeHeldByOther, values));
  }
}

/** A version may not end before it begins. */
function rangeProblems(l: Layer, at: At): void {
  if (l.effective.to === undefined || l.effective.to >= l.effective.from) return;
  const values = { layer: `${l.id}@${l.version}`, to: l.effective.to, from: l.effective.from };
  at(l, "/effective/to", "effective-range", msg(POLICY.endsBeforeItBegins, values));
}

/** Versions of one id (in semver order): a higher version may not take effect earlier. */
function versionOrderProblems(versions: Layer[], at: At): void {
  for (let i = 1; i < versions.length; i++) {
    const lower = versions[i - 1] as Layer;
    const higher = versions[i] as Layer;
    if (lower.effective.from <= higher.effective.from) continue;
    at(
      lower,
      "/effective/from",
      "version-order",
      msg(POLICY.versionOrder, {
        layer: `${lower.id}@${lower.version}`,
        from: lower.effective.from,
        higher: higher.version,
        higherFrom: higher.effective.from,
        file: higher.file,
      }),
    );
  }
}

function extendsProblems(l: Layer, byScope: Map<string, string>, byId: Map<string, Layer[]>, at: At): void {
  const ext = l.extends as { id: string; range: string };
  const fail = (guarantee: string, messages: Messages) => at(l, "/extends", guarantee, messages);
  const parents = byId.get(ext.id);
  const expected = expectedParent(l, byScope);
  if (!validRange(ext.range)) {
    fail("extends", msg(POLICY.invalidRange, { parent: ext.id, range: ext.range }));
  } else if (!parents) {
    fail("extends", msg(POLICY.extendsUnknownLayer, { layer: l.id, parent: ext.id }));
  } else if (!parents.some((p) => satisfies(p.version, ext.range))) {
    const versions = parents.map((p) => p.version).join(", ");
    fail(
      "extends",
      msg(POLICY.extendsNoVersion, { layer: l.id, parent: ext.id, range: ext.range, versions }),
    );
  } else if (expected !== undefined && ext.id !== expected) {
    fail(
      "extends-chain",
      msg(POLICY.extendsSkipsLevel, { layer: l.id, level: LEVEL_TEXT[levelOf(l)], expected, parent: ext.id }),
    );
  }
}
