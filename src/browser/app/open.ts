/// <reference lib="dom" />
/**
 * Opening an agreement from disk (for renewals and corrections): the same limits as the CLI (size,
 * strict UTF-8, no NUL), parsed by the core's YAML loader. Returns the agreement, or the problems
 * to show — YAML problems as the CLI words them, with `data-rule="yaml"` — and the notice's words for
 * either. Also the download of the agreement the form holds.
 */
import { msg } from "../../core/messages/index.js";
import { DEFAULT_MAX_BYTES, parseYaml } from "../../core/parse/yaml.js";
import type { Lang } from "../../core/types.js";
import { FORM } from "./texts.js";
import { h } from "./view.js";

type Problem = { rule: string; line: number; text: string };

export type Opened = { agreement: Record<string, unknown> } | { problems: Problem[] };

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

/** The notice for a file that could not be opened: its name, and the problems. */
export function openFailedNotice(file: string, problems: Problem[], lang: Lang): HTMLElement[] {
  return [
    h("p", {}, msg(FORM.openFailed, { file })[lang]),
    h(
      "ul",
      { class: "findings" },
      ...problems.map((p) =>
        h("li", { class: "finding error", "data-rule": p.rule }, `${p.line}: ${p.text}`),
      ),
    ),
  ];
}

/** The notice for an opened file: its name, and what of it the form cannot hold (JSON pointers). */
export function openedNotice(file: string, dropped: string[], lang: Lang): HTMLElement[] {
  const notice = [h("p", {}, msg(FORM.opened, { file })[lang])];
  if (dropped.length > 0) notice.push(h("p", {}, msg(FORM.dropped, { list: dropped.join(", ") })[lang]));
  return notice;
}

/** Downloads `text` as the YAML file `fileName`. */
export function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
  const a = h("a", { href: url, download: fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
