/// <reference lib="dom" />
/**
 * The form page (SPEC 10.2) at work. The policy layers come embedded in the page (`#hk-data`);
 * on every change the form becomes an agreement, the agreement the YAML that would be downloaded,
 * and that text is judged by the core's own `validateText` — the CLI's parse, schema, layers,
 * rules and findings — whose findings go beside their fields. Nothing leaves the page but the
 * file the person downloads; nothing is stored.
 */
import { msg } from "../../core/messages/index.js";
import { agreementYaml } from "../../core/run/agreement-yaml.js";
import { validateText } from "../../core/run/validate-text.js";
import type { FileResult } from "../../core/types.js";
import { findingPlaces, focusNextFinding, showFindings } from "./findings.js";
import { fieldNames, fromAgreement, toAgreement, type Values } from "./model.js";
import { download, openAgreement, openedNotice, openFailedNotice } from "./open.js";
import { addRow, removeRow } from "./rows.js";
import type { PageData } from "./setup.js";
import { applyDefaults, drawChrome, newState, policyNow, type State } from "./state.js";
import { countsText, layersText, verdictText } from "./status.js";
import { FORM } from "./texts.js";
import { h, readValues, renderForm, writeValues } from "./view.js";

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const HEADER = "Avtale om fast hjemmekontor ved NTNU, skrevet i skjemaet fra hjemmekontor form.";

export function start(): void {
  const data = JSON.parse(
    (document.getElementById("hk-data") as HTMLElement).textContent ?? "{}",
  ) as PageData;
  const s = newState(data, document.getElementById("hk-app") as HTMLElement);
  applyDefaults(s);
  fill(s);
}

/** Draws the whole page again (new language, rows or file), then focuses the element `focus`. */
function render(s: State, focus?: string): void {
  s.ui = drawChrome(s);
  fill(s, focus);
}

/** Fills the page around the form: the form, its values, its handlers; then checks the agreement. */
function fill(s: State, focus?: string): void {
  document.documentElement.lang = s.lang;
  document.title = `${FORM.title[s.lang]} – hjemmekontor`;
  renderForm(s.ui.form, s.rows, s.lang);
  writeValues(s.ui.form, s.values);
  wire(s);
  if (focus) (document.getElementById(focus) as HTMLElement | null)?.focus();
  void check(s);
}

/** Judges the agreement the form holds, and shows the result unless a later check has begun. */
async function check(s: State): Promise<void> {
  const mine = ++s.seq;
  const agreement = toAgreement(s.values, s.rows);
  const id = typeof agreement.id === "string" && ID.test(agreement.id) ? agreement.id : "";
  s.fileName = `${id || "avtale"}.yaml`;
  s.text = agreementYaml(agreement, { schema: s.data.schemaRef, header: [HEADER] });
  const { result } = await validateText(s.fileName, s.text, { resolver: s.resolver });
  if (mine !== s.seq) return;
  show(s, result);
}

function show(s: State, result: FileResult): void {
  const { ui, lang } = s;
  const counts = showFindings(ui.form, ui.top, result, lang);
  ui.verdict.replaceChildren(
    h("strong", { class: `v-${result.verdict}` }, verdictText(result.verdict, lang)),
    ` — ${countsText(counts, lang)}`,
  );
  ui.verdict.dataset.verdict = result.verdict;
  // The unit chooses the layers: shown as soon as it is typed, also while the agreement is invalid.
  const layers = result.layers.length > 0 ? result.layers : policyNow(s).layers;
  ui.layers.textContent = layersText(layers, lang);
  ui.next.disabled = findingPlaces(ui.form).length === 0;
  (ui.top.parentElement as HTMLElement).hidden = ui.top.hidden;
  ui.download.textContent = msg(FORM.download, { file: s.fileName })[lang];
  ui.yaml.textContent = s.text;
}

function changed(s: State, e: Event): void {
  const t = e.target as HTMLInputElement;
  if (!t.name) return;
  s.touched.add(t.name);
  if (t.name.startsWith("equipment.items.")) s.ownEquipment = true;
  s.values = readValues(s.ui.form);
  const before = JSON.stringify(s.values);
  const regrow = applyDefaults(s);
  if (regrow) {
    render(s, t.id);
    return;
  }
  if (JSON.stringify(s.values) !== before) writeChanged(s);
  void check(s);
}

/** Writes the defaults into the form without touching the field being typed in. */
function writeChanged(s: State): void {
  const active = document.activeElement as HTMLInputElement | null;
  const keep = active?.name;
  const current = readValues(s.ui.form);
  const diff: Values = {};
  for (const [k, v] of Object.entries(s.values))
    if (k !== keep && JSON.stringify(current[k]) !== JSON.stringify(v)) diff[k] = v;
  writeValues(s.ui.form, { ...current, ...diff });
}

/** A click on a row's remove button or a group's add button. */
function rowsAction(s: State, e: Event): void {
  const b = (e.target as HTMLElement).closest("button[data-action]") as HTMLButtonElement | null;
  if (!b) return;
  s.values = readValues(s.ui.form);
  const path = b.dataset.repeat as string;
  if (b.dataset.action === "add") {
    render(s, addRow(s, path));
    return;
  }
  removeRow(s, path, Number(b.dataset.row));
  render(s);
  // The row is gone: focus goes to its group's add button.
  (s.root.querySelector(`fieldset[data-path="${path}"] > button.add`) as HTMLElement | null)?.focus();
}

/** Opens the chosen file into the form, or says why it cannot. */
async function openFile(s: State): Promise<void> {
  const file = s.ui.open.files?.[0];
  if (!file) return;
  const opened = await openAgreement(file, s.lang);
  if ("problems" in opened) return notify(s, openFailedNotice(file.name, opened.problems, s.lang));
  const got = fromAgreement(opened.agreement);
  s.values = got.values;
  s.rows = got.rows;
  for (const { name } of fieldNames(s.rows)) s.touched.add(name);
  s.ownEquipment = true;
  render(s);
  notify(s, openedNotice(file.name, got.dropped, s.lang));
}

/** Shows the notice above the form. */
function notify(s: State, notice: HTMLElement[]): void {
  s.ui.notice.hidden = false;
  s.ui.notice.replaceChildren(...notice);
}

function switchLang(s: State): void {
  s.values = readValues(s.ui.form);
  s.lang = s.lang === "nb" ? "en" : "nb";
  applyDefaults(s);
  render(s, "hk-lang");
}

function wire(s: State): void {
  const { ui } = s;
  const onChange = (e: Event) => changed(s, e);
  ui.form.addEventListener("input", onChange);
  ui.form.addEventListener("change", onChange);
  ui.form.addEventListener("click", (e) => rowsAction(s, e));
  ui.form.addEventListener("submit", (e) => e.preventDefault());
  ui.next.addEventListener("click", () => focusNextFinding(s.ui.form));
  ui.download.addEventListener("click", () => download(s.text, s.fileName));
  ui.open.addEventListener("change", () => void openFile(s));
  ui.lang.addEventListener("click", () => switchLang(s));
}
