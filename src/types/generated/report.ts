/* Generated from schemas/report.schema.json by scripts/gen-types.mjs. Do not edit; run `npm run gen:types`. */

/**
 * The JSON report of `hjemmekontor validate --format json` (version 1).
 */
export interface Report {
  version: 1;
  lang?: "nb" | "en";
  summary: {
    files: number;
    compliant: number;
    nonCompliant: number;
    invalid: number;
    errors: number;
    warnings: number;
    infos: number;
    waived?: number;
  };
  /**
   * The policy folders the run used: given with --policies, or found (the nearest policies/ up to the repository root), or the shipped set.
   */
  policySources?: string[];
  /**
   * Paths found but not read (hidden or too deep folders, links, files that are not regular files), each with the reason.
   */
  skipped?: {
    path: string;
    reason: string;
  }[];
  results: Result[];
}
export interface Result {
  file: string;
  agreementId: string | null;
  verdict: "compliant" | "non-compliant" | "invalid";
  layers: string[];
  findings: Finding[];
  waived: Finding[];
}
export interface Finding {
  ruleId: string;
  severity: "error" | "warning" | "info";
  section: string | null;
  layer: string | null;
  message: string;
  path: string;
  line: number;
  column: number;
  /**
   * Other files involved (repository-level rules): at most 10 of them.
   *
   * @maxItems 10
   */
  related?: string[];
  /**
   * How many further files are involved but not listed in related.
   */
  relatedOmitted?: number;
}
