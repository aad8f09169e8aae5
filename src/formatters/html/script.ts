/**
 * The report's only script: it filters, searches and folds; all content is in the document
 * without it. It is the same for every report (it holds its words, from the catalogue, in both
 * languages), so the Content-Security-Policy can allow exactly it by hash.
 */
import type { Lang } from "../../core/types.js";
import { HTML } from "../messages/html.js";

/** The script's words in one language, as a JavaScript object literal. */
function words(lang: Lang): string {
  const q = (s: string) => JSON.stringify(s);
  return `{ showingOne: ${q(HTML.showingOne[lang])}, showingMany: ${q(HTML.showingMany[lang])}, filter: ${q(HTML.scriptFilter[lang])}, search: ${q(HTML.scriptSearch[lang])} }`;
}

export const SCRIPT = `(function () {
  "use strict";
  var d = document;
  var form = d.getElementById("hk-controls");
  if (!form) return;
  var nb = d.documentElement.lang === "nb";
  var W = nb
    ? ${words("nb")}
    : ${words("en")};
  var q = d.getElementById("hk-q");
  var v = d.getElementById("hk-v");
  var u = d.getElementById("hk-u");
  var s = d.getElementById("hk-s");
  var out = d.getElementById("hk-count");
  var empty = d.getElementById("hk-empty");
  var note = d.getElementById("hk-filter-note");
  var chunks = Array.prototype.slice.call(d.querySelectorAll(".chunk"));
  var rows = [], chunkOf = [];
  chunks.forEach(function (c, k) {
    Array.prototype.forEach.call(c.querySelectorAll("tbody.ag"), function (r) {
      rows.push(r);
      chunkOf.push(k);
    });
  });
  var narrow = window.matchMedia("(max-width: 720px)");
  var fmt = new Intl.NumberFormat(nb ? "nb-NO" : "en-GB");
  var texts = null;
  var timer = 0;
  form.hidden = false;

  function chosen(select) {
    var o = select.options[select.selectedIndex];
    return o ? o.textContent.replace(/ \\([^)]*\\)$/, "") : "";
  }

  function apply() {
    var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var vv = v.value, sv = s.value, uv = u.value;
    var prefix = uv.charAt(0) === "f", unit = uv.slice(2);
    if (words.length && !texts) texts = rows.map(searchText);
    var n = 0, shown = chunks.map(function () { return 0; });
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], ds = r.dataset;
      var ok = (!vv || ds.v === vv) && (!sv || ds.s === sv) &&
        (!uv || (prefix ? ds.u.indexOf(unit) === 0 : ds.u === unit));
      for (var w = 0; ok && w < words.length; w++) ok = texts[i].indexOf(words[w]) !== -1;
      if (r.hidden === ok) r.hidden = !ok;
      if (ok) {
        n++;
        shown[chunkOf[i]]++;
      }
    }
    // Chunks off screen are not laid out: give each the height its shown rows will about take.
    var filtered = n < rows.length, rowHeight = narrow.matches ? 200 : 85;
    chunks.forEach(function (c, k) {
      c.hidden = shown[k] === 0;
      c.style.containIntrinsicSize = filtered ? shown[k] * rowHeight + "px" : "";
    });
    var showing = rows.length === 1 ? W.showingOne : W.showingMany;
    out.textContent = showing.replace("{n}", fmt.format(n)).replace("{total}", fmt.format(rows.length));
    empty.hidden = n > 0;
    var parts = [];
    if (vv) parts.push(chosen(v));
    if (uv) parts.push(chosen(u));
    if (sv) parts.push(chosen(s));
    if (words.length) parts.push(W.search + ": «" + q.value.trim() + "»");
    note.textContent = parts.length ? W.filter + ": " + parts.join(", ") + ". " + out.textContent + "." : "";
  }

  // What a search looks in: the row, the employee, and the findings (not the rules that passed).
  function searchText(r) {
    var t = r.rows[0].textContent;
    Array.prototype.forEach.call(r.querySelectorAll(".meta, .msg, .src"), function (e) {
      t += "\\n" + e.textContent;
    });
    return t.toLowerCase();
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(apply, rows.length > 2000 ? 150 : 0);
  }

  function fold(open) {
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].hidden) continue;
      var det = rows[i].querySelector("tr.dt > td > details");
      if (det) det.open = open;
    }
  }

  q.addEventListener("input", later);
  [v, u, s].forEach(function (el) { el.addEventListener("change", apply); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  d.getElementById("hk-open").addEventListener("click", function () { fold(true); });
  d.getElementById("hk-close").addEventListener("click", function () { fold(false); });

  // Printing shows every detail (the style sheet does it where ::details-content is known).
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(d.querySelectorAll("details:not([open])"), function (x) {
      x.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (x) { x.open = false; });
    opened = [];
  });
  apply();
})();`;
