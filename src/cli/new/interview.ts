/**
 * `new` in a terminal (SPEC 10.1): asks for each value in turn that no flag gave, in the run's
 * language, with the policy's defaults filled in — the end date is the last one the policy in
 * force allows, the home hours are core time, the equipment is the covered equipment — and
 * choices for every enum. Each answer is checked as it is given.
 */
import { existsSync } from "node:fs";
import { msg, type Template } from "../../core/messages/index.js";
import type { PolicyResolver } from "../../core/policy/resolve.js";
import {
  DEFAULT_AVAILABILITY,
  DEFAULT_MAINTENANCE,
  type Draft,
  policyDefaults,
} from "../../core/run/agreement-template.js";
import {
  CLASS_NAMES,
  DAY_NAMES,
  DEFAULT_WORKDAYS,
  INFORMATION_CLASSES,
  REASON_NAMES,
  REASONS,
  WEEKDAYS,
  wordFor,
} from "../../core/run/agreement-words.js";
import type { Lang, Messages } from "../../core/types.js";
import type { Weekday } from "../../types/generated/agreement.js";
import { NEW_Q } from "../messages/new.js";
import type { Ask } from "./ask.js";
import {
  type Check,
  checkDate,
  checkId,
  checkNotBlank,
  checkPersonId,
  checkTime,
  checkUnit,
  ITEM_PATTERN,
  isMessages,
  parseList,
  parseNumber,
} from "./values.js";

/** The draft so far: what the flags gave. */
export type Given = Partial<Draft>;

/** The units that have a local layer, for the hints: faculties, and departments by faculty. */
export function knownUnits(resolver: PolicyResolver): {
  faculties: string[];
  departments: Map<string, string[]>;
} {
  const faculties = new Set<string>();
  const departments = new Map<string, string[]>();
  for (const l of resolver.set.layers) {
    const f = l.appliesTo.faculty;
    if (!f) continue;
    faculties.add(f);
    const d = l.appliesTo.department;
    if (d) departments.set(f.toUpperCase(), [...new Set([...(departments.get(f.toUpperCase()) ?? []), d])]);
  }
  return { faculties: [...faculties].sort(), departments };
}

/** The first of next month: a start date that is seldom wrong by much. */
function nextMonth(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

export async function interview(
  ask: Ask,
  lang: Lang,
  resolver: PolicyResolver,
  given: Given,
  today: string,
): Promise<Draft> {
  const say = (m: Messages) => m[lang];
  const check = (c: Check) => (v: string) => {
    const problem = c(v);
    return problem ? say(problem) : null;
  };
  const optional = (c: Check) => (v: string) => (v === "" ? null : check(c)(v));
  const text = async (key: string, question: Template, c: Check, def?: string) =>
    ask.text({ key, message: say(question), default: def, validate: check(c) });
  const number = async (key: string, question: Template, min: number, max: number, def: number) => {
    const v = await ask.text({
      key,
      message: say(question),
      default: String(def),
      validate: (s) => {
        const n = parseNumber(s, min, max);
        return isMessages(n) ? say(n) : null;
      },
    });
    return parseNumber(v, min, max) as number;
  };
  const units = knownUnits(resolver);
  const d: Given = { ...given };
  d.id ??= await text("id", NEW_Q.id, checkId);
  d.faculty ??= await ask.text({
    key: "faculty",
    message: `${say(NEW_Q.faculty)}${units.faculties.length ? ` (${say(NEW_Q.localLayers)}: ${units.faculties.join(", ")})` : ""}`,
    validate: check(checkUnit),
  });
  if (given.department === undefined) {
    const known = units.departments.get(d.faculty.toUpperCase()) ?? [];
    const dep = await ask.text({
      key: "department",
      message: `${say(NEW_Q.department)}${known.length ? ` (${say(NEW_Q.localLayers)}: ${known.join(", ")})` : ""}`,
      validate: optional(checkUnit),
    });
    if (dep) d.department = dep;
  }
  d.employeeId ??= await text("employeeId", NEW_Q.employeeId, checkPersonId);
  d.name ??= await text("name", NEW_Q.name, checkNotBlank);
  if (given.position === undefined) {
    const position = await ask.text({ key: "position", message: say(NEW_Q.position) });
    if (position) d.position = position;
  }
  d.percent ??= await number("percent", NEW_Q.percent, 1, 100, 100);
  d.managerId ??= await text("managerId", NEW_Q.managerId, checkPersonId);
  d.managerName ??= await text("managerName", NEW_Q.managerName, checkNotBlank);
  d.start ??= await text("start", NEW_Q.start, checkDate, nextMonth(today));
  const defaults = policyDefaults(resolver, { faculty: d.faculty, department: d.department }, d.start);
  d.end ??= await text("end", NEW_Q.end, checkDate, defaults.lastAllowedEnd ?? undefined);
  d.workdays ??= await ask.many<Weekday>({
    key: "workdays",
    message: say(NEW_Q.workdays),
    choices: WEEKDAYS.map((day) => ({
      value: day,
      name: wordFor(DAY_NAMES, lang, day),
      checked: DEFAULT_WORKDAYS.includes(day),
    })),
    validate: (v) => (v.length === 0 ? say(NEW_Q.atLeastOne) : null),
  });
  if (!given.home) {
    const weeks = Number(
      await ask.choose({
        key: "weeks",
        message: say(NEW_Q.weeks),
        choices: ["1", "2", "3", "4"].map((n) => ({ value: n, name: n })),
        default: "1",
      }),
    );
    d.home = [];
    for (let w = 1; w <= weeks; w++) {
      d.home.push(
        await ask.many<Weekday>({
          key: "home",
          message: say(msg(NEW_Q.home, { week: w })),
          choices: (d.workdays ?? DEFAULT_WORKDAYS).map((day) => ({
            value: day,
            name: wordFor(DAY_NAMES, lang, day),
          })),
        }),
      );
    }
  }
  if (!given.homeHours) {
    const start = await text("homeStart", NEW_Q.homeStart, checkTime, defaults.coreTime?.start ?? "08:00");
    const end = await text("homeEnd", NEW_Q.homeEnd, checkTime, defaults.coreTime?.end ?? "15:30");
    d.homeHours = { start, end };
  }
  d.availability ??= await ask.text({
    key: "availability",
    message: say(NEW_Q.availability),
    default: DEFAULT_AVAILABILITY[lang],
  });
  d.reasons ??= await ask.many({
    key: "reasons",
    message: say(NEW_Q.reasons),
    choices: REASONS.map((r) => ({ value: r, name: wordFor(REASON_NAMES, lang, r) })),
  });
  d.tasks ??= await text("tasks", NEW_Q.tasks, checkNotBlank);
  d.informationClass ??= await ask.choose({
    key: "informationClass",
    message: say(NEW_Q.informationClass),
    choices: INFORMATION_CLASSES.map((c) => ({ value: c, name: wordFor(CLASS_NAMES, lang, c) })),
    default: "internal",
  });
  d.healthOrSafetyCritical ??= await ask.yes({
    key: "critical",
    message: say(NEW_Q.critical),
    default: false,
  });
  d.suitable ??= await ask.yes({ key: "suitable", message: say(NEW_Q.suitable), default: true });
  if (
    given.declaredOn === undefined &&
    (await ask.yes({ key: "declared", message: say(NEW_Q.declared), default: false }))
  )
    d.declaredOn = await text("declaredOn", NEW_Q.declaredOn, checkDate, today);
  if (!given.equipment) {
    const extra = ["docking-station", "headset"].filter((e) => !defaults.equipment.includes(e));
    const chosen = await ask.many({
      key: "equipment",
      message: say(NEW_Q.equipment),
      choices: [...defaults.equipment, ...extra].map((e) => ({
        value: e,
        name: e,
        checked: defaults.equipment.includes(e),
      })),
    });
    const more = await ask.text({
      key: "moreEquipment",
      message: say(NEW_Q.moreEquipment),
      validate: (v) => {
        const r = parseList(v, ITEM_PATTERN);
        return isMessages(r) ? say(r) : null;
      },
    });
    d.equipment = [...new Set([...chosen, ...(parseList(more, ITEM_PATTERN) as string[])])];
  }
  if ((d.equipment ?? []).length > 0)
    d.maintenance ??= await ask.text({
      key: "maintenance",
      message: say(NEW_Q.maintenance),
      default: DEFAULT_MAINTENANCE[lang],
      validate: check(checkNotBlank),
    });
  d.employerMayRecall ??= await ask.yes({ key: "recall", message: say(NEW_Q.recall), default: true });
  d.insuranceInformed ??= await ask.yes({ key: "insurance", message: say(NEW_Q.insurance), default: false });
  return d as Draft;
}

/** Asks where to write, until the answer names a file that does not exist yet. */
export async function askOutput(ask: Ask, lang: Lang, id: string): Promise<string> {
  return ask.text({
    key: "output",
    message: NEW_Q.output[lang],
    default: `${id}.yaml`,
    validate: (v) =>
      v === "" ? NEW_Q.atLeastOne[lang] : existsSync(v) ? msg(NEW_Q.exists, { file: v })[lang] : null,
  });
}
