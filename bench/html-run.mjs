// The HTML report as a user makes it (never in a test): `validate --format html` on N generated
// agreements against `--format json` on the same files, as whole processes, alternating, median
// of 3; the file's size; and the median of 3 fresh page loads from file:// in headless Chromium
// until `load`.   node bench/html-run.mjs [N]   (default 10000; needs `npm run build`)
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { generate } from "./generate.mjs";

const root = new URL("../", import.meta.url).pathname;
const n = Number(process.argv[2] ?? 10000);
const dir = join(root, "bench", "out", `agreements-${n}`);
const out = join(root, "bench", "out", `report-${n}.html`);
const cli = join(root, "bin", "hjemmekontor.cjs");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

mkdirSync(join(root, "bench", "out"), { recursive: true });
generate(dir, n);
function time(format) {
  const args = [
    cli,
    "validate",
    dir,
    "--format",
    format,
    "--as-of",
    "2026-06-15",
    "--output",
    join(root, "bench", "out", `report-${n}.${format}`),
  ];
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, CI: "true" },
    stdio: "ignore",
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${format} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}
time("json"); // warm the file cache
const json = [];
const html = [];
for (let i = 0; i < 3; i++) {
  json.push(time("json"));
  html.push(time("html"));
}
const size = statSync(out).size;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const loads = [];
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  const t = performance.now();
  await page.goto(pathToFileURL(out).href, { waitUntil: "load" });
  loads.push(performance.now() - t);
  await page.close();
}
await browser.close();
const j = median(json);
const h = median(html);
const over = ((h - j) / j) * 100;
console.log(
  `${n} agreements: json ${j.toFixed(0)} ms, html ${h.toFixed(0)} ms (${over >= 0 ? "+" : "−"}${Math.abs(over).toFixed(1)} %, target ≤ 15 %); ` +
    `file ${(size / 1e6).toFixed(1)} MB (≤ 15 MB); Chromium load ${median(loads).toFixed(0)} ms (≤ 3000 ms)`,
);
