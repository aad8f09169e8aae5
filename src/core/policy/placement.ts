/**
 * Whether each layer fits the chain (SPEC 5.3, 5.5): one root; a local layer extends something;
 * one scope per layer id and one layer id per scope (unit codes case-insensitive); `extends`
 * names exactly the layer above in the chain, so no level is skipped; central layers come only
 * from the first policy folder; versions of one id are ordered alike by semver and by date.
 * Every check is a pass over the layers: linear, or n log n for the version order.
 */
import satisfies from "semver/functions/satisfies.js";
import validRange from "semver/ranges/valid.js";
import type { Layer, PolicyProblem } from "./model.js";
import { problemAt } from "./model.js";
import { isLocal, LEVEL_TEXT, levelOf, scopeKey, unitKey } from "./scope.js";

function scopeText(l: Layer): { nb: string; en: string } {
  const { faculty, department } = l.appliesTo;
  if (department !== undefined)
    return { nb: `instituttet ${faculty}/${department}`, en: `the department ${faculty}/${department}` };
  if (faculty !== undefined) return { nb: `fakultetet ${faculty}`, en: `the faculty ${faculty}` };
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

export function placementProblems(
  layers: Layer[],
  byScope: Map<string, string>,
  byId: Map<string, Layer[]>,
): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const at = (l: Layer, pointer: string, guarantee: string, nb: string, en: string) =>
    out.push(problemAt(l, pointer, `${l.id}@${l.version}`, guarantee, nb, en));

  if (layers.length > 0 && !byScope.has("national||")) {
    const l = layers[0] as Layer;
    at(
      l,
      "",
      "extends",
      "Ingen lag uten «extends» og «appliesTo»: policyen har ingen rot (det nasjonale laget).",
      'No layer without "extends" and "appliesTo": the policy has no root (the national layer).',
    );
  }
  for (const l of layers) {
    const scope = scopeText(l);
    if (l.appliesTo.department !== undefined && l.appliesTo.faculty === undefined) {
      at(
        l,
        "/appliesTo",
        "layer-scope",
        `${l.id} gjelder instituttet ${l.appliesTo.department} uten å si fakultetet. Skriv appliesTo: { faculty: …, department: ${l.appliesTo.department} }.`,
        `${l.id} applies to the department ${l.appliesTo.department} without naming its faculty. Write appliesTo: { faculty: …, department: ${l.appliesTo.department} }.`,
      );
      continue;
    }
    if (isLocal(l) && !l.extends) {
      at(
        l,
        "/appliesTo",
        "local-extends",
        `${l.id} gjelder en enhet, men har ingen «extends»: et lokalt lag må bygge på laget over seg.`,
        `${l.id} applies to a unit but has no "extends": a local layer must build on the layer above it.`,
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
    const first = layers.find((x) => x.id === l.id);
    const holder = byScope.get(scopeKey(l));
    if (first && first !== l && scopeKey(first) !== scopeKey(l)) {
      at(
        l,
        "/appliesTo",
        "layer-scope",
        `Laget ${l.id} gjelder for andre enheter her enn i ${first.file}. Én lag-id har ett virkeområde; gi laget en egen id.`,
        `The layer ${l.id} applies to other units here than in ${first.file}. One layer id has one scope; give the layer its own id.`,
      );
    } else if (first && first !== l && (first.source ?? 0) !== (l.source ?? 0)) {
      at(
        l,
        "/version",
        "layer-source",
        `Laget ${l.id} finnes også i en annen policymappe (${first.file}). Alle versjoner av et lag skal ligge i samme mappe, så en mappe ikke kan erstatte et lag fra en annen.`,
        `The layer ${l.id} is also in another policy folder (${first.file}). Every version of a layer must be in one folder, so that one folder cannot replace a layer of another.`,
      );
    } else if (holder !== undefined && holder !== l.id) {
      const other = layers.find((x) => x.id === holder);
      at(
        l,
        "/appliesTo",
        "unique-scope",
        `${l.id} gjelder ${scope.nb}, men det gjør allerede ${holder} (${other?.file ?? "?"}). Ett virkeområde har ett lag (store og små bokstaver i enhetskoder regnes like); legg reglene inn i ${holder} som en ny versjon, eller fjern det ene laget.`,
        `${l.id} applies to ${scope.en}, but so does ${holder} (${other?.file ?? "?"}). One scope has one layer (unit codes compare case-insensitively); put the rules into ${holder} as a new version, or remove one layer.`,
      );
    }
    if (l.effective.to !== undefined && l.effective.to < l.effective.from) {
      at(
        l,
        "/effective/to",
        "effective-range",
        `${l.id}@${l.version} slutter å gjelde (${l.effective.to}) før det begynner (${l.effective.from}).`,
        `${l.id}@${l.version} ends (${l.effective.to}) before it begins (${l.effective.from}).`,
      );
    }
    if (l.extends) extendsProblems(l, byScope, byId, at);
  }
  for (const versions of byId.values()) {
    for (let i = 1; i < versions.length; i++) {
      const lower = versions[i - 1] as Layer;
      const higher = versions[i] as Layer;
      if (lower.effective.from > higher.effective.from) {
        at(
          lower,
          "/effective/from",
          "version-order",
          `${lower.id}@${lower.version} gjelder fra ${lower.effective.from}, senere enn den høyere versjonen ${higher.version} (fra ${higher.effective.from}, ${higher.file}). En senere dato krever et høyere versjonsnummer; gi denne versjonen et nummer over ${higher.version}, eller rett datoen.`,
          `${lower.id}@${lower.version} is in force from ${lower.effective.from}, later than the higher version ${higher.version} (from ${higher.effective.from}, ${higher.file}). A later date needs a higher version; number this one above ${higher.version}, or correct the date.`,
        );
      }
    }
  }
  return out;
}

function extendsProblems(
  l: Layer,
  byScope: Map<string, string>,
  byId: Map<string, Layer[]>,
  at: (l: Layer, pointer: string, guarantee: string, nb: string, en: string) => void,
): void {
  const ext = l.extends as { id: string; range: string };
  const fail = (guarantee: string, nb: string, en: string) => at(l, "/extends", guarantee, nb, en);
  const parents = byId.get(ext.id);
  const expected = expectedParent(l, byScope);
  if (!validRange(ext.range)) {
    fail(
      "extends",
      `«extends: ${ext.id}@${ext.range}» har et ugyldig versjonsområde. Skriv f.eks. ${ext.id}@^1.`,
      `"extends: ${ext.id}@${ext.range}" has an invalid version range. Write e.g. ${ext.id}@^1.`,
    );
  } else if (!parents) {
    fail(
      "extends",
      `${l.id} utvider ${ext.id}, men det laget finnes ikke i policymappene.`,
      `${l.id} extends ${ext.id}, but no such layer is in the policy folders.`,
    );
  } else if (!parents.some((p) => satisfies(p.version, ext.range))) {
    fail(
      "extends",
      `${l.id} krever ${ext.id}@${ext.range}, men ingen versjon passer (finnes: ${parents.map((p) => p.version).join(", ")}).`,
      `${l.id} requires ${ext.id}@${ext.range}, but no version satisfies it (found: ${parents.map((p) => p.version).join(", ")}).`,
    );
  } else if (expected !== undefined && ext.id !== expected) {
    const level = LEVEL_TEXT[levelOf(l)];
    fail(
      "extends-chain",
      `${l.id} er ${level.nb} og må bygge på ${expected}, laget rett over det i kjeden (nasjonalt → sentralt → fakultet → institutt), ikke på ${ext.id}. Et lag kan ikke hoppe over et nivå; ellers faller reglene der bort. Skriv extends: ${expected}@^… .`,
      `${l.id} is ${level.en} and must build on ${expected}, the layer right above it in the chain (national → central → faculty → department), not on ${ext.id}. A layer cannot skip a level; the rules there would fall away. Write extends: ${expected}@^… .`,
    );
  }
}
