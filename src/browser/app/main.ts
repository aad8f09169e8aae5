/// <reference lib="dom" />
/**
 * The form page (SPEC 10.2) at work. The policy layers come embedded in the page (`#hk-data`);
 * on every change the form becomes an agreement, the agreement the YAML that would be downloaded,
 * and that text is judged by the core's own `validateText` — the CLI's parse, schema, layers,
 * rules and findings — whose findings go beside their fields. Nothing leaves the page but the
 * file the person downloads; nothing is stored.
 */
import { msg } from "../../core/messages/index.js";
import type { Layer } from "../../core/policy/model.js";
import { PolicyResolver } from "../../core/policy/resolve.js";
import {
  DEFAULT_AVAILABILITY,
  DEFAULT_MAINTENANCE,
  policyDefaults,
} from "../../core/run/agreement-template.js";
import { agreementYaml } from "../../core/run/agreement-yaml.js";
import { validateText } from "../../core/run/validate-text.js";
import type { FileResult, Lang } from "../../core/types.js";
import { type Chrome, renderChrome } from "./chrome.js";
import { findingPlaces, showFindings } from "./findings.js";
import { fieldNames, fromAgreement, type Rows, toAgreement, type Values } from "./model.js";
import { openAgreement } from "./open.js";
import { firstValues, type PageData, suggestions } from "./setup.js";
import { countsText, layersText, verdictText } from "./status.js";
import { FORM } from "./texts.js";
import { h, readValues, renderForm, writeValues } from "./view.js";

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEADER = "Avtale om fast hjemmekontor ved NTNU, skrevet i skjemaet fra hjemmekontor form.";

export function start(): void {
  const data = JSON.parse(
    (document.getElementById("hk-data") as HTMLElement).textContent ?? "{}",
  ) as PageData;
  const top = { line: 1, column: 1 };
  const layers = data.layers.map((l) => ({ ...l, positionOf: () => top }) as Layer);
  const resolver = new PolicyResolver({ dirs: data.sources, layers, problems: [] });
  const app = document.getElementById("hk-app") as HTMLElement;
  const touched = new Set<string>();
  /** Whether the equipment rows are the person's (edited, added, removed or opened), not the policy's. */
  let ownEquipment = false;
  let lang: Lang = data.lang === "en" ? "en" : "nb";
  let rows: Rows = { weeks: 1, items: 0, exceptions: 0 };
  let values: Values = firstValues();
  let ui: Chrome;
  let seq = 0;
  let text = "";
  let fileName = "avtale.yaml";

  /** The policy in force for the unit and start date the form holds (today when it holds no date). */
  function defaults() {
    const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string).trim() : "");
    const start = DATE.test(str("period.start"))
      ? str("period.start")
      : new Date().toISOString().slice(0, 10);
    const unit = { faculty: str("employee.unit.faculty"), department: str("employee.unit.department") };
    return policyDefaults(resolver, unit, start);
  }

  /**
   * Fills what the person has not touched with the policy's defaults for the unit and start date;
   * true when the equipment rows changed in number (the form is then drawn again).
   */
  function applyDefaults(): boolean {
    const d = defaults();
    const set = (k: string, v: string) => {
      if (!touched.has(k)) values[k] = v;
    };
    if (d.lastAllowedEnd) set("period.end", d.lastAllowedEnd);
    if (d.coreTime && !touched.has("schedule.homeHours.start") && !touched.has("schedule.homeHours.end")) {
      values["schedule.homeHours.start"] = d.coreTime.start;
      values["schedule.homeHours.end"] = d.coreTime.end;
    }
    set("schedule.availability", DEFAULT_AVAILABILITY[lang]);
    set("equipment.maintenance", DEFAULT_MAINTENANCE[lang]);
    if (ownEquipment) return false;
    const before = rows.items;
    rows = { ...rows, items: d.equipment.length };
    d.equipment.forEach((item, i) => {
      values[`equipment.items.${i}.item`] = item;
      values[`equipment.items.${i}.providedBy`] = "ntnu";
      values[`equipment.items.${i}.owner`] = "ntnu";
    });
    return before !== rows.items;
  }

  function render(focus?: string): void {
    ui = renderChrome(app, lang, data.sources, suggestions(data.layers, resolver));
    document.documentElement.lang = lang;
    document.title = `${FORM.title[lang]} – hjemmekontor`;
    renderForm(ui.form, rows, lang);
    writeValues(ui.form, values);
    wire();
    if (focus) (document.getElementById(focus) as HTMLElement | null)?.focus();
    void check();
  }

  async function check(): Promise<void> {
    const mine = ++seq;
    const agreement = toAgreement(values, rows);
    const id = typeof agreement.id === "string" && ID.test(agreement.id) ? agreement.id : "";
    fileName = `${id || "avtale"}.yaml`;
    text = agreementYaml(agreement, { schema: data.schemaRef, header: [HEADER] });
    const { result } = await validateText(fileName, text, { resolver });
    if (mine !== seq) return;
    show(result);
  }

  function show(result: FileResult): void {
    const counts = showFindings(ui.form, ui.top, result, lang);
    ui.verdict.replaceChildren(
      h("strong", { class: `v-${result.verdict}` }, verdictText(result.verdict, lang)),
      ` — ${countsText(counts, lang)}`,
    );
    ui.verdict.dataset.verdict = result.verdict;
    // The unit chooses the layers: shown as soon as it is typed, also while the agreement is invalid.
    const layers = result.layers.length > 0 ? result.layers : defaults().layers;
    ui.layers.textContent = layersText(layers, lang);
    ui.next.disabled = findingPlaces(ui.form).length === 0;
    (ui.top.parentElement as HTMLElement).hidden = ui.top.hidden;
    ui.download.textContent = msg(FORM.download, { file: fileName })[lang];
    ui.yaml.textContent = text;
  }

  function changed(e: Event): void {
    const t = e.target as HTMLInputElement;
    if (!t.name) return;
    touched.add(t.name);
    if (t.name.startsWith("equipment.items.")) ownEquipment = true;
    values = readValues(ui.form);
    const before = JSON.stringify(values);
    const regrow = applyDefaults();
    if (regrow) {
      render(t.id);
      return;
    }
    if (JSON.stringify(values) !== before) writeChanged();
    void check();
  }

  /** Writes the defaults into the form without touching the field being typed in. */
  function writeChanged(): void {
    const active = document.activeElement as HTMLInputElement | null;
    const keep = active?.name;
    const current = readValues(ui.form);
    const diff: Values = {};
    for (const [k, v] of Object.entries(values))
      if (k !== keep && JSON.stringify(current[k]) !== JSON.stringify(v)) diff[k] = v;
    writeValues(ui.form, { ...current, ...diff });
  }

  function rowsAction(e: Event): void {
    const b = (e.target as HTMLElement).closest("button[data-action]") as HTMLButtonElement | null;
    if (!b) return;
    values = readValues(ui.form);
    const path = b.dataset.repeat as string;
    const key = path === "/schedule/cycle" ? "weeks" : path === "/equipment/items" ? "items" : "exceptions";
    const prefix = path.slice(1).replace(/\//g, ".");
    if (b.dataset.action === "add") {
      rows = { ...rows, [key]: rows[key] + 1 };
      if (key === "items") {
        ownEquipment = true;
        values[`${prefix}.${rows.items - 1}.providedBy`] = "ntnu";
        values[`${prefix}.${rows.items - 1}.owner`] = "ntnu";
      }
      const first = `f-${prefix.replace(/\./g, "-")}-${rows[key] - 1}`;
      render(key === "weeks" ? `${first}-home-mon` : `${first}-${key === "items" ? "item" : "rule"}`);
      return;
    }
    const i = Number(b.dataset.row);
    // Later rows move up by one: shift their values.
    const shifted: Values = {};
    for (const [k, v] of Object.entries(values)) {
      const m = k.startsWith(`${prefix}.`) ? /^(\d+)\.(.*)$/.exec(k.slice(prefix.length + 1)) : null;
      if (!m) shifted[k] = v;
      else if (Number(m[1]) < i) shifted[k] = v;
      else if (Number(m[1]) > i) shifted[`${prefix}.${Number(m[1]) - 1}.${m[2]}`] = v;
    }
    values = shifted;
    rows = { ...rows, [key]: rows[key] - 1 };
    if (key === "items") ownEquipment = true;
    render();
    // The row is gone: focus goes to its group's add button.
    (app.querySelector(`fieldset[data-path="${path}"] > button.add`) as HTMLElement | null)?.focus();
  }

  function nextFinding(): void {
    const places = findingPlaces(ui.form);
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

  async function openFile(): Promise<void> {
    const file = ui.open.files?.[0];
    if (!file) return;
    const opened = await openAgreement(file, lang);
    ui.notice.hidden = false;
    if ("problems" in opened) {
      ui.notice.replaceChildren(
        h("p", {}, msg(FORM.openFailed, { file: file.name })[lang]),
        h(
          "ul",
          { class: "findings" },
          ...opened.problems.map((p) =>
            h("li", { class: "finding error", "data-rule": p.rule }, `${p.line}: ${p.text}`),
          ),
        ),
      );
      return;
    }
    const got = fromAgreement(opened.agreement);
    values = got.values;
    rows = got.rows;
    for (const { name } of fieldNames(rows)) touched.add(name);
    ownEquipment = true;
    render();
    ui.notice.hidden = false;
    ui.notice.replaceChildren(h("p", {}, msg(FORM.opened, { file: file.name })[lang]));
    if (got.dropped.length > 0)
      ui.notice.append(h("p", {}, msg(FORM.dropped, { list: got.dropped.join(", ") })[lang]));
  }

  function downloadFile(): void {
    const url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
    const a = h("a", { href: url, download: fileName, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  function wire(): void {
    ui.form.addEventListener("input", changed);
    ui.form.addEventListener("change", changed);
    ui.form.addEventListener("click", rowsAction);
    ui.form.addEventListener("submit", (e) => e.preventDefault());
    ui.next.addEventListener("click", nextFinding);
    ui.download.addEventListener("click", downloadFile);
    ui.open.addEventListener("change", () => void openFile());
    ui.lang.addEventListener("click", () => {
      values = readValues(ui.form);
      lang = lang === "nb" ? "en" : "nb";
      applyDefaults();
      render("hk-lang");
    });
  }

  applyDefaults();
  render();
}
