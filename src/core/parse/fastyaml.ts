/**
 * A fast path for the plain block YAML that agreements are written in: block mappings and
 * sequences, one-line flow collections (`[mon, thu]`, `{ item: monitor, owner: ntnu }`), plain
 * scalars, quotes without escapes, and comments. It gives the same value and the same positions as
 * the full parser (`parseYaml` in load.ts), about ten times faster, and returns `undefined` for
 * anything outside that subset or anything it is not sure of, so that the full parser decides:
 * anchors, aliases, tags, block scalars, escapes, multi-line scalars, empty values, duplicate keys,
 * tabs, CR, control characters, document markers, unusual numbers. `test/fastyaml.test.ts` holds it
 * to the full parser, value and positions, on the examples, generated agreements and mutations.
 */

import {
  BAIL,
  flowPlain,
  isDash,
  plain,
  quoted,
  skip,
  trailing,
  trimSpaces,
  unusual,
} from "./fastyaml-scalars.js";

/** A position packed into one number: line × 2^20 + column (both 1-based). */
const LINE = 1 << 20;

interface Row {
  /** 1-based line number. */
  line: number;
  indent: number;
  text: string;
}

interface FastParsed {
  value: Record<string, unknown>;
  /** Position of the node a JSON pointer names: its key (`key` table) or, for scalars, its value. */
  keyTable: Map<string, number>;
  valueTable: Map<string, number>;
}

const KEY = /([A-Za-z_][A-Za-z0-9_-]{0,200}):(?: +|$)/y;
const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_-]{0,200}): +/y;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const MAX_DEPTH = 40;

class Parser {
  private r = 0;
  readonly keyTable = new Map<string, number>();
  readonly valueTable = new Map<string, number>();

  constructor(private readonly rows: Row[]) {}

  parse(): Record<string, unknown> {
    const first = this.rows[0];
    if (!first) throw BAIL;
    const root = this.block("", first.indent, 0);
    if (this.r !== this.rows.length || Array.isArray(root)) throw BAIL;
    const pos = first.line * LINE + first.indent + 1;
    this.keyTable.set("", pos);
    this.valueTable.set("", pos);
    return root;
  }

  /** A block node whose first content starts at column `col` of the current row. */
  private block(ptr: string, col: number, depth: number): Record<string, unknown> | unknown[] {
    if (depth > MAX_DEPTH) throw BAIL;
    const row = this.rows[this.r];
    if (!row) throw BAIL;
    if (isDash(row.text, col)) return this.sequence(ptr, col, depth);
    return this.mapping(ptr, col, depth);
  }

  /** A block mapping whose keys stand at column `col`; the first at the current row. */
  private mapping(ptr: string, col: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let first = true;
    for (;;) {
      const row = this.rows[this.r];
      if (!row) return out;
      if (!first) {
        if (row.indent < col) return out;
        if (row.indent > col) throw BAIL;
        if (isDash(row.text, col)) return out;
      }
      first = false;
      const { text } = row;
      KEY.lastIndex = col;
      const m = KEY.exec(text);
      const key = m?.[1];
      if (!m || key === undefined) throw BAIL;
      // `in` on a fresh object catches both a duplicate and a name Object.prototype has.
      if (key in out || RESERVED_KEY.test(key)) throw BAIL;
      const child = `${ptr}/${key}`;
      const keyPos = row.line * LINE + col + 1;
      const restAt = col + m[0].length;
      if (restAt >= text.length || text.charCodeAt(restAt) === 35 /* # */) {
        // The value is a block on the next rows: deeper, or a sequence at the key's own column.
        const next = this.rows[this.r + 1];
        if (!next) throw BAIL;
        this.r++;
        if (next.indent > col) out[key] = this.block(child, next.indent, depth + 1);
        else if (next.indent === col && isDash(next.text, col))
          out[key] = this.sequence(child, col, depth + 1);
        else throw BAIL;
        this.keyTable.set(child, keyPos);
        this.valueTable.set(child, keyPos);
      } else {
        const [value, scalar] = this.inline(child, row, restAt, depth + 1);
        out[key] = value;
        this.keyTable.set(child, keyPos);
        this.valueTable.set(child, scalar ? row.line * LINE + restAt + 1 : keyPos);
        this.r++;
      }
    }
  }

  /** A block sequence whose dashes stand at column `col`. */
  private sequence(ptr: string, col: number, depth: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const row = this.rows[this.r];
      if (!row || row.indent !== col || !isDash(row.text, col)) {
        if (row && row.indent > col) throw BAIL;
        return out;
      }
      const { text } = row;
      let at = col + 1;
      while (text.charCodeAt(at) === 32) at++;
      // `-` alone (the item on the next rows) or a nested `- -`: leave to the full parser.
      if (at >= text.length || text.charCodeAt(at) === 35 || isDash(text, at)) throw BAIL;
      const child = `${ptr}/${out.length}`;
      const pos = row.line * LINE + at + 1;
      KEY.lastIndex = at;
      if (KEY.test(text)) {
        out.push(this.mapping(child, at, depth + 1));
      } else {
        out.push(this.inline(child, row, at, depth + 1)[0]);
        this.r++;
      }
      this.keyTable.set(child, pos);
      this.valueTable.set(child, pos);
    }
  }

  /** A value that starts at `at` and ends on its own row: [value, is it a scalar]. */
  private inline(ptr: string, row: Row, at: number, depth: number): [unknown, boolean] {
    const { text } = row;
    const c = text.charCodeAt(at);
    if (c === 91 /* [ */ || c === 123 /* { */) {
      const [value, end] = this.flow(ptr, row, at, depth);
      trailing(text, end);
      return [value, false];
    }
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const [value, end] = quoted(text, at);
      trailing(text, end);
      return [value, true];
    }
    const hash = text.indexOf(" #", at);
    const raw = trimSpaces(hash < 0 ? text.slice(at) : text.slice(at, hash));
    if (raw.includes(": ") || raw.endsWith(":")) throw BAIL;
    return [plain(raw), true];
  }

  /** A flow collection that closes on the same row: [value, index after it]. */
  private flow(ptr: string, row: Row, at: number, depth: number): [unknown, number] {
    if (depth > MAX_DEPTH) throw BAIL;
    const { text } = row;
    const isMap = text.charCodeAt(at) === 123;
    const close = isMap ? 125 : 93;
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    let i = skip(text, at + 1);
    if (text.charCodeAt(i) === close) return [isMap ? map : list, i + 1];
    for (;;) {
      if (isMap) {
        FLOW_KEY.lastIndex = i;
        const m = FLOW_KEY.exec(text);
        const key = m?.[1];
        if (!m || key === undefined || key in map || RESERVED_KEY.test(key)) throw BAIL;
        const child = `${ptr}/${key}`;
        const keyPos = row.line * LINE + i + 1;
        i += m[0].length;
        const valuePos = row.line * LINE + i + 1;
        const [value, end, scalar] = this.flowValue(child, row, i, depth);
        map[key] = value;
        this.keyTable.set(child, keyPos);
        this.valueTable.set(child, scalar ? valuePos : keyPos);
        i = end;
      } else {
        const child = `${ptr}/${list.length}`;
        const valuePos = row.line * LINE + i + 1;
        const [value, end] = this.flowValue(child, row, i, depth);
        list.push(value);
        this.keyTable.set(child, valuePos);
        this.valueTable.set(child, valuePos);
        i = end;
      }
      i = skip(text, i);
      const sep = text.charCodeAt(i);
      if (sep === close) return [isMap ? map : list, i + 1];
      if (sep !== 44) throw BAIL;
      i = skip(text, i + 1);
      // A trailing comma, or an empty entry: leave to the full parser.
      if (text.charCodeAt(i) === close || text.charCodeAt(i) === 44) throw BAIL;
    }
  }

  /** One value inside a flow collection, from `at`: [value, index after it, is it a scalar]. */
  private flowValue(ptr: string, row: Row, at: number, depth: number): [unknown, number, boolean] {
    const c = row.text.charCodeAt(at);
    if (c === 91 || c === 123) return [...this.flow(ptr, row, at, depth + 1), false];
    if (c === 34 || c === 39) return [...quoted(row.text, at), true];
    return [...flowPlain(row.text, at), true];
  }
}

/** Parses `text` on the fast path, or returns undefined when the full parser must decide. */
export function fastParse(text: string): FastParsed | undefined {
  if (unusual(text)) return undefined;
  const rows: Row[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    if (end - start > 65_535) return undefined;
    let indent = start;
    while (text.charCodeAt(indent) === 32) indent++;
    if (indent < end && text.charCodeAt(indent) !== 35) {
      rows.push({ line, indent: indent - start, text: text.slice(start, end) });
    }
    start = end + 1;
  }
  const parser = new Parser(rows);
  try {
    const value = parser.parse();
    return { value, keyTable: parser.keyTable, valueTable: parser.valueTable };
  } catch (err) {
    if (err === BAIL) return undefined;
    throw err;
  }
}

/** The position a JSON pointer names on the fast path, as `locate` in load.ts gives it. */
export function fastPosition(
  parsed: FastParsed,
  segments: string[],
  key: boolean,
): { line: number; column: number } {
  const table = key ? parsed.keyTable : parsed.valueTable;
  let cur = "";
  for (const seg of segments) {
    if (seg.includes("/")) break;
    const next = `${cur}/${/^[0-9]+$/.test(seg) ? String(Number(seg)) : seg}`;
    if (!table.has(next)) break;
    cur = next;
  }
  const p = table.get(cur) ?? 0;
  return { line: Math.floor(p / LINE), column: p % LINE };
}
