/** Words shared by every area: those that join other messages, and values as messages show them. */
import type { Template } from "./index.js";

export const COMMON = {
  /** Between the items of a list of alternatives: "a or b". */
  or: { nb: " eller ", en: " or " },
  /** A value a message shows (rules/evaluate.ts formatValue): none, true, false. */
  missingValue: { nb: "(mangler)", en: "(missing)" },
  yes: { nb: "ja", en: "yes" },
  no: { nb: "nei", en: "no" },
} as const satisfies Record<string, Template>;
