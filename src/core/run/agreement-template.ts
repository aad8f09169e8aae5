/**
 * A new agreement (SPEC 10): the defaults the policy in force gives (the last allowed end date,
 * home hours = core time, the covered equipment), and the agreement built from the values a
 * person gave. Shared by `hjemmekontor new` and the form page; no fs, so it runs in the browser.
 */
import type { HomeOfficeAgreement, Weekday } from "../../types/generated/agreement.js";
import { computeFacts } from "../catalogue/compute.js";
import { msg } from "../messages/index.js";
import { RUN } from "../messages/run.js";
import type { PolicyResolver } from "../policy/resolve.js";
import type { Lang } from "../types.js";
import { DEFAULT_WORKDAYS } from "./agreement-words.js";
import { scalar } from "./agreement-yaml.js";

/** What the policy in force for a unit on a start date gives a new agreement. */
export interface PolicyDefaults {
  /** `id@version` of each layer in force, national first (empty when none is). */
  layers: string[];
  /** The last end date `max-duration` allows, or null when the policy sets no limit. */
  lastAllowedEnd: string | null;
  /** Core time, the default home hours; null when the policy has none. */
  coreTime: { start: string; end: string } | null;
  /** The equipment NTNU covers (`coveredEquipment`), in the policy's order. */
  equipment: string[];
}

/** The defaults of the policy in force for `unit` on `start` (the chain above a missing layer, if one is). */
export function policyDefaults(
  resolver: PolicyResolver,
  unit: { faculty: string; department?: string },
  start: string,
): PolicyDefaults {
  const resolved = resolver.resolve(unit.faculty, unit.department || undefined, start);
  const policy = resolved.policy;
  if (!policy) return { layers: [], lastAllowedEnd: null, coreTime: null, equipment: [] };
  const params: Record<string, unknown> = {};
  for (const [name, p] of policy.params) params[name] = p.value;
  // The same facts the rules see, so the default end is exactly the last one max-duration allows.
  const facts = computeFacts(
    {
      kind: "HomeOfficeAgreement",
      schemaVersion: 1,
      id: "new",
      type: "fixed",
      employee: { id: "new", unit: { faculty: unit.faculty } },
      period: { start },
    },
    params,
  );
  const core = params.coreTime as { start?: unknown; end?: unknown } | undefined;
  return {
    layers: policy.layers.map((l) => `${l.id}@${l.version}`),
    lastAllowedEnd: typeof facts.lastAllowedEnd === "string" ? facts.lastAllowedEnd : null,
    coreTime:
      core && typeof core.start === "string" && typeof core.end === "string"
        ? { start: core.start, end: core.end }
        : null,
    equipment: Array.isArray(params.coveredEquipment)
      ? (params.coveredEquipment as unknown[]).filter((x): x is string => typeof x === "string")
      : [],
  };
}

/** The values a person gives for a new agreement; what is left out takes its default. */
export interface Draft {
  id: string;
  faculty: string;
  department?: string;
  employeeId: string;
  name?: string;
  position?: string;
  percent?: number;
  managerId?: string;
  managerName?: string;
  start: string;
  end?: string;
  workdays?: Weekday[];
  hoursPerWeek?: number;
  /** The home days of each week of the cycle (1–4 weeks). */
  home: Weekday[][];
  homeHours?: { start: string; end: string };
  availability?: string;
  reasons?: string[];
  tasks?: string;
  suitable?: boolean;
  informationClass?: string;
  healthOrSafetyCritical?: boolean;
  /** The date the employee declared workstation, equipment and indoor environment sound; none yet when absent. */
  declaredOn?: string;
  /** Equipment NTNU provides and owns (default: the covered equipment). */
  equipment?: string[];
  maintenance?: string;
  employerMayRecall?: boolean;
  insuranceInformed?: boolean;
  noticePeriodDays?: number;
}

/** Who maintains the equipment and when it goes back, when the draft does not say. */
export const DEFAULT_MAINTENANCE: Record<Lang, string> = msg(RUN.defaultMaintenance);

/** How the employee can be reached at home when the draft does not say. */
export const DEFAULT_AVAILABILITY: Record<Lang, string> = msg(RUN.defaultAvailability);

/** The agreement a draft gives, with the policy's defaults where the draft is silent. */
export function draftAgreement(d: Draft, defaults: PolicyDefaults, lang: Lang): HomeOfficeAgreement {
  const homeHours = d.homeHours ?? defaults.coreTime ?? undefined;
  const end = d.end ?? defaults.lastAllowedEnd ?? undefined;
  const equipment = d.equipment ?? defaults.equipment;
  const declared = d.declaredOn !== undefined;
  const percent = d.percent ?? 100;
  return {
    kind: "HomeOfficeAgreement",
    schemaVersion: 1,
    id: d.id,
    type: "fixed",
    employee: {
      id: d.employeeId,
      ...(d.name ? { name: d.name } : {}),
      ...(d.position ? { position: d.position } : {}),
      employmentPercent: percent,
      unit: { faculty: d.faculty, ...(d.department ? { department: d.department } : {}) },
    },
    manager: {
      ...(d.managerId ? { id: d.managerId } : {}),
      ...(d.managerName ? { name: d.managerName } : {}),
    },
    period: { start: d.start, ...(end ? { end } : {}) },
    schedule: {
      workdays: (d.workdays ?? DEFAULT_WORKDAYS) as [Weekday, ...Weekday[]],
      hoursPerWeek: d.hoursPerWeek ?? Math.round(37.5 * percent) / 100,
      cycle: d.home.map((home) => ({ home })) as [{ home: Weekday[] }, ...{ home: Weekday[] }[]],
      ...(homeHours ? { homeHours } : {}),
      availability: d.availability ?? DEFAULT_AVAILABILITY[lang],
    },
    ...(d.reasons && d.reasons.length > 0 ? { reasons: d.reasons as HomeOfficeAgreement["reasons"] } : {}),
    tasks: {
      ...(d.tasks ? { description: d.tasks } : {}),
      suitableForHomeOffice: d.suitable ?? true,
      informationClass: (d.informationClass ?? "internal") as "internal",
      healthOrSafetyCritical: d.healthOrSafetyCritical ?? false,
    },
    // Until the employee has declared it, each point stands as not declared (the rule says so).
    workEnvironment: {
      workstation: declared,
      equipment: declared,
      indoorEnvironment: declared,
      ...(declared ? { declaredOn: d.declaredOn } : {}),
    },
    ...(equipment.length > 0
      ? {
          equipment: {
            items: equipment.map((item) => ({ item, providedBy: "ntnu" as const, owner: "ntnu" as const })),
            maintenance: d.maintenance ?? DEFAULT_MAINTENANCE[lang],
          },
        }
      : {}),
    terms: {
      employerMayRecall: d.employerMayRecall ?? true,
      insuranceInformed: d.insuranceInformed ?? false,
      ...(d.noticePeriodDays !== undefined ? { noticePeriodDays: d.noticePeriodDays } : {}),
    },
  };
}

/** The signature lines `new` leaves commented out at the end of the file, to fill in on signing. */
export function signatureFooter(a: HomeOfficeAgreement): string[] {
  const name = (n: string | undefined) => scalar(n ?? "NAVN");
  return [
    "Underskriftene fylles inn når begge har skrevet under (fjern # foran linjene):",
    "signatures:",
    `  employee: { name: ${name(a.employee.name)}, date: ÅÅÅÅ-MM-DD }`,
    `  manager: { name: ${name(a.manager?.name)}, date: ÅÅÅÅ-MM-DD }`,
  ];
}
