/**
 * Where a layer stands (SPEC 5.5). The chain is derived from scope, never from `extends` alone:
 * national (the root: no appliesTo, no extends) → central (no appliesTo, extends the root) →
 * faculty (appliesTo.faculty) → department (appliesTo.faculty and .department). At most four
 * layers; one layer id per scope; unit codes compare case-insensitively.
 */
import type { Template } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import type { Layer } from "./model.js";

export type Level = "national" | "central" | "faculty" | "department";

export function levelOf(l: Layer): Level {
  if (l.appliesTo.department !== undefined) return "department";
  if (l.appliesTo.faculty !== undefined) return "faculty";
  return l.extends ? "central" : "national";
}

export function isLocal(l: Layer): boolean {
  return l.appliesTo.faculty !== undefined || l.appliesTo.department !== undefined;
}

/** A unit code as compared everywhere: case-insensitive. */
export const unitKey = (code: string | undefined): string => code?.toLowerCase() ?? "";

/** The scope a layer claims, as a key: one layer id may hold each. */
export function scopeKey(l: Layer): string {
  return `${levelOf(l)}|${unitKey(l.appliesTo.faculty)}|${unitKey(l.appliesTo.department)}`;
}

/** The scope keys of the chain for a unit, top first: national, central, faculty, department. */
export function unitScopes(faculty: string | undefined, department: string | undefined): string[] {
  const out = ["national||", "central||"];
  if (faculty !== undefined) {
    out.push(`faculty|${unitKey(faculty)}|`);
    if (department !== undefined) out.push(`department|${unitKey(faculty)}|${unitKey(department)}`);
  }
  return out;
}

export const LEVEL_TEXT: Record<Level, Template> = {
  national: POLICY.levelNational,
  central: POLICY.levelCentral,
  faculty: POLICY.levelFaculty,
  department: POLICY.levelDepartment,
};
