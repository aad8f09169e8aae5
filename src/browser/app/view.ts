/// <reference lib="dom" />
/**
 * The form's DOM, built from the field table (fields.ts) in one language: sections, fieldsets,
 * one labelled input per field named by its dotted path, a findings list beside each field and
 * group (`data-path` = its JSON pointer), and buttons that add and remove rows. Reading and
 * writing values goes by input name, so a language switch or a new row keeps what was typed.
 */
import { msg } from "../../core/messages/index.js";
import type { Lang } from "../../core/types.js";
import { type Field, type Group, isGroup, isRepeat, type Repeat, SECTIONS, type Section } from "./fields.js";
import type { Rows, Value, Values } from "./model.js";
import { rowKey } from "./rows.js";
import { FORM } from "./texts.js";

type Attrs = Record<string, string | boolean | undefined>;

export function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | null)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

const idOf = (name: string) => `f-${name.replace(/\./g, "-")}`;
const pointerOf = (name: string) => `/${name.split(".").join("/")}`;

/** The findings list of an element at `pointer` (filled by findings.ts). */
function findingsList(pointer: string): HTMLElement {
  return h("ul", { class: "findings", id: `fi${pointer.replace(/\//g, "-") || "-top"}`, hidden: true });
}

function fieldEl(f: Field, name: string, lang: Lang): HTMLElement {
  if (f.kind === "checks") return checksEl(f, name, lang);
  const id = idOf(name);
  const pointer = pointerOf(name);
  const list = findingsList(pointer);
  const hint = f.hint ? h("p", { class: "hint", id: `${id}-hint` }, f.hint[lang]) : null;
  const describedBy = [hint ? `${id}-hint` : "", list.id].filter(Boolean).join(" ");
  const control = controlEl(f, name, id, describedBy, lang);
  const label = h("label", { for: id }, f.label[lang]);
  return h(
    "div",
    { class: `field ${f.kind}${f.wide ? " wide" : ""}`, "data-path": pointer },
    // A checkbox comes before its label.
    ...(f.kind === "bool" ? [control, label, hint] : [label, hint, control]),
    list,
  );
}

/** A field of choices: a box for each, in a fieldset of its own. */
function checksEl(f: Field, name: string, lang: Lang): HTMLElement {
  const id = idOf(name);
  const pointer = pointerOf(name);
  const list = findingsList(pointer);
  return h(
    "fieldset",
    { class: "field checks", "data-path": pointer, "aria-describedby": list.id },
    h("legend", {}, f.label[lang]),
    h(
      "div",
      { class: "boxes" },
      ...(f.options ?? []).map((o) =>
        h(
          "label",
          { class: "box" },
          h("input", { type: "checkbox", name, value: o, id: `${id}-${o}`, "data-kind": "checks" }),
          ` ${f.words?.[lang][o] ?? o}`,
        ),
      ),
    ),
    list,
  );
}

/** The input of a field that is not one of choices. */
function controlEl(f: Field, name: string, id: string, describedBy: string, lang: Lang): HTMLElement {
  switch (f.kind) {
    case "bool":
      return h("input", { type: "checkbox", name, id, "data-kind": "bool", "aria-describedby": describedBy });
    case "select":
      return h(
        "select",
        { name, id, "aria-describedby": describedBy },
        h("option", { value: "" }, FORM.choose[lang]),
        ...(f.options ?? []).map((o) => h("option", { value: o }, `${f.words?.[lang][o] ?? o} (${o})`)),
      );
    case "textarea":
      return h("textarea", { name, id, rows: "3", "aria-describedby": describedBy });
    default:
      return h("input", {
        type: "text",
        name,
        id,
        autocomplete: "off",
        spellcheck: "false",
        inputmode: f.kind === "number" ? "decimal" : f.kind === "text" ? undefined : "numeric",
        list: f.suggest,
        placeholder:
          f.kind === "date"
            ? FORM.datePlaceholder[lang]
            : f.kind === "time"
              ? FORM.timePlaceholder[lang]
              : undefined,
        "aria-describedby": describedBy,
      });
  }
}

function groupEl(g: Group, lang: Lang): HTMLElement {
  return h(
    "fieldset",
    { class: "group", "data-path": g.path },
    h("legend", {}, g.legend[lang]),
    findingsList(g.path),
    h("div", { class: "fields" }, ...g.fields.map((f) => fieldEl(f, f.name, lang))),
  );
}

function repeatEl(r: Repeat, count: number, lang: Lang): HTMLElement {
  const rows = Array.from({ length: count }, (_, i) => {
    const path = `${r.path}/${i}`;
    const label = msg(r.row, { n: i + 1 })[lang];
    return h(
      "fieldset",
      { class: "row", "data-path": path },
      h("legend", {}, label),
      findingsList(path),
      h("div", { class: "fields" }, ...r.fields.map((f) => fieldEl(f, f.name.replace("*", String(i)), lang))),
      h(
        "button",
        {
          type: "button",
          class: "remove",
          "data-action": "remove",
          "data-repeat": r.path,
          "data-row": String(i),
        },
        `${FORM.remove[lang]} `,
        h("span", { class: "sr-only" }, label),
      ),
    );
  });
  return h(
    "fieldset",
    { class: "group repeat", "data-path": r.path },
    h("legend", {}, r.legend[lang]),
    findingsList(r.path),
    ...rows,
    h(
      "button",
      { type: "button", class: "add", "data-action": "add", "data-repeat": r.path, disabled: count >= r.max },
      r.add[lang],
    ),
  );
}

function sectionEl(s: Section, rows: Rows, lang: Lang): HTMLElement {
  // A section whose path a part also has leaves the findings to that part.
  const own = s.path !== "" && !s.parts.some((p) => "path" in p && p.path === s.path);
  return h(
    "section",
    { id: `s-${s.id}`, "aria-labelledby": `t-${s.id}`, "data-path": own ? s.path : undefined },
    h("h2", { id: `t-${s.id}` }, s.title[lang]),
    s.intro ? h("p", { class: "intro" }, s.intro[lang]) : null,
    own ? findingsList(s.path) : null,
    ...s.parts.map((p) =>
      isRepeat(p)
        ? repeatEl(p, rows[rowKey(p.path)], lang)
        : isGroup(p)
          ? groupEl(p, lang)
          : fieldEl(p, p.name, lang),
    ),
  );
}

/** Replaces the form's content with every section, for these rows, in `lang`. */
export function renderForm(form: HTMLElement, rows: Rows, lang: Lang): void {
  form.replaceChildren(...SECTIONS.map((s) => sectionEl(s, rows, lang)));
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function controls(form: HTMLElement): Control[] {
  return Array.from(form.querySelectorAll<Control>("input[name], select[name], textarea[name]"));
}

export function readValues(form: HTMLElement): Values {
  const out: Values = {};
  for (const c of controls(form)) {
    if (c instanceof HTMLInputElement && c.dataset.kind === "checks") {
      const list = (out[c.name] as string[] | undefined) ?? [];
      if (c.checked) list.push(c.value);
      out[c.name] = list;
    } else if (c instanceof HTMLInputElement && c.dataset.kind === "bool") out[c.name] = c.checked;
    else out[c.name] = c.value;
  }
  return out;
}

export function writeValues(form: HTMLElement, values: Values): void {
  for (const c of controls(form)) {
    const v: Value | undefined = values[c.name];
    if (c instanceof HTMLInputElement && c.dataset.kind === "checks")
      c.checked = Array.isArray(v) && v.includes(c.value);
    else if (c instanceof HTMLInputElement && c.dataset.kind === "bool") c.checked = v === true;
    else if (c instanceof HTMLSelectElement) {
      const s = typeof v === "string" ? v : "";
      // A value the form does not offer stays as it was (its schema finding shows).
      if (s && !Array.from(c.options).some((o) => o.value === s)) c.append(h("option", { value: s }, s));
      c.value = s;
    } else c.value = typeof v === "string" ? v : "";
  }
}
