/**
 * The words of the validation report's formats (text, github, sarif, junit) and of `policy diff`:
 * severities, verdicts, headings and the closing count line. A count is a pair of templates, one
 * for exactly one and one for any other number, each with {n}.
 */
import type { Template } from "../../core/messages/index.js";

export const FMT = {
  severityError: { nb: "feil", en: "error" },
  severityWarning: { nb: "advarsel", en: "warning" },
  severityInfo: { nb: "info", en: "info" },
  verdictCompliant: { nb: "i samsvar", en: "compliant" },
  verdictNonCompliant: { nb: "ikke i samsvar", en: "non-compliant" },
  verdictInvalid: { nb: "ugyldig", en: "invalid" },
  /** In place of the severity, for a finding an approved exception waives. */
  waived: { nb: "unntak", en: "waived" },
  waivedHeading: {
    nb: "Unntak (godkjent, ikke talt som feil):",
    en: "Waived (approved exception, not counted):",
  },
  skippedHeading: { nb: "Hoppet over (ikke lest):", en: "Skipped (not read):" },
  /** The title of the GitHub warning for a path not read. */
  skippedTitle: { nb: "hoppet over", en: "skipped" },
  /** SARIF: the justification of a waived result's suppression. */
  waivedJustification: { nb: "Godkjent unntak fra regelen", en: "Approved exception to the rule" },
  /** The closing count line; {mark} is ✖ when the run fails, else ✔. */
  summary: {
    nb: "{mark} {files}: {compliant} i samsvar, {nonCompliant} ikke i samsvar, {invalid} — {errors}, {warnings}, {infos}{waived}{skipped}",
    en: "{mark} {files}: {compliant} compliant, {nonCompliant} non-compliant, {invalid} — {errors}, {warnings}, {infos}{waived}{skipped}",
  },
  agreementsOne: { nb: "{n} avtale", en: "{n} agreement" },
  agreementsMany: { nb: "{n} avtaler", en: "{n} agreements" },
  invalidOne: { nb: "{n} ugyldig", en: "{n} invalid" },
  invalidMany: { nb: "{n} ugyldige", en: "{n} invalid" },
  errorsOne: { nb: "{n} feil", en: "{n} error" },
  errorsMany: { nb: "{n} feil", en: "{n} errors" },
  warningsOne: { nb: "{n} advarsel", en: "{n} warning" },
  warningsMany: { nb: "{n} advarsler", en: "{n} warnings" },
  infosOne: { nb: "{n} info", en: "{n} info" },
  infosMany: { nb: "{n} info", en: "{n} infos" },
  /** After the counts, when some findings are waived. */
  summaryWaived: { nb: ", {n} unntak", en: ", {n} waived" },
  /** After the counts, when some paths were not read. */
  summarySkippedOne: { nb: "; {n} sti hoppet over", en: "; {n} path skipped" },
  summarySkippedMany: { nb: "; {n} stier hoppet over", en: "; {n} paths skipped" },
  /** `policy diff`: {files} is a count of agreements (agreementsOne/agreementsMany). */
  diffSummaryOne: {
    nb: "{changed} av {files} endres ({verdicts} med ny vurdering).",
    en: "{changed} of {files} changes ({verdicts} with a new verdict).",
  },
  diffSummaryMany: {
    nb: "{changed} av {files} endres ({verdicts} med ny vurdering).",
    en: "{changed} of {files} change ({verdicts} with a new verdict).",
  },
  /** JUnit: a finding's JSON pointer, its related files, and those only counted. */
  junitPath: { nb: "sti", en: "path" },
  junitRelated: { nb: "gjelder også", en: "related" },
  junitMore: { nb: "og {n} til", en: "and {n} more" },
  junitWaived: { nb: "Unntak (godkjent)", en: "Waived (approved exception)" },
  /** JUnit: the failure's message, {verdict} a verdict word. */
  junitSummaryOne: { nb: "{verdict}: {n} funn", en: "{verdict}: {n} finding" },
  junitSummaryMany: { nb: "{verdict}: {n} funn", en: "{verdict}: {n} findings" },
} as const satisfies Record<string, Template>;
