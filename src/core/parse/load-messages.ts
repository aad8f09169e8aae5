/**
 * What each kind of file (agreement, policy layer, policy test) is told when it is empty, too large
 * or holds more than one document, and how a file too complex to read is told so. The wording is
 * in the message catalogue (src/core/messages/parse.ts).
 */

import { msg } from "../messages/index.js";
import { PARSE } from "../messages/parse.js";
import type { Messages } from "../types.js";
import type { LoadProblem } from "./load.js";

/** What a YAML file is expected to hold: its structure limit and how problems with it are worded. */
export interface YamlSubject {
  /** Lines, keys and items (line ends, `:` and `,`) at the most, checked before parsing. */
  maxStructure: number;
  tooMuchStructure(size: number): Messages;
  empty: Messages;
  manyDocuments(count: number): Messages;
}

const AGREEMENT_MAX_STRUCTURE = 20_000;

export const AGREEMENT_FILE: YamlSubject = {
  maxStructure: AGREEMENT_MAX_STRUCTURE,
  tooMuchStructure: (size) => msg(PARSE.agreementTooMuchStructure, { size, max: AGREEMENT_MAX_STRUCTURE }),
  empty: msg(PARSE.agreementEmpty),
  manyDocuments: (count) => msg(PARSE.agreementManyDocuments, { count }),
};

/** A test file may hold up to 1000 cases (the schema's limit), each a patch or a whole agreement. */
const TEST_MAX_STRUCTURE = 200_000;

export const POLICY_TEST_FILE: YamlSubject = {
  maxStructure: TEST_MAX_STRUCTURE,
  tooMuchStructure: (size) => msg(PARSE.testTooMuchStructure, { size, max: TEST_MAX_STRUCTURE }),
  empty: msg(PARSE.testEmpty),
  manyDocuments: (count) => msg(PARSE.testManyDocuments, { count }),
};

/** For policy layers (src/core/policy/load.ts), which are larger than an agreement. */
export const POLICY_LAYER_FILE: YamlSubject = {
  maxStructure: TEST_MAX_STRUCTURE,
  tooMuchStructure: (size) => msg(PARSE.layerTooMuchStructure, { size, max: TEST_MAX_STRUCTURE }),
  empty: msg(PARSE.layerEmpty),
  manyDocuments: (count) => msg(PARSE.layerManyDocuments, { count }),
};

export function tooComplex(err: unknown): LoadProblem {
  const message = err instanceof Error ? err.message : "";
  if (/unresolved alias/i.test(message)) {
    // yaml says "Unresolved alias (the anchor must be set before the alias): name".
    const name = /:\s*\*?([^\s:]+)\s*$/.exec(message)?.[1] ?? "";
    return { line: 1, column: 1, messages: msg(PARSE.yamlUnresolvedAlias, { name }) };
  }
  const alias = /alias/i.test(message);
  return {
    line: 1,
    column: 1,
    messages: msg(alias ? PARSE.yamlTooManyAliases : PARSE.yamlTooDeep),
  };
}
