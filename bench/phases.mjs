import { readdirSync, readFileSync } from "node:fs";
import YAML from "yaml";

const { parseYaml, parseYamlFully } = await import("../dist/core/parse/load.js");
const { checkSchema } = await import("../dist/core/schema/schema.js");
const { loadPolicies } = await import("../dist/core/run/run.js");
const { evaluate } = await import("../dist/core/rules/evaluate.js");
const dir = process.argv[2];
const texts = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, "utf8"));
const resolver = loadPolicies([new URL("../policies/", import.meta.url).pathname]);
const time = async (name, fn) => {
  const t = performance.now();
  for (const x of texts) await fn(x);
  const ms = performance.now() - t;
  console.log(name.padEnd(12), (ms / texts.length).toFixed(3), "ms/file");
};
for (let round = 0; round < 2; round++) {
  await time("YAML.parse", (t) => YAML.parse(t));
  await time("parseYaml", (t) => parseYaml(t)); // the fast path, for plain agreements
  await time("fullParser", (t) => parseYamlFully(t)); // what every file would cost without it
  const vals = texts.map((t) => parseYaml(t));
  let i = 0;
  await time("schema", () => checkSchema("agreement", vals[i++ % vals.length].value));
  i = 0;
  await time("resolve", () => {
    const a = vals[i++ % vals.length].value;
    resolver.resolve(a.employee.unit.faculty, a.employee.unit.department, a.period.start);
  });
  i = 0;
  await time("evaluate", async () => {
    const l = vals[i++ % vals.length];
    const a = l.value;
    const r = resolver.resolve(a.employee.unit.faculty, a.employee.unit.department, a.period.start);
    await evaluate(r.policy, { agreement: a, positionOf: l.positionOf });
  });
}
