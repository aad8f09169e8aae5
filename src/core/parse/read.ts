/**
 * Reading one named file safely (SPEC 6): only a regular file, refused by its size before it is
 * read, opened non-blocking so that a FIFO or device cannot stall the run, and decoded as strict
 * UTF-8 without NUL. What cannot be read is said in both languages; nothing throws.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { msg } from "../messages/index.js";
import { PARSE } from "../messages/parse.js";
import type { Messages } from "../types.js";
import { DEFAULT_MAX_BYTES, decodeText } from "./load.js";

export function readRegularText(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
): { text: string } | { problem: Messages } {
  let bytes: Buffer;
  try {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) return { problem: msg(PARSE.namedNotRegular, { path }) };
      if (st.size > maxBytes)
        return { problem: msg(PARSE.namedTooLarge, { path, size: st.size, max: maxBytes }) };
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    const code = (err as { code?: string }).code ?? "error";
    return { problem: msg(PARSE.namedUnreadable, { path, code }) };
  }
  const decoded = decodeText(bytes);
  if ("problem" in decoded) {
    return { problem: msg(PARSE.namedBadText, { path, problem: decoded.problem.messages }) };
  }
  return { text: decoded.text };
}
