// Part of `npm run bench`: how long `policy lint` takes on policy folders at the size limits
// (200 files), as whole processes, median of 5, beside `node -e 0`. SPEC 5.5 asks for polynomial
// resolution; issue 9 for "well under a second" on any folder within the limits.
//   node bench/lint.mjs
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../", import.meta.url).pathname;
const out = join(root, "bench", "out", "lint");
const cli = join(root, "bin", "hjemmekontor.cjs");
const RUNS = 5;

function layer(id, appliesTo, ext, version, from, body = "") {
  return `kind: Policy\nid: ${id}\nversion: ${version}\neffective: { from: ${from} }\nextends: ${ext}\nappliesTo: ${appliesTo}\n${body}`;
}

const day = (i) => new Date(Date.UTC(2020, 0, 1 + i * 7)).toISOString().slice(0, 10);

/** Added rules, so that every merge has work to do (the limits allow 1 000 rules in all). */
const rules = (id, n = 5) =>
  `rules:\n${Array.from(
    { length: n },
    (_, i) =>
      `  - id: ${id}/r${i}\n    section: "2.4"\n    quote: x\n    severity: error\n    mandatory: true\n    when: { all: [ { fact: homeSharePercent, operator: greaterThan, value: ${i} } ] }\n    message: { nb: a, en: b }\n`,
  ).join("")}`;

const cases = {
  // Issue 9, attack 5: c0 … c99, two versions each, each extending the one before (refused).
  ladder: () => {
    const files = {};
    for (let i = 0; i < 99; i++)
      for (const v of ["1.0.0", "1.1.0"])
        files[`c${i}@${v}.yaml`] = layer(
          `c${i}`,
          `{ faculty: MH, department: D${i} }`,
          i === 0 ? "ntnu-hjemmekontor@^1" : `c${i - 1}@^1`,
          v,
          "2020-01-01",
        );
    return files;
  },
  // 99 faculty layers in two versions each (valid).
  faculties: () => {
    const files = {};
    for (let i = 0; i < 99; i++)
      for (const [v, from] of [
        ["1.0.0", "2020-01-01"],
        ["1.1.0", "2024-01-01"],
      ])
        files[`f${i}@${v}.yaml`] = layer(`f${i}`, `{ faculty: F${i} }`, "ntnu-hjemmekontor@^1", v, from);
    return files;
  },
  // The same with four added rules in each layer: 815 rules in all, near the limit of 1 000.
  "faculties+rules": () => {
    const files = {};
    for (let i = 0; i < 99; i++)
      for (const [v, from] of [
        ["1.0.0", "2020-01-01"],
        ["1.1.0", "2024-01-01"],
      ])
        files[`f${i}@${v}.yaml`] = layer(
          `f${i}`,
          `{ faculty: F${i} }`,
          "ntnu-hjemmekontor@^1",
          v,
          from,
          rules(`f${i}`, 4),
        );
    return files;
  },
  // One faculty in 66 versions and two departments in 66 versions each, all on different dates,
  // three rules each (valid): the most chains a folder at the limits can hold.
  versions: () => {
    const files = {};
    for (let i = 0; i < 66; i++) {
      const v = `1.${i}.0`;
      files[`f@${v}.yaml`] = layer(
        "f",
        "{ faculty: F }",
        "ntnu-hjemmekontor@^1",
        v,
        day(3 * i),
        rules("f", 3),
      );
      for (const d of ["a", "b"])
        files[`f-${d}@${v}.yaml`] = layer(
          `f-${d}`,
          `{ faculty: F, department: ${d} }`,
          "f@^1",
          v,
          day(3 * i + 1),
          rules(`f-${d}`, 3),
        );
    }
    return files;
  },
};

function time(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, CI: "true" },
    encoding: "utf8",
  });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: r.status };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

rmSync(out, { recursive: true, force: true });
console.log("policy lint at the size limits (median of 5 whole processes):");
for (const [name, make] of Object.entries(cases)) {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(join(root, "policies")).filter((n) => n.endsWith(".yaml")))
    copyFileSync(join(root, "policies", f), join(dir, f));
  cpSync(join(root, "policies", "sources"), join(dir, "sources"), { recursive: true });
  const files = make();
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  const lint = [];
  const empty = [];
  let status;
  for (let i = 0; i < RUNS; i++) {
    const r = time([cli, "policy", "lint", "--policies", dir]);
    lint.push(r.ms);
    status = r.status;
    empty.push(time(["-e", "0"]).ms);
  }
  const count = Object.keys(files).length + 2;
  console.log(
    `  ${name.padEnd(16)} ${String(count).padStart(3)} files, exit ${status}: ${median(lint).toFixed(0)} ms (node -e 0: ${median(empty).toFixed(0)} ms)`,
  );
}
