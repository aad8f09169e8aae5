/** Small tables that turn into cards on narrow screens: each cell carries its column's label. */
import { attr, text } from "./escape.js";

export interface Column {
  label: string;
  /** Class of the column's cells and header, e.g. `num` for right-aligned numbers. */
  cls?: string;
}

/** Rows are lists of cell HTML; the first cell of a row is its header (`th scope="row"`). */
export function cardTable(cls: string, columns: Column[], rows: string[][], caption = ""): string {
  const c = (col: Column | undefined) => (col?.cls ? ` class="${col.cls}"` : "");
  const head = columns.map((col) => `<th scope="col"${c(col)}>${text(col.label)}</th>`).join("");
  const body = rows
    .map((cells) => {
      const html = cells.map((cell, i) => {
        const col = columns[i];
        const label = ` data-label="${attr(col?.label ?? "")}"`;
        return i === 0
          ? `<th scope="row"${c(col)}${label}>${cell}</th>`
          : `<td${c(col)}${label}><div>${cell}</div></td>`;
      });
      return `<tr>${html.join("")}</tr>`;
    })
    .join("");
  const cap = caption ? `<caption>${text(caption)}</caption>` : "";
  return `<div class="tablewrap"><table class="cards ${cls}">${cap}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}
