/**
 * Finds and reads policy layers from one or more folders. Each `*.yaml`/`*.yml` file at the top
 * of a folder is one layer (`kind: Policy`); test cases live in a `tests/` subfolder and are not
 * layers. Every problem is collected with its file and line before the set is refused.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { DEFAULT_MAX_BYTES, decodeText, parseYaml } from "../load.js";
import { checkSchema } from "../schema.js";
import { cachedLoad } from "./cache.js";
import type { Layer, PolicyProblem } from "./model.js";

export interface PolicySet {
  dirs: string[];
  layers: Layer[];
  problems: PolicyProblem[];
}

const MAX_POLICY_FILES = 200;

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

export function policyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

/** Builds problems of one file: (line, column, subject, guarantee, nb, en). */
function problemIn(file: string) {
  return (
    line: number,
    column: number,
    subject: string,
    guarantee: string,
    nb: string,
    en: string,
  ): PolicyProblem => ({
    file,
    line,
    column,
    subject,
    guarantee,
    messages: { nb, en },
  });
}

export function loadLayerFile(path: string): { layer?: Layer; problems: PolicyProblem[] } {
  const file = displayPath(path);
  const problem = problemIn(file);
  const size = statSync(path).size;
  if (size > DEFAULT_MAX_BYTES) {
    return {
      problems: [
        problem(
          1,
          1,
          file,
          "size",
          `Policyfilen er større enn ${DEFAULT_MAX_BYTES} byte.`,
          `The policy file is larger than ${DEFAULT_MAX_BYTES} bytes.`,
        ),
      ],
    };
  }
  const decoded = decodeText(readFileSync(path));
  if ("problem" in decoded) {
    const p = decoded.problem;
    return { problems: [problem(p.line, p.column, file, "yaml", p.messages.nb, p.messages.en)] };
  }
  return loadLayerText(decoded.text, file);
}

/** Parses and schema-checks one layer's text; `file` is the name shown in problems. */
export function loadLayerText(text: string, file: string): { layer?: Layer; problems: PolicyProblem[] } {
  const problem = problemIn(file);
  const cached = cachedLoad(text);
  const loaded = cached ?? parseYaml(text);
  if (loaded.problems.length > 0) {
    return {
      problems: loaded.problems.map((p) =>
        problem(p.line, p.column, file, "yaml", p.messages.nb, p.messages.en),
      ),
    };
  }
  // The build stores only schema-valid layers, so a cached one needs no second check.
  const schemaProblems = cached ? [] : checkSchema("policy", loaded.value);
  if (schemaProblems.length > 0) {
    return {
      problems: schemaProblems.map((s) => {
        const pos = loaded.positionOf(s.pointer, { key: s.atKey });
        return problem(pos.line, pos.column, s.pointer || "/", "schema", s.messages.nb, s.messages.en);
      }),
    };
  }
  const raw = loaded.value as Record<string, unknown> & Pick<Layer, "id" | "version" | "effective">;
  const ext = typeof raw.extends === "string" ? raw.extends : undefined;
  const at = ext?.indexOf("@") ?? -1;
  const layer: Layer = {
    file,
    id: raw.id,
    version: raw.version,
    title: typeof raw.title === "string" ? raw.title : undefined,
    example: raw.example === true,
    effective: raw.effective,
    extends: ext ? { id: ext.slice(0, at), range: ext.slice(at + 1) } : undefined,
    appliesTo: (raw.appliesTo as Layer["appliesTo"] | undefined) ?? {},
    parameters: (raw.parameters as Layer["parameters"] | undefined) ?? {},
    rules: (raw.rules as Layer["rules"] | undefined) ?? [],
    positionOf: loaded.positionOf,
  };
  return { layer, problems: [] };
}

export function loadPolicySet(dirs: string[]): PolicySet {
  const layers: Layer[] = [];
  const problems: PolicyProblem[] = [];
  let count = 0;
  for (const dir of dirs) {
    for (const path of policyFiles(dir)) {
      if (++count > MAX_POLICY_FILES) {
        problems.push({
          file: displayPath(dir),
          line: 1,
          column: 1,
          subject: dir,
          guarantee: "size",
          messages: {
            nb: `For mange policyfiler (over ${MAX_POLICY_FILES}).`,
            en: `Too many policy files (more than ${MAX_POLICY_FILES}).`,
          },
        });
        return { dirs, layers, problems };
      }
      const r = loadLayerFile(path);
      problems.push(...r.problems);
      if (r.layer) layers.push({ ...r.layer, source: dirs.indexOf(dir) });
    }
  }
  return { dirs, layers, problems: [...problems, ...duplicateVersions(layers)] };
}

/** One layer id and version found twice is refused. */
export function duplicateVersions(layers: Layer[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const seen = new Map<string, Layer>();
  for (const l of layers) {
    const key = `${l.id}@${l.version}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: l.file,
        line: l.positionOf("/version").line,
        column: l.positionOf("/version").column,
        subject: key,
        guarantee: "unique-version",
        messages: {
          nb: `Laget ${key} finnes to ganger (også i ${first.file}). Gi det nye et annet versjonsnummer, eller fjern det ene.`,
          en: `The layer ${key} is defined twice (also in ${first.file}). Give the new one another version, or remove one.`,
        },
      });
    } else seen.set(key, l);
  }
  return problems;
}
