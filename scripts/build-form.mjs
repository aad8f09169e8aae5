// Bundles the form page's script (SPEC 10.2): the validation core — the same parse, schema,
// layers, rules and findings as the CLI, from dist/ — and the form, for the browser, as one
// minified IIFE in dist/form/form.js, which `hjemmekontor form` inlines into the page.
// The core's per-agreement path has no file system; a Node module anywhere in the bundle's
// graph fails the build. Run by `npm run build`, after tsc and build-validators.mjs.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { rolldown } from "rolldown";

const root = new URL("../", import.meta.url);
const path = (p) => new URL(p, root).pathname;
const NODE = new Set(builtinModules);

const bundle = await rolldown({
  input: path("scripts/form-entry.mjs"),
  platform: "browser",
  resolve: {
    // The same stand-ins as the command's bundle (rolldown.config.mjs, scripts/stubs/).
    alias: {
      "jsonpath-plus": path("scripts/stubs/jsonpath-plus.cjs"),
      clone: path("scripts/stubs/clone.cjs"),
    },
  },
  plugins: [
    {
      name: "hk-no-node",
      resolveId(id, importer) {
        if (id.startsWith("node:") || NODE.has(id)) {
          this.error(`${importer} imports ${id}: the form page's core must not use Node modules`);
        }
        return null;
      },
    },
    {
      // json-rules-engine's debug switch reads localStorage when it loads; the page reads and
      // stores nothing, so it is always off here.
      name: "hk-no-storage",
      transform(_code, id) {
        if (!id.endsWith("json-rules-engine/dist/debug.js")) return null;
        return '"use strict";Object.defineProperty(exports,"__esModule",{value:true});exports.default=function(){};';
      },
    },
  ],
});
mkdirSync(path("dist/form/"), { recursive: true });
await bundle.write({ file: path("dist/form/form.js"), format: "iife", minify: true });
await bundle.close();
const code = readFileSync(path("dist/form/form.js"), "utf8");
if (/<\/script|<!--/i.test(code))
  throw new Error("dist/form/form.js holds </script or <!--, which would end the page's script");
writeFileSync(path("dist/form/form.js"), code.trimEnd());
