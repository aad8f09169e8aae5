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

/** A position packed into one number: line × 2^20 + column (both 1-based). */
const LINE = 1 << 20;

interface Row {
  /** 1-based line number. */
  line: number;
  indent: number;
  text: string;
}

export interface FastParsed {
  value: Record<string, unknown>;
  /** Position of the node a JSON pointer names: its key (`key` table) or, for scalars, its value. */
  keyTable: Map<string, number>;
  valueTable: Map<string, number>;
}

class Bail extends Error {}
const BAIL = new Bail();

const KEY = /([A-Za-z_][A-Za-z0-9_-]{0,200}):(?: +|$)/y;
const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_-]{0,200}): +/y;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const TIME = /^[0-9]{2}:[0-9]{2}$/;
/** Characters that may start a YAML indicator rather than a plain scalar. */
const INDICATOR_START = "-?:,[]{}#&*!|>'\"%@`";
/** In a flow collection, plain scalars keep to this: no indicators, colons or quotes. */
const FLOW_PLAIN_UNSAFE = /[:#[\]{}"'&*!|>%@`?]/;
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
    if (this.r !== this.rows.length || root === null || typeof root !== "object" || Array.isArray(root)) {
      throw BAIL;
    }
    const pos = first.line * LINE + first.indent + 1;
    this.keyTable.set("", pos);
    this.valueTable.set("", pos);
    return root as Record<string, unknown>;
  }

  /** A block node whose first content starts at column `col` of the current row. */
  private block(ptr: string, col: number, depth: number): unknown {
    if (depth > MAX_DEPTH) throw BAIL;
    const row = this.rows[this.r] as Row;
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
      if (!m) throw BAIL;
      const key = m[1] as string;
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
    const out: unknown = isMap ? {} : [];
    let i = skip(text, at + 1);
    if (text.charCodeAt(i) === close) return [out, i + 1];
    for (;;) {
      let child: string;
      let keyPos = 0;
      if (isMap) {
        FLOW_KEY.lastIndex = i;
        const m = FLOW_KEY.exec(text);
        if (!m) throw BAIL;
        const key = m[1] as string;
        if (key in (out as object) || RESERVED_KEY.test(key)) throw BAIL;
        child = `${ptr}/${key}`;
        keyPos = row.line * LINE + i + 1;
        i += m[0].length;
      } else {
        child = `${ptr}/${(out as unknown[]).length}`;
      }
      const valuePos = row.line * LINE + i + 1;
      const c = text.charCodeAt(i);
      let value: unknown;
      let scalar = true;
      if (c === 91 || c === 123) {
        [value, i] = this.flow(child, row, i, depth + 1);
        scalar = false;
      } else if (c === 34 || c === 39) {
        [value, i] = quoted(text, i);
      } else {
        let end = i;
        for (; end < text.length; end++) {
          const e = text.charCodeAt(end);
          if (e === 44 /* , */ || e === 93 /* ] */ || e === 125 /* } */) break;
        }
        if (end >= text.length) throw BAIL; // the collection goes on past this line
        const raw = trimSpaces(text.slice(i, end));
        if (FLOW_PLAIN_UNSAFE.test(raw)) throw BAIL;
        value = plain(raw);
        i = end;
      }
      if (isMap) {
        (out as Record<string, unknown>)[child.slice(ptr.length + 1)] = value;
        this.keyTable.set(child, keyPos);
        this.valueTable.set(child, scalar ? valuePos : keyPos);
      } else {
        (out as unknown[]).push(value);
        this.keyTable.set(child, valuePos);
        this.valueTable.set(child, valuePos);
      }
      i = skip(text, i);
      const sep = text.charCodeAt(i);
      if (sep === close) return [out, i + 1];
      if (sep !== 44) throw BAIL;
      i = skip(text, i + 1);
      // A trailing comma, or an empty entry: leave to the full parser.
      if (text.charCodeAt(i) === close || text.charCodeAt(i) === 44) throw BAIL;
    }
  }
}

function isDash(text: string, at: number): boolean {
  return text.charCodeAt(at) === 45 && (at + 1 >= text.length || text.charCodeAt(at + 1) === 32);
}

function skip(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** After a value, only spaces and a comment (which needs a space before its `#`) may follow. */
function trailing(text: string, at: number): void {
  if (at >= text.length) return;
  const i = skip(text, at);
  if (i >= text.length) return;
  if (i > at && text.charCodeAt(i) === 35) return;
  throw BAIL;
}

/** Drops trailing spaces only: YAML's white space is space and tab, not NBSP or U+2028 as trimEnd's. */
function trimSpaces(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  return s.slice(0, e);
}

/** A quoted scalar without escapes: [value, index after the closing quote]. */
function quoted(text: string, at: number): [string, number] {
  const q = text[at] as string;
  const end = text.indexOf(q, at + 1);
  if (end < 0) throw BAIL;
  const value = text.slice(at + 1, end);
  if (q === '"' ? value.includes("\\") : text.charCodeAt(end + 1) === 39) throw BAIL;
  return [value, end + 1];
}

/** A plain scalar, resolved as the YAML 1.2 core schema does; anything unusual bails. */
function plain(raw: string): unknown {
  if (raw === "") throw BAIL;
  switch (raw) {
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
  }
  const c = raw.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    if (INT.test(raw) || FLOAT.test(raw)) return Number(raw);
    if (DATE.test(raw) || TIME.test(raw)) return raw;
    throw BAIL;
  }
  if (INDICATOR_START.includes(raw[0] as string)) throw BAIL;
  return raw;
}

/** Characters the full parser may treat differently: controls (tab and CR too), BOM, non-characters. */
function unusual(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 ? c !== 10 : (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0xfffe || c === 0xffff)
      return true;
  }
  return false;
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
  const p = table.get(cur) as number;
  return { line: Math.floor(p / LINE), column: p % LINE };
}
