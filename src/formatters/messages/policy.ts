/**
 * The summaries of `policy lint` and `policy test` (src/formatters/lint.ts, policy-test.ts);
 * `policy diff`'s is in report.ts. A count that changes the wording has a template for one and for many.
 */
import type { Template } from "../../core/messages/index.js";

export const FMT_POLICY = {
  // policy lint: the summary on stdout, and each warning on stderr ({at}: file, or file:line:column).
  // {layers}, {rules} and {warnings} are counted phrases (layersOne/Many, rulesOne/Many, warningsOne/Many).
  lintAccepted: {
    nb: "{layers}, {rules} i {where}: ingen problemer.",
    en: "{layers}, {rules} in {where}: no problems.",
  },
  lintAcceptedWarnings: {
    nb: "{layers}, {rules} i {where}: ingen problemer, {warnings}.",
    en: "{layers}, {rules} in {where}: no problems, {warnings}.",
  },
  layersOne: { nb: "{n} lag", en: "{n} layer" },
  layersMany: { nb: "{n} lag", en: "{n} layers" },
  rulesOne: { nb: "{n} regel", en: "{n} rule" },
  rulesMany: { nb: "{n} regler", en: "{n} rules" },
  warningsOne: { nb: "{n} advarsel", en: "{n} warning" },
  warningsMany: { nb: "{n} advarsler", en: "{n} warnings" },
  warningAt: { nb: "{at}: advarsel: {message}", en: "{at}: warning: {message}" },

  // policy test: the summary ({cases}, {files}: casesOne/Many, filesOne/Many), and with --coverage
  // the rules ({rules}: ids joined by ", ", or noRules).
  testSummary: {
    nb: "{cases} i {files}: {passed} bestått, {failed} feilet",
    en: "{cases} in {files}: {passed} passed, {failed} failed",
  },
  casesOne: { nb: "{n} testtilfelle", en: "{n} test case" },
  casesMany: { nb: "{n} testtilfeller", en: "{n} test cases" },
  filesOne: { nb: "{n} fil", en: "{n} file" },
  filesMany: { nb: "{n} filer", en: "{n} files" },
  neverFires: {
    nb: "Regler som ingen test får til å slå til: {rules}",
    en: "Rules that no case makes fire: {rules}",
  },
  neverQuiet: {
    nb: "Regler som ingen test holder stille: {rules}",
    en: "Rules that no case keeps quiet: {rules}",
  },
  noRules: { nb: "ingen", en: "none" },
} as const satisfies Record<string, Template>;
