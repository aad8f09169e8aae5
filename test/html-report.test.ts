/**
 * The HTML report (SPEC 9) in headless Chromium: loaded from disk, it makes no request and logs
 * no error, shows the input's totals, filters and searches, folds, prints, passes axe-core, and
 * holds all its content with JavaScript off; at 5,000 agreements too.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { showControls } from "../src/formatters/html/escape.js";
import { num, pct } from "../src/formatters/html/i18n.js";
import type { HtmlInput } from "../src/formatters/html/model.js";
import { renderHtmlReport } from "../src/formatters/html/render.js";
import { launchChromium, openFile, type Watched } from "./browser.js";
import { HOSTILE_FILE, largeInput, smallInput } from "./fixtures/html/generate.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let browser: Browser;
let dir: string;
const large = largeInput(5000);

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), "hk-html-"));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function write(name: string, input: HtmlInput): string {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, renderHtmlReport(input));
  return file;
}

/** The page made no request but for its own file, and reported no error. */
function expectQuiet(w: Watched): void {
  expect(w.requests).toEqual([w.url]);
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
}

const digits = async (page: Page, selector: string) =>
  Number((await page.textContent(selector))?.replace(/\D/g, ""));
const visibleRows = (page: Page) => page.locator("tbody.ag:not([hidden])").count();
const count = (input: HtmlInput, keep: (a: HtmlInput["agreements"][number]) => boolean) =>
  input.agreements.filter(keep).length;

describe("rendering", () => {
  it("writes no markup from the input, and says when names and ids are redacted", () => {
    const html = renderHtmlReport({ ...smallInput("en"), redacted: true });
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>200001");
    expect(html).toContain(
      "&lt;script&gt;alert(1)&lt;/script&gt;\\u001b[31m&amp;&quot;quote&#39;\\u202e.yaml",
    );
    expect(html).toContain("Names and ids are redacted");
    expect(renderHtmlReport(smallInput("en"))).not.toContain("redacted");
  });

  it("writes nb and en numbers as people there do", () => {
    expect(num(11950, "nb")).toBe("11\u00a0950");
    expect(num(11950, "en")).toBe("11,950");
    expect(num(2.5, "nb", 1)).toBe("2,5");
    expect(pct(40, "nb")).toBe("40\u00a0%");
    expect(pct(40, "en")).toBe("40%");
  });
});

describe.each(["nb", "en"] as const)("the small report in %s", (lang) => {
  const input = smallInput(lang);

  it("loads from disk with no request and no error, and shows the input's totals", async () => {
    const w = await openFile(browser, write(`small-${lang}`, input));
    const { page } = w;
    expect(await page.getAttribute("html", "lang")).toBe(lang);
    expect(await digits(page, "#n-total")).toBe(input.agreements.length);
    for (const v of ["compliant", "non-compliant", "invalid"] as const)
      expect(await digits(page, `#n-${v}`)).toBe(count(input, (a) => a.verdict === v));
    const findings = input.agreements.flatMap((a) => a.findings);
    expect(await digits(page, "#n-error")).toBe(findings.filter((f) => f.severity === "error").length);
    expect(await digits(page, "#n-waived")).toBe(input.agreements.flatMap((a) => a.waived).length);
    // The hostile file name is text: shown as written, its controls as escapes; no script of its own ran.
    expect(await page.locator("tbody.ag th .fn").allTextContents()).toContain(showControls(HOSTILE_FILE));
    expect(await page.locator("script").count()).toBe(1);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("#hk-count").textContent()).toMatch(
      lang === "nb" ? /Viser 9 av 9/ : /Showing 9 of 9/,
    );
    expectQuiet(w);
    await w.close();
  });

  it("has no serious or critical axe-core violation, folded and unfolded, wide and narrow", async () => {
    const file = write(`axe-${lang}`, input);
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 390, height: 844 },
    ]) {
      // The report's CSP allows only its own script; axe is injected with the CSP bypassed.
      const w = await openFile(browser, file, { bypassCSP: true, viewport });
      await w.page.addScriptTag({ path: AXE });
      // A string, evaluated in the page (the tests' TypeScript has no DOM types).
      const serious = async () => {
        const violations = (await w.page.evaluate(
          "axe.run().then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })))",
        )) as { id: string; impact: string; nodes: string[] }[];
        return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      };
      expect(await serious()).toEqual([]);
      await w.page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })");
      expect(await serious()).toEqual([]);
      expect(w.errors).toEqual([]);
      await w.close();
    }
  });
});

describe("the small report, interactive", () => {
  const input = smallInput("nb");

  it("filters by verdict, unit and status, and searches files and findings but not passed rules", async () => {
    const w = await openFile(browser, write("filters", input));
    const { page } = w;
    expect(await visibleRows(page)).toBe(9);
    await page.selectOption("#hk-v", "invalid");
    expect(await visibleRows(page)).toBe(count(input, (a) => a.verdict === "invalid"));
    await page.selectOption("#hk-v", "");
    await page.selectOption("#hk-u", "f:ie/");
    expect(await visibleRows(page)).toBe(count(input, (a) => a.unit.faculty === "IE"));
    await page.selectOption("#hk-u", "d:ie/idi");
    expect(await visibleRows(page)).toBe(count(input, (a) => a.unit.department === "IDI"));
    await page.selectOption("#hk-v", "non-compliant");
    expect(await visibleRows(page)).toBe(1);
    await page.selectOption("#hk-s", "active");
    expect(await page.locator("tbody.ag:not([hidden]) .fn").allTextContents()).toEqual([
      "agreements/ie/idi/ola.yaml",
    ]);
    await page.click("button[type=reset]");
    await expect.poll(() => visibleRows(page)).toBe(9);

    await page.fill("#hk-q", "KARI");
    await expect.poll(() => visibleRows(page)).toBe(1);
    await page.fill("#hk-q", "max-home-share");
    await expect
      .poll(() => page.locator("tbody.ag:not([hidden]) .fn").allTextContents())
      .toEqual(["agreements/ie/idi/ola.yaml"]);
    await page.fill("#hk-q", "<script>");
    await expect.poll(() => visibleRows(page)).toBe(1);
    await page.fill("#hk-q", "200345 nv-2026");
    await expect.poll(() => visibleRows(page)).toBe(1);
    await page.fill("#hk-q", "no such thing");
    await expect.poll(() => visibleRows(page)).toBe(0);
    expect(await page.isVisible("#hk-empty")).toBe(true);
    expect(await page.textContent("#hk-count")).toBe("Viser 0 av 9 avtaler");
    expectQuiet(w);
    await w.close();
  });

  it("unfolds an agreement's findings and the rule's quote, and folds all", async () => {
    const w = await openFile(browser, write("details", input));
    const { page } = w;
    const ola = page.locator("tbody.ag").nth(1);
    const message = ola.locator(".msg").first();
    expect(await message.isVisible()).toBe(false);
    await ola.locator("tr.dt summary").first().click();
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain("60 % av arbeidstiden");
    const quote = ola.locator("details.q blockquote").first();
    expect(await quote.isVisible()).toBe(false);
    await ola.locator("details.q summary").first().click();
    expect(await quote.textContent()).toContain("inntil 40 prosent");
    await page.click("#hk-open");
    expect(await page.locator("tr.dt > td > details[open]").count()).toBe(9);
    await page.click("#hk-close");
    expect(await page.locator("tr.dt > td > details[open]").count()).toBe(0);
    expectQuiet(w);
    await w.close();
  });

  it("renders an empty run without error", async () => {
    const w = await openFile(
      browser,
      write("empty", { lang: "nb", asOf: "2026-03-02", agreements: [], rules: [], chains: [] }),
    );
    expect(await digits(w.page, "#n-total")).toBe(0);
    expect(await w.page.textContent("#agreements")).toContain("Rapporten har ingen avtaler.");
    expectQuiet(w);
    await w.close();
  });

  it("prints every detail and no control", async () => {
    const w = await openFile(browser, write("print", input));
    await w.page.emulateMedia({ media: "print" });
    expect(await w.page.isVisible("#hk-controls")).toBe(false);
    expect(await w.page.isVisible("nav")).toBe(false);
    expect(await w.page.locator("tbody.ag").nth(1).locator(".msg").first().isVisible()).toBe(true);
    await w.close();
  });

  it("shows what needs doing soon and who is at home per weekday", async () => {
    const w = await openFile(browser, write("soon", input));
    const { page } = w;
    const soon = await page.locator("#soon table.soon tbody th").allTextContents();
    expect(soon).toEqual([showControls(HOSTILE_FILE), "agreements/ie/iik/per.yaml", "agreements/ad/hr.yaml"]);
    expect(await page.locator("#soon table.chains tbody tr").count()).toBe(input.chains.length);
    expect(await page.textContent("#soon table.chains")).toContain("over grensen");
    // IDI: kari (mon, thu) and ola (mon, tue, wed) are active on the as-of date.
    const idi = page.locator("#presence tr", { has: page.locator("th", { hasText: /^IDI$/ }) });
    expect(await idi.locator("td").allTextContents()).toEqual(["2", "2", "1", "1", "1", "0"]);
    const iik = page.locator("#presence tr", { has: page.locator("th", { hasText: /^IIK$/ }) });
    expect(await iik.locator("td").allTextContents()).toEqual(["1", "0", "0", "0", "0", "0,5"]);
    await w.close();
  });
});

describe("without JavaScript", () => {
  it.each([
    ["small", smallInput("en")],
    ["5000", large],
  ] as const)(
    "the %s report holds every agreement and finding, and shows no control",
    async (name, input) => {
      const w = await openFile(browser, write(`nojs-${name}`, input), { javaScriptEnabled: false });
      const { page } = w;
      const files = await page.locator("tbody.ag th .fn").allTextContents();
      expect(files).toEqual(input.agreements.map((a) => showControls(a.file)));
      const messages = await page.locator("tbody.ag .fl .msg").allTextContents();
      const expected = input.agreements.flatMap((a) =>
        [...a.findings, ...a.waived].map((f) => f.message[input.lang]),
      );
      expect(messages.sort()).toEqual(expected.map((m) => showControls(m)).sort());
      expect(await page.isVisible("#hk-controls")).toBe(false);
      expect(w.requests).toEqual([w.url]);
      await w.close();
    },
    60_000,
  );
});

describe("5,000 agreements", () => {
  it("shows the totals, filters by unit and verdict, and finds one file", async () => {
    const w = await openFile(browser, write("large", large));
    const { page } = w;
    expect(await digits(page, "#n-total")).toBe(5000);
    expect(await digits(page, "#n-non-compliant")).toBe(count(large, (a) => a.verdict === "non-compliant"));
    await page.selectOption("#hk-u", "f:ie/");
    expect(await visibleRows(page)).toBe(count(large, (a) => a.unit.faculty === "IE"));
    await page.selectOption("#hk-v", "non-compliant");
    expect(await visibleRows(page)).toBe(
      count(large, (a) => a.unit.faculty === "IE" && a.verdict === "non-compliant"),
    );
    await page.click("button[type=reset]");
    await page.fill("#hk-q", "agreement-04321.yaml");
    await expect.poll(() => visibleRows(page)).toBe(1);
    expectQuiet(w);
    await w.close();
  }, 60_000);
});
