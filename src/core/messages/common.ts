/** Words that join other messages, shared by every area. */
import type { Template } from "./index.js";

export const COMMON = {
  /** Between the items of a list of alternatives: "a or b". */
  or: { nb: " eller ", en: " or " },
} as const satisfies Record<string, Template>;
