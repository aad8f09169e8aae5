/** The report's style sheet: calm, NTNU-ish blue, readable from phone to laptop, and print-ready.
 * Narrow screens turn the agreement table into cards whose cell labels come from `colLabels`
 * (so no row carries its own labels). */

import { HTML } from "../messages/html.js";
import type { HtmlInput } from "./model.js";

function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, "\\$&").replace(/[\n\r]/g, " ")}"`;
}

export function css(lang: HtmlInput["lang"]): string {
  const cardLabels = [HTML.unit[lang], HTML.period[lang]]
    .map((l, i) => `.ag-table tr:first-child>td:nth-of-type(${i + 1})::before{content:${cssString(l)}}`)
    .join("");
  return `
:root{--blue:#00509e;--blue-dark:#003a73;--ink:#1c2733;--muted:#4a5868;--line:#d5dce5;--bg:#f4f6f9;--card:#fff;
--ok:#0f5c2e;--ok-bg:#e2f3e8;--bad:#a1191f;--bad-bg:#fde7e7;--inv:#7a3e00;--inv-bg:#fff0d4;--info:#0b4f8a;--info-bg:#e3effb;
--focus:#0b57d0;color-scheme:light}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--blue)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:1rem;top:-4rem;background:#fff;color:var(--blue);padding:.5rem 1rem;border-radius:4px;z-index:10}
.skip:focus{top:.5rem}
.top{background:var(--blue);color:#fff}
.top .wrap{padding-top:1.25rem;padding-bottom:1rem}
.top h1{margin:0;font-size:1.6rem;font-weight:600;letter-spacing:.01em}
.top p{margin:.25rem 0 0;color:#e6eef8}
.top .kind{text-transform:uppercase;font-size:.8rem;letter-spacing:.08em;margin:0 0 .2rem;color:#d7e4f4}
nav.toc{background:var(--blue-dark)}
nav.toc ul{list-style:none;margin:0 auto;padding:0 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;max-width:1200px}
nav.toc a{display:inline-block;color:#fff;text-decoration:none;padding:.55rem 0;border-bottom:3px solid transparent}
nav.toc a:hover{border-bottom-color:#9cc0ea}
nav.toc a:focus-visible{outline-color:#fff}
.wrap{max-width:1200px;margin:0 auto;padding:0 1rem}
main{padding-bottom:2rem}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem 1.25rem;margin:1.25rem 0}
h2{margin:.1rem 0 .75rem;font-size:1.3rem;color:var(--blue-dark)}
h3{margin:1.25rem 0 .5rem;font-size:1.05rem}
p{margin:.5rem 0}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.75rem;margin:0 0 .75rem}
.stat{border:1px solid var(--line);border-left:6px solid var(--blue);border-radius:6px;padding:.5rem .75rem}
.stat dt{font-size:.85rem;color:var(--muted)}
.stat dd{margin:0;font-size:1.7rem;font-weight:600;font-variant-numeric:tabular-nums}
.stat.ok{border-left-color:#2e8b57}.stat.bad{border-left-color:#c8343a}.stat.inv{border-left-color:#d98b1a}
.findings-total{color:var(--muted)}
.findings-total span{color:var(--ink);font-weight:600}
.tablewrap{overflow-x:auto}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0 .5rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid var(--line)}
thead th{font-size:.85rem;color:var(--muted);font-weight:600;background:#eef2f7;border-bottom:2px solid var(--line)}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
th.num{white-space:normal}
tbody th{font-weight:500}
tr.fac th{font-weight:700}tr.dep th{padding-left:1.6rem;font-weight:400}
tr.fac td,tr.fac th{border-top:1px solid #b8c4d3}
td.chart{width:28%;min-width:120px;vertical-align:middle}
svg.bar,svg.meter{display:block;width:100%;height:12px;border-radius:3px}
.c-ok{fill:#2e8b57}.c-bad{fill:#c8343a}.c-inv{fill:#d98b1a}.c-fill{fill:var(--blue)}.c-warn{fill:#d98b1a}.c-track{fill:#e4e9f0}.c-mark{fill:var(--ink)}
.legend{font-size:.85rem;color:var(--muted)}
.key{margin-right:1rem;white-space:nowrap}
.key::before{content:"";display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.35em;vertical-align:-.05em}
.k-ok::before{background:#2e8b57}.k-bad::before{background:#c8343a}.k-inv::before{background:#d98b1a}
.vd,.st,.sev{display:inline-block;border-radius:999px;padding:0 .55em;font-size:.85rem;white-space:nowrap;line-height:1.6}
.vd-ok::before{content:"✓ " / ""}.vd-bad::before{content:"✕ " / ""}.vd-inv::before{content:"! " / ""}
.vd-ok{color:var(--ok);background:var(--ok-bg)}.vd-bad{color:var(--bad);background:var(--bad-bg)}.vd-inv{color:var(--inv);background:var(--inv-bg)}
.st{border:1px solid var(--line);color:var(--muted)}.st-active{color:var(--blue-dark);border-color:#9cc0ea}
.s-error{color:var(--bad);background:var(--bad-bg)}.s-warning{color:var(--inv);background:var(--inv-bg)}
.s-info{color:var(--info);background:var(--info-bg)}.s-waived{color:var(--muted);background:#eceff3}
.controls{display:flex;flex-wrap:wrap;gap:.75rem 1rem;align-items:flex-end;margin:0 0 .75rem;padding:.75rem;background:#eef2f7;border-radius:6px}
.field{display:flex;flex-direction:column;gap:.2rem;min-width:10rem}
.field:first-child{flex:1 1 16rem}
.field label{font-size:.85rem;font-weight:600}
input,select,button{font:inherit;color:var(--ink);border:1px solid #8a97a8;border-radius:4px;padding:.35rem .5rem;background:#fff;min-height:2.25rem}
input::placeholder{color:#5f6b7a}
button{cursor:pointer;background:#fff;color:var(--blue-dark);border-color:var(--blue)}
button:hover{background:#e3effb}
.buttons{display:flex;flex-wrap:wrap;gap:.5rem}
.count{flex-basis:100%;margin:0;font-size:.9rem;color:var(--muted)}
.ag-list{border-top:1px solid var(--line)}
.ag-head,.ag-table{font-size:inherit}
.ag-head{display:grid;grid-template-columns:35% 12% 21% 10% 15% 7%;position:sticky;top:0;z-index:2;background:#eef2f7;border-bottom:2px solid var(--line);font-size:.85rem;font-weight:600;color:var(--muted)}
.ag-head span{padding:.4rem .6rem}.ag-head span:last-child{text-align:right}
.chunk{content-visibility:auto;contain-intrinsic-size:auto 8500px}
.ag-table{table-layout:fixed}
.c1{width:35%}.c2{width:12%}.c3{width:21%}.c4{width:10%}.c5{width:15%}.c6{width:7%}
.sr-head th{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.ag-table tbody tr:first-child>*{border-bottom:0;padding-bottom:.1rem}
@media (hover:hover) and (min-width:721px){.ag-table tbody:hover tr:first-child>*{background:#f7f9fc}}
.fn{overflow-wrap:anywhere;font-weight:600}
.sub{display:block;font-size:.8rem;color:var(--muted);overflow-wrap:anywhere;font-weight:400}
tr.dt>td{padding-top:0}
details>summary{cursor:pointer;color:var(--blue);font-size:.88rem;width:max-content;max-width:100%}
details[open]>summary{margin-bottom:.35rem}
.dc{border-left:3px solid #9cc0ea;padding:.1rem 0 .25rem .75rem;margin:.1rem 0 .35rem}
.lbl{font-weight:600;font-size:.85rem;margin:.5rem 0 .2rem}
.none{color:var(--muted)}
.meta{margin:0 0 .25rem;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
.fl{list-style:none;margin:0;padding:0}
.fl>li{display:grid;grid-template-columns:4.5rem 6.5rem 1fr;gap:.1rem .5rem;padding:.3rem 0;border-top:1px dashed var(--line)}
.fl>li:first-child{border-top:0}
.pos{font:.85rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);padding-top:.1rem}
.fl .sev{justify-self:start;align-self:start}
.msg{overflow-wrap:anywhere}
.src{grid-column:3;font-size:.85rem;color:var(--muted)}
.fl details.q{grid-column:3}
blockquote{margin:.25rem 0;padding:.4rem .75rem;background:#f3f6fa;border-left:3px solid var(--blue);font-style:italic}
.passed{font-size:.88rem;color:var(--muted);overflow-wrap:anywhere}
.over{color:var(--bad);font-weight:600}
.files{margin:0;padding-left:1.1rem;font-size:.88rem;overflow-wrap:anywhere}
table.cards tbody th{font-weight:600}
.soon .fn{overflow-wrap:anywhere;min-width:12rem}
table.heat{width:auto;min-width:min(100%,40rem)}
.heat td.num,.heat th.num{min-width:4rem;text-align:center}
.u{white-space:nowrap}
.h0{background:#fff}.h1{background:#e6eef8}.h2{background:#c6d8ef}.h3{background:#93b6e0}.h0,.h1,.h2,.h3{color:var(--ink)}
.h4{background:#2f65ad;color:#fff}.h5{background:#00407e;color:#fff}
.scale{display:inline-flex;margin-left:.5rem;vertical-align:middle;border:1px solid var(--line)}
.scale span{display:inline-block;padding:0 .4rem;text-align:center;font-size:.75rem}
abbr[title]{text-decoration:none}
.rules td{font-size:.9rem}
footer{color:var(--muted);font-size:.85rem;padding:0 0 2rem}
footer ul{margin:.25rem 0;padding-left:1.2rem;overflow-wrap:anywhere}
.print-only{display:none}
@media (max-width:720px){
body{font-size:15px}
section{padding:.75rem;border-radius:0;margin:.75rem -1rem;border-left:0;border-right:0}
.top h1{font-size:1.3rem}
.field{min-width:0;flex:1 1 40%}
.field:first-child{flex-basis:100%}
.ag-head{display:none}
.ag-list{border:0}
.chunk{contain-intrinsic-size:auto 20000px}
.ag-table,.ag-table tbody,.ag-table tr,.ag-table th,.ag-table td{display:block;width:auto}
.ag-table tbody{border:1px solid var(--line);border-radius:6px;margin:0 0 .6rem;padding:.4rem .6rem}
.ag-table tbody tr:first-child>*{border:0;padding:.1rem 0}
.ag-table tbody tr:first-child{display:flex;flex-wrap:wrap;gap:.15rem .5rem;align-items:baseline}
.ag-table tbody tr:first-child>th,.ag-table tr:first-child>td:nth-of-type(-n+2){flex:1 1 100%;display:flex;gap:.5rem}
.ag-table tr:first-child>td::before{flex:0 0 4.5rem;font-size:.8rem;color:var(--muted)}
.ag-table tbody tr:first-child>th{display:block}
.ag-table tr:first-child>td:nth-of-type(5){display:none}
${cardLabels}
tr.dt>td{border:0;padding:.3rem 0 0}
.fl>li{grid-template-columns:auto 1fr}
.msg,.src,.fl details.q{grid-column:1/-1}
.units .chart{display:none}
.units{font-size:.85rem}.units thead th{font-size:.75rem}.units th,.units td{padding:.3rem .25rem}
.heat td.num,.heat th.num{min-width:2.5rem}
thead th{hyphens:auto}
table.cards,table.cards tbody,table.cards tr,table.cards th,table.cards td{display:block;width:auto}
table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.cards tr{border:1px solid var(--line);border-radius:6px;margin:0 0 .6rem;padding:.4rem .6rem}
table.cards th,table.cards td{border:0;padding:.1rem 0}
table.cards td{display:flex;gap:.5rem;align-items:baseline}
table.cards td::before{content:attr(data-label);flex:0 0 6.5rem;font-size:.8rem;color:var(--muted)}
table.cards td.num{text-align:left}
table.cards th:not(.fn)::before{content:attr(data-label) ": ";font-weight:400;color:var(--muted);font-size:.8rem}
table.cards td.chart{align-items:center}
table.cards td>div{flex:1 1 auto;min-width:0}
nav.toc ul{gap:0 1rem}nav.toc a{padding:.35rem 0}
th,td{padding:.35rem .4rem}
}
@media print{
body{background:#fff;font-size:11pt}
.skip,nav.toc,.controls,details>summary::marker{display:none}
.print-only{display:block}
section{border:0;padding:0;margin:0 0 1rem}
.top{background:#fff;color:#000;border-bottom:2px solid var(--blue)}.top p,.top .kind{color:#333}
details::details-content{content-visibility:visible;display:block}
details>summary{list-style:none;cursor:auto;color:var(--ink)}
.chunk{content-visibility:visible}
.ag-head{position:static}
.ag-table tbody,tr{break-inside:avoid}
*{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}
`
    .trim()
    .replace(/\n/g, "");
}
