/**
 * Source texts (SPEC 8.1) and their coverage tables (SPEC 8.2). A source is markdown with the
 * published section headings. A rule's quote must occur in it, under the rule's section (or a
 * subsection), whitespace-normalised, with «…» standing for omitted text. A coverage table lists
 * every normative sentence with the rules that encode it, or why none can. Pure functions: the
 * caller reads the files; coverage YAML is read here only to keep its positions.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { POLICY_LAYER_FILE, type Position, parseYaml } from "../load.js";
import { SCHEMA_DIR } from "../paths.js";
import { REPOSITORY_RULES } from "../repository.js";
import type { Messages, Severity } from "../types.js";
import type { Layer, PolicyProblem } from "./model.js";

export interface SourceSection {
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

export interface QuoteMatch {
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

export interface CoverageNorm {
  section: string;
  text: string;
  rules?: string[];
  notCheckable?: Messages;
}

export interface Coverage {
  kind: "Coverage";
  source: string;
  norms: CoverageNorm[];
}

export interface Positions {
  file: string;
  positionOf(pointer: string, opts?: { key?: boolean }): Position;
}

export interface ParsedCoverage extends Positions {
  /** Set only when the file parses and passes schemas/coverage.schema.json. */
  coverage?: Coverage;
  problems: SourceProblem[];
}

/** A rule with its quote and where the quote is written (for file:line). */
export interface QuotedRule {
  id: string;
  quote: string;
  section: string;
  position: { file: string; line: number; column: number };
}

/** A rule a coverage table must name: its id, or its id and section (to point at the right entry). */
export type RuleRef = string | { id: string; section?: string | null };

export interface RepositoryRuleInfo {
  id: string;
  layer: string | null;
  section: string | null;
  severity: Severity;
  quote: string;
  description: Messages;
}

export interface CoverageRow {
  section: string;
  text: string;
  rules: string[];
  notCheckable: Messages | null;
}

export interface CoverageSummary {
  source: string;
  totals: { norms: number; encoded: number; notCheckable: number };
  rows: CoverageRow[];
}

export const normalise = (s: string): string => s.replace(/\s+/g, " ").trim();

const HEADING = /^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$/;

/** HTML comments are not text; their lines stay (empty) so that line numbers hold. */
const stripComments = (md: string) => md.replace(/<!--[\s\S]*?(?:-->|$)/g, (m) => m.replace(/[^\n]/g, ""));

/** The id a heading is cited by: its number («§ 2», «2.1.»), else its first word and a number after it. */
export function sectionId(heading: string): string {
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
function placementMessages(
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
    return {
      nb: `${what.nb} står ikke i ${file}: «${short(anywhere.missing ?? "")}» finnes ikke.${n ? ` Teksten stemmer fram til «${n.matched}», der kilden fortsetter «${n.source}» og teksten her «${n.quote}».` : ""} Gjengi kilden ordrett (mellomrom teller ikke; «…» står for utelatt tekst).`,
      en: `${what.en} is not in ${file}: "${short(anywhere.missing ?? "")}" does not occur.${n ? ` It matches up to "${n.matched}", where the source goes on "${n.source}" and the text here "${n.quote}".` : ""} Give the source word for word (spacing does not matter; "…" stands for omitted text).`,
    };
  }
  if (!section) {
    const ids = source.sections.map((s) => s.id).join(", ");
    return {
      nb: `Avsnitt ${sectionRef} finnes ikke i ${file} (teksten står i ${anywhere.section ?? "innledningen"}). Avsnittene er: ${ids}.`,
      en: `Section ${sectionRef} is not in ${file} (the text stands in ${anywhere.section ?? "the opening"}). The sections are: ${ids}.`,
    };
  }
  return {
    nb: `${what.nb} står i avsnitt ${anywhere.section ?? "(innledningen)"} i ${file}, ikke i avsnitt ${section.id}. Rett avsnittet eller teksten.`,
    en: `${what.en} stands in section ${anywhere.section ?? "(the opening)"} of ${file}, not in section ${section.id}. Correct the section or the text.`,
  };
}

/** Misquotes: each rule's quote must occur in the source under the rule's section. */
export function checkQuotes(rules: QuotedRule[], source: ParsedSource): SourceProblem[] {
  return rules.flatMap((r): SourceProblem[] => {
    const m = placementMessages(source, r.quote, r.section, {
      nb: `Sitatet i regelen ${r.id}`,
      en: `The quote of rule ${r.id}`,
    });
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

/** The repository-level rules (SPEC 3), for coverage, quotes and the handbook. */
export function repositoryRules(): RepositoryRuleInfo[] {
  return Object.entries(REPOSITORY_RULES).map(([id, r]) => ({
    id,
    layer: r.layer,
    section: r.section,
    severity: r.severity,
    quote: r.quote,
    description: r.description,
  }));
}

let validator: ValidateFunction | undefined;

function validateCoverage(value: unknown): ErrorObject[] {
  if (!validator) {
    const { Ajv2020 } = createRequire(import.meta.url)(
      "ajv/dist/2020.js",
    ) as typeof import("ajv/dist/2020.js");
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, "coverage.schema.json"), "utf8")) as object;
    validator = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  }
  if (validator(value)) return [];
  // A failed oneOf also reports each branch's `required`; its own error says it better.
  return (validator.errors ?? []).filter((e) => !e.schemaPath.includes("/oneOf/"));
}

function schemaMessages(e: ErrorObject): { pointer: string; atKey: boolean; messages: Messages } {
  const where = e.instancePath || "/";
  const p = e.params as Record<string, unknown>;
  const at = (nb: string, en: string) => ({ pointer: e.instancePath, atKey: false, messages: { nb, en } });
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      return {
        pointer: `${e.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        atKey: true,
        messages: {
          nb: `Ukjent nøkkel «${key}» under ${where}. Tillatt: kind, source, norms; i en setning section, text, rules eller notCheckable.`,
          en: `Unknown key "${key}" under ${where}. Allowed: kind, source, norms; in a sentence section, text, rules or notCheckable.`,
        },
      };
    }
    case "required":
      return at(
        `Nøkkelen «${String(p.missingProperty)}» mangler under ${where}.`,
        `The key "${String(p.missingProperty)}" is missing under ${where}.`,
      );
    case "oneOf":
      return p.passingSchemas
        ? at(
            `${where} har både rules og notCheckable. En setning er enten kodet av regler eller ikke sjekkbar; behold én.`,
            `${where} has both rules and notCheckable. A sentence is either encoded by rules or not checkable; keep one.`,
          )
        : at(
            `${where} mangler rules (reglene som koder setningen) eller notCheckable (hvorfor ingen regel kan sjekke den, på nb og en).`,
            `${where} lacks rules (the rules that encode the sentence) or notCheckable (why no rule can check it, in nb and en).`,
          );
    case "const":
      return at(`${where} må være «Coverage».`, `${where} must be "Coverage".`);
    default:
      return at(
        `${where} er ugyldig (${e.message ?? e.keyword}).`,
        `${where} is invalid (${e.message ?? e.keyword}).`,
      );
  }
}

/** Parses a coverage file (kind: Coverage) and checks it against schemas/coverage.schema.json. */
export function parseCoverage(text: string, file: string): ParsedCoverage {
  const problem = (pos: Position, messages: Messages): SourceProblem => ({
    file,
    ...pos,
    subject: file,
    guarantee: "coverage",
    messages,
  });
  if (!/^[ \t]*[^#\s]/m.test(text)) {
    const messages = {
      nb: "Dekningsfilen er tom; den skal ha kind: Coverage, source og norms.",
      en: "The coverage file is empty; it should hold kind: Coverage, source and norms.",
    };
    return {
      file,
      positionOf: () => ({ line: 1, column: 1 }),
      problems: [problem({ line: 1, column: 1 }, messages)],
    };
  }
  const loaded = parseYaml(text, POLICY_LAYER_FILE);
  const base = { file, positionOf: loaded.positionOf };
  if (loaded.problems.length > 0) {
    return {
      ...base,
      problems: loaded.problems.map((p) => problem({ line: p.line, column: p.column }, p.messages)),
    };
  }
  const errors = validateCoverage(loaded.value).map(schemaMessages);
  if (errors.length > 0) {
    return {
      ...base,
      problems: errors.map((e) => problem(loaded.positionOf(e.pointer, { key: e.atKey }), e.messages)),
    };
  }
  return { ...base, coverage: loaded.value as Coverage, problems: [] };
}

/** The entry a missing rule belongs at: the first sentence of its section (or inside it), else `norms`. */
function entryFor(source: ParsedSource, coverage: Coverage, section: string | null): string {
  const target = section === null ? undefined : findSection(source, section);
  if (!target) return "/norms";
  const ids = coverage.norms.map((n) => findSection(source, n.section)?.id);
  let i = ids.indexOf(target.id);
  if (i < 0) i = ids.findIndex((id) => id !== undefined && isWithin(source, id, target.id));
  return i < 0 ? "/norms" : `/norms/${i}`;
}

function shapeMessages(norm: CoverageNorm): Messages | null {
  const hasRules = Array.isArray(norm.rules) && norm.rules.length > 0;
  const hasReason = !!norm.notCheckable?.nb?.trim() && !!norm.notCheckable?.en?.trim();
  if (hasRules !== hasReason) return null;
  return hasRules
    ? {
        nb: "Setningen har både rules og notCheckable; behold én.",
        en: "The sentence has both rules and notCheckable; keep one.",
      }
    : {
        nb: "Setningen trenger rules (reglene som koder den) eller notCheckable (hvorfor ingen regel kan sjekke den, på nb og en).",
        en: "The sentence needs rules (the rules that encode it) or notCheckable (why no rule can check it, in nb and en).",
      };
}

/**
 * Checks a coverage table against its source and the rules of its layer: every sentence stands in
 * the source under its section (or a subsection), has either rules or notCheckable, names only
 * known rules and appears once; every rule is named by some sentence.
 */
export function checkCoverage(
  source: ParsedSource,
  coverage: Coverage,
  rules: readonly RuleRef[],
  positions: Positions,
): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const add = (pointer: string, subject: string, messages: Messages | null) => {
    if (!messages) return;
    const pos = positions.positionOf(pointer);
    problems.push({ file: positions.file, ...pos, subject, guarantee: "coverage", messages });
  };
  const known = new Map(rules.map((r) => (typeof r === "string" ? [r, null] : [r.id, r.section ?? null])));
  if (coverage.source !== source.name) {
    add("/source", coverage.source, {
      nb: `Dekningstabellen gjelder kilden «${coverage.source}», men sjekkes mot ${source.name}.md. Rett source.`,
      en: `The coverage table names the source "${coverage.source}" but is checked against ${source.name}.md. Correct source.`,
    });
  }
  const named = new Set<string>();
  const texts = new Map<string, number>();
  coverage.norms.forEach((norm, i) => {
    const ptr = `/norms/${i}`;
    add(
      `${ptr}/text`,
      norm.section,
      placementMessages(source, norm.text, norm.section, { nb: "Setningen", en: "The sentence" }),
    );
    add(ptr, norm.section, shapeMessages(norm));
    const key = normalise(norm.text);
    const first = texts.get(key);
    if (first === undefined) texts.set(key, i);
    else
      add(`${ptr}/text`, norm.section, {
        nb: `Setningen står også som nr. ${first + 1} i tabellen. Slå sammen de to.`,
        en: `The sentence is also entry ${first + 1} of the table. Merge the two.`,
      });
    (norm.rules ?? []).forEach((id, j) => {
      named.add(id);
      if (!known.has(id))
        add(`${ptr}/rules/${j}`, id, {
          nb: `Regelen ${id} finnes ikke i laget til ${source.name}. Rett id-en, eller fjern den.`,
          en: `The rule ${id} does not exist in the layer of ${source.name}. Correct the id, or remove it.`,
        });
    });
  });
  for (const [id, section] of known) {
    if (named.has(id)) continue;
    add(entryFor(source, coverage, section), id, {
      nb: `Regelen ${id}${section ? ` (avsnitt ${section})` : ""} er ikke nevnt i dekningstabellen. Legg id-en til under rules for setningen den koder.`,
      en: `The rule ${id}${section ? ` (section ${section})` : ""} is not named in the coverage table. Add its id under rules of the sentence it encodes.`,
    });
  }
  return problems;
}

/** The rules a layer declares, as a coverage table must name them. */
export function ruleRefsOf(layer: Layer): { id: string; section: string }[] {
  return layer.rules.flatMap((r) => (r.section === undefined ? [] : [{ id: r.id, section: r.section }]));
}

/** `policy coverage`: the rows of a table and its totals (norms, encoded, not checkable). */
export function coverageSummary(coverage: Coverage): CoverageSummary {
  const rows = coverage.norms.map((n) => ({
    section: n.section,
    text: normalise(n.text),
    rules: n.rules ?? [],
    notCheckable: n.notCheckable ?? null,
  }));
  const encoded = rows.filter((r) => r.rules.length > 0).length;
  return {
    source: coverage.source,
    totals: { norms: rows.length, encoded, notCheckable: rows.filter((r) => r.notCheckable).length },
    rows,
  };
}
