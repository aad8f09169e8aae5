import { msg } from "../messages/index.js";
import { SOURCES } from "../messages/sources.js";
import type { Messages } from "../types.js";
import type { Layer, PolicyProblem } from "./model.js";

interface SourceSection {
  /** How rules cite it: "2.4", "1" (for «§ 1 …» or «1. …»), "Innledning", "Vedlegg 2". */
  id: string;
  heading: string;
  /** The markdown heading level (2 for `##`). */
  level: number;
  /** The id of the enclosing section, or null at the top. */
  parent: string | null;
  /** 1-based line of the heading in the file. */
  line: number;
  /** The markdown of the body up to the next heading, HTML comments removed. */
  text: string;
  normalised: string;
  /** Offsets in `normalisedText`: from the heading to the end of its last subsection. */
  start: number;
  end: number;
}

export interface ParsedSource {
  name: string;
  title: string;
  sections: SourceSection[];
  /** Headings and bodies, comments removed, whitespace-normalised. */
  normalisedText: string;
}

interface QuoteMatch {
  found: boolean;
  /** The section where the (first piece of the) quote stands. */
  section?: string;
  /** The first piece (between «…») that does not occur. */
  missing?: string;
  /** Where the missing piece parts from the source: the text matched, then what each goes on with. */
  near?: { matched: string; source: string; quote: string };
}

/** A problem in a coverage file or a rule's quote; usable wherever a PolicyProblem is. */
export type SourceProblem = PolicyProblem & { guarantee: "coverage" | "quote" };

/** A rule with its quote and where the quote is written (for file:line). */
interface QuotedRule {
  id: string;
  quote: string;
  section: string;
  position: { file: string; line: number; column: number };
}

export const normalise = (s: string): string => s.replace(/\s+/g, " ").trim();

const HEADING = /^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$/;

/** HTML comments are not text; their lines stay (empty) so that line numbers hold. */
const stripComments = (md: string) => md.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ""));

/** The id a heading is cited by: its number («§ 2», «2.1.»), else its first word and a number after it. */
function sectionId(heading: string): string {
  const m =
    /^§+\s*(\d+[a-z]?)(?=[\s.]|$)/i.exec(heading) ??
    /^(\d+(?:\.\d+)*)\.?(?=\s|$)/.exec(heading) ??
    /^([^\s:.,;]+(?:\s+\d+[A-Za-z]?(?=[\s:.,;]|$))?)/.exec(heading);
  return m?.[1] ?? heading;
}

interface Heading {
  heading: string;
  level: number;
  line: number;
  body: string[];
}

/** The title (the first `#` heading), the text before any section, and each heading with its body. */
function splitHeadings(markdown: string): { title?: string; preamble: string[]; heads: Heading[] } {
  let title: string | undefined;
  const preamble: string[] = [];
  const heads: Heading[] = [];
  let body = preamble;
  stripComments(markdown)
    .split(/\r?\n/)
    .forEach((line, i) => {
      const m = HEADING.exec(line);
      if (!m) body.push(line);
      else if (title === undefined && m[1]?.length === 1 && heads.length === 0) title = m[2];
      else {
        body = [];
        heads.push({ heading: m[2] ?? "", level: m[1]?.length ?? 2, line: i + 1, body });
      }
    });
  return { title, preamble, heads };
}

/** A source text's sections, each with its id, parent, body and place in the normalised text. */
export function parseSource(name: string, markdown: string): ParsedSource {
  const { title, preamble, heads } = splitHeadings(markdown);
  let text = "";
  const add = (s: string) => {
    const n = normalise(s);
    if (n) text = text ? `${text} ${n}` : n;
  };
  add(title ?? "");
  add(preamble.join("\n"));
  const used = new Set<string>();
  const stack: { level: number; id: string }[] = [];
  const sections: SourceSection[] = heads.map((h) => {
    let id = sectionId(h.heading);
    if (used.has(id)) id = used.has(h.heading) ? `${h.heading} (${h.line})` : h.heading;
    used.add(id);
    while ((stack[stack.length - 1]?.level ?? 0) >= h.level) stack.pop();
    const parent = stack[stack.length - 1]?.id ?? null;
    stack.push({ level: h.level, id });
    const start = text ? text.length + 1 : 0;
    add(h.heading);
    const md = h.body
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
    add(md);
    const { heading, level, line } = h;
    return { id, heading, level, parent, line, text: md, normalised: normalise(md), start, end: 0 };
  });
  sections.forEach((s, i) => {
    s.end = sections.slice(i + 1).find((o) => o.level <= s.level)?.start ?? text.length;
  });
  return { name, title: title ?? name, sections, normalisedText: text };
}

/** The section a reference names: by id, else by heading, else case-insensitively or by its own id. */
export function findSection(source: ParsedSource, ref: string): SourceSection | undefined {
  const r = ref.trim();
  const lower = r.toLowerCase();
  const { sections } = source;
  return (
    sections.find((s) => s.id === r) ??
    sections.find((s) => s.heading === r) ??
    sections.find((s) => s.id.toLowerCase() === lower || s.heading.toLowerCase() === lower) ??
    sections.find((s) => s.id === sectionId(r))
  );
}

/** Whether section `id` is `ancestor` or stands inside it. */
export function isWithin(source: ParsedSource, id: string, ancestor: string): boolean {
  const byId = new Map(source.sections.map((s) => [s.id, s]));
  for (let s = byId.get(id); s; s = s.parent === null ? undefined : byId.get(s.parent)) {
    if (s.id === ancestor) return true;
  }
  return false;
}

const sectionAt = (source: ParsedSource, offset: number) =>
  source.sections.findLast((s) => s.start <= offset);

function indexWithin(text: string, piece: string, from: number, to: number): number {
  const i = text.indexOf(piece, from);
  return i >= 0 && i + piece.length <= to ? i : -1;
}

/** The longest prefix of `piece` found in the range, and what source and piece go on with. */
function divergence(text: string, piece: string, from: number, to: number): QuoteMatch["near"] {
  let lo = 0;
  let hi = piece.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (indexWithin(text, piece.slice(0, mid), from, to) >= 0) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 8) return undefined;
  const at = indexWithin(text, piece.slice(0, lo), from, to);
  return {
    matched: piece.slice(Math.max(0, lo - 40), lo),
    source: text.slice(at + lo, at + lo + 40),
    quote: piece.slice(lo, lo + 40),
  };
}

function matchIn(source: ParsedSource, quote: string, from: number, to: number): QuoteMatch {
  const text = source.normalisedText;
  const pieces = quote.split("…").map(normalise).filter(Boolean);
  if (pieces.length === 0) return { found: false, missing: "" };
  let first = -1;
  let at = from;
  for (const piece of pieces) {
    const i = indexWithin(text, piece, at, to);
    if (i < 0) return { found: false, missing: piece, near: divergence(text, piece, at, to) };
    if (first < 0) first = i;
    at = i + piece.length;
  }
  const section = sectionAt(source, first)?.id;
  return section === undefined ? { found: true } : { found: true, section };
}

/**
 * Whether `quote` occurs in the source (whitespace-normalised; «…» = any omitted text, pieces in
 * order), anywhere or, given `within`, inside that section and its subsections.
 */
export function findQuote(source: ParsedSource, quote: string, within?: string): QuoteMatch {
  if (within === undefined) return matchIn(source, quote, 0, source.normalisedText.length);
  const s = findSection(source, within);
  return s ? matchIn(source, quote, s.start, s.end) : { found: false, missing: normalise(quote) };
}

const short = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);

/** Why `text` (a quote or a coverage sentence) is not where `sectionRef` says, or null when it is. */
export function placementMessages(
  source: ParsedSource,
  text: string,
  sectionRef: string,
  what: Messages,
): Messages | null {
  const file = `${source.name}.md`;
  const section = findSection(source, sectionRef);
  if (section && findQuote(source, text, section.id).found) return null;
  const anywhere = findQuote(source, text);
  if (!anywhere.found) {
    const n = anywhere.near;
    return msg(SOURCES.textNotInSource, {
      what,
      file,
      missing: short(anywhere.missing ?? ""),
      near: n ? msg(SOURCES.nearMatch, { matched: n.matched, source: n.source, quote: n.quote }) : "",
    });
  }
  if (!section) {
    return msg(SOURCES.sectionNotInSource, {
      section: sectionRef,
      file,
      found: anywhere.section ?? SOURCES.opening,
      sections: source.sections.map((s) => s.id).join(", "),
    });
  }
  return msg(SOURCES.textInOtherSection, {
    what,
    found: anywhere.section ?? SOURCES.openingInParentheses,
    file,
    section: section.id,
  });
}

/** Misquotes: each rule's quote must occur in the source under the rule's section. */
export function checkQuotes(rules: QuotedRule[], source: ParsedSource): SourceProblem[] {
  return rules.flatMap((r): SourceProblem[] => {
    const m = placementMessages(source, r.quote, r.section, msg(SOURCES.quoteOfRule, { rule: r.id }));
    return m ? [{ ...r.position, subject: r.id, guarantee: "quote", messages: m }] : [];
  });
}

/** The rules a layer declares (not those it only changes), with the file:line of each quote. */
export function quotedRulesOf(layer: Layer): QuotedRule[] {
  return layer.rules.flatMap((r, i) =>
    r.quote === undefined || r.section === undefined
      ? []
      : [
          {
            id: r.id,
            quote: r.quote,
            section: r.section,
            position: { file: layer.file, ...layer.positionOf(`/rules/${i}/quote`) },
          },
        ],
  );
}
