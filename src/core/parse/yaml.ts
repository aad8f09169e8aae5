/**
 * Safe YAML parsing, with no file system: parses with the `yaml` package (YAML 1.2 core schema, no
 * custom tags, unique keys, bounded aliases) and keeps the Document, so that any JSON pointer can
 * be turned into a 1-based line and column. Plain agreements take a fast path (fastyaml.ts) that
 * gives the same value and positions about ten times faster. Reading and decoding bytes is in
 * load.ts (Node); this module runs in the form page too (SPEC 10.2).
 */
import type * as Yaml from "yaml";
import type { Node } from "yaml";
import { msg } from "../messages/index.js";
import { PARSE, YAML_ERRORS_NB } from "../messages/parse.js";
import type { RuleMeta } from "../rule-meta.js";
import type { Messages } from "../types.js";
import { fastParse, fastPosition } from "./fastyaml.js";
import { AGREEMENT_FILE, tooComplex, type YamlSubject } from "./load-messages.js";

export const DEFAULT_MAX_BYTES = 1024 * 1024;
const MAX_ALIAS_COUNT = 200;

export { AGREEMENT_FILE, POLICY_LAYER_FILE, POLICY_TEST_FILE, type YamlSubject } from "./load-messages.js";

export interface Position {
  line: number;
  column: number;
}

export interface LoadProblem {
  messages: Messages;
  line: number;
  column: number;
}

export interface Loaded {
  /** The parsed value; undefined when the file could not be parsed. */
  value: unknown;
  problems: LoadProblem[];
  /** Line and column of the node a JSON pointer names, or of its nearest existing ancestor. */
  positionOf(pointer: string, opts?: { key?: boolean }): Position;
}

const TOP: Position = { line: 1, column: 1 };

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").trim();
}

let yamlPackage: typeof Yaml | undefined;
let loadYaml: (() => typeof Yaml) | undefined;

/**
 * How the yaml package is had: on Node, parse/load.ts loads it on first use (plain agreements and
 * cached policy layers never need it, and leaving it out of start-up — it is half of the code a
 * run would load — makes one-file runs faster); the form page's bundle imports it statically.
 */
export function provideYaml(load: () => typeof Yaml): void {
  loadYaml = load;
}

/** The yaml package, loaded once, on first use. */
export function yaml(): typeof Yaml {
  if (!yamlPackage) {
    if (!loadYaml)
      throw new Error("No yaml package provided: on Node, import parse/load.js (it provides it).");
    yamlPackage = loadYaml();
  }
  return yamlPackage;
}

/** Counts what makes YAML structure (line ends, `:` and `,`), to refuse huge ones before parsing. */
function structureSize(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 58 || c === 44) n++;
  }
  return n;
}

/** The built-in rule of a file that is not one YAML document: an agreement that is `invalid`. */
export const YAML_RULE: RuleMeta = {
  id: "yaml",
  section: null,
  layer: null,
  severity: "error",
  quote: "",
  description: PARSE.yamlRule,
};

/**
 * Parses one document of the kind `subject` describes (default: an agreement), refusing one with
 * more structure than the subject allows before parsing.
 */
export function parseYaml(text: string, subject: YamlSubject = AGREEMENT_FILE): Loaded {
  const size = structureSize(text);
  if (size > subject.maxStructure) {
    return failed([{ ...TOP, messages: subject.tooMuchStructure(size) }]);
  }
  // Plain agreements take the fast path; anything else, and every error, goes to the full parser.
  const fast = fastParse(text);
  if (fast) {
    return {
      value: fast.value,
      problems: [],
      positionOf: (pointer, opts) => fastPosition(fast, splitPointer(pointer), opts?.key ?? false),
    };
  }
  return parseYamlFully(text, subject);
}

type YamlDocument = ReturnType<typeof Yaml.parseAllDocuments>[number];
type At = (offset: number | undefined) => Position;

/** The problems of a parsed document: syntax, duplicate keys, tags, and a second document. */
function documentProblems(
  doc: YamlDocument,
  count: number,
  second: YamlDocument | undefined,
  at: At,
  subject: YamlSubject,
): LoadProblem[] {
  const problems: LoadProblem[] = [];
  for (const e of doc.errors) {
    const pos = e.linePos?.[0];
    const error = firstLine(e.message);
    if (/call stack/i.test(error)) {
      // The parser recurses per nesting level; say what is wrong, not how it failed.
      problems.push({ ...tooComplex(new RangeError(error)), line: pos?.line ?? 1, column: pos?.col ?? 1 });
      continue;
    }
    problems.push({
      line: pos?.line ?? 1,
      column: pos?.col ?? 1,
      messages: msg(PARSE.yamlError, { error: { nb: YAML_ERRORS_NB[e.code] ?? error, en: error } }),
    });
  }
  for (const { offset, key } of duplicateKeys(doc.contents)) {
    problems.push({ ...at(offset), messages: msg(PARSE.yamlDuplicateKeyNamed, { key }) });
  }
  for (const w of doc.warnings) {
    const pos = w.linePos?.[0];
    problems.push({
      line: pos?.line ?? 1,
      column: pos?.col ?? 1,
      messages: msg(PARSE.yamlTag, { warning: firstLine(w.message) }),
    });
  }
  if (second) problems.push({ ...at(second.range?.[0]), messages: subject.manyDocuments(count) });
  return problems;
}

/** A sound document's value; a problem when its aliases expand too far or name nothing. */
function documentValue(doc: YamlDocument, at: At): { value: unknown } | { problem: LoadProblem } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    const { visit } = yaml();
    const p = tooComplex(err);
    // Point an unknown alias at its own line, not the top of the file.
    visit(doc, {
      Alias(_, node) {
        if (node.resolve(doc) !== undefined) return undefined;
        Object.assign(p, at(node.range?.[0]));
        return visit.BREAK;
      },
    });
    return { problem: p };
  }
}

/**
 * The full parser (the `yaml` package), for any YAML; `parseYaml` takes it when the fast path
 * cannot, after refusing files with too much structure. Duplicate keys are found here in one pass
 * (the package's own check compares each key with every earlier one of its mapping).
 */
export function parseYamlFully(text: string, subject: YamlSubject = AGREEMENT_FILE): Loaded {
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const at: At = (offset) => {
    if (offset === undefined) return TOP;
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  let docs: ReturnType<typeof Yaml.parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, {
      lineCounter,
      uniqueKeys: false,
      strict: true,
      prettyErrors: true,
      resolveKnownTags: false,
      customTags: [],
      schema: "core",
    });
  } catch (err) {
    // The parser recurses per nesting level; absurd nesting can exhaust the stack.
    return failed([tooComplex(err)]);
  }
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0 || (list.length === 1 && list[0]?.contents == null && list[0]?.errors.length === 0)) {
    return failed([{ ...TOP, messages: subject.empty }]);
  }
  const doc = list[0];
  if (!doc) return failed([]);
  const problems = documentProblems(doc, list.length, list[1], at, subject);
  let value: unknown;
  if (problems.length === 0) {
    const v = documentValue(doc, at);
    if ("problem" in v) problems.push(v.problem);
    else value = v.value;
  }
  // A document that holds nothing (`---`, `~`, only comments) is as good as an empty file.
  if (problems.length === 0 && value == null) return failed([{ ...TOP, messages: subject.empty }]);
  const root = doc.contents;
  return {
    value: problems.length === 0 ? value : undefined,
    problems,
    positionOf(pointer, opts) {
      return locate(root, pointer, at, opts?.key ?? false);
    },
  };
}

/**
 * Offsets and names of every key that repeats an earlier key of its mapping, in one pass over the tree (with
 * a stack, not recursion, so deep nesting cannot exhaust the call stack). Keys are equal as the
 * yaml package's own check takes them: scalars with the same value (NaN never equal).
 */
function duplicateKeys(root: unknown): { offset: number; key: string }[] {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  const out: { offset: number; key: string }[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value)) out.push({ offset: key.range?.[0] ?? 0, key: String(key.value) });
          else seen.add(key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function failed(problems: LoadProblem[]): Loaded {
  return { value: undefined, problems, positionOf: () => TOP };
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Walks the YAML tree along a JSON pointer. A block collection reached through a map key is
 * located at its key (`cycle:`), a scalar at its value; a missing node at its nearest ancestor.
 */
function locate(
  root: Node | null,
  pointer: string,
  at: (offset: number | undefined) => Position,
  preferKey: boolean,
): Position {
  const { isMap, isNode, isPair, isScalar, isSeq } = yaml();
  let node: unknown = root;
  let pos: Position = root?.range ? at(root.range[0]) : TOP;
  for (const seg of splitPointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
      if (!pair || !isScalar(pair.key)) return pos;
      const value = pair.value;
      const keyPos = at(pair.key.range?.[0]);
      node = value;
      pos = preferKey || !value || !isScalar(value) ? keyPos : at(value.range?.[0]);
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (!/^\d+$/.test(seg) || !isNode(item)) return pos;
      node = item;
      pos = at(item.range?.[0]);
    } else {
      return pos;
    }
  }
  return pos;
}
