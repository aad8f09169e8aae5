/**
 * SPEC 9, end to end: `validate --format html` as a user runs it, opened from disk in Chromium.
 * The numbers on the page are those of the JSON report of the same run, no request leaves the
 * page and nothing errs, in nb and en, also with --redact.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openFile } from "./browser.js";
import { runCli, tempDirs } from "./cli-helpers.js";

const tempDir = tempDirs("hjemmekontor-html-cli-");
const ARGS = [
  "validate",
  "examples/agreements",
  "examples/local",
  "--policies",
  "policies",
  "--policies",
  "examples/policies",
  "--as-of",
  "2026-06-15",
];

type Browser = Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe("validate --format html, opened from disk", () => {
  for (const [lang, redact] of [
    ["nb", false],
    ["en", true],
  ] as const) {
    it(`given the examples (${lang}${redact ? ", --redact" : ""}), should show the JSON report's numbers with no request and no error`, async () => {
      const dir = tempDir();
      const html = join(dir, "report.html");
      const extra = [...(redact ? ["--redact"] : []), "--lang", lang];
      expect(runCli([...ARGS, ...extra, "--format", "html", "--output", html]).status).toBe(1);
      const json = JSON.parse(runCli([...ARGS, ...extra, "--format", "json"]).stdout) as {
        summary: { files: number; compliant: number; nonCompliant: number; invalid: number; errors: number };
      };
      const w = await openFile(browser, html);
      try {
        const text = async (id: string) =>
          ((await w.page.locator(`#${id}`).textContent()) ?? "").replace(/\s/g, "");
        expect(await text("n-total")).toBe(String(json.summary.files));
        expect(await text("n-compliant")).toBe(String(json.summary.compliant));
        expect(await text("n-non-compliant")).toBe(String(json.summary.nonCompliant));
        expect(await text("n-invalid")).toBe(String(json.summary.invalid));
        expect(await text("n-error")).toBe(String(json.summary.errors));
        expect(w.requests).toEqual([w.url]);
        expect(w.errors).toEqual([]);
        expect(await w.page.getAttribute("html", "lang")).toBe(lang);
        if (redact) expect(readFileSync(html, "utf8")).not.toMatch(/Nordmann|Hovland|104779/);
      } finally {
        await w.close();
      }
    }, 60_000);
  }
});
