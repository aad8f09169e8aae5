/**
 * What `policy lint` checks beyond loading (SPEC 8.1, 8.2): each layer's quotes against its
 * source text (`<layer folder>/sources/<name>.md`), and its coverage table, both ways. A layer
 * whose source is named but missing is refused; a local layer without any source gets a warning.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { readRegularText } from "../parse/read.js";
import { checkCoverage, parseCoverage, ruleRefsOf } from "../policy/coverage.js";
import { displayPath } from "../policy/load.js";
import type { Layer, PolicyProblem } from "../policy/model.js";
import type { PolicyResolver } from "../policy/resolve.js";
import { isLocal } from "../policy/scope.js";
import { checkQuotes, type ParsedSource, parseSource, quotedRulesOf } from "../policy/sources.js";
import { repositoryRules } from "../repository/repository.js";
import type { Messages } from "../types.js";

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
): { problems: PolicyProblem[]; warnings: Messages[] } {
  const problems: PolicyProblem[] = [];
  const warnings: Messages[] = [];
  const centralSources = new Set(
    resolver.set.layers.filter((l) => !isLocal(l)).map((l) => l.sourceName ?? ""),
  );
  for (const layer of resolver.set.layers) {
    const found = sourceOf(layer, dirs);
    if (found === undefined) {
      if (isLocal(layer))
        warnings.push({
          nb: `${layer.file}: advarsel: laget ${layer.id} viser ikke til en kildetekst (source.name), så sitatene kan ikke sjekkes.`,
          en: `${layer.file}: warning: the layer ${layer.id} names no source text (source.name), so its quotes cannot be checked.`,
        });
      continue;
    }
    if ("unreadable" in found) {
      problems.push(problem(layer, "/source/name", "source", found.unreadable));
      continue;
    }
    if ("missing" in found) {
      problems.push(
        problem(layer, "/source/name", "source", {
          nb: `Kildeteksten ${found.missing} finnes ikke. Legg kilden der, eller rett source.name.`,
          en: `The source text ${found.missing} does not exist. Put the source there, or correct source.name.`,
        }),
      );
      continue;
    }
    problems.push(...checkQuotes(quotedRulesOf(layer), found.source));
    // The coverage table belongs to the layer whose source it is: the one beside which it lies, and
    // a central layer where both a central and a local layer name the same source (a faculty
    // layer quoting the guideline does not own the guideline's table).
    if (!found.own || (isLocal(layer) && centralSources.has(layer.sourceName ?? ""))) continue;
    if (!existsSync(found.coverageFile)) {
      if (!isLocal(layer))
        problems.push(
          problem(layer, "/source/name", "coverage", {
            nb: `Dekningstabellen ${displayPath(found.coverageFile)} finnes ikke. Hver setning som stiller krav i kilden skal stå der med reglene som koder den.`,
            en: `The coverage table ${displayPath(found.coverageFile)} does not exist. Every normative sentence of the source must be listed there with the rules that encode it.`,
          }),
        );
      continue;
    }
    const coverageText = readRegularText(found.coverageFile);
    if ("problem" in coverageText) {
      problems.push(problem(layer, "/source/name", "coverage", coverageText.problem));
      continue;
    }
    const parsed = parseCoverage(coverageText.text, displayPath(found.coverageFile));
    problems.push(...parsed.problems);
    if (parsed.coverage) {
      const repo = repositoryRules().filter((r) => r.layer === layer.id);
      problems.push(...checkCoverage(found.source, parsed.coverage, [...ruleRefsOf(layer), ...repo], parsed));
    }
  }
  return { problems, warnings };
}
