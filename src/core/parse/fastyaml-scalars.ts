/**
 * The text level of the fast YAML path (fastyaml.ts): scalars, quotes, spaces and comments within
 * one row, and the characters that send a document to the full parser. Anything unusual throws
 * BAIL, so that the full parser decides.
 */

class Bail extends Error {}
/** Thrown when the fast path is not sure: the full parser must decide. */
export const BAIL = new Bail();

const INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const TIME = /^[0-9]{2}:[0-9]{2}$/;
/** Characters that may start a YAML indicator rather than a plain scalar. */
const INDICATOR_START = "-?:,[]{}#&*!|>'\"%@`";
/** In a flow collection, plain scalars keep to this: no indicators, colons or quotes. */
const FLOW_PLAIN_UNSAFE = /[:#[\]{}"'&*!|>%@`?]/;

export function isDash(text: string, at: number): boolean {
  return text.charCodeAt(at) === 45 && (at + 1 >= text.length || text.charCodeAt(at + 1) === 32);
}

export function skip(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

/** After a value, only spaces and a comment (which needs a space before its `#`) may follow. */
export function trailing(text: string, at: number): void {
  if (at >= text.length) return;
  const i = skip(text, at);
  if (i >= text.length) return;
  if (i > at && text.charCodeAt(i) === 35) return;
  throw BAIL;
}

/** Drops trailing spaces only: YAML's white space is space and tab, not NBSP or U+2028 as trimEnd's. */
export function trimSpaces(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  return s.slice(0, e);
}

/** A quoted scalar without escapes: [value, index after the closing quote]. */
export function quoted(text: string, at: number): [string, number] {
  const q = text.charAt(at);
  const end = text.indexOf(q, at + 1);
  if (end < 0) throw BAIL;
  const value = text.slice(at + 1, end);
  if (q === '"' ? value.includes("\\") : text.charCodeAt(end + 1) === 39) throw BAIL;
  return [value, end + 1];
}

/** A plain scalar, resolved as the YAML 1.2 core schema does; anything unusual bails. */
export function plain(raw: string): unknown {
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
  if (INDICATOR_START.includes(raw.charAt(0))) throw BAIL;
  return raw;
}

/** A plain scalar inside a flow collection, up to its `,`, `]` or `}`: [value, index of that]. */
export function flowPlain(text: string, at: number): [unknown, number] {
  let end = at;
  for (; end < text.length; end++) {
    const e = text.charCodeAt(end);
    if (e === 44 /* , */ || e === 93 /* ] */ || e === 125 /* } */) break;
  }
  if (end >= text.length) throw BAIL; // the collection goes on past this line
  const raw = trimSpaces(text.slice(at, end));
  if (FLOW_PLAIN_UNSAFE.test(raw)) throw BAIL;
  return [plain(raw), end];
}

/** Characters the full parser may treat differently: controls (tab and CR too), BOM, non-characters. */
export function unusual(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 ? c !== 10 : (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0xfffe || c === 0xffff)
      return true;
  }
  return false;
}
