/**
 * What the form page starts from: the data `hjemmekontor form` embeds, the values of a new
 * agreement, and the suggestion lists drawn from the policy layers.
 */
import type { Layer } from "../../core/policy/model.js";
import type { PolicyResolver } from "../../core/policy/resolve.js";
import { DEFAULT_WORKDAYS } from "../../core/run/agreement-words.js";
import type { Lang } from "../../core/types.js";
import type { Suggestions } from "./chrome.js";
import type { Values } from "./model.js";

/** What `hjemmekontor form` embeds: the layers as the CLI loaded them, and where they came from. */
export interface PageData {
  lang: Lang;
  schemaRef: string;
  sources: string[];
  layers: Omit<Layer, "positionOf">[];
}

function nextMonth(): string {
  const d = new Date();
  const y = d.getFullYear() + (d.getMonth() === 11 ? 1 : 0);
  return `${y}-${String(((d.getMonth() + 1) % 12) + 1).padStart(2, "0")}-01`;
}

/** A new agreement: fixed, full time, from the first of next month, on the usual workdays. */
export function firstValues(): Values {
  return {
    type: "fixed",
    "employee.employmentPercent": "100",
    "period.start": nextMonth(),
    "schedule.workdays": DEFAULT_WORKDAYS,
    "tasks.suitableForHomeOffice": true,
    "tasks.informationClass": "internal",
    "terms.employerMayRecall": true,
  };
}

/** The units the layers name, the equipment they cover (and common items), and their rule ids. */
export function suggestions(layers: PageData["layers"], resolver: PolicyResolver): Suggestions {
  const units = (k: "faculty" | "department") =>
    [...new Set(layers.flatMap((l) => (l.appliesTo[k] ? [l.appliesTo[k] as string] : [])))].sort();
  const covered = layers.flatMap((l) => {
    const v = l.parameters.coveredEquipment?.value;
    return Array.isArray(v) ? v : [];
  });
  const rules = [...new Set(resolver.set.layers.flatMap((l) => l.rules.map((r) => r.id)))].sort();
  return {
    faculties: units("faculty"),
    departments: units("department"),
    items: [...new Set([...covered, "docking-station", "headset", "laptop-stand", "chair", "desk"])],
    rules,
  };
}
