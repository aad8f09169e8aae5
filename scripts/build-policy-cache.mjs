// Stores the shipped and example policy layers, parsed, in dist/policy-cache/<length>-<fnv1a>.json
// (see src/core/policy/cache.ts), if they are schema-valid. Run by `npm run build`, after tsc.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CACHE_DIR, cacheEntry, keyOf } from "../dist/core/policy/cache.js";
import { checkSchema } from "../dist/core/schema/schema.js";

const root = new URL("../", import.meta.url).pathname;
rmSync(CACHE_DIR, { recursive: true, force: true });
mkdirSync(CACHE_DIR, { recursive: true });
for (const dir of ["policies", "examples/policies"]) {
  for (const name of readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f))) {
    const text = readFileSync(join(root, dir, name), "utf8").replace(/^\uFEFF/, "");
    const entry = cacheEntry(text);
    // Only schema-valid layers are stored, so that a hit needs no schema check at run time.
    if (entry && checkSchema("policy", entry.value).length === 0)
      writeFileSync(join(CACHE_DIR, `${keyOf(text)}.json`), JSON.stringify(entry));
  }
}
