/** Sections 1, 3, 4 and 5 of the report: overview, what needs doing soon, presence, and rules. */
import { msg } from "../../core/messages/index.js";
import { HTML } from "../messages/html.js";
import { sectionLabel, VERDICT } from "../text.js";
import { period, severity, unitName, verdictBadge } from "./agreements.js";
import { meter, verdictBar } from "./chart.js";
import { endingSoon, groupUnits, presence, type Tally, totals } from "./derive.js";
import { attr, multiline, text } from "./escape.js";
import { date, num, pct, share, weekdayNames } from "./i18n.js";
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
  const t = totals(agreements);
  const stat = (id: string, cls: string, value: number, label: string) =>
    `<div class="stat ${cls}"><dt>${text(label)}</dt><dd id="${id}">${num(value, lang)}</dd></div>`;
  const stats =
    `<dl class="stats">${stat("n-total", "all", t.tally.total, HTML.allAgreements[lang])}` +
    VERDICTS.map((v) => stat(`n-${v}`, STAT_CLASS[v], t.tally[v], cap(VERDICT[lang][v] ?? v))).join("") +
    `</dl>`;
  const findings =
    `<p class="findings-total">${text(HTML.findingTotals[lang])}: ` +
    (
      [
        [t.errors, HTML.errorsOne, HTML.errorsMany, "error"],
        [t.warnings, HTML.warningsOne, HTML.warningsMany, "warning"],
        [t.infos, HTML.infosOne, HTML.infosMany, "info"],
        [t.waived, HTML.waivedOne, HTML.waivedMany, "waived"],
      ] as const
    )
      .map(
        ([n, one, many, id]) =>
          `<span id="n-${id}">${num(n, lang)}</span> ${text((n === 1 ? one : many)[lang])}`,
      )
      .join(" · ") +
    `</p>`;
  const groups = groupUnits(agreements);
  const scale = Math.max(1, ...groups.map((g) => g.tally.total));
  const rows = groups
    .map((g) => {
      if (g.key === "")
        return `<tr class="fac"><th scope="row">${text(HTML.unknownUnit[lang])}</th>${tallyCells(g.tally, lang, scale)}</tr>`;
      // A faculty whose agreements all sit at faculty level needs no department row.
      const only = g.departments.length === 1 && g.departments[0]?.name === null;
      const depts = (only ? [] : g.departments)
        .map(
          (d) =>
            `<tr class="dep"><th scope="row">${text(d.name ?? HTML.facultyLevel[lang])}</th>${tallyCells(d.tally, lang, scale)}</tr>`,
        )
        .join("");
      return `<tr class="fac"><th scope="row">${text(g.name)}</th>${tallyCells(g.tally, lang, scale)}</tr>${depts}`;
    })
    .join("");
  const legend = VERDICTS.map(
    (v) => `<span class="key k-${STAT_CLASS[v]}">${text(VERDICT[lang][v] ?? v)}</span>`,
  ).join("");
  const head = [HTML.unit[lang], HTML.total[lang], ...VERDICTS.map((v) => cap(VERDICT[lang][v] ?? v))]
    .map((h, i) => `<th scope="col"${i > 0 ? ' class="num"' : ""}>${text(h)}</th>`)
    .join("");
  const table =
    `${scrollable(HTML.byUnit[lang])}<table class="units"><caption>${text(HTML.byUnit[lang])}</caption>` +
    `<thead><tr>${head}<th scope="col" class="chart">${text(HTML.distribution[lang])}</th></tr></thead>` +
    `<tbody>${rows}</tbody></table></div><p class="legend" aria-hidden="true">${legend}</p>`;
  return section(
    "overview",
    HTML.overview[lang],
    `<h3 class="sr-only">${text(HTML.totals[lang])}</h3>${stats}${findings}${table}`,
  );
}

export function soonSection(input: HtmlInput): string {
  const { lang, agreements, asOf } = input;
  const soon = endingSoon(agreements, asOf);
  const ending = soon.length
    ? cardTable(
        "soon",
        [
          { label: HTML.file[lang], cls: "fn" },
          { label: HTML.unit[lang], cls: "u" },
          { label: HTML.employee[lang] },
          { label: HTML.ends[lang] },
          { label: HTML.daysLeft[lang], cls: "num" },
          { label: HTML.verdict[lang] },
        ],
        soon.map(({ agreement: a, daysLeft }) => [
          text(a.file),
          text(unitName(a, lang)),
          text(a.employeeId ?? "–"),
          text(date(a.period.end ?? "", lang)),
          daysLeft === 0 ? text(HTML.today[lang]) : num(daysLeft, lang),
          verdictBadge(a.verdict, lang),
        ]),
      )
    : `<p class="none">${text(HTML.endingSoonNone[lang])}</p>`;
  const chains = [...input.chains].sort((x, y) => y.months / y.limitMonths - x.months / x.limitMonths);
  const chainTable = chains.length
    ? `<p>${text(HTML.chainsIntro[lang])}</p>` +
      cardTable(
        "chains",
        [
          { label: HTML.employee[lang] },
          { label: HTML.chainFiles[lang] },
          { label: HTML.period[lang] },
          { label: HTML.months[lang], cls: "num" },
          { label: HTML.ofLimit[lang], cls: "chart" },
        ],
        chains.map((c) => [
          text(c.employeeId),
          `<ul class="files">${c.files.map((f) => `<li>${text(f)}</li>`).join("")}</ul>`,
          text(period(c, lang)),
          `${num(c.months, lang)} ${text(HTML.monthsOf[lang])} ${num(c.limitMonths, lang)}` +
            (c.months > c.limitMonths ? ` <span class="over">${text(HTML.overLimit[lang])}</span>` : ""),
          meter(c.months, c.limitMonths),
        ]),
      )
    : `<p class="none">${text(HTML.chainsNone[lang])}</p>`;
  return section(
    "soon",
    HTML.soon[lang],
    `<h3>${text(HTML.endingSoon[lang])}</h3>${ending}<h3>${text(HTML.chains[lang])}</h3>${chainTable}`,
  );
}

export function presenceSection(input: HtmlInput): string {
  const { lang, asOf } = input;
  const rows = presence(input.agreements, asOf);
  const intro = `<p>${text(msg(HTML.presenceIntro, { date: date(asOf, lang) })[lang])}</p>`;
  if (rows.length === 0)
    return section(
      "presence",
      HTML.presence[lang],
      `${intro}<p class="none">${text(HTML.presenceNone[lang])}</p>`,
    );
  const weekend = (["sat", "sun"] as const).filter((d) => rows.some((r) => r.days[d] > 0));
  const days = [...WEEKDAYS.slice(0, 5), ...weekend];
  const head =
    `<th scope="col">${text(HTML.unit[lang])}</th><th scope="col" class="num">${text(HTML.activeAgreements[lang])}</th>` +
    days
      .map((d) => {
        const [short, long] = weekdayNames(d, lang);
        return `<th scope="col" class="num"><abbr title="${long}">${short}</abbr></th>`;
      })
      .join("");
  const body = rows
    .map((r) => {
      const name = r.isFaculty ? r.faculty : (r.department ?? HTML.facultyLevel[lang]);
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
    HTML.presence[lang],
    `${intro}${scrollable(HTML.presenceCaption[lang])}<table class="heat"><caption>${text(HTML.presenceCaption[lang])}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>` +
      `<p class="legend">${text(HTML.presenceLegend[lang])} <span class="scale" aria-hidden="true">${scale}</span></p>`,
  );
}

/** A rule's general message with its placeholders ({homeSharePercent}) shown as "…". */
const general = (s: string) => s.replace(/\{[^{}]*\}/g, "…");

export function rulesSection(input: HtmlInput): string {
  const { lang } = input;
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
          ? `<details class="q"><summary>${text(HTML.sourceText[lang])}</summary><blockquote lang="nb">${multiline(r.quote)}</blockquote></details>`
          : ""),
    ]);
  const columns = [
    HTML.rule[lang],
    HTML.section[lang],
    HTML.severity[lang],
    HTML.layer[lang],
    HTML.description[lang],
  ].map((label) => ({ label }));
  return section(
    "rules",
    HTML.rules[lang],
    `<p>${text(HTML.rulesIntro[lang])}</p>${cardTable("rules", columns, rows)}`,
  );
}
