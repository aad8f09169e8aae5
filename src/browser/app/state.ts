/// <reference lib="dom" />
/**
 * What the form page holds between changes — the policy, the form's values and rows, what the
 * person has touched, the page's working parts, the YAML last judged — and the policy's defaults
 * filled into what the person has not touched.
 */
import type { Layer } from "../../core/policy/model.js";
import { PolicyResolver } from "../../core/policy/resolve.js";
import {
  DEFAULT_AVAILABILITY,
  DEFAULT_MAINTENANCE,
  policyDefaults,
} from "../../core/run/agreement-template.js";
import type { Lang } from "../../core/types.js";
import { type Chrome, renderChrome } from "./chrome.js";
import type { Rows, Values } from "./model.js";
import { firstValues, type PageData, suggestions } from "./setup.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface State {
  data: PageData;
  resolver: PolicyResolver;
  /** The element the page is drawn into. */
  root: HTMLElement;
  touched: Set<string>;
  /** Whether the equipment rows are the person's (edited, added, removed or opened), not the policy's. */
  ownEquipment: boolean;
  lang: Lang;
  rows: Rows;
  values: Values;
  /** The page's working parts, as last drawn. */
  ui: Chrome;
  /** The number of the latest check: an older check's result is not shown. */
  seq: number;
  /** The YAML that would be downloaded, and its file name. */
  text: string;
  fileName: string;
}

/** Draws the page around the form (in the state's language) and returns its working parts. */
export function drawChrome(s: Pick<State, "data" | "resolver" | "root" | "lang">): Chrome {
  return renderChrome(s.root, s.lang, s.data.sources, suggestions(s.data.layers, s.resolver));
}

/** The state of a new agreement, with the page around the form drawn into `root`. */
export function newState(data: PageData, root: HTMLElement): State {
  const top = { line: 1, column: 1 };
  const layers = data.layers.map((l) => ({ ...l, positionOf: () => top }) as Layer);
  const resolver = new PolicyResolver({ dirs: data.sources, layers, problems: [] });
  const lang: Lang = data.lang === "en" ? "en" : "nb";
  return {
    data,
    resolver,
    root,
    touched: new Set<string>(),
    ownEquipment: false,
    lang,
    rows: { weeks: 1, items: 0, exceptions: 0 },
    values: firstValues(),
    ui: drawChrome({ data, resolver, root, lang }),
    seq: 0,
    text: "",
    fileName: "avtale.yaml",
  };
}

/** The policy in force for the unit and start date the form holds (today when it holds no date). */
export function policyNow({ values, resolver }: State) {
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string).trim() : "");
  const start = DATE.test(str("period.start")) ? str("period.start") : new Date().toISOString().slice(0, 10);
  const unit = { faculty: str("employee.unit.faculty"), department: str("employee.unit.department") };
  return policyDefaults(resolver, unit, start);
}

/**
 * Fills what the person has not touched with the policy's defaults for the unit and start date;
 * true when the equipment rows changed in number (the form is then drawn again).
 */
export function applyDefaults(s: State): boolean {
  const { touched, values } = s;
  const d = policyNow(s);
  const set = (k: string, v: string) => {
    if (!touched.has(k)) values[k] = v;
  };
  if (d.lastAllowedEnd) set("period.end", d.lastAllowedEnd);
  if (d.coreTime && !touched.has("schedule.homeHours.start") && !touched.has("schedule.homeHours.end")) {
    values["schedule.homeHours.start"] = d.coreTime.start;
    values["schedule.homeHours.end"] = d.coreTime.end;
  }
  set("schedule.availability", DEFAULT_AVAILABILITY[s.lang]);
  set("equipment.maintenance", DEFAULT_MAINTENANCE[s.lang]);
  return !s.ownEquipment && setEquipment(s, d.equipment);
}

/** The policy's equipment as the rows, provided and owned by NTNU; true when the rows changed in number. */
function setEquipment(s: State, equipment: readonly string[]): boolean {
  const before = s.rows.items;
  s.rows = { ...s.rows, items: equipment.length };
  equipment.forEach((item, i) => {
    s.values[`equipment.items.${i}.item`] = item;
    s.values[`equipment.items.${i}.providedBy`] = "ntnu";
    s.values[`equipment.items.${i}.owner`] = "ntnu";
  });
  return before !== s.rows.items;
}
