/** The handbook's words for a value of the policy: a severity, basis, override, level or change. */
import type { Template } from "../../core/messages/index.js";
import type { Lang, Severity } from "../../core/types.js";
import { SEVERITY } from "../text.js";
import { HANDBOOK, HANDBOOK_TERMS } from "./labels.js";
import type { ChangeItem } from "./types.js";

export const severityLabel = (lang: Lang, s: Severity): string => SEVERITY[lang][s];

const BASIS: Record<string, Template> = {
  regulation: HANDBOOK_TERMS.basisRegulation,
  guideline: HANDBOOK_TERMS.basisGuideline,
  interpretation: HANDBOOK_TERMS.basisInterpretation,
};
export const basisLabel = (lang: Lang, b: string | null): string =>
  b === null ? HANDBOOK.none[lang] : (BASIS[b]?.[lang] ?? b);

const OVERRIDE: Record<string, Template> = {
  lower: HANDBOOK_TERMS.overrideLower,
  higher: HANDBOOK_TERMS.overrideHigher,
  subset: HANDBOOK_TERMS.overrideSubset,
  superset: HANDBOOK_TERMS.overrideSuperset,
  fixed: HANDBOOK_TERMS.overrideFixed,
  free: HANDBOOK_TERMS.overrideFree,
};
export const overrideLabel = (lang: Lang, o: string): string => OVERRIDE[o]?.[lang] ?? o;

const LEVEL: Record<string, Template> = {
  national: HANDBOOK_TERMS.levelNational,
  central: HANDBOOK_TERMS.levelCentral,
  faculty: HANDBOOK_TERMS.levelFaculty,
  department: HANDBOOK_TERMS.levelDepartment,
};
export const levelLabel = (lang: Lang, level: string): string => LEVEL[level]?.[lang] ?? level;

const CHANGE: Record<ChangeItem["kind"], Template> = {
  "rule-added": HANDBOOK.ruleAdded,
  "rule-changed": HANDBOOK.ruleChanged,
  "param-declared": HANDBOOK.paramDeclared,
  "param-changed": HANDBOOK.paramChanged,
};
export const changeLabel = (lang: Lang, kind: ChangeItem["kind"]): string => CHANGE[kind][lang];

export const yesNo = (lang: Lang, v: boolean | null): string =>
  v === null ? HANDBOOK.none[lang] : v ? HANDBOOK.yes[lang] : HANDBOOK.no[lang];

/** The columns of the tables both handbooks (HTML and markdown) show alike. */
export const LAYER_COLUMNS = [
  HANDBOOK.layer,
  HANDBOOK.version,
  HANDBOOK.level,
  HANDBOOK.file,
  HANDBOOK.effective,
  HANDBOOK.note,
];
export const CHANGE_COLUMNS = [HANDBOOK.what, HANDBOOK.change, HANDBOOK.detail, HANDBOOK.where];
export const COVERAGE_COLUMNS = [HANDBOOK.section, HANDBOOK.norm, HANDBOOK.encodedByRules];
