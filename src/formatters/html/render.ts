/**
 * `validate --format html` (SPEC 9): one self-contained HTML file rendered from `HtmlInput`.
 * Inline style and script only, allowed by hash in a Content-Security-Policy that forbids every
 * request, so the file opens from disk and can load nothing even if a value slipped through.
 */
import { createHash } from "node:crypto";
import { agreementsSection } from "./agreements.js";
import { text } from "./escape.js";
import { date, dateTime, LABELS } from "./i18n.js";
import type { HtmlInput } from "./model.js";
import { SCRIPT } from "./script.js";
import { overviewSection, presenceSection, rulesSection, soonSection } from "./sections.js";
import { css } from "./style.js";

export type { HtmlAgreement, HtmlChain, HtmlInput, Weekday } from "./model.js";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

export function renderHtmlReport(input: HtmlInput): string {
  const lang = input.lang === "en" ? "en" : "nb";
  const data: HtmlInput = { ...input, lang };
  const L = LABELS[lang];
  const style = css(lang);
  const csp = [
    "default-src 'none'",
    `style-src ${hash(style)}`,
    `script-src ${hash(SCRIPT)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const sub = [`${L.asOf} ${date(data.asOf, lang)}`];
  if (data.generatedAt) sub.push(`${L.generated} ${dateTime(data.generatedAt, lang)}`);
  const nav = (
    [
      ["overview", L.overview],
      ["agreements", L.agreements],
      ["soon", L.soon],
      ["presence", L.presence],
      ...(data.rules.length ? [["rules", L.rules]] : []),
    ] as [string, string][]
  )
    .map(([id, label]) => `<li><a href="#${id}">${text(label)}</a></li>`)
    .join("");
  const sources = data.policySources?.length
    ? `<p>${text(L.policySources)}:</p><ul>${data.policySources.map((s) => `<li><code>${text(s)}</code></li>`).join("")}</ul>`
    : "";
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="color-scheme" content="light">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${text(`${L.title} – ${L.reportKind} – ${date(data.asOf, lang)}`)}</title>`,
    `<style>${style}</style></head><body>`,
    `<a class="skip" href="#main">${text(L.skip)}</a>`,
    `<header class="top"><div class="wrap"><p class="kind">${text(L.reportKind)}</p><h1>${text(L.title)}</h1>`,
    `<p>${text(sub.join(" · "))}</p></div></header>`,
    `<nav class="toc" aria-label="${text(L.contents)}"><ul>${nav}</ul></nav>`,
    `<main id="main" class="wrap" tabindex="-1">`,
    overviewSection(data),
    agreementsSection(data),
    soonSection(data),
    presenceSection(data),
    rulesSection(data),
    `</main><footer class="wrap">`,
    data.redacted ? `<p>${text(L.redacted)}</p>` : "",
    sources,
    `<p>${text(L.madeWith)}</p></footer>`,
    `<script>${SCRIPT}</script></body></html>`,
    "",
  ].join("\n");
}
