/**
 * The per-file pipeline on Node: a file read safely (size, regular file, strict UTF-8), then its
 * text through validateText (validate-text.ts, which has no file system).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { msg } from "../messages/index.js";
import { RUN } from "../messages/run.js";
import { errorCode } from "../parse/files.js";
import { DEFAULT_MAX_BYTES, decodeText } from "../parse/load.js";
import { YAML_RULE } from "../parse/yaml.js";
import { findingOf } from "../rule-meta.js";
// Provides the schema validators (precompiled, or compiled with ajv) to the checks.
import "../schema/schema.js";
import type { Finding } from "../types.js";
import { type Evaluated, invalid, type ValidateTextOptions, validateText } from "./validate-text.js";

export {
  type Evaluated,
  type ValidateOptions,
  type ValidateTextOptions,
  validateText,
} from "./validate-text.js";

function notRegular(): Finding {
  return findingOf(YAML_RULE, msg(RUN.fileNotRegular), { line: 1, column: 1 });
}

function tooLarge(size: number, max: number): Finding {
  return findingOf(YAML_RULE, msg(RUN.fileTooLarge, { size, max }), { line: 1, column: 1 });
}

/** Reads a file with a size limit, decoding strict UTF-8, then validates it. */
export async function validateFile(
  path: string,
  file: string,
  opts: ValidateTextOptions,
): Promise<Evaluated> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    // Refuse an oversized file before reading it: only its size is looked at.
    // Non-blocking, so that a FIFO swapped in after the folder walk cannot stall the run.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return invalid(file, [notRegular()]);
      const size = st.size;
      if (size > max) return invalid(file, [tooLarge(size, max)]);
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
    if (bytes.length > max) return invalid(file, [tooLarge(bytes.length, max)]);
  } catch (err) {
    const code = errorCode(err);
    return invalid(file, [findingOf(YAML_RULE, msg(RUN.fileUnreadable, { code }), { line: 1, column: 1 })]);
  }
  const decoded = decodeText(bytes);
  if ("problem" in decoded)
    return invalid(file, [findingOf(YAML_RULE, decoded.problem.messages, decoded.problem)]);
  return validateText(file, decoded.text, opts);
}
