/// <reference lib="dom" />
/**
 * Opening an agreement from disk (for renewals and corrections): the same limits as the CLI (size,
 * strict UTF-8, no NUL), parsed by the core's YAML loader. Returns the agreement, or the problems
 * to show — YAML problems as the CLI words them, with `data-rule="yaml"`.
 */
import { msg } from "../../core/messages/index.js";
import { DEFAULT_MAX_BYTES, parseYaml } from "../../core/parse/yaml.js";
import type { Lang } from "../../core/types.js";
import { FORM } from "./texts.js";

export type Opened =
  | { agreement: Record<string, unknown> }
  | { problems: { rule: string; line: number; text: string }[] };

export async function openAgreement(file: File, lang: Lang): Promise<Opened> {
  if (file.size > DEFAULT_MAX_BYTES) {
    const text = msg(FORM.tooLarge, { size: file.size, max: DEFAULT_MAX_BYTES })[lang];
    return { problems: [{ rule: "yaml", line: 1, text }] };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error("NUL");
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problems: [{ rule: "yaml", line: 1, text: FORM.notUtf8[lang] }] };
  }
  const loaded = parseYaml(text);
  if (loaded.problems.length > 0)
    return { problems: loaded.problems.map((p) => ({ rule: "yaml", line: p.line, text: p.messages[lang] })) };
  const value = loaded.value;
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return { problems: [{ rule: "yaml", line: 1, text: FORM.notMapping[lang] }] };
  return { agreement: value as Record<string, unknown> };
}
