/**
 * The agreement a policy test case runs, and what the case changes: the JSON merge patch of the
 * base, the text the agreement is written as (so that a finding's `line` is predictable), and the
 * JSON pointers a case touches (for the near misses of `policy test --coverage`).
 */
import { yaml } from "../parse/load.js";

/**
 * RFC 7396: objects merge key by key, null deletes, anything else replaces. Keys are defined as
 * own properties, so that no key (not even `__proto__`) is turned into something else or lost.
 * A key the target has keeps its place; a new key comes after the others.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    target && typeof target === "object" && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else {
      const value = mergePatch(Object.hasOwn(out, k) ? out[k] : undefined, v);
      Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

/**
 * The agreement as a case runs it: YAML in block style, a key or list item per line, two spaces
 * per level, no folding of long texts, no anchors (schemas/policy-test.schema.json, `line`).
 */
export function agreementText(agreement: unknown): string {
  return yaml().stringify(agreement, { lineWidth: 0, aliasDuplicateObjects: false });
}

const escapeKey = (k: string) => k.replace(/~/g, "~0").replace(/\//g, "~1");
const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** JSON pointers where `b` differs from `a`: a key added or removed, a value changed, a list resized. */
export function changedPointers(a: unknown, b: unknown, at = ""): string[] {
  if (isMap(a) && isMap(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => {
      const p = `${at}/${escapeKey(k)}`;
      return Object.hasOwn(a, k) && Object.hasOwn(b, k) ? changedPointers(a[k], b[k], p) : [p];
    });
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length)
    return a.flatMap((x, i) => changedPointers(x, b[i], `${at}/${i}`));
  if (isMap(a) || isMap(b) || Array.isArray(a) || Array.isArray(b)) return [at];
  return a === b ? [] : [at];
}

/**
 * What a patch is about: the pointer of each value it writes or removes (a value it sets to what
 * the base already has counts too, as the case names it), narrowed to the items a list changes.
 */
export function patchedPointers(base: unknown, patch: unknown, at = ""): string[] {
  if (!isMap(patch)) return [at];
  return Object.entries(patch).flatMap(([k, v]) => {
    const p = `${at}/${escapeKey(k)}`;
    const before = isMap(base) && Object.hasOwn(base, k) ? base[k] : undefined;
    if (isMap(v)) return patchedPointers(before, v, p);
    const changed = v === null ? [] : changedPointers(before, v, p);
    return changed.length > 0 ? changed : [p];
  });
}

/**
 * JSON pointers of the `__proto__` keys in a case's patch. A JavaScript object does not keep such
 * a key as data (it sets the prototype), so a patch holding one would change nothing and the case
 * could pass falsely: it is refused instead.
 */
export function protoKeys(value: unknown, at: string): string[] {
  if (value === null || typeof value !== "object") return [];
  const out: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    const path = `${at}/${escapeKey(k)}`;
    if (k === "__proto__") out.push(path);
    out.push(...protoKeys(v, path));
  }
  return out;
}
