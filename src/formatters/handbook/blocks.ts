/**
 * The markdown the source texts use, as blocks: paragraphs (hard-wrapped lines joined), bullet
 * lists (nested by indentation, items of several paragraphs) and footnote definitions. Anything
 * else is kept as paragraph text, so nothing of a source is ever lost; nothing is read as HTML.
 */
export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: Block[][] }
  | { kind: "footnote"; label: string; blocks: Block[] };

const ITEM = /^[-*+][ \t]+/;
const FOOTNOTE = /^\[\^([^\]\s]+)\]:[ \t]*/;

const indentOf = (line: string) => line.length - line.trimStart().length;
const blank = (line: string) => line.trim() === "";
const dedent = (width: number) => (line: string) => line.slice(Math.min(width, indentOf(line)));

/** The lines from `from` on that belong to a container: indented, or blank before more indented lines. */
function indented(lines: string[], from: number): { body: string[]; next: number } {
  let end = from;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] ?? "";
    if (blank(line)) continue;
    if (indentOf(line) === 0) break;
    end = j + 1;
  }
  return { body: lines.slice(from, end), next: end };
}

function startsBlock(line: string): boolean {
  return ITEM.test(line) || FOOTNOTE.test(line);
}

export function parseBlocks(markdown: string): Block[] {
  return blocksOf(markdown.split(/\r?\n/));
}

function blocksOf(lines: string[]): Block[] {
  const out: Block[] = [];
  let list: Block[][] | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (blank(line)) {
      i++;
      continue;
    }
    const marker = ITEM.exec(line) ?? FOOTNOTE.exec(line);
    if (marker) {
      const { body, next } = indented(lines, i + 1);
      const widths = body.filter((l) => !blank(l)).map(indentOf);
      const width = marker[1] === undefined ? marker[0].length : Math.min(...widths, 4);
      const content = blocksOf([line.slice(marker[0].length), ...body.map(dedent(width))]);
      i = next;
      if (marker[1] !== undefined) {
        out.push({ kind: "footnote", label: marker[1], blocks: content });
        list = null;
      } else if (list) list.push(content);
      else {
        list = [content];
        out.push({ kind: "list", items: list });
      }
      continue;
    }
    const start = i;
    while (i < lines.length && !blank(lines[i] ?? "") && (i === start || !startsBlock(lines[i] ?? ""))) i++;
    out.push({
      kind: "paragraph",
      text: lines
        .slice(start, i)
        .map((l) => l.trim())
        .join(" "),
    });
    list = null;
  }
  return out;
}
