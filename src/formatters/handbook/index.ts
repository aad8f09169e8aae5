/**
 * `policy docs` (SPEC 8.5): the effective policy for a unit and date as a handbook, in nb or en,
 * as one self-contained HTML file or as markdown for a git host. Pure: the caller loads the
 * policy, the source texts and the coverage tables, and writes the result.
 */
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import type { HandbookInput, HandbookOptions } from "./types.js";
import { buildView } from "./view.js";

export type { HandbookInput, HandbookOptions, HandbookView } from "./types.js";
export { buildView } from "./view.js";

export function renderHandbook(input: HandbookInput, options: HandbookOptions): string {
  const view = buildView(input, options.lang);
  return options.format === "html" ? renderHtml(view) : renderMarkdown(view);
}
