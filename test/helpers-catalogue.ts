/**
 * Shared setup of the catalogue tests (SPEC 8.3): whether a value has a catalogue type, the IE/IDI
 * policy with the example layers (every parameter shipped or exemplified) and its catalogue, and
 * the check that a text exists in both languages.
 */
import { type CatalogueType, FACTS } from "../src/core/catalogue/facts.js";
import { isValidDate } from "../src/core/dates.js";
import { catalogue } from "../src/core/policy/catalogue.js";
import type { ResolvedPolicy } from "../src/core/policy/model.js";
import { EXAMPLE_POLICIES, resolverFor, SHIPPED } from "./helpers.js";

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export function hasType(v: unknown, type: CatalogueType): boolean {
  const isDate = typeof v === "string" && isValidDate(v);
  const isTime = typeof v === "string" && TIME.test(v);
  switch (type) {
    case "string":
      return typeof v === "string";
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "integer":
      return Number.isSafeInteger(v);
    case "boolean":
      return typeof v === "boolean";
    case "date":
      return isDate;
    case "time":
      return isTime;
    case "date or time":
      return isDate || isTime;
    case "time span": {
      const o = v as { start?: unknown; end?: unknown };
      return typeof v === "object" && v !== null && TIME.test(String(o.start)) && TIME.test(String(o.end));
    }
    case "list of strings":
      return Array.isArray(v) && v.every((x) => typeof x === "string");
    case "list of elements":
      return Array.isArray(v) && v.every((x) => typeof x === "object" && x !== null && !Array.isArray(x));
    case "list":
      return Array.isArray(v);
    case "any":
      return true;
  }
}

/** The policy for IE/IDI with the example layers: every parameter shipped or exemplified. */
function idiPolicy(): ResolvedPolicy {
  const r = resolverFor([SHIPPED, EXAMPLE_POLICIES]).resolve("IE", "IDI", "2026-03-01");
  if (!("policy" in r) || !r.policy || "missing" in r) throw new Error("IE/IDI does not resolve");
  return r.policy;
}

export const policy = idiPolicy();
export const cat = catalogue(policy);
export const paramValues = Object.fromEntries([...policy.params.values()].map((p) => [p.name, p.value]));
export const describedNames = new Set([...Object.keys(FACTS), ...policy.params.keys()]);

export const bilingual = (m: { nb: string; en: string } | null | undefined) =>
  typeof m?.nb === "string" && m.nb.length > 10 && typeof m.en === "string" && m.en.length > 10;
