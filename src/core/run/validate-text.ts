/**
 * One agreement's text through the pipeline: YAML (with positions) → schema → resolve layers →
 * evaluate → exceptions → verdict. A `yaml` or `schema` finding makes the agreement `invalid`;
 * its rules are not run. No file system: the CLI reads files in validate.ts, and the form page
 * (SPEC 10.2) runs this same code in the browser.
 */
import type { HomeOfficeAgreement, Weekday } from "../../types/generated/agreement.js";
import { type Loaded, parseYaml, YAML_RULE } from "../parse/yaml.js";
import type { ResolvedPolicy } from "../policy/model.js";
import { NO_POLICY_RULE, type PolicyResolver } from "../policy/resolve.js";
import { type Person, peopleOf } from "../report/redact.js";
import { verdictOf } from "../report/report.js";
import type { RepoEntry } from "../repository/repository.js";
import { findingOf } from "../rule-meta.js";
import { evaluate } from "../rules/evaluate.js";
import { applyExceptions } from "../rules/exceptions.js";
import { checkSchema, SCHEMA_RULE } from "../schema/check.js";
import type { AgreementAbout, FileResult, Finding } from "../types.js";

export interface ValidateOptions {
  resolver: PolicyResolver;
  maxBytes?: number;
  /** Describe the agreement for the HTML report (FileResult.about). */
  about?: boolean;
}

/** A file's result, plus what repository-level checks need of it. */
export interface Evaluated {
  result: FileResult;
  repo?: RepoEntry;
  /** The people the agreement names, for --redact. */
  people?: Person[];
}

export interface ValidateTextOptions extends ValidateOptions {
  /** Only what repository checks need: parse and schema-check, resolve, but run no rules. */
  scanOnly?: boolean;
}

function numberParam(policy: ResolvedPolicy | undefined, name: string): number | undefined {
  const v = policy?.params.get(name)?.value;
  return typeof v === "number" ? v : undefined;
}

function repoEntry(
  file: string,
  a: HomeOfficeAgreement,
  positionOf: (p: string) => { line: number; column: number },
  policy?: ResolvedPolicy,
): RepoEntry {
  return {
    file,
    id: a.id,
    employeeId: a.employee.id,
    start: a.period.start,
    end: a.period.end ?? null,
    idPos: positionOf("/id"),
    periodPos: positionOf("/period"),
    renewalGapDays: numberParam(policy, "renewalGapDays"),
    maxConsecutiveMonths: numberParam(policy, "maxConsecutiveMonths"),
  };
}

export function invalid(file: string, findings: Finding[], agreementId: string | null = null): Evaluated {
  return { result: { file, agreementId, verdict: "invalid", layers: [], findings, waived: [] } };
}

export async function validateText(
  file: string,
  text: string,
  opts: ValidateTextOptions,
): Promise<Evaluated> {
  const loaded = parseYaml(text);
  const evaluated = await judge(file, loaded, opts);
  if (loaded.value !== undefined) evaluated.people = peopleOf(loaded.value);
  return evaluated;
}

/** The id of a document that may not be an agreement, when it has one. */
function idOf(value: unknown): string | null {
  return value && typeof value === "object" && "id" in value && typeof value.id === "string"
    ? value.id
    : null;
}

/** The parse and schema problems of a loaded document, as the findings of an invalid agreement. */
function unsound(file: string, loaded: Loaded): Evaluated | undefined {
  if (loaded.problems.length > 0) {
    return invalid(
      file,
      loaded.problems.map((p) => findingOf(YAML_RULE, p.messages, p)),
    );
  }
  const problems = checkSchema("agreement", loaded.value);
  if (problems.length === 0) return undefined;
  return invalid(
    file,
    problems.map((p) =>
      findingOf(SCHEMA_RULE, p.messages, loaded.positionOf(p.pointer, { key: p.atKey }), p.pointer),
    ),
    idOf(loaded.value),
  );
}

async function judge(file: string, loaded: Loaded, opts: ValidateTextOptions): Promise<Evaluated> {
  const refused = unsound(file, loaded);
  if (refused) return refused;
  // Schema-valid: the value is an agreement.
  const agreement = loaded.value as HomeOfficeAgreement;
  const resolved = opts.resolver.resolve(
    agreement.employee.unit.faculty,
    agreement.employee.unit.department,
    agreement.period.start,
  );
  const positionOf = (pointer: string) => loaded.positionOf(pointer);
  // A layer the unit needs is not in force: the chain above it still gives its findings.
  const missing =
    "missing" in resolved
      ? findingOf(NO_POLICY_RULE, resolved.missing, positionOf("/period/start"), "/period/start")
      : undefined;
  const policy = resolved.policy;
  const agreementId = agreement.id;
  if (!policy) {
    const layers = "layers" in resolved ? resolved.layers : [];
    const findings = missing ? [missing] : [];
    return {
      result: { file, agreementId, verdict: "non-compliant", layers, findings, waived: [] },
      repo: repoEntry(file, agreement, positionOf),
    };
  }
  const repo = repoEntry(file, agreement, positionOf, policy);
  if (opts.scanOnly) {
    return {
      result: { file, agreementId, verdict: "compliant", layers: [], findings: [], waived: [] },
      repo,
    };
  }
  const all = await evaluate(policy, { agreement, positionOf });
  const applied = applyExceptions(agreement, all, policy.rules, positionOf);
  const findings = missing ? [missing, ...applied.findings] : applied.findings;
  return {
    result: {
      file,
      agreementId,
      verdict: verdictOf(findings, false),
      layers: policy.layers.map((l) => `${l.id}@${l.version}`),
      findings,
      waived: applied.waived,
      ...(opts.about ? { about: describe(agreement, policy, findings, applied.waived) } : {}),
    },
    repo,
  };
}

/** What the HTML report shows of an agreement beside its findings. */
function describe(
  a: HomeOfficeAgreement,
  policy: ResolvedPolicy,
  findings: Finding[],
  waived: Finding[],
): AgreementAbout {
  const cycle = a.schedule?.cycle ?? [];
  const share = (d: Weekday) =>
    cycle.length === 0 ? 0 : cycle.filter((w) => (w.home ?? []).includes(d)).length / cycle.length;
  const homeDays = {
    mon: share("mon"),
    tue: share("tue"),
    wed: share("wed"),
    thu: share("thu"),
    fri: share("fri"),
    sat: share("sat"),
    sun: share("sun"),
  };
  const fired = new Set([...findings, ...waived].map((f) => f.ruleId));
  return {
    unit: { faculty: a.employee.unit.faculty, department: a.employee.unit.department ?? null },
    period: { start: a.period.start, end: a.period.end ?? null },
    employeeId: a.employee.id,
    homeDays,
    passed: policy.rules.filter((r) => r.enabled && !fired.has(r.id)).map((r) => r.id),
  };
}
