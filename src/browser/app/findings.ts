/// <reference lib="dom" />
/**
 * Puts each finding beside its field: the element whose `data-path` is the finding's JSON pointer,
 * else its nearest ancestor that has one, else the list for the whole agreement. Each finding
 * shown carries `data-rule` (the rule id, as the CLI gives it); a field with an error is marked
 * `aria-invalid` and names its findings through `aria-describedby` (set up by the view).
 */
import { SCHEMA } from "../../core/messages/schema.js";
import type { FileResult, Finding, Lang, Severity } from "../../core/types.js";
import { SEVERITY } from "../../formatters/text.js";
import { FORM } from "./texts.js";
import { h } from "./view.js";

export type Counts = Record<Severity, number> & { waived: number };

/** The section label the CLI's text format gives ("§ 2.4", or the name of an unnumbered section). */
const section = (s: string) => (/^\d/.test(s) ? `§ ${s}` : s);

function item(f: Finding, lang: Lang, waived: boolean): HTMLElement {
  return h(
    "li",
    {
      class: `finding ${waived ? "waived" : f.severity}`,
      "data-rule": f.ruleId,
      "data-severity": f.severity,
      "data-line": String(f.line),
    },
    h("span", { class: "sev" }, waived ? FORM.waived[lang] : SEVERITY[lang][f.severity]),
    " ",
    h("span", { class: "msg" }, f.message[lang]),
    " ",
    h("span", { class: "src" }, h("code", {}, f.ruleId), f.section ? ` ${section(f.section)}` : ""),
  );
}

/** The schema's "key is missing" message, as a pattern that gives the key (from the message catalogue). */
const MISSING = new RegExp(
  `^${SCHEMA.missingKey.en
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace("{key}", "(.+?)")
    .replace("{where}", ".*")}$`,
);

/** Where a finding belongs: a missing key's own field rather than the object it is missing from. */
function pointerOf(f: Finding): string {
  const m = f.ruleId === "schema" ? MISSING.exec(f.message.en) : null;
  return m ? `${f.path}/${(m[1] as string).replace(/~/g, "~0").replace(/\//g, "~1")}` : f.path;
}

/** The element a pointer's finding goes beside. */
function placeOf(index: Map<string, HTMLElement>, pointer: string, top: HTMLElement): HTMLElement {
  const segments = pointer.split("/").slice(1);
  for (let n = segments.length; n > 0; n--) {
    const el = index.get(`/${segments.slice(0, n).join("/")}`);
    if (el) return el;
  }
  return top;
}

/** Clears every findings list, then shows the result's findings and waived findings beside their fields. */
export function showFindings(root: HTMLElement, top: HTMLElement, result: FileResult, lang: Lang): Counts {
  const index = new Map<string, HTMLElement>();
  for (const el of Array.from(root.querySelectorAll<HTMLElement>("[data-path]")))
    if (!index.has(el.dataset.path as string)) index.set(el.dataset.path as string, el);
  for (const list of [top, ...Array.from(root.querySelectorAll<HTMLElement>("ul.findings"))]) {
    list.replaceChildren();
    list.hidden = true;
  }
  for (const c of Array.from(root.querySelectorAll("[aria-invalid]"))) c.removeAttribute("aria-invalid");
  const counts: Counts = { error: 0, warning: 0, info: 0, waived: result.waived.length };
  const shown = [
    ...result.findings.map((f) => ({ f, waived: false })),
    ...result.waived.map((f) => ({ f, waived: true })),
  ];
  for (const { f, waived } of shown) {
    if (!waived) counts[f.severity]++;
    const place = placeOf(index, pointerOf(f), top);
    // The list of the place itself, not one of a field inside it.
    const list =
      place === top
        ? top
        : ((Array.from(place.children).find((c) => c.matches("ul.findings")) as HTMLElement | undefined) ??
          (place.querySelector("ul.findings") as HTMLElement));
    list.append(item(f, lang, waived));
    list.hidden = false;
    if (!waived && f.severity === "error") {
      for (const c of Array.from(place.querySelectorAll("input, select, textarea")))
        if (!(c instanceof HTMLInputElement && c.type === "checkbox")) c.setAttribute("aria-invalid", "true");
    }
  }
  return counts;
}

/** The places that show a finding, in the order of the page. */
export function findingPlaces(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>("ul.findings:not([hidden])")).map(
    (list) => (list.closest("[data-path]") as HTMLElement | null) ?? list,
  );
}

/** Moves the focus to the first place after it that shows a finding (the first such place at the end). */
export function focusNextFinding(root: HTMLElement): void {
  const places = findingPlaces(root);
  if (places.length === 0) return;
  const active = document.activeElement;
  const after = places.find(
    (p) => active && p.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_PRECEDING,
  );
  const target = after ?? (places[0] as HTMLElement);
  const control = target.querySelector<HTMLElement>("input, select, textarea, button") ?? target;
  target.scrollIntoView({ block: "center" });
  control.focus();
}
