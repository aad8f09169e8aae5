/**
 * Finds and reads policy layers from one or more folders. Each `*.yaml`/`*.yml` file at the top
 * of a folder is one layer (`kind: Policy`); test cases live in a `tests/` subfolder and are not
 * layers. Every problem is collected with its file and line before the set is refused.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { msg } from "../messages/index.js";
import { POLICY } from "../messages/policy.js";
import { DEFAULT_MAX_BYTES, decodeText } from "../parse/load.js";
import { checkSchema } from "../schema/schema.js";
import type { Messages } from "../types.js";
import { MAX_POLICY_BYTES, MAX_POLICY_FILES, MAX_TOTAL_RULES } from "./limits.js";
import type { Layer, PolicyProblem } from "./model.js";
import { takeParse } from "./parses.js";

export interface PolicySet {
  dirs: string[];
  layers: Layer[];
  problems: PolicyProblem[];
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

/** A file's size, or 0 when it cannot be read (loading it says why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The `*.yaml`/`*.yml` entries at the top of a folder (files, or links to them), sorted. */
export function policyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.ya?ml$/i.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}

/** Deeper conditions than this are refused: the same limit for lint and validate, whatever the stack. */
export const MAX_DEPTH = 32;

/** The pointer of the first node nested deeper than `max` (objects and lists), or null. */
function tooDeep(value: unknown, max: number): string | null {
  const stack: [unknown, string, number][] = [[value, "", 0]];
  while (stack.length > 0) {
    const [v, ptr, depth] = stack.pop() as [unknown, string, number];
    if (v === null || typeof v !== "object") continue;
    if (depth > max) return ptr;
    for (const [k, child] of Object.entries(v)) stack.push([child, `${ptr}/${k}`, depth + 1]);
  }
  return null;
}

/** Builds problems of one file: (line, column, subject, guarantee, messages). */
function problemIn(file: string) {
  return (
    line: number,
    column: number,
    subject: string,
    guarantee: string,
    messages: Messages,
  ): PolicyProblem => ({
    file,
    line,
    column,
    subject,
    guarantee,
    messages,
  });
}

export function loadLayerFile(path: string): { layer?: Layer; problems: PolicyProblem[] } {
  const file = displayPath(path);
  const problem = problemIn(file);
  let size: number;
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) {
      return {
        problems: [problem(1, 1, file, "file", msg(POLICY.layerNotRegularFile))],
      };
    }
    size = stat.size;
    bytes = size > DEFAULT_MAX_BYTES ? new Uint8Array() : readFileSync(path);
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    return {
      problems: [problem(1, 1, file, "file", msg(POLICY.layerUnreadable, { code }))],
    };
  }
  if (size > DEFAULT_MAX_BYTES) {
    return {
      problems: [problem(1, 1, file, "size", msg(POLICY.layerTooLarge, { max: DEFAULT_MAX_BYTES }))],
    };
  }
  const decoded = decodeText(bytes);
  if ("problem" in decoded) {
    const p = decoded.problem;
    return { problems: [problem(p.line, p.column, file, "yaml", p.messages)] };
  }
  return loadLayerText(decoded.text, file);
}

/** A schema message about `/rules/3/…` speaks of the rule by its id: «regel max-home-share/severity …». */
function byRuleId(m: Messages, pointer: string, value: unknown): Messages {
  const hit = /^\/rules\/(\d+)(?:\/|$)/.exec(pointer);
  const rules = (value as { rules?: unknown } | null)?.rules;
  const rule =
    hit && Array.isArray(rules) ? (rules[Number(hit[1])] as { id?: unknown } | undefined) : undefined;
  if (!hit || typeof rule?.id !== "string") return m;
  const prefix = new RegExp(`/rules/${hit[1]}(?!\\d)`, "g");
  return {
    nb: m.nb
      .replace(prefix, `regel ${rule.id} `)
      .replace(/ \//g, " /")
      .replace(/ (?=[.,])/g, ""),
    en: m.en.replace(prefix, `rule ${rule.id} `).replace(/ (?=[.,])/g, ""),
  };
}

/** Parses and schema-checks one layer's text; `file` is the name shown in problems. */
export function loadLayerText(text: string, file: string): { layer?: Layer; problems: PolicyProblem[] } {
  const problem = problemIn(file);
  const { loaded, cached } = takeParse(text);
  if (loaded.problems.length > 0) {
    return {
      problems: loaded.problems.map((p) => problem(p.line, p.column, file, "yaml", p.messages)),
    };
  }
  const deep = tooDeep(loaded.value, MAX_DEPTH);
  if (deep !== null) {
    const pos = loaded.positionOf(deep);
    return {
      problems: [
        problem(pos.line, pos.column, deep, "structure", msg(POLICY.layerTooDeep, { max: MAX_DEPTH })),
      ],
    };
  }
  // The build stores only schema-valid layers, so a cached one needs no second check.
  const schemaProblems = cached ? [] : checkSchema("policy", loaded.value);
  if (schemaProblems.length > 0) {
    return {
      problems: schemaProblems.map((s) => {
        const pos = loaded.positionOf(s.pointer, { key: s.atKey });
        return problem(
          pos.line,
          pos.column,
          s.pointer || "/",
          "schema",
          byRuleId(s.messages, s.pointer, loaded.value),
        );
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
    sourceName: (raw.source as { name?: string } | undefined)?.name,
    effective: raw.effective,
    extends: ext ? { id: ext.slice(0, at), range: ext.slice(at + 1) } : undefined,
    appliesTo: (raw.appliesTo as Layer["appliesTo"] | undefined) ?? {},
    parameters: (raw.parameters as Layer["parameters"] | undefined) ?? {},
    rules: (raw.rules as Layer["rules"] | undefined) ?? [],
    positionOf: loaded.positionOf,
  };
  return { layer, problems: [] };
}

/** A problem with a whole folder or file rather than a place in a layer. */
function atStart(file: string, subject: string, guarantee: string, messages: Messages): PolicyProblem {
  return { file: displayPath(file), line: 1, column: 1, subject, guarantee, messages };
}

/** The layer files of one folder, or the problem of a folder that cannot be read. */
function filesOf(dir: string): string[] | PolicyProblem {
  try {
    return policyFiles(dir);
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    return atStart(dir, dir, "file", msg(POLICY.folderUnreadable, { code }));
  }
}

export function loadPolicySet(dirs: string[]): PolicySet {
  const layers: Layer[] = [];
  const problems: PolicyProblem[] = [];
  let count = 0;
  let bytes = 0;
  for (const dir of dirs) {
    const paths = filesOf(dir);
    if (!Array.isArray(paths)) {
      problems.push(paths);
      continue;
    }
    for (const path of paths) {
      if (++count > MAX_POLICY_FILES) {
        problems.push(atStart(dir, dir, "size", msg(POLICY.tooManyFiles, { max: MAX_POLICY_FILES })));
        return { dirs, layers, problems };
      }
      bytes += sizeOf(path);
      if (bytes > MAX_POLICY_BYTES) {
        problems.push(atStart(path, dir, "size", msg(POLICY.tooMuchPolicy, { max: MAX_POLICY_BYTES })));
        return { dirs, layers, problems };
      }
      const r = loadLayerFile(path);
      problems.push(...r.problems);
      if (r.layer) layers.push({ ...r.layer, source: dirs.indexOf(dir) });
    }
  }
  const rules = layers.reduce((n, l) => n + l.rules.length, 0);
  if (rules > MAX_TOTAL_RULES) {
    const messages = msg(POLICY.tooManyRules, { count: rules, max: MAX_TOTAL_RULES });
    problems.push(atStart(dirs[0] ?? ".", "rules", "size", messages));
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
        messages: msg(POLICY.layerVersionTwice, { layer: key, file: first.file }),
      });
    } else seen.set(key, l);
  }
  return problems;
}
