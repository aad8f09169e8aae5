// `npm run bench`: speed of `validate`, measured as whole processes (never in a test).
//   node bench/run.mjs [N ...]     (default: 1000 10000)
// For each N it generates N realistic agreements (deterministic), then reports the median wall
// time of `validate` over them against the floor — one node process that only reads and
// YAML.parses the same files — as a ratio, ms per agreement and peak memory; and the one-file
// latency of `validate` against `node -e 0`.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "./generate.mjs";

const root = new URL("../", import.meta.url).pathname;
const out = join(root, "bench", "out");
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const REPEAT = 3;
const LATENCY_RUNS = 31;
const cli = join(root, "bin", "hjemmekontor.cjs");
const rssFile = join(tmpdir(), `hjemmekontor-bench-rss-${process.pid}`);

// With `rss`, bench/rss.mjs is preloaded to record peak memory; the one-file latency runs go
// without it, since a preload (and the ES module loader it starts) would add the same time to
// `validate` and `node -e 0` and so flatter the ratio.
function timed(args, { rss = true } = {}) {
  rmSync(rssFile, { force: true });
  const t = process.hrtime.bigint();
  const preload = rss ? ["--import", join(root, "bench", "rss.mjs")] : [];
  const r = spawnSync(process.execPath, [...preload, ...args], {
    cwd: root,
    env: { ...process.env, CI: "true", HJEMMEKONTOR_BENCH_RSS: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  let rssKb = 0;
  try {
    rssKb = Number(readFileSync(rssFile, "utf8"));
  } catch {}
  return { ms, rssKb };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

mkdirSync(out, { recursive: true });
const results = {
  machine: { cpus: availableParallelism(), model: cpus()[0]?.model, node: process.version },
  runs: [],
};
console.log(`machine: ${results.machine.cpus} cores, ${results.machine.model}, node ${process.version}`);

for (const n of sizes.length > 0 ? sizes : [1000, 10000]) {
  const dir = join(out, `agreements-${n}`);
  generate(dir, n);
  timed([join(root, "bench", "floor.mjs"), dir]); // warm the file cache
  const floor = [];
  const validate = [];
  for (let i = 0; i < REPEAT; i++) {
    floor.push(timed([join(root, "bench", "floor.mjs"), dir]));
    validate.push(
      timed([cli, "validate", dir, "--format", "json", "--output", join(out, `report-${n}.json`)]),
    );
  }
  const f = median(floor.map((x) => x.ms));
  const v = median(validate.map((x) => x.ms));
  const run = {
    agreements: n,
    floorMs: Math.round(f),
    validateMs: Math.round(v),
    ratio: +(v / f).toFixed(2),
    msPerAgreement: +(v / n).toFixed(3),
    peakMemoryMb: +(Math.max(...validate.map((x) => x.rssKb)) / 1024).toFixed(1),
  };
  results.runs.push(run);
  console.log(
    `${String(n).padStart(6)} agreements: validate ${run.validateMs} ms, floor ${run.floorMs} ms, ratio ${run.ratio} × floor, ${run.msPerAgreement} ms/agreement, peak ${run.peakMemoryMb} MB`,
  );
}

const one = join(root, "examples", "agreements", "compliant-full-time.yaml");
const bare = [];
const single = [];
for (let i = 0; i < LATENCY_RUNS; i++) {
  bare.push(timed(["-e", "0"], { rss: false }).ms);
  single.push(timed([cli, "validate", one], { rss: false }).ms);
}
results.latency = {
  nodeMs: Math.round(median(bare)),
  validateOneMs: Math.round(median(single)),
  ratio: +(median(single) / median(bare)).toFixed(2),
};
console.log(
  `one agreement: validate ${results.latency.validateOneMs} ms, node -e 0 ${results.latency.nodeMs} ms, ratio ${results.latency.ratio} × (medians of ${LATENCY_RUNS})`,
);
writeFileSync(join(out, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
rmSync(rssFile, { force: true });
