/** Small inline SVG charts. They repeat numbers shown as text beside them, so they are hidden
 * from assistive technology; colours come from classes in the style sheet. */
import type { Tally } from "./derive.js";

const ORDER = ["compliant", "non-compliant", "invalid"] as const;
const CLASS: Record<(typeof ORDER)[number], string> = {
  compliant: "c-ok",
  "non-compliant": "c-bad",
  invalid: "c-inv",
};

/** A horizontal bar split by verdict, `scale` agreements wide (the largest unit fills the bar). */
export function verdictBar(t: Tally, scale: number): string {
  if (t.total === 0 || scale <= 0) return "";
  let x = 0;
  const rects: string[] = [];
  for (const v of ORDER) {
    if (t[v] === 0) continue;
    const w = (t[v] / scale) * 100;
    rects.push(`<rect class="${CLASS[v]}" x="${round(x)}" width="${round(w)}" height="10"/>`);
    x += w;
  }
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${rects.join("")}</svg>`;
}

/** A meter: `value` of `limit`, with a mark at the limit; over the limit it is drawn in alarm colour. */
export function meter(value: number, limit: number): string {
  const max = Math.max(limit, value) || 1;
  const w = (Math.max(0, value) / max) * 100;
  const mark = (limit / max) * 100;
  const cls = value > limit ? "c-bad" : value >= limit * 0.9 ? "c-warn" : "c-fill";
  return (
    `<svg class="meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    `<rect class="c-track" width="100" height="10"/><rect class="${cls}" width="${round(w)}" height="10"/>` +
    `<rect class="c-mark" x="${round(Math.min(99, mark))}" width="1" height="10"/></svg>`
  );
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
