/** The words of the status panel: the verdict, the counts of findings, and the layers in force. */
import { msg, type Template } from "../../core/messages/index.js";
import type { Lang, Verdict } from "../../core/types.js";
import { FMT } from "../../formatters/messages/report.js";
import { counted } from "../../formatters/words.js";
import type { Counts } from "./findings.js";
import { FORM } from "./texts.js";

const VERDICT: Record<Verdict, Template> = {
  compliant: FORM.verdictCompliant,
  "non-compliant": FORM.verdictNonCompliant,
  invalid: FORM.verdictInvalid,
};

/** «Ikke i samsvar»: the verdict as the panel's heading word. */
export function verdictText(v: Verdict, lang: Lang): string {
  return VERDICT[v][lang];
}

/** «1 feil, 1 advarsel, 0 info; 1 opphevet av unntak», or «Ingen funn.». */
export function countsText(counts: Counts, lang: Lang): string {
  const n = counts.error + counts.warning + counts.info;
  const parts = [
    n === 0
      ? FORM.none[lang]
      : msg(FORM.counts, {
          errors: counted(counts.error, FMT.errorsOne, FMT.errorsMany),
          warnings: counted(counts.warning, FMT.warningsOne, FMT.warningsMany),
          infos: counted(counts.info, FMT.infosOne, FMT.infosMany),
        })[lang],
  ];
  if (counts.waived > 0) parts.push(msg(FORM.waivedCount, { n: counts.waived })[lang]);
  return parts.join("; ");
}

/** «Policylag som gjelder: a › b», or that none applies yet. */
export function layersText(layers: readonly string[], lang: Lang): string {
  return layers.length ? msg(FORM.layers, { layers: layers.join(" › ") })[lang] : FORM.noLayers[lang];
}
