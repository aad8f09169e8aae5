/// <reference lib="dom" />
/**
 * The page around the form: header with the file input and the language switch, the status
 * panel (verdict and counts, layers in force, next finding, findings for the whole agreement,
 * the download button, the YAML that is downloaded) and the suggestion lists from the policy.
 */
import { msg } from "../../core/messages/index.js";
import type { Lang } from "../../core/types.js";
import { FORM } from "./texts.js";
import { h } from "./view.js";

export interface Chrome {
  form: HTMLFormElement;
  notice: HTMLElement;
  verdict: HTMLElement;
  layers: HTMLElement;
  top: HTMLElement;
  next: HTMLButtonElement;
  download: HTMLButtonElement;
  yaml: HTMLElement;
  open: HTMLInputElement;
  lang: HTMLButtonElement;
}

export interface Suggestions {
  faculties: string[];
  departments: string[];
  items: string[];
  rules: string[];
}

const datalist = (id: string, values: string[]) =>
  h("datalist", { id }, ...values.map((v) => h("option", { value: v })));

/** The page's working parts, empty, in `lang`. */
function parts(lang: Lang): Chrome {
  const other: Lang = lang === "nb" ? "en" : "nb";
  return {
    form: h("form", { id: "hk-form", novalidate: true, "aria-label": FORM.title[lang] }) as HTMLFormElement,
    notice: h("div", { id: "hk-notice", class: "notice", role: "status", hidden: true }),
    verdict: h("p", { id: "hk-verdict", class: "verdict", role: "status", "aria-live": "polite" }),
    layers: h("p", { id: "hk-layers", class: "layers" }),
    top: h("ul", { id: "fi-top", class: "findings", hidden: true }),
    next: h("button", { type: "button", id: "hk-next" }, FORM.next[lang]) as HTMLButtonElement,
    download: h("button", { type: "button", id: "hk-download", class: "primary" }) as HTMLButtonElement,
    yaml: h("pre", { id: "hk-yaml", tabindex: "0" }),
    open: h("input", {
      type: "file",
      id: "hk-open",
      accept: ".yaml,.yml,application/yaml,text/yaml",
    }) as HTMLInputElement,
    lang: h(
      "button",
      { type: "button", id: "hk-lang", lang: other },
      FORM.otherLang[lang],
    ) as HTMLButtonElement,
  };
}

/** The header: what the page is, the file input and the language switch. */
const header = (lang: Lang, c: Chrome) =>
  h(
    "header",
    { class: "top" },
    h(
      "div",
      { class: "wrap" },
      h("p", { class: "kind" }, FORM.kind[lang]),
      h("h1", {}, FORM.title[lang]),
      h("p", { class: "lead" }, FORM.intro[lang]),
      h(
        "div",
        { class: "tools" },
        h("div", { class: "open" }, h("label", { for: "hk-open" }, FORM.open[lang]), c.open),
        c.lang,
      ),
    ),
  );

/** The status panel beside the form. */
const panel = (lang: Lang, sources: string[], c: Chrome) =>
  h(
    "aside",
    { class: "panel", "aria-labelledby": "hk-status-title" },
    h("h2", { id: "hk-status-title" }, FORM.status[lang]),
    c.verdict,
    c.layers,
    c.next,
    h(
      "div",
      { class: "top-findings", id: "hk-top", hidden: true },
      h("h3", {}, FORM.topFindings[lang]),
      c.top,
    ),
    c.download,
    h("p", { class: "hint" }, FORM.saveHint[lang]),
    h("details", {}, h("summary", {}, FORM.preview[lang]), c.yaml),
    h("p", { class: "hint" }, FORM.defaults[lang]),
    h("p", { class: "hint" }, msg(FORM.sources, { dirs: sources.join(", ") })[lang]),
  );

/** Builds the page in `lang` into `app`, and returns its working parts. */
export function renderChrome(app: HTMLElement, lang: Lang, sources: string[], s: Suggestions): Chrome {
  const c = parts(lang);
  app.replaceChildren(
    h("a", { class: "skip", href: "#hk-form" }, FORM.skip[lang]),
    header(lang, c),
    h("div", { class: "wrap layout" }, panel(lang, sources, c), h("main", { id: "main" }, c.notice, c.form)),
    datalist("hk-faculties", s.faculties),
    datalist("hk-departments", s.departments),
    datalist("hk-items", s.items),
    datalist("hk-rules", s.rules),
  );
  return c;
}
