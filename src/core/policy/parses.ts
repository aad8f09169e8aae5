/**
 * Layer texts parsed once: discovery of the policy folder (run.ts) parses the files it looks at, and
 * the load that follows (load.ts) takes those parses instead of reading the build's cache or
 * parsing again.
 */
import { type Loaded, POLICY_LAYER_FILE, parseYaml } from "../parse/load.js";
import { cachedLoad } from "./cache.js";
import { MAX_POLICY_BYTES } from "./limits.js";

/** A layer's text parsed: from the build's cache (then it is schema-valid, `cached`), or by the YAML parser. */
interface LayerParse {
  loaded: Loaded;
  cached: boolean;
}

/**
 * Parses that discovery made and loading has not taken yet, so that a file is read from the cache
 * or parsed once. Loading takes its parse out: each load builds its layers from a parse of its own.
 * Only layers are kept, and no more text than one run may load (MAX_POLICY_BYTES), whatever else
 * discovery reads.
 */
const parses = new Map<string, LayerParse>();
let keptBytes = 0;

function parseNew(text: string): LayerParse {
  const hit = cachedLoad(text);
  return hit ? { loaded: hit, cached: true } : { loaded: parseYaml(text, POLICY_LAYER_FILE), cached: false };
}

/** Whether a parse is of a layer a load could use: `kind: Policy`, and within the run's limit. */
function worthKeeping(text: string, { loaded }: LayerParse): boolean {
  const v = loaded.value as { kind?: unknown } | null | undefined;
  return (
    loaded.problems.length === 0 &&
    typeof v === "object" &&
    v !== null &&
    v.kind === "Policy" &&
    keptBytes + text.length <= MAX_POLICY_BYTES
  );
}

/** A layer's text parsed, for discovery (SPEC 6), and kept for the load that follows. */
export function parseLayer(text: string): LayerParse {
  const kept = parses.get(text);
  if (kept) return kept;
  const parsed = parseNew(text);
  if (worthKeeping(text, parsed)) {
    parses.set(text, parsed);
    keptBytes += text.length;
  }
  return parsed;
}

/** The parse a load builds from: discovery's (taken out), or a new one. */
export function takeParse(text: string): LayerParse {
  const kept = parses.get(text);
  if (!kept) return parseNew(text);
  parses.delete(text);
  keptBytes -= text.length;
  return kept;
}
