/**
 * Precompiled policy layers. Parsing a long YAML layer with a cold JIT costs far more than the
 * rest of a one-file run, so `npm run build` stores each shipped layer as JSON with a table of
 * positions and the text it was made from, named by a short hash of that text. A layer whose text
 * is exactly the stored one is read from there; any other text (an edited layer, a unit's own
 * layer) is parsed as usual. Only the package's own build writes these files, and a hit compares
 * the whole text, so it can never stand for other content than the file's. (No SHA-256: loading
 * node:crypto would cost a one-file run more than the hash saves.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Loaded, POLICY_LAYER_FILE, type Position, parseYaml, splitPointer } from "../parse/load.js";
import { PACKAGE_ROOT } from "../paths.js";

export const CACHE_DIR = join(PACKAGE_ROOT, "dist", "policy-cache");

interface Entry {
  /** The layer's text, compared in full on every hit. */
  text: string;
  value: unknown;
  /** pointer → [line, column, keyLine, keyColumn] */
  positions: Record<string, [number, number, number, number]>;
}

/** The cache file's name for a text: its length and 32-bit FNV-1a hash (a hit then compares the text). */
export function keyOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}-${(h >>> 0).toString(16).padStart(8, "0")}`;
}

/** The cached parse of a layer's text, or undefined when the build has none for it. */
export function cachedLoad(text: string): Loaded | undefined {
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(join(CACHE_DIR, `${keyOf(text)}.json`), "utf8")) as Entry;
  } catch {
    return undefined;
  }
  if (entry.text !== text) return undefined;
  const table = new Map(Object.entries(entry.positions));
  return {
    value: entry.value,
    problems: [],
    positionOf(pointer, opts) {
      const segments = splitPointer(pointer);
      for (let n = segments.length; n >= 0; n--) {
        const key = n === 0 ? "" : `/${segments.slice(0, n).map(escapeSegment).join("/")}`;
        const hit = table.get(key);
        if (hit)
          return opts?.key && n === segments.length
            ? { line: hit[2], column: hit[3] }
            : { line: hit[0], column: hit[1] };
      }
      return { line: 1, column: 1 };
    },
  };
}

const escapeSegment = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** Builds the cache entry of a layer's text: its value and the position of every node. */
export function cacheEntry(text: string): Entry | undefined {
  const loaded = parseYaml(text, POLICY_LAYER_FILE);
  if (loaded.problems.length > 0) return undefined;
  const positions: Entry["positions"] = {};
  const put = (pointer: string) => {
    const p: Position = loaded.positionOf(pointer);
    const k: Position = loaded.positionOf(pointer, { key: true });
    positions[pointer] = [p.line, p.column, k.line, k.column];
  };
  const walk = (value: unknown, pointer: string) => {
    put(pointer);
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${pointer}/${i}`);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, `${pointer}/${escapeSegment(k)}`);
    }
  };
  walk(loaded.value, "");
  return { text, value: loaded.value, positions };
}
