/**
 * Headless Chromium for tests, driven by playwright-core. Playwright's own browser download
 * cannot work here, so tests use Debian's Chromium (`apt-get install chromium`; .ci/run installs
 * it when missing), or the one CHROMIUM_PATH names.
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run \`apt-get install -y --no-install-recommends chromium\` (as .ci/run does), or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox"] });
}

/** A page and what it did: every request URL, console error, uncaught error and dialog. */
export interface Watched {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
  dialogs: string[];
  close(): Promise<void>;
}

/** Opens a local file in a new context and waits for its `load` event, watching the page from the start. */
export async function openFile(
  browser: Browser,
  file: string,
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const w: Watched = { page, url, requests: [], errors: [], dialogs: [], close: () => context.close() };
  page.on("request", (r) => w.requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") w.errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => w.errors.push(`page: ${e.message}`));
  page.on("dialog", (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: "load" });
  return w;
}
