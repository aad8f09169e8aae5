/**
 * The form page's style sheet: the HTML report's calm NTNU blue, a form in one column beside a
 * status panel that stays in view (above the form on a phone), findings under their fields
 * coloured by severity, visible focus everywhere, and no style attribute anywhere (the page's
 * Content-Security-Policy allows this sheet alone).
 */
export const FORM_CSS = `
:root{--blue:#00509e;--blue-dark:#003a73;--ink:#1c2733;--muted:#4a5868;--line:#c9d2dd;--bg:#f4f6f9;--card:#fff;
--ok:#0f5c2e;--ok-bg:#e2f3e8;--bad:#a1191f;--bad-bg:#fde7e7;--warn:#7a3e00;--warn-bg:#fff0d4;--info:#0b4f8a;--info-bg:#e3effb;
--focus:#0b57d0;color-scheme:light}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--blue)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:1rem;top:-4rem;background:#fff;color:var(--blue);padding:.5rem 1rem;border-radius:4px;z-index:10}
.skip:focus{top:.5rem}
.noscript{margin:2rem;padding:1rem;background:var(--warn-bg);border:1px solid var(--line);border-radius:6px}
.wrap{max-width:1240px;margin:0 auto;padding:0 1rem}
.top{background:var(--blue);color:#fff}
.top .wrap{padding-top:1.1rem;padding-bottom:1rem}
.top h1{margin:0;font-size:1.6rem;font-weight:600}
.top .kind{text-transform:uppercase;font-size:.8rem;letter-spacing:.08em;margin:0 0 .2rem;color:#d7e4f4}
.top .lead{margin:.4rem 0 .8rem;max-width:60rem;color:#eef4fb}
.tools{display:flex;flex-wrap:wrap;gap:.75rem 1.5rem;align-items:center}
.tools .open{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.tools label{font-weight:600}
.tools input[type=file]{color:#fff;max-width:100%}
.tools input[type=file]::file-selector-button{font:inherit;border:1px solid #fff;background:#fff;color:var(--blue-dark);border-radius:4px;padding:.3rem .7rem;margin-right:.5rem;cursor:pointer}
#hk-lang{font:inherit;background:transparent;color:#fff;border:1px solid #fff;border-radius:4px;padding:.3rem .8rem;cursor:pointer}
#hk-lang:focus-visible,.tools input:focus-visible{outline-color:#fff}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:1.25rem;align-items:start;padding-top:1.25rem;padding-bottom:2rem}
.layout>main{grid-column:1;grid-row:1}
.panel{grid-column:2;grid-row:1;position:sticky;top:.75rem;max-height:calc(100vh - 1.5rem);overflow:auto;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.9rem 1rem}
.panel h2{margin:0 0 .4rem;font-size:1.15rem;color:var(--blue-dark)}
.panel h3{margin:.8rem 0 .3rem;font-size:.95rem}
.verdict{margin:.2rem 0 .5rem}
.verdict strong{display:inline-block;padding:.05rem .5rem;border-radius:999px}
.v-compliant{background:var(--ok-bg);color:var(--ok)}
.v-non-compliant{background:var(--bad-bg);color:var(--bad)}
.v-invalid{background:var(--warn-bg);color:var(--warn)}
.layers{font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
button{font:inherit;cursor:pointer;border-radius:4px;border:1px solid var(--blue);background:#fff;color:var(--blue-dark);padding:.35rem .8rem}
button:hover{background:#eef4fb}
button:disabled{cursor:default;color:var(--muted);border-color:var(--line);background:#f7f8fa}
button.primary{display:block;width:100%;margin:.9rem 0 .3rem;background:var(--blue);color:#fff;font-weight:600;padding:.55rem .8rem}
button.primary:hover{background:var(--blue-dark)}
.hint{font-size:.85rem;color:var(--muted);margin:.35rem 0}
details{margin:.5rem 0}
summary{cursor:pointer;color:var(--blue-dark)}
#hk-yaml{font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f7f8fa;border:1px solid var(--line);border-radius:4px;padding:.5rem;overflow:auto;max-height:24rem;white-space:pre}
.notice{background:var(--info-bg);border:1px solid #b9d3ee;border-radius:6px;padding:.5rem .9rem;margin-bottom:1rem}
.notice p{margin:.3rem 0}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.9rem 1.1rem 1.1rem;margin:0 0 1.1rem}
section h2{margin:0 0 .5rem;font-size:1.2rem;color:var(--blue-dark)}
.intro{margin:0 0 .6rem;color:var(--muted)}
fieldset{border:1px solid var(--line);border-radius:6px;margin:.6rem 0;padding:.4rem .8rem .7rem}
legend{font-weight:600;padding:0 .3rem}
fieldset.row{background:#fafbfd}
.fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.2rem 1rem}
section>.field,section>fieldset.field{margin:.4rem 0}
section>.field:not(.wide){display:inline-block;vertical-align:top;width:calc(50% - .6rem);margin-right:1rem}
section>.field:not(.wide):nth-of-type(2n){margin-right:0}
.field{padding:.25rem 0}
.field.wide,.fields>.field.checks{grid-column:1/-1}
fieldset.row .fields{grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr))}
fieldset.row{position:relative}
.field>label{display:block;font-weight:600;font-size:.92rem;margin-bottom:.15rem}
.field .hint{margin:0 0 .2rem}
input[type=text],select,textarea{font:inherit;width:100%;padding:.35rem .5rem;border:1px solid #8a97a8;border-radius:4px;background:#fff;color:var(--ink)}
textarea{resize:vertical}
[aria-invalid=true]{border-color:var(--bad);box-shadow:0 0 0 1px var(--bad)}
.field.bool,section>.field.bool:not(.wide){display:inline-flex;flex-wrap:wrap;align-items:center;gap:.2rem .55rem;padding-top:.6rem}
.fields>.field.bool{display:flex}
.field.bool>label{display:inline;font-weight:500;margin:0}
.field.bool>.hint,.field.bool>ul{flex-basis:100%}
input[type=checkbox]{width:1.1rem;height:1.1rem;margin:0;accent-color:var(--blue)}
.boxes{display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.box{display:inline-flex;align-items:center;gap:.35rem;padding:.15rem 0}
button.add{margin-top:.3rem}
button.remove{margin-top:.4rem;font-size:.9rem}
ul.findings{list-style:none;margin:.3rem 0;padding:0}
.finding{margin:.25rem 0;padding:.35rem .55rem;border-left:5px solid var(--info);background:var(--info-bg);border-radius:3px;font-size:.92rem}
.finding.error{border-left-color:#c8343a;background:var(--bad-bg)}
.finding.warning{border-left-color:#d98b1a;background:var(--warn-bg)}
.finding.waived{border-left-color:#8a97a8;background:#eef0f3}
.finding .sev{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.04em}
.finding.error .sev{color:var(--bad)}.finding.warning .sev{color:var(--warn)}.finding.info .sev{color:var(--info)}
.finding .src{color:var(--muted);font-size:.85rem;white-space:nowrap}
.finding code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
@media (max-width:860px){
.layout{grid-template-columns:minmax(0,1fr)}
.panel{grid-column:1;grid-row:1;position:static;max-height:none}
.layout>main{grid-row:2}
section>.field:not(.wide){display:block;width:auto;margin-right:0}
}
@media print{.tools,.panel button,#hk-next,.skip,button.add,button.remove{display:none}.panel{position:static}.layout{display:block}}
`;
