// The form page (issue 14; never in a test): its size, and how long after a change the findings
// are shown, in headless Chromium on this machine (40 changes of schedule.homeHours.start).
//   node bench/form.mjs   (needs `npm run build` and Chromium: /usr/bin/chromium or CHROMIUM_PATH)
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = new URL("../", import.meta.url).pathname;
const out = join(root, "bench", "out", "form.html");
mkdirSync(join(root, "bench", "out"), { recursive: true });
const r = spawnSync(
  process.execPath,
  [
    join(root, "bin", "hjemmekontor.cjs"),
    "form",
    "--output",
    out,
    "--policies",
    "policies",
    "--policies",
    "examples/policies",
  ],
  { cwd: root, stdio: "inherit" },
);
if (r.status !== 0) throw new Error(`form exited ${r.status}`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const page = await browser.newPage();
await page.goto(pathToFileURL(out).href);
await page.setInputFiles("#hk-open", join(root, "examples", "local", "mh-confidential.yaml"));
await page.waitForTimeout(500);
const times = await page.evaluate(async () => {
  const input = document.querySelector('[name="schedule.homeHours.start"]');
  const shown = document.getElementById("hk-yaml");
  const out = [];
  for (let i = 0; i < 40; i++) {
    const done = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        obs.disconnect();
        resolve(performance.now());
      });
      obs.observe(shown, { childList: true, characterData: true, subtree: true });
    });
    const start = performance.now();
    input.value = i % 2 ? "09:30" : "08:00";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    out.push((await done) - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return out.sort((a, b) => a - b);
});
await browser.close();
console.log(
  `form.html ${(statSync(out).size / 1e3).toFixed(0)} kB (≤ 1500 kB); change → findings shown: median ${times[20].toFixed(1)} ms, p90 ${times[36].toFixed(1)} ms, max ${times[39].toFixed(1)} ms (≤ 50 ms)`,
);
