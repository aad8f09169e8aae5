/**
 * hjemmekontor as a library (SPEC 11.2): `import { … } from "hjemmekontor"` (an ES module; from
 * CommonJS use `await import("hjemmekontor")`). The same core the CLI runs, without argv, stdout
 * or process.exit: problems with the run itself throw a `UsageError` carrying nb and en messages.
 *
 * ```ts
 * import { format, loadPolicies, SHIPPED_POLICY_DIR, validatePaths, validateText } from "hjemmekontor";
 *
 * // One text: load the layers once, then validate as many texts as you like.
 * const resolver = loadPolicies([SHIPPED_POLICY_DIR]);
 * const { result } = await validateText("a.yaml", yamlText, { resolver });
 * console.log(result.verdict, result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message.nb}`));
 *
 * // Files, folders or globs, with repository-level rules, then any output format.
 * const { report } = await validatePaths({ paths: ["agreements"], policyDirs: ["policies"] });
 * process.stdout.write(await format("text", report, { lang: "en" }));
 * ```
 *
 * Everything exported here is documented in docs/library.md. Anything imported from deeper
 * paths (dist/core/…) is internal and may change in any release.
 */

/** Where the package's own files are: the shipped policy layers (national and NTNU) and the JSON Schemas. */
export { SCHEMA_DIR, SHIPPED_POLICY_DIR } from "./core/paths.js";
/** The PolicyResolver's type: what `loadPolicies` returns and `validateText` takes. */
export type { PolicyResolver } from "./core/policy/resolve.js";
export type { FailOn, Report, Summary } from "./core/report/report.js";
/** Verdict and exit code of a report, as the CLI decides them (`exitCodeOf(report, "error")` → 0 or 1). */
export { buildReport, exitCodeOf } from "./core/report/report.js";
/** The rules of a policy set, for formats that list them (SARIF, JUnit, HTML): `format(…, { rules: ruleMeta(resolver) })`. */
export { type RuleMeta, ruleMeta } from "./core/report/rules.js";
/** `init` (SPEC 11.1): set up a repository for agreements and local policy layers. */
export { describeInit, type InitOptions, type InitResult, initRepository } from "./core/run/init.js";
/**
 * Load and check every layer of the given folders (a `UsageError` when a layer breaks a
 * guarantee); find the policy folders as the CLI does; validate files, folders or globs.
 */
export {
  defaultPolicyDirs,
  loadPolicies,
  type ValidateOutcome,
  type ValidateRun,
  validatePaths,
} from "./core/run/run.js";
/** Validate one agreement: its YAML text, or a file read with the CLI's size limit and checks. */
export {
  type Evaluated,
  type ValidateOptions,
  type ValidateTextOptions,
  validateFile,
  validateText,
} from "./core/run/validate.js";
export type { FileResult, Finding, Lang, Messages, Severity, Verdict } from "./core/types.js";
/** A problem with the run itself (usage, unreadable path, invalid policy): the CLI's exit code 2. */
export { UsageError } from "./core/types.js";
/** Every output format of the CLI's `validate --format`, as one string. */
export { FORMAT_NAMES, type FormatName, format } from "./formatters/index.js";
export type { FormatOptions } from "./formatters/types.js";
/** The agreement document (schemaVersion 1), generated from schemas/agreement.schema.json. */
export type { HomeOfficeAgreement } from "./types/generated/agreement.js";
