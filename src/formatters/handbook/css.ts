/**
 * The handbook's only style sheet, inlined: system fonts, no url(), no @import, so the file loads
 * nothing. Colours keep at least 4.5:1 contrast; severity is told by text as well as colour.
 */
export const CSS = `
:root{--ink:#1b1f23;--muted:#4a5560;--line:#c9d1d9;--paper:#fff;--soft:#f4f6f8;--accent:#00509e;
--err:#8a1c1c;--err-bg:#fbeaea;--warn:#6b4a00;--warn-bg:#fdf3d7;--info:#0b4a75;--info-bg:#e5f0f8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:78rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
a{color:var(--accent)}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.9rem;margin-top:.2em}
h2{font-size:1.45rem;border-bottom:2px solid var(--line);padding-bottom:.25em}
h3{font-size:1.2rem}
h4,h5,h6{font-size:1.02rem}
.kicker{margin:0;color:var(--muted);font-weight:600;letter-spacing:.02em}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:1rem 0}
.meta dt{font-weight:600}
.meta dd{margin:0}
.lead{max-width:62rem}
nav ol{columns:2 18rem;padding-left:1.2rem}
.sec{border-top:1px solid var(--line);padding-top:.2rem}
.sec-grid{display:grid;grid-template-columns:minmax(0,1.25fr) minmax(0,1fr);gap:1.5rem;align-items:start}
.src-text{max-width:46rem}
.src-text p{margin:.5em 0}
.src-text ul{margin:.4em 0;padding-left:1.4rem}
.empty{color:var(--muted);font-style:italic}
.footnote{font-size:.9rem;color:var(--muted);margin:.4em 0}
.footnote>p:first-of-type{display:inline}
.enc{display:grid;gap:.75rem}
.rule{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:6px;padding:.6rem .8rem;background:var(--soft)}
.rule.error{border-left-color:var(--err)}
.rule.warning{border-left-color:var(--warn)}
.rule.info{border-left-color:var(--info)}
.rule .rule-head{margin:0 0 .3rem;font-size:1rem;display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
.rule code,.params code,td code,th code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
.badge{display:inline-block;border-radius:999px;padding:0 .55em;font-size:.8rem;font-weight:700;border:1px solid currentColor}
.badge.error{color:var(--err);background:var(--err-bg)}
.badge.warning{color:var(--warn);background:var(--warn-bg)}
.badge.info{color:var(--info);background:var(--info-bg)}
.badge.plain{color:var(--muted);background:var(--paper)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:0 .8rem;margin:.3rem 0;font-size:.9rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
.msg{margin:.4rem 0}
.msg .ph{background:var(--paper);border:1px dashed var(--line);border-radius:4px;padding:0 .2em}
.quote{margin:.3rem 0 0;padding-left:.7rem;border-left:3px solid var(--line);color:var(--muted);font-size:.9rem}
.params{border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem}
.params ul{margin:.2rem 0;padding-left:1.1rem}
.table-wrap{overflow-x:auto;margin:.8rem 0}
table{border-collapse:collapse;width:100%;font-size:.93rem}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.desc{display:block;margin-top:.2rem;color:var(--muted);font-size:.88rem;font-weight:400;min-width:14rem;max-width:30rem}
.where{color:var(--muted);font-size:.88rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
tfoot td,tfoot th{background:var(--soft);font-weight:600}
.example{color:var(--err);font-weight:600}
footer{margin-top:3rem;color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);padding-top:.8rem}
@media (max-width:60rem){.sec-grid{grid-template-columns:1fr}nav ol{columns:1}}
@media print{
  @page{margin:16mm 14mm}
  body{font-size:10pt;line-height:1.4}
  .page{max-width:none;padding:0}
  nav{display:none}
  a{color:inherit;text-decoration:none}
  h2,h3,h4,h5,h6{break-after:avoid}
  .rule,.params,tr,.footnote{break-inside:avoid}
  .rule,thead th,tfoot td,tfoot th{background:none}
  .sec-grid{grid-template-columns:1.25fr 1fr;gap:1rem}
  .table-wrap{overflow:visible}
  table{font-size:8.5pt}
}
`;
