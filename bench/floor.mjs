// The floor: one node process that only reads and YAML.parses the same files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";

let n = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) {
      YAML.parse(readFileSync(p, "utf8"));
      n++;
    }
  }
}
walk(process.argv[2]);
process.stdout.write(`${n}\n`);
