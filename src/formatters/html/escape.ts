/**
 * Escaping for the HTML report. Text from agreements and policies (file names, ids, messages,
 * quotes) may hold markup, quotes and control characters; every such value goes through `text`
 * (element content) or `attr` (a double-quoted attribute value).
 */

/** Controls that would be invisible or reorder text: C0 and C1 controls, DEL, bidi controls,
 * zero-width and line/paragraph separators, the BOM, and lone surrogates. */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Makes a control character visible as an escape, as the text formats do: `\n`, ESC as `\u001b`. */
export function showControls(s: string): string {
  return s.replace(INVISIBLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function entities(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);
}

/** Escapes a value for element content. */
export function text(s: string | number): string {
  return entities(showControls(String(s)));
}

/** Escapes a value for a double-quoted attribute. */
export function attr(s: string | number): string {
  return entities(showControls(String(s)));
}

/** Escapes a value for element content, keeping line breaks as breaks (for multi-line quotes). */
export function multiline(s: string): string {
  return s
    .split(/\r?\n/)
    .map((line) => text(line))
    .join("<br>");
}
