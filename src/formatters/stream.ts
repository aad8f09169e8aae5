/**
 * JSON written in pieces: exactly what JSON.stringify(value, null, 2) gives, but with one (long)
 * array written one item at a time, so that a report of many agreements is never one string.
 */

/** Stands in for the streamed array while the rest is stringified; JSON escapes its NULs. */
const MARK = "\u0000hjemmekontor-streamed-items\u0000";

/**
 * `build(list)` makes the whole value with `list` as the long array; `items` are that array's
 * elements (made lazily), `count` how many there are.
 */
export function* jsonPieces<T>(
  build: (list: unknown[]) => unknown,
  items: Iterable<T>,
  count: number,
): Generator<string> {
  if (count === 0) {
    yield `${JSON.stringify(build([]), null, 2)}\n`;
    return;
  }
  const text = JSON.stringify(build([MARK]), null, 2);
  const mark = JSON.stringify(MARK);
  const at = text.indexOf(mark);
  const indent = text.slice(text.lastIndexOf("\n", at) + 1, at);
  yield text.slice(0, at);
  let first = true;
  for (const item of items) {
    // JSON strings never hold a raw line break, so every \n is one between lines.
    const piece = JSON.stringify(item, null, 2).replace(/\n/g, `\n${indent}`);
    yield first ? piece : `,\n${indent}${piece}`;
    first = false;
  }
  yield `${text.slice(at + mark.length)}\n`;
}
