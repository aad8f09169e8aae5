/**
 * `validate --format html` (SPEC 9): one self-contained HTML file rendered from `HtmlInput`.
 * Inline style and script only, allowed by hash in a Content-Security-Policy that forbids every
 * request, so the file opens from disk and can load nothing even if a value slipped through.
 */
import { createHash } from "node:crypto";
import { HTML } from "../messages/html.js";
import { agreementsSection } from "./agreements.js";
import { text } from "./escape.js";
import { date, dateTime } from "./i18n.js";
import type { HtmlInput } from "./model.js";
import { SCRIPT } from "./script.js";
import { overviewSection, presenceSection, rulesSection, soonSection } from "./sections.js";
import { css } from "./style.js";

export type { HtmlAgreement, HtmlChain, HtmlInput, Weekday } from "./model.js";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

export function renderHtmlReport(input: HtmlInput): string {
  const lang = input.lang === "en" ? "en" : "nb";
  const data: HtmlInput = { ...input, lang };
  const style = css(lang);
  const csp = [
    "default-src 'none'",
    `style-src ${hash(style)}`,
    `script-src ${hash(SCRIPT)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const sub = [`${HTML.asOf[lang]} ${date(data.asOf, lang)}`];
  if (data.generatedAt) sub.push(`${HTML.generated[lang]} ${dateTime(data.generatedAt, lang)}`);
  const nav = (
    [
      ["overview", HTML.overview[lang]],
      ["agreements", HTML.agreements[lang]],
      ["soon", HTML.soon[lang]],
      ["presence", HTML.presence[lang]],
      ...(data.rules.length ? [["rules", HTML.rules[lang]]] : []),
    ] as [string, string][]
  )
    .map(([id, label]) => `<li><a href="#${id}">${text(label)}</a></li>`)
    .join("");
  const sources = data.policySources?.length
    ? `<p>${text(HTML.policySources[lang])}:</p><ul>${data.policySources.map((s) => `<li><code>${text(s)}</code></li>`).join("")}</ul>`
    : "";
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="color-scheme" content="light">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${text(`${HTML.title[lang]} – ${HTML.reportKind[lang]} – ${date(data.asOf, lang)}`)}</title>`,
    `<style>${style}</style></head><body>`,
    `<a class="skip" href="#main">${text(HTML.skip[lang])}</a>`,
    `<header class="top"><div class="wrap"><p class="kind">${text(HTML.reportKind[lang])}</p><h1>${text(HTML.title[lang])}</h1>`,
    `<p>${text(sub.join(" · "))}</p></div></header>`,
    `<nav class="toc" aria-label="${text(HTML.contents[lang])}"><ul>${nav}</ul></nav>`,
    `<main id="main" class="wrap" tabindex="-1">`,
    overviewSection(data),
    agreementsSection(data),
    soonSection(data),
    presenceSection(data),
    rulesSection(data),
    `</main><footer class="wrap">`,
    data.redacted ? `<p>${text(HTML.redacted[lang])}</p>` : "",
    sources,
    `<p>${text(HTML.madeWith[lang])}</p></footer>`,
    `<script>${SCRIPT}</script></body></html>`,
    "",
  ].join("\n");
}
