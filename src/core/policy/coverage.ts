/**
 * Coverage of the sources (SPEC 8.2): `policies/sources/<name>.coverage.yaml` lists every normative
 * sentence of a source with the rules that encode it, or why no rule can check it. Parsed with
 * positions, checked against the source text and the layer's rules, and summed up for
 * `policy coverage`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { msg } from "../messages/index.js";
import { SOURCES } from "../messages/sources.js";
import { POLICY_LAYER_FILE, type Position, parseYaml } from "../parse/load.js";
import { SCHEMA_DIR } from "../paths.js";
import type { Messages } from "../types.js";
import type { Layer } from "./model.js";
import {
  findSection,
  isWithin,
  normalise,
  type ParsedSource,
  placementMessages,
  type SourceProblem,
} from "./sources.js";

interface CoverageNorm {
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

interface Positions {
  file: string;
  positionOf(pointer: string, opts?: { key?: boolean }): Position;
}

interface ParsedCoverage extends Positions {
  /** Set only when the file parses and passes schemas/coverage.schema.json. */
  coverage?: Coverage;
  problems: SourceProblem[];
}

interface CoverageRow {
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

/** A rule a coverage table must name: its id, or its id and section (to point at the right entry). */
type RuleRef = string | { id: string; section?: string | null };

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
  const at = (messages: Messages) => ({ pointer: e.instancePath, atKey: false, messages });
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      return {
        pointer: `${e.instancePath}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        atKey: true,
        messages: msg(SOURCES.coverageUnknownKey, { key, where }),
      };
    }
    case "required":
      return at(msg(SOURCES.coverageMissingKey, { key: String(p.missingProperty), where }));
    case "oneOf":
      return at(
        msg(p.passingSchemas ? SOURCES.coverageRulesAndReason : SOURCES.coverageNoRulesNorReason, { where }),
      );
    case "const":
      return at(msg(SOURCES.coverageKind, { where }));
    default:
      return at(msg(SOURCES.coverageInvalid, { where, detail: e.message ?? e.keyword }));
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
    return {
      file,
      positionOf: () => ({ line: 1, column: 1 }),
      problems: [problem({ line: 1, column: 1 }, msg(SOURCES.coverageEmpty))],
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
  return msg(hasRules ? SOURCES.sentenceRulesAndReason : SOURCES.sentenceNeedsRulesOrReason);
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
    add(
      "/source",
      coverage.source,
      msg(SOURCES.coverageWrongSource, { source: coverage.source, expected: source.name }),
    );
  }
  const named = new Set<string>();
  const texts = new Map<string, number>();
  coverage.norms.forEach((norm, i) => {
    const ptr = `/norms/${i}`;
    add(
      `${ptr}/text`,
      norm.section,
      placementMessages(source, norm.text, norm.section, msg(SOURCES.theSentence)),
    );
    add(ptr, norm.section, shapeMessages(norm));
    const key = normalise(norm.text);
    const first = texts.get(key);
    if (first === undefined) texts.set(key, i);
    else add(`${ptr}/text`, norm.section, msg(SOURCES.sentenceTwice, { entry: first + 1 }));
    (norm.rules ?? []).forEach((id, j) => {
      named.add(id);
      if (!known.has(id))
        add(`${ptr}/rules/${j}`, id, msg(SOURCES.coverageUnknownRule, { rule: id, source: source.name }));
    });
  });
  for (const [id, section] of known) {
    if (named.has(id)) continue;
    add(
      entryFor(source, coverage, section),
      id,
      section
        ? msg(SOURCES.ruleInSectionNotCovered, { rule: id, section })
        : msg(SOURCES.ruleNotCovered, { rule: id }),
    );
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
