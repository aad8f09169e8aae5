/**
 * The form page as one self-contained HTML file (SPEC 10.2): inline style, the policy layers as
 * JSON data, and one inline script — the browser bundle of the validation core and the form
 * (built by scripts/build-form.mjs). A Content-Security-Policy allows exactly that style and
 * script by hash and forbids every request, so the page can load nothing and send nothing.
 */
import { createHash } from "node:crypto";
import type { Layer } from "../core/policy/model.js";
import type { Lang } from "../core/types.js";
import type { PageData } from "./app/setup.js";
import { FORM } from "./app/texts.js";
import { FORM_CSS } from "./style.js";

const hash = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

/** JSON that is safe inside a `<script type="application/json">` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const text = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A layer as data: everything but its functions (the page gives every position as line 1), and
 * its file by name only, so that the page does not carry the folders of whoever wrote it.
 */
function layerData(l: Layer): Omit<Layer, "positionOf"> {
  const { positionOf: _, ...rest } = l;
  return { ...rest, file: rest.file.split(/[\\/]/).pop() ?? rest.file };
}

interface FormPageInput {
  lang: Lang;
  layers: Layer[];
  /** The policy folders the layers came from, as the CLI names them. */
  sources: string[];
  /** The modeline's schema reference in the downloaded file. */
  schemaRef: string;
  /** The browser bundle (one IIFE). */
  script: string;
}

export function renderFormPage(input: FormPageInput): string {
  if (/<\/script|<!--/i.test(input.script)) throw new Error("the form bundle must not hold </script or <!--");
  const data: PageData = {
    lang: input.lang,
    schemaRef: input.schemaRef,
    sources: input.sources,
    layers: input.layers.map(layerData),
  };
  const csp = [
    "default-src 'none'",
    `style-src ${hash(FORM_CSS)}`,
    `script-src ${hash(input.script)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const lang = input.lang;
  return [
    "<!DOCTYPE html>",
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="color-scheme" content="light">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${text(FORM.title[lang])} – hjemmekontor</title>`,
    `<style>${FORM_CSS}</style></head><body>`,
    `<noscript><p class="noscript">${text(FORM.noscript[lang])}</p></noscript>`,
    `<div id="hk-app"></div>`,
    `<script type="application/json" id="hk-data">${scriptJson(data)}</script>`,
    `<script>${input.script}</script>`,
    "</body></html>",
    "",
  ].join("\n");
}
