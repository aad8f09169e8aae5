/**
 * The summaries of `policy lint` and `policy test` (src/formatters/lint.ts, policy-test.ts);
 * `policy diff`'s is in report.ts. A count that changes the wording has a template for one and for many.
 */
import type { Template } from "../../core/messages/index.js";

export const FMT_POLICY = {
  // policy lint: the summary on stdout, and each warning on stderr ({at}: file, or file:line:column).
  lintAccepted: {
    nb: "{layers} lag, {rules} regler i {where}: ingen problemer.",
    en: "{layers} layers, {rules} rules in {where}: no problems.",
  },
  lintAcceptedWarningOne: {
    nb: "{layers} lag, {rules} regler i {where}: ingen problemer, {count} advarsel.",
    en: "{layers} layers, {rules} rules in {where}: no problems, {count} warning.",
  },
  lintAcceptedWarningMany: {
    nb: "{layers} lag, {rules} regler i {where}: ingen problemer, {count} advarsler.",
    en: "{layers} layers, {rules} rules in {where}: no problems, {count} warnings.",
  },
  warningAt: { nb: "{at}: advarsel: {message}", en: "{at}: warning: {message}" },

  // policy test: the summary, and with --coverage the rules ({rules}: ids joined by ", ", or noRules).
  testSummary: {
    nb: "{cases} testtilfeller i {files} filer: {passed} bestått, {failed} feilet",
    en: "{cases} test cases in {files} files: {passed} passed, {failed} failed",
  },
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
