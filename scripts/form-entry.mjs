// The browser entry of the form page (SPEC 10.2), bundled by scripts/build-form.mjs from the
// compiled core in dist/. What the core gets from the file system on Node it gets here by static
// import: the agreement schema's precompiled validator and the yaml package. Then the form starts.
import * as yaml from "yaml";
import { start } from "../dist/browser/app/main.js";
import { provideYaml } from "../dist/core/parse/yaml.js";
import { provideValidators } from "../dist/core/schema/check.js";
import agreement from "../dist/validators/agreement.cjs";

provideYaml(() => yaml);
provideValidators((name) => {
  if (name !== "agreement") throw new Error(`The form page checks agreements only, not ${name} files.`);
  return agreement;
});
start();
