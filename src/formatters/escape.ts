/**
 * Names and values shown on a terminal or in a CI log. Every C0 and C1 control character (ESC,
 * CR, LF, DEL, …), the bidirectional overrides, embeddings, isolates and marks, and the Unicode
 * line and paragraph separators are written as visible escapes (`\n`, `\u001b`, `\u202e`), so that
 * no file name or value can move the cursor, clear the screen, open a hyperlink (OSC 8), reorder
 * what is shown, or start a new line that a CI runner reads as a command.
 */

const UNSAFE_SOURCE =
  "\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
const UNSAFE = new RegExp(`[${UNSAFE_SOURCE}]`, "g");
/** The same, but CR and LF are left for the caller to encode (GitHub's %0D and %0A). */
const UNSAFE_BUT_LINE_ENDS = new RegExp(`(?![\\r\\n])[${UNSAFE_SOURCE}]`, "g");

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function visible(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** `s` with every control, bidi and line-separator character written as a visible escape. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, visible);
}

/** As escapeControls, but CR and LF are kept (for formats that encode them themselves). */
export function escapeControlsButLineEnds(s: string): string {
  return s.replace(UNSAFE_BUT_LINE_ENDS, visible);
}

/** For text that has line breaks of its own (commander's messages): each line escaped. */
export function escapeLines(s: string): string {
  return s.split("\n").map(escapeControls).join("\n");
}
