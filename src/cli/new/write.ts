/**
 * `hjemmekontor new` at work (SPEC 10.1): the values from a terminal (asked) or from the flags
 * (every missing one named, exit 2), the policy's defaults, the agreement as YAML with the schema
 * modeline and short nb comments, validated before it is written — by the same `validateText` as
 * `validate` — and its findings printed. A file that exists is never overwritten.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { SCHEMA_DIR } from "../../core/paths.js";
import { displayPath } from "../../core/policy/load.js";
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
  return new UsageError({
    nb: `${file} finnes allerede; new overskriver aldri en fil. Velg et annet navn med --output.`,
    en: `${file} exists already; new never overwrites a file. Choose another name with --output.`,
  });
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
  const terminal = flags.input && process.stdin.isTTY === true && process.stdout.isTTY === true;
  let draft: Draft;
  let output = flags.output ?? (given.id ? `${given.id}.yaml` : undefined);
  // Said before any question is asked: the answers would be lost.
  if (output && existsSync(output)) throw exists(output);
  if (terminal) {
    try {
      const ask = await terminalAsk(lang);
      draft = await interview(ask, lang, resolver, given, today());
      if (!flags.output) output = await askOutput(ask, lang, draft.id);
    } catch (err) {
      if (!isPromptExit(err)) throw err;
      process.stderr.write(
        lang === "nb" ? "Avbrutt; ingen fil er skrevet.\n" : "Cancelled; no file written.\n",
      );
      return 2;
    }
  } else {
    const missing = REQUIRED.filter(([k]) => given[k as keyof Given] === undefined).map(([, f]) => f);
    if (missing.length > 0) {
      throw new UsageError({
        nb: `Uten terminal tar new verdiene fra valgene, og disse mangler: ${missing.join(", ")}. Se hjemmekontor new --help.`,
        en: `Without a terminal, new takes its values from the flags, and these are missing: ${missing.join(", ")}. See hjemmekontor new --help.`,
      });
    }
    draft = given as Draft;
  }
  const file = output ?? `${draft.id}.yaml`;
  const defaults = policyDefaults(
    resolver,
    { faculty: draft.faculty, department: draft.department },
    draft.start,
  );
  const agreement = draftAgreement(draft, defaults, lang);
  const text = agreementYaml(agreement as unknown as Record<string, unknown>, {
    schema: schemaRef(file),
    // The file is an NTNU document: its comments are nb whatever the run's language (SPEC 10.1).
    header: ["Avtale om fast hjemmekontor ved NTNU, skrevet med hjemmekontor new."],
    footer: signatureFooter(agreement),
  });
  const shown = displayPath(resolve(file));
  const { result } = await validateText(shown, text, { resolver });
  const report = buildReport([result], [], dirs.map(displayPath));
  const chunks = await formatChunks("text", report, { lang, rules: ruleMeta(resolver) });
  if (result.verdict === "invalid") {
    for (const c of chunks) process.stderr.write(c);
    throw new UsageError({
      nb: "Verdiene gir ingen gyldig avtale (se over); ingen fil er skrevet.",
      en: "The values make no valid agreement (see above); no file written.",
    });
  }
  try {
    writeFileSync(file, text, { flag: "wx" });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    if (code === "EEXIST") throw exists(file);
    throw new UsageError({
      nb: `Kan ikke skrive ${file} (${code}). Sjekk mappen og rettighetene.`,
      en: `Cannot write ${file} (${code}). Check the folder and the permissions.`,
    });
  }
  for (const c of chunks) process.stdout.write(c);
  const n = result.findings.length;
  const name = escapeControls(shown);
  process.stdout.write(
    lang === "nb"
      ? n === 0
        ? `Skrev ${name}; ingen funn.\n`
        : `Skrev ${name}. Funnene over er det som gjenstår før avtalen er i orden (f.eks. underskriftene).\n`
      : n === 0
        ? `Wrote ${name}; no findings.\n`
        : `Wrote ${name}. The findings above are what is left before the agreement is in order (e.g. the signatures).\n`,
  );
  process.stderr.write(
    lang === "nb"
      ? `hjemmekontor: policy fra ${escapeControls(dirs.map(displayPath).join(", "))}\n`
      : `hjemmekontor: policy from ${escapeControls(dirs.map(displayPath).join(", "))}\n`,
  );
  return 0;
}
