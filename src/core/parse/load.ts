/**
 * Safe YAML loading on Node: strict UTF-8 decoding of bytes, and the yaml package loaded on first
 * use (see provideYaml). The parsing itself is in yaml.ts, which has no file system and also runs
 * in the form page; everything of it is exported from here too, so Node code imports this module.
 */
import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import { msg } from "../messages/index.js";
import { PARSE } from "../messages/parse.js";
import { type LoadProblem, provideYaml } from "./yaml.js";

export * from "./yaml.js";

provideYaml(() => createRequire(import.meta.url)("yaml") as typeof Yaml);

const TOP = { line: 1, column: 1 };

export function decodeText(bytes: Uint8Array): { text: string } | { problem: LoadProblem } {
  if (bytes.includes(0)) return { problem: { ...TOP, messages: msg(PARSE.binaryFile) } };
  // isUtf8 checks strictly, without starting a TextDecoder (whose start-up is felt in a one-file run).
  if (isUtf8(bytes)) {
    let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  }
  return { problem: { ...TOP, messages: msg(PARSE.notUtf8) } };
}
