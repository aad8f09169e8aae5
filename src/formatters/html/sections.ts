/** Sections 1, 3, 4 and 5 of the report: overview, what needs doing soon, presence, and rules. */
import { sectionLabel, VERDICT } from "../text.js";
import { period, severity, unitName, verdictBadge } from "./agreements.js";
import { meter, verdictBar } from "./chart.js";
import { endingSoon, groupUnits, presence, type Tally, totals } from "./derive.js";
import { attr, multiline, text } from "./escape.js";
import { date, LABELS, num, pct, share, WEEKDAY_NAMES } from "./i18n.js";
import { type HtmlInput, WEEKDAYS } from "./model.js";
import { cardTable } from "./table.js";

const VERDICTS = ["compliant", "non-compliant", "invalid"] as const;

/** "I samsvar": a label that starts a line or a header. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const STAT_CLASS = { compliant: "ok", "non-compliant": "bad", invalid: "inv" } as const;

/** A box that scrolls a wide table sideways on a narrow screen; focusable, so keys scroll it too. */
const scrollable = (label: string) =>
  `<div class="tablewrap" role="region" tabindex="0" aria-label="${attr(label)}">`;

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="h-${id}"><h2 id="h-${id}">${text(title)}</h2>${body}</section>`;
}

function tallyCells(t: Tally, lang: HtmlInput["lang"], scale: number): string {
  const n = (x: number) => `<td class="num">${num(x, lang)}</td>`;
  return `${n(t.total)}${VERDICTS.map((v) => n(t[v])).join("")}<td class="chart">${verdictBar(t, scale)}</td>`;
}

export function overviewSection(input: HtmlInput): string {
  const { lang, agreements } = input;
  const L = LABELS[lang];
  const t = totals(agreements);
  const stat = (id: string, cls: string, value: number, label: string) =>
    `<div class="stat ${cls}"><dt>${text(label)}</dt><dd id="${id}">${num(value, lang)}</dd></div>`;
  const stats =
    `<dl class="stats">${stat("n-total", "all", t.tally.total, L.allAgreements)}` +
    VERDICTS.map((v) => stat(`n-${v}`, STAT_CLASS[v], t.tally[v], cap(VERDICT[lang][v] ?? v))).join("") +
    `</dl>`;
  const findings =
    `<p class="findings-total">${text(L.findingTotals)}: ` +
    [
      [t.errors, L.errors, "error"],
      [t.warnings, L.warnings, "warning"],
      [t.infos, L.infos, "info"],
      [t.waived, L.waivedCount, "waived"],
    ]
      .map(([n, w, id]) => {
        const forms = w as unknown as readonly [string, string];
        return `<span id="n-${id}">${num(n as number, lang)}</span> ${text(n === 1 ? forms[0] : forms[1])}`;
      })
      .join(" · ") +
    `</p>`;
  const groups = groupUnits(agreements);
  const scale = Math.max(1, ...groups.map((g) => g.tally.total));
  const rows = groups
    .map((g) => {
      if (g.key === "")
        return `<tr class="fac"><th scope="row">${text(L.unknownUnit)}</th>${tallyCells(g.tally, lang, scale)}</tr>`;
      // A faculty whose agreements all sit at faculty level needs no department row.
      const only = g.departments.length === 1 && g.departments[0]?.name === null;
      const depts = (only ? [] : g.departments)
        .map(
          (d) =>
            `<tr class="dep"><th scope="row">${text(d.name ?? L.facultyLevel)}</th>${tallyCells(d.tally, lang, scale)}</tr>`,
        )
        .join("");
      return `<tr class="fac"><th scope="row">${text(g.name)}</th>${tallyCells(g.tally, lang, scale)}</tr>${depts}`;
    })
    .join("");
  const legend = VERDICTS.map(
    (v) => `<span class="key k-${STAT_CLASS[v]}">${text(VERDICT[lang][v] ?? v)}</span>`,
  ).join("");
  const head = [L.unit, L.total, ...VERDICTS.map((v) => cap(VERDICT[lang][v] ?? v))]
    .map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ""}>${text(h)}</th>`)
    .join("");
  const table =
    `${scrollable(L.byUnit)}<table class="units"><caption>${text(L.byUnit)}</caption>` +
    `<thead><tr>${head}<th scope="col" class="chart">${text(L.distribution)}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></div><p class="legend" aria-hidden="true">${legend}</p>`;
  return section(
    "overview",
    L.overview,
    `<h3 class="sr-only">${text(L.totals)}</h3>${stats}${findings}${table}`,
  );
}

export function soonSection(input: HtmlInput): string {
  const { lang, agreements, asOf } = input;
  const L = LABELS[lang];
  const soon = endingSoon(agreements, asOf);
  const ending = soon.length
    ? cardTable(
        "soon",
        [
          { label: L.file, cls: "fn" },
          { label: L.unit, cls: "u" },
          { label: L.employee },
          { label: L.ends },
          { label: L.daysLeft, cls: "num" },
          { label: L.verdict },
        ],
        soon.map(({ agreement: a, daysLeft }) => [
          text(a.file),
          text(unitName(a, lang)),
          text(a.employeeId ?? "–"),
          text(date(a.period.end ?? "", lang)),
          daysLeft === 0 ? text(L.today) : num(daysLeft, lang),
          verdictBadge(a.verdict, lang),
        ]),
      )
    : `<p class="none">${text(L.endingSoonNone)}</p>`;
  const chains = [...input.chains].sort((x, y) => y.months / y.limitMonths - x.months / x.limitMonths);
  const chainTable = chains.length
    ? `<p>${text(L.chainsIntro)}</p>` +
      cardTable(
        "chains",
        [
          { label: L.employee },
          { label: L.chainFiles },
          { label: L.period },
          { label: L.months, cls: "num" },
          { label: L.ofLimit, cls: "chart" },
        ],
        chains.map((c) => [
          text(c.employeeId),
          `<ul class="files">${c.files.map((f) => `<li>${text(f)}</li>`).join("")}</ul>`,
          text(period(c, lang)),
          `${num(c.months, lang)} ${text(L.monthsOf)} ${num(c.limitMonths, lang)}` +
            (c.months > c.limitMonths ? ` <span class="over">${text(L.overLimit)}</span>` : ""),
          meter(c.months, c.limitMonths),
        ]),
      )
    : `<p class="none">${text(L.chainsNone)}</p>`;
  return section(
    "soon",
    L.soon,
    `<h3>${text(L.endingSoon)}</h3>${ending}<h3>${text(L.chains)}</h3>${chainTable}`,
  );
}

export function presenceSection(input: HtmlInput): string {
  const { lang, asOf } = input;
  const L = LABELS[lang];
  const rows = presence(input.agreements, asOf);
  const intro = `<p>${text(L.presenceIntro.replace("{date}", date(asOf, lang)))}</p>`;
  if (rows.length === 0)
    return section("presence", L.presence, `${intro}<p class="none">${text(L.presenceNone)}</p>`);
  const weekend = (["sat", "sun"] as const).filter((d) => rows.some((r) => r.days[d] > 0));
  const days = [...WEEKDAYS.slice(0, 5), ...weekend];
  const names = WEEKDAY_NAMES[lang];
  const head =
    `<th scope="col">${text(L.unit)}</th><th scope="col" class="num">${text(L.activeAgreements)}</th>` +
    days
      .map((d) => `<th scope="col" class="num"><abbr title="${names[d][1]}">${names[d][0]}</abbr></th>`)
      .join("");
  const body = rows
    .map((r) => {
      const name = r.isFaculty ? r.faculty : (r.department ?? L.facultyLevel);
      const cells = days
        .map((d) => {
          const level = r.active ? Math.min(5, Math.ceil((r.days[d] / r.active) * 5)) : 0;
          return `<td class="num h${level}">${share(r.days[d], lang)}</td>`;
        })
        .join("");
      return `<tr class="${r.isFaculty ? "fac" : "dep"}"><th scope="row">${text(name)}</th><td class="num">${num(r.active, lang)}</td>${cells}</tr>`;
    })
    .join("");
  const scale = [0, 1, 2, 3, 4, 5]
    .map((h) => `<span class="h${h}">${h === 0 ? pct(0, lang) : `≤${"\u00a0"}${pct(h * 20, lang)}`}</span>`)
    .join("");
  return section(
    "presence",
    L.presence,
    `${intro}${scrollable(L.presenceCaption)}<table class="heat"><caption>${text(L.presenceCaption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
      `<p class="legend">${text(L.presenceLegend)} <span class="scale" aria-hidden="true">${scale}</span></p>`,
  );
}

/** A rule's general message with its placeholders ({homeSharePercent}) shown as "…". */
const general = (s: string) => s.replace(/\{[^{}]*\}/g, "…");

export function rulesSection(input: HtmlInput): string {
  const { lang } = input;
  const L = LABELS[lang];
  if (input.rules.length === 0) return "";
  const rows = [...input.rules]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => [
      `<code>${text(r.id)}</code>`,
      r.section ? text(sectionLabel(r.section)) : "–",
      severity(r.severity, lang),
      text(r.layer ?? "–"),
      text(general(r.description[lang])) +
        (r.quote
          ? `<details class="q"><summary>${text(L.sourceText)}</summary><blockquote lang="nb">${multiline(r.quote)}</blockquote></details>`
          : ""),
    ]);
  const columns = [L.rule, L.section, L.severity, L.layer, L.description].map((label) => ({ label }));
  return section("rules", L.rules, `<p>${text(L.rulesIntro)}</p>${cardTable("rules", columns, rows)}`);
}
