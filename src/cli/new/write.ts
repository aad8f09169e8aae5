/**
 * `hjemmekontor new` at work (SPEC 10.1): the values from a terminal (asked) or from the flags
 * (every missing one named, exit 2), the policy's defaults, the agreement as YAML with the schema
 * modeline and short nb comments, validated before it is written — by the same `validateText` as
 * `validate` — and its findings printed. A file that exists is never overwritten.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { msg } from "../../core/messages/index.js";
import { SCHEMA_DIR } from "../../core/paths.js";
import { displayPath } from "../../core/policy/load.js";
import type { PolicyResolver } from "../../core/policy/resolve.js";
import { buildReport } from "../../core/report/report.js";
import { ruleMeta } from "../../core/report/rules.js";
import {
  type Draft,
  draftAgreement,
  policyDefaults,
  signatureFooter,
} from "../../core/run/agreement-template.js";
import { agreementYaml } from "../../core/run/agreement-yaml.js";
import { defaultPolicyDirs, loadPolicies } from "../../core/run/run.js";
import { validateText } from "../../core/run/validate.js";
import { type Lang, UsageError } from "../../core/types.js";
import { escapeControls } from "../../formatters/escape.js";
import { formatChunks } from "../../formatters/index.js";
import type { Weekday } from "../../types/generated/agreement.js";
import { NEW_RUN } from "../messages/new.js";
import { CLI_VALIDATE } from "../messages/validate.js";
import { today } from "../options.js";
import { isPromptExit, terminalAsk } from "./ask.js";
import { askOutput, type Given, interview } from "./interview.js";

export interface NewFlags {
  id?: string;
  faculty?: string;
  department?: string;
  employeeId?: string;
  name?: string;
  position?: string;
  percent?: number;
  managerId?: string;
  managerName?: string;
  start?: string;
  end?: string;
  home?: Weekday[][];
  workdays?: Weekday[];
  hoursPerWeek?: number;
  homeHours?: { start: string; end: string };
  availability?: string;
  reasons?: string[];
  tasks?: string;
  informationClass?: string;
  healthOrSafetyCritical?: boolean;
  declaredOn?: string;
  equipment?: string[];
  maintenance?: string;
  insuranceInformed?: boolean;
  noticeDays?: number;
  output?: string;
  input: boolean;
  policies?: string[];
  lang: Lang;
}

/** The flags that `new` cannot do without when it does not ask (SPEC 10.1). */
const REQUIRED: [keyof NewFlags, string][] = [
  ["id", "--id"],
  ["faculty", "--faculty"],
  ["employeeId", "--employee-id"],
  ["name", "--name"],
  ["managerId", "--manager-id"],
  ["managerName", "--manager-name"],
  ["start", "--start"],
  ["home", "--home"],
  ["tasks", "--tasks"],
];

function givenByFlags(f: NewFlags): Given {
  const g: Given = {
    id: f.id,
    faculty: f.faculty,
    department: f.department,
    employeeId: f.employeeId,
    name: f.name,
    position: f.position,
    percent: f.percent,
    managerId: f.managerId,
    managerName: f.managerName,
    start: f.start,
    end: f.end,
    home: f.home,
    workdays: f.workdays,
    hoursPerWeek: f.hoursPerWeek,
    homeHours: f.homeHours,
    availability: f.availability,
    reasons: f.reasons,
    tasks: f.tasks,
    informationClass: f.informationClass,
    healthOrSafetyCritical: f.healthOrSafetyCritical,
    declaredOn: f.declaredOn,
    equipment: f.equipment,
    maintenance: f.maintenance,
    insuranceInformed: f.insuranceInformed,
    noticePeriodDays: f.noticeDays,
  };
  return Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined)) as Given;
}

function exists(file: string): UsageError {
  return new UsageError(msg(NEW_RUN.exists, { file }));
}

/** The modeline's path from the agreement's folder to this package's agreement schema. */
function schemaRef(output: string): string {
  const rel = relative(dirname(resolve(output)), join(SCHEMA_DIR, "agreement.schema.json"));
  return rel.split(sep).join("/");
}

export async function runNew(flags: NewFlags): Promise<number> {
  const lang = flags.lang;
  const dirs = defaultPolicyDirs(flags.policies);
  const resolver = loadPolicies(dirs);
  const given = givenByFlags(flags);
  const output = flags.output ?? (given.id ? `${given.id}.yaml` : undefined);
  // Said before any question is asked: the answers would be lost.
  if (output && existsSync(output)) throw exists(output);
  const terminal = flags.input && process.stdin.isTTY === true && process.stdout.isTTY === true;
  const got = terminal ? await askDraft(flags, given, resolver) : { draft: flagDraft(given), output };
  if (got === undefined) return 2;
  const file = got.output ?? `${got.draft.id}.yaml`;
  const text = agreementText(got.draft, resolver, file, lang);
  const shown = displayPath(resolve(file));
  const { result } = await validateText(shown, text, { resolver });
  const report = buildReport([result], [], dirs.map(displayPath));
  const chunks = await formatChunks("text", report, { lang, rules: ruleMeta(resolver) });
  if (result.verdict === "invalid") {
    for (const c of chunks) process.stderr.write(c);
    throw new UsageError(NEW_RUN.invalid);
  }
  writeNew(file, text);
  for (const c of chunks) process.stdout.write(c);
  const wrote = result.findings.length === 0 ? NEW_RUN.wrote : NEW_RUN.wroteWithFindings;
  process.stdout.write(msg(wrote, { file: escapeControls(shown) })[lang]);
  const from = escapeControls(dirs.map(displayPath).join(", "));
  process.stderr.write(msg(CLI_VALIDATE.policyFrom, { dirs: from })[lang]);
  return 0;
}

/**
 * The draft and the file from a terminal: the questions for what the flags did not give, and
 * where to write unless `--output` said. Undefined when the person cancels (said on stderr).
 */
async function askDraft(
  flags: NewFlags,
  given: Given,
  resolver: PolicyResolver,
): Promise<{ draft: Draft; output: string } | undefined> {
  const lang = flags.lang;
  try {
    const ask = await terminalAsk(lang);
    const draft = await interview(ask, lang, resolver, given, today());
    return { draft, output: flags.output || (await askOutput(ask, lang, draft.id)) };
  } catch (err) {
    if (!isPromptExit(err)) throw err;
    process.stderr.write(NEW_RUN.cancelled[lang]);
    return undefined;
  }
}

/** The draft from the flags alone: every required one given, else a usage error naming the missing. */
function flagDraft(given: Given): Draft {
  const missing = REQUIRED.filter(([k]) => given[k as keyof Given] === undefined).map(([, f]) => f);
  if (missing.length > 0) {
    throw new UsageError(msg(NEW_RUN.missingFlags, { flags: missing.join(", ") }));
  }
  return given as Draft;
}

/** The agreement as the YAML file's text: the draft with the policy's defaults, modeline and comments. */
function agreementText(draft: Draft, resolver: PolicyResolver, file: string, lang: Lang): string {
  const defaults = policyDefaults(
    resolver,
    { faculty: draft.faculty, department: draft.department },
    draft.start,
  );
  const agreement = draftAgreement(draft, defaults, lang);
  return agreementYaml(agreement, {
    schema: schemaRef(file),
    // The file is an NTNU document: its comments are nb whatever the run's language (SPEC 10.1).
    header: ["Avtale om fast hjemmekontor ved NTNU, skrevet med hjemmekontor new."],
    footer: signatureFooter(agreement),
  });
}

/** Writes the new file; one that exists (created meanwhile) is never overwritten. */
function writeNew(file: string, text: string): void {
  try {
    writeFileSync(file, text, { flag: "wx" });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    if (code === "EEXIST") throw exists(file);
    throw new UsageError(msg(NEW_RUN.cannotWrite, { file, code }));
  }
}
