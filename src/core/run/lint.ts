/**
 * What `policy lint` checks beyond loading (SPEC 8.1, 8.2): each layer's quotes against its
 * source text (`<layer folder>/sources/<name>.md`), and its coverage table, both ways. A layer
 * whose source is named but missing is refused; a local layer without any source gets a warning.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { msg } from "../messages/index.js";
import { LINT } from "../messages/lint.js";
import { readRegularText } from "../parse/read.js";
import { checkCoverage, parseCoverage, ruleRefsOf } from "../policy/coverage.js";
import { displayPath } from "../policy/load.js";
import type { Layer, PolicyProblem } from "../policy/model.js";
import type { PolicyResolver } from "../policy/resolve.js";
import { isLocal } from "../policy/scope.js";
import { checkQuotes, type ParsedSource, parseSource, quotedRulesOf } from "../policy/sources.js";
import { repositoryRules } from "../repository/repository.js";
import type { Messages } from "../types.js";

/** A warning of `policy lint` (not a refusal): a file, and a line when it is about one entry. */
export interface LintWarning {
  /** A local layer without a source text, or a rule no test case names. */
  kind: "no-source" | "no-test-case";
  file: string;
  line?: number;
  column?: number;
  /** The layer or rule it is about. */
  subject: string;
  messages: Messages;
}

/** What `policy lint` found: refusals, else the counts of the layers and rules, and the warnings. */
export interface PolicyLint {
  policies: string[];
  layers: number;
  /** Rule ids, each once. */
  rules: number;
  /** Refusals; when there are any, the warnings are those of the sources alone. */
  problems: PolicyProblem[];
  warnings: LintWarning[];
}

export interface SourceFiles {
  source: ParsedSource;
  markdown: string;
  coverageFile: string;
  own: boolean;
}

/**
 * The source text a layer names: `sources/<name>.md` beside the layer, else in a `sources/`
 * folder of another policy folder of the run (a faculty layer may quote the central guideline).
 * `own` says whether it lies beside the layer: only then is its coverage table the layer's own.
 */
export function sourceOf(
  layer: Layer,
  dirs: readonly string[] = [],
): SourceFiles | { missing: string } | { unreadable: Messages } | undefined {
  if (!layer.sourceName) return undefined;
  const places = [dirname(layer.file), ...dirs].map((d) => join(d, "sources"));
  const dir = places.find((d) => existsSync(join(d, `${layer.sourceName}.md`)));
  if (dir === undefined) return { missing: displayPath(join(places[0] as string, `${layer.sourceName}.md`)) };
  const read = readRegularText(join(dir, `${layer.sourceName}.md`));
  if ("problem" in read) return { unreadable: read.problem };
  return {
    source: parseSource(layer.sourceName, read.text),
    markdown: read.text,
    coverageFile: join(dir, `${layer.sourceName}.coverage.yaml`),
    own: dir === places[0],
  };
}

function problem(layer: Layer, pointer: string, guarantee: string, messages: Messages): PolicyProblem {
  const pos = layer.positionOf(pointer);
  return { file: layer.file, line: pos.line, column: pos.column, subject: layer.id, guarantee, messages };
}

/** The problems (refusals) and warnings of every layer's sources and coverage. */
export function lintSources(
  resolver: PolicyResolver,
  dirs: readonly string[],
): { problems: PolicyProblem[]; warnings: LintWarning[] } {
  const problems: PolicyProblem[] = [];
  const warnings: LintWarning[] = [];
  const centralSources = new Set(
    resolver.set.layers.filter((l) => !isLocal(l)).map((l) => l.sourceName ?? ""),
  );
  for (const layer of resolver.set.layers) {
    const found = sourceOf(layer, dirs);
    if (found === undefined) {
      if (isLocal(layer)) warnings.push(noSourceWarning(layer));
      continue;
    }
    problems.push(...sourceProblems(layer, found, centralSources));
  }
  return { problems, warnings };
}

/** The warning for a local layer that names no source text. */
function noSourceWarning(layer: Layer): LintWarning {
  return {
    kind: "no-source",
    file: layer.file,
    subject: layer.id,
    messages: msg(LINT.noSourceText, { layer: layer.id }),
  };
}

/** The refusals of a layer's named source: missing or unreadable, its quotes, its coverage table. */
function sourceProblems(
  layer: Layer,
  found: SourceFiles | { missing: string } | { unreadable: Messages },
  centralSources: ReadonlySet<string>,
): PolicyProblem[] {
  if ("unreadable" in found) return [problem(layer, "/source/name", "source", found.unreadable)];
  if ("missing" in found)
    return [problem(layer, "/source/name", "source", msg(LINT.sourceMissing, { file: found.missing }))];
  const quotes = checkQuotes(quotedRulesOf(layer), found.source);
  // The coverage table belongs to the layer whose source it is: the one beside which it lies, and
  // a central layer where both a central and a local layer name the same source (a faculty
  // layer quoting the guideline does not own the guideline's table).
  if (!found.own || (isLocal(layer) && centralSources.has(layer.sourceName ?? ""))) return quotes;
  return [...quotes, ...coverageProblems(layer, found)];
}

/** The refusals of the coverage table beside a layer's source: missing (central layers), unreadable, wrong. */
function coverageProblems(layer: Layer, found: SourceFiles): PolicyProblem[] {
  if (!existsSync(found.coverageFile)) {
    if (isLocal(layer)) return [];
    const file = displayPath(found.coverageFile);
    return [problem(layer, "/source/name", "coverage", msg(LINT.coverageMissing, { file }))];
  }
  const coverageText = readRegularText(found.coverageFile);
  if ("problem" in coverageText) return [problem(layer, "/source/name", "coverage", coverageText.problem)];
  const parsed = parseCoverage(coverageText.text, displayPath(found.coverageFile));
  if (!parsed.coverage) return parsed.problems;
  const repo = repositoryRules().filter((r) => r.layer === layer.id);
  return [
    ...parsed.problems,
    ...checkCoverage(found.source, parsed.coverage, [...ruleRefsOf(layer), ...repo], parsed),
  ];
}

/**
 * Everything `policy lint` checks once the layers load: the sources and coverage of each layer,
 * then (when they are accepted) the rules no test case names, a warning each (SPEC 8.6).
 */
export async function lintPolicies(resolver: PolicyResolver, dirs: string[]): Promise<PolicyLint> {
  const { problems, warnings } = lintSources(resolver, dirs);
  const layers = resolver.set.layers;
  const rules = new Set(layers.flatMap((l) => l.rules.map((r) => r.id))).size;
  const lint: PolicyLint = { policies: [...dirs], layers: layers.length, rules, problems, warnings };
  if (problems.length > 0) return lint;
  const { rulesWithoutCases } = await import("./testcoverage.js");
  for (const u of rulesWithoutCases(dirs, resolver)) {
    const { file, line, column, ruleId: subject, messages } = u;
    warnings.push({ kind: "no-test-case", file, line, column, subject, messages });
  }
  return lint;
}
