/**
 * The form page (SPEC 10.2) in headless Chromium, opened from file://: it opens an agreement
 * through the file input and shows the CLI's rule ids beside the fields, updates as a field
 * changes, downloads `<id>.yaml` that the CLI judges exactly as the page did, speaks nb and en,
 * makes no request and logs no error, passes axe-core, and works from the keyboard alone.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openFile, type Watched } from "./browser.js";
import { runCli } from "./cli-helpers.js";
import { EXAMPLE_POLICIES, ROOT, SHIPPED } from "./helpers.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const POLICIES = ["--policies", SHIPPED, "--policies", EXAMPLE_POLICIES];
const example = (name: string) => join(ROOT, "examples", name);

let browser: Browser;
let dir: string;
let page: { nb: string; en: string };

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), "hk-form-"));
  for (const lang of ["nb", "en"]) {
    const r = runCli(["form", "--output", join(dir, `form-${lang}.html`), "--lang", lang, ...POLICIES]);
    expect(r.status, r.stderr).toBe(0);
  }
  page = { nb: join(dir, "form-nb.html"), en: join(dir, "form-en.html") };
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Shown {
  rule: string;
  line: number;
  message: string;
  waived: boolean;
}

/** Every finding the page shows, as the CLI would list it. */
async function shown(p: Page): Promise<Shown[]> {
  const all = (await p.locator("#hk-form [data-rule], #fi-top [data-rule]").evaluateAll((els) =>
    els.map((e) => ({
      rule: e.getAttribute("data-rule"),
      line: Number(e.getAttribute("data-line")),
      message: e.querySelector(".msg")?.textContent,
      waived: e.classList.contains("waived"),
    })),
  )) as Shown[];
  return all.sort(
    (a, b) => a.line - b.line || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );
}

/** What the CLI finds in a file, in the same shape. */
function cliFindings(file: string, lang: "nb" | "en"): Shown[] {
  const r = runCli(["validate", file, "--format", "json", "--lang", lang, ...POLICIES]);
  const result = JSON.parse(r.stdout).results[0];
  const as = (waived: boolean) => (f: { ruleId: string; line: number; message: string }) => ({
    rule: f.ruleId,
    line: f.line,
    message: f.message,
    waived,
  });
  return [...result.findings.map(as(false)), ...result.waived.map(as(true))].sort(
    (a: Shown, b: Shown) =>
      a.line - b.line || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message),
  );
}

const rules = (list: Shown[]) => list.map((s) => `${s.waived ? "waived:" : ""}${s.rule}`).sort();

async function openAgreement(w: Watched, file: string): Promise<void> {
  await w.page.setInputFiles("#hk-open", file);
  await expect.poll(() => w.page.locator("#hk-notice").textContent()).toContain(file.split("/").at(-1));
}

/** The page made no request but for its own file, and reported no error. */
function expectQuiet(w: Watched): void {
  expect(w.requests.filter((u) => !u.startsWith("blob:"))).toEqual([w.url]);
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
}

describe("the form page", () => {
  it("loads from disk with one script, no request and no error, and names each input by its dotted path", async () => {
    const w = await openFile(browser, page.nb);
    const { page: p } = w;
    expect(await p.getAttribute("html", "lang")).toBe("nb");
    expect(await p.locator("script:not([type])").count()).toBe(1);
    for (const name of [
      "employee.unit.faculty",
      "employee.unit.department",
      "schedule.homeHours.start",
      "period.end",
    ])
      expect(await p.locator(`[name="${name}"]`).count(), name).toBe(1);
    expect(await p.locator('input[name="schedule.cycle.0.home"]').count()).toBe(7);
    expect(await p.locator('[name="equipment.items.0.item"]').inputValue()).toBe("keyboard");
    // A new agreement starts from the policy: home hours are core time.
    expect(await p.locator('[name="schedule.homeHours.start"]').inputValue()).toBe("09:00");
    expect(await p.locator("#hk-download").evaluate((e) => e.tagName)).toBe("BUTTON");
    expectQuiet(w);
    await w.close();
  });

  it.each([
    "agreements/core-time.yaml",
    "agreements/max-home-share.yaml",
    "agreements/security-sensitive-waived.yaml",
    "local/mh-confidential.yaml",
    "local/idi-meeting-day-at-home.yaml",
  ])("opens %s through the file input and shows the CLI's rule ids", async (name) => {
    const w = await openFile(browser, page.nb);
    await openAgreement(w, example(name));
    const expected = rules(cliFindings(example(name), "nb"));
    await expect.poll(async () => rules(await shown(w.page))).toEqual(expected);
    expectQuiet(w);
    await w.close();
  });

  it("shows core-time beside the home hours once they start at 09:30, and downloads <id>.yaml that the CLI judges the same", async () => {
    const w = await openFile(browser, page.nb);
    const p = w.page;
    await openAgreement(w, example("agreements/compliant-full-time.yaml"));
    await expect.poll(() => p.locator("#hk-verdict").getAttribute("data-verdict")).toBe("compliant");
    await p.fill('[name="schedule.homeHours.start"]', "09:30");
    const field = p.locator('[data-path="/schedule/homeHours/start"] [data-rule="core-time"]');
    await expect.poll(() => field.count()).toBe(1);
    expect(await p.locator('[name="schedule.homeHours.start"]').getAttribute("aria-invalid")).toBe("true");
    const download = p.waitForEvent("download");
    await p.click("#hk-download");
    const file = await download;
    expect(file.suggestedFilename()).toBe("IE-2026-0101.yaml");
    const saved = join(dir, file.suggestedFilename());
    await file.saveAs(saved);
    expect(readFileSync(saved, "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../node_modules/hjemmekontor/schemas/agreement.schema.json",
    );
    expect(await shown(p)).toEqual(cliFindings(saved, "nb"));
    expect(rules(await shown(p))).toEqual(["core-time"]);
    expectQuiet(w);
    await w.close();
  });

  it("speaks English in the page written with --lang en, and after the switch in the Norwegian one: the CLI's English messages", async () => {
    for (const [file, toggle] of [
      [page.en, false],
      [page.nb, true],
    ] as const) {
      const w = await openFile(browser, file);
      if (toggle) await w.page.click("#hk-lang");
      expect(await w.page.getAttribute("html", "lang")).toBe("en");
      await openAgreement(w, example("local/mh-confidential.yaml"));
      const download = w.page.waitForEvent("download");
      await w.page.click("#hk-download");
      const saved = join(dir, `en-${toggle}.yaml`);
      await (await download).saveAs(saved);
      await expect.poll(() => shown(w.page)).toEqual(cliFindings(saved, "en"));
      expect(await w.page.locator("h1").textContent()).toBe("Home-office agreement");
      expectQuiet(w);
      await w.close();
    }
  });

  it("names what an opened file holds that the form cannot, and refuses a file that is not YAML with the CLI's yaml finding", async () => {
    const w = await openFile(browser, page.en);
    await openAgreement(w, example("agreements/invalid-unknown-key.yaml"));
    expect(await w.page.locator("#hk-notice").textContent()).toContain("/notes");
    await w.page.setInputFiles("#hk-open", example("agreements/invalid-yaml-syntax.yaml"));
    await expect.poll(() => w.page.locator('#hk-notice [data-rule="yaml"]').count()).toBe(1);
    expectQuiet(w);
    await w.close();
  });
});

describe("hjemmekontor form", () => {
  it("given a policy folder that does not exist, should write nothing and exit 2, in nb and en", () => {
    for (const lang of ["nb", "en"]) {
      const out = join(dir, `none-${lang}.html`);
      const r = runCli(["form", "--output", out, "--policies", join(dir, "missing"), "--lang", lang]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(lang === "nb" ? "finnes ikke" : "does not exist");
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe("accessibility", () => {
  it.each(["nb", "en"] as const)(
    "has no serious or critical axe-core violation in %s, wide and narrow, with findings shown",
    async (lang) => {
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 390, height: 844 },
      ]) {
        // The page's CSP allows only its own script; axe is injected with the CSP bypassed.
        const w = await openFile(browser, page[lang], { bypassCSP: true, viewport });
        await openAgreement(w, example("local/mh-confidential.yaml"));
        await w.page.click("details summary");
        await w.page.addScriptTag({ path: AXE });
        const violations = (await w.page.evaluate(
          "axe.run().then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) })))",
        )) as { id: string; impact: string; nodes: string[] }[];
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
        expect(w.errors).toEqual([]);
        await w.close();
      }
    },
  );

  it("works from the keyboard alone: reach a field, change it, add a week, download", async () => {
    const w = await openFile(browser, page.nb);
    const p = w.page;
    const focused = () =>
      p.evaluate("document.activeElement && (document.activeElement.name || document.activeElement.id)");
    const tabTo = async (target: string, key = "Tab") => {
      for (let i = 0; i < 120 && (await focused()) !== target; i++) await p.keyboard.press(key);
      expect(await focused()).toBe(target);
    };
    // What the schema requires first (else the rules do not run), typed field by field.
    for (const [name, value] of [
      ["id", "IE-2026-0099"],
      ["employee.id", "100234"],
      ["employee.unit.faculty", "IE"],
    ]) {
      await tabTo(name as string);
      await p.keyboard.type(value as string);
    }
    await tabTo("schedule.homeHours.start");
    await p.keyboard.press("Control+A");
    await p.keyboard.type("09:30");
    await expect
      .poll(() => p.locator('[data-path="/schedule/homeHours/start"] [data-rule="core-time"]').count())
      .toBe(1);
    // The panel's button takes the keyboard to the next field that has a finding.
    await tabTo("hk-next", "Shift+Tab");
    await p.keyboard.press("Enter");
    const atFinding =
      "(() => { for (let e = document.activeElement; e; e = e.parentElement) if (e.matches('[data-path]') && e.querySelector(':scope > ul.findings [data-rule]')) return true; return false; })()";
    expect(await p.evaluate(atFinding)).toBe(true);
    await tabTo("schedule.homeHours.start");
    await tabTo("schedule.cycle.0.home", "Shift+Tab");
    await p.keyboard.press("Space");
    expect(await p.evaluate("document.activeElement.checked")).toBe(true);
    const add = p.locator('fieldset[data-path="/schedule/cycle"] > button.add');
    for (let i = 0; i < 20 && !(await add.evaluate((e) => e === document.activeElement)); i++)
      await p.keyboard.press("Tab");
    await p.keyboard.press("Enter");
    expect(await focused()).toBe("schedule.cycle.1.home");
    await p.keyboard.press("Space");
    expect(await p.locator("#f-schedule-cycle-1-home-mon").isChecked()).toBe(true);
    await tabTo("hk-download", "Shift+Tab");
    const download = p.waitForEvent("download");
    await p.keyboard.press("Enter");
    expect((await download).suggestedFilename()).toBe("IE-2026-0099.yaml");
    expectQuiet(w);
    await w.close();
  });
});
