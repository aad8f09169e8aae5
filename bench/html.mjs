// The HTML report at scale (never in a test): node bench/html.mjs [N ...]   (default: 5000 10000)
// Needs `npm run build` (it renders with dist/) and Chromium (/usr/bin/chromium or CHROMIUM_PATH).
// For each N it renders a generated input (deterministic) in nb, writes it to bench/out/, and
// reports the render time, the file size, the DOM size, and — the median of 3 fresh page loads
// from file:// in headless Chromium — the time until `load` and until the first frame after it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { renderHtmlReport } from "../dist/formatters/html/render.js";
import { largeInput } from "../test/fixtures/html/generate.mjs";

const root = new URL("../", import.meta.url).pathname;
const out = join(root, "bench", "out");
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const RUNS = 3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
console.log(`Chromium ${browser.version()}`);
for (const n of sizes.length ? sizes : [5000, 10000]) {
  const input = largeInput(n, "nb");
  const t0 = performance.now();
  const html = renderHtmlReport(input);
  const renderMs = performance.now() - t0;
  const file = join(out, `html-${n}.html`);
  writeFileSync(file, html);
  const loads = [];
  const frames = [];
  let nodes = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    loads.push(performance.now() - start);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    frames.push(performance.now() - start);
    nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    await context.close();
  }
  const mb = Buffer.byteLength(html) / 1024 / 1024;
  console.log(
    `${n} agreements: render ${renderMs.toFixed(0)} ms, ${mb.toFixed(2)} MB, ${nodes} elements; ` +
      `Chromium load ${median(loads).toFixed(0)} ms, first frame after load ${median(frames).toFixed(0)} ms (median of ${RUNS})`,
  );
}
await browser.close();
