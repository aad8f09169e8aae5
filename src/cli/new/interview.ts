/**
 * `new` in a terminal (SPEC 10.1): asks for each value in turn that no flag gave, in the run's
 * language, with the policy's defaults filled in — the end date is the last one the policy in
 * force allows, the home hours are core time, the equipment is the covered equipment — and
 * choices for every enum. Each answer is checked as it is given.
 */
import { existsSync } from "node:fs";
import { msg } from "../../core/messages/index.js";
import type { PolicyResolver } from "../../core/policy/resolve.js";
import {
  DEFAULT_AVAILABILITY,
  DEFAULT_MAINTENANCE,
  type Draft,
  type PolicyDefaults,
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
import type { Lang } from "../../core/types.js";
import type { Weekday } from "../../types/generated/agreement.js";
import { NEW_Q } from "../messages/new.js";
import type { Ask } from "./ask.js";
import { type Questions, questions } from "./questions.js";
import {
  checkDate,
  checkId,
  checkNotBlank,
  checkPersonId,
  checkTime,
  checkUnit,
  ITEM_PATTERN,
  isMessages,
  parseList,
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
  const q = questions(ask, lang);
  const units = knownUnits(resolver);
  const d: Given = { ...given };
  d.id ??= await q.text("id", NEW_Q.id, checkId);
  const unit = await askUnit(q, units, given, d);
  await askPeople(q, given, d);
  d.start ??= await q.text("start", NEW_Q.start, checkDate, nextMonth(today));
  const defaults = policyDefaults(resolver, unit, d.start);
  d.end ??= await q.text("end", NEW_Q.end, checkDate, defaults.lastAllowedEnd ?? undefined);
  await askWeek(q, defaults, given, d);
  await askWork(q, given, d, today);
  if (!given.equipment) d.equipment = await askEquipment(q, defaults);
  if ((d.equipment ?? []).length > 0)
    d.maintenance ??= await ask.text({
      key: "maintenance",
      message: q.say(NEW_Q.maintenance),
      default: DEFAULT_MAINTENANCE[lang],
      validate: q.check(checkNotBlank),
    });
  d.employerMayRecall ??= await ask.yes({ key: "recall", message: q.say(NEW_Q.recall), default: true });
  d.insuranceInformed ??= await ask.yes({
    key: "insurance",
    message: q.say(NEW_Q.insurance),
    default: false,
  });
  return d as Draft;
}

/** The local layers after a question about a unit, as a hint: " (lokale lag: IE, SU)". */
function layersHint(q: Questions, names: string[]): string {
  return names.length ? ` (${q.say(NEW_Q.localLayers)}: ${names.join(", ")})` : "";
}

/** The agreement's unit: the faculty, then the department (none when the answer is empty). */
async function askUnit(
  q: Questions,
  units: ReturnType<typeof knownUnits>,
  given: Given,
  d: Given,
): Promise<{ faculty: string; department?: string }> {
  d.faculty ??= await q.ask.text({
    key: "faculty",
    message: `${q.say(NEW_Q.faculty)}${layersHint(q, units.faculties)}`,
    validate: q.check(checkUnit),
  });
  if (given.department === undefined) {
    const known = units.departments.get(d.faculty.toUpperCase()) ?? [];
    const dep = await q.ask.text({
      key: "department",
      message: `${q.say(NEW_Q.department)}${layersHint(q, known)}`,
      validate: (v) => (v === "" ? null : q.check(checkUnit)(v)),
    });
    if (dep) d.department = dep;
  }
  return { faculty: d.faculty, department: d.department };
}

/** The employee (id, name, position, percentage) and the manager. */
async function askPeople(q: Questions, given: Given, d: Given): Promise<void> {
  d.employeeId ??= await q.text("employeeId", NEW_Q.employeeId, checkPersonId);
  d.name ??= await q.text("name", NEW_Q.name, checkNotBlank);
  if (given.position === undefined) {
    const position = await q.ask.text({ key: "position", message: q.say(NEW_Q.position) });
    if (position) d.position = position;
  }
  d.percent ??= await q.number("percent", NEW_Q.percent, 1, 100, 100);
  d.managerId ??= await q.text("managerId", NEW_Q.managerId, checkPersonId);
  d.managerName ??= await q.text("managerName", NEW_Q.managerName, checkNotBlank);
}

/** The week: the workdays, the home days, the hours at home (core time by default), availability. */
async function askWeek(q: Questions, defaults: PolicyDefaults, given: Given, d: Given): Promise<void> {
  d.workdays ??= await q.ask.many<Weekday>({
    key: "workdays",
    message: q.say(NEW_Q.workdays),
    choices: WEEKDAYS.map((day) => ({
      value: day,
      name: wordFor(DAY_NAMES, q.lang, day),
      checked: DEFAULT_WORKDAYS.includes(day),
    })),
    validate: (v) => (v.length === 0 ? q.say(NEW_Q.atLeastOne) : null),
  });
  if (!given.home) d.home = await askHomeDays(q, d.workdays ?? DEFAULT_WORKDAYS);
  if (!given.homeHours) {
    const start = await q.text("homeStart", NEW_Q.homeStart, checkTime, defaults.coreTime?.start ?? "08:00");
    const end = await q.text("homeEnd", NEW_Q.homeEnd, checkTime, defaults.coreTime?.end ?? "15:30");
    d.homeHours = { start, end };
  }
  d.availability ??= await q.ask.text({
    key: "availability",
    message: q.say(NEW_Q.availability),
    default: DEFAULT_AVAILABILITY[q.lang],
  });
}

/** The home days: how many weeks the pattern has, then the home days of each, among the workdays. */
async function askHomeDays(q: Questions, workdays: readonly Weekday[]): Promise<Weekday[][]> {
  const weeks = Number(
    await q.ask.choose({
      key: "weeks",
      message: q.say(NEW_Q.weeks),
      choices: ["1", "2", "3", "4"].map((n) => ({ value: n, name: n })),
      default: "1",
    }),
  );
  const home: Weekday[][] = [];
  for (let w = 1; w <= weeks; w++) {
    home.push(
      await q.ask.many<Weekday>({
        key: "home",
        message: q.say(msg(NEW_Q.home, { week: w })),
        choices: workdays.map((day) => ({ value: day, name: wordFor(DAY_NAMES, q.lang, day) })),
      }),
    );
  }
  return home;
}

/** The work: reasons, tasks, information class, health or safety, suitability, the declaration. */
async function askWork(q: Questions, given: Given, d: Given, today: string): Promise<void> {
  d.reasons ??= await q.ask.many({
    key: "reasons",
    message: q.say(NEW_Q.reasons),
    choices: REASONS.map((r) => ({ value: r, name: wordFor(REASON_NAMES, q.lang, r) })),
  });
  d.tasks ??= await q.text("tasks", NEW_Q.tasks, checkNotBlank);
  d.informationClass ??= await q.ask.choose({
    key: "informationClass",
    message: q.say(NEW_Q.informationClass),
    choices: INFORMATION_CLASSES.map((c) => ({ value: c, name: wordFor(CLASS_NAMES, q.lang, c) })),
    default: "internal",
  });
  d.healthOrSafetyCritical ??= await q.ask.yes({
    key: "critical",
    message: q.say(NEW_Q.critical),
    default: false,
  });
  d.suitable ??= await q.ask.yes({ key: "suitable", message: q.say(NEW_Q.suitable), default: true });
  if (
    given.declaredOn === undefined &&
    (await q.ask.yes({ key: "declared", message: q.say(NEW_Q.declared), default: false }))
  )
    d.declaredOn = await q.text("declaredOn", NEW_Q.declaredOn, checkDate, today);
}

/** The equipment NTNU provides: the covered equipment checked, more to choose, and any others named. */
async function askEquipment(q: Questions, defaults: PolicyDefaults): Promise<string[]> {
  const extra = ["docking-station", "headset"].filter((e) => !defaults.equipment.includes(e));
  const chosen = await q.ask.many({
    key: "equipment",
    message: q.say(NEW_Q.equipment),
    choices: [...defaults.equipment, ...extra].map((e) => ({
      value: e,
      name: e,
      checked: defaults.equipment.includes(e),
    })),
  });
  const more = await q.ask.text({
    key: "moreEquipment",
    message: q.say(NEW_Q.moreEquipment),
    validate: (v) => {
      const r = parseList(v, ITEM_PATTERN);
      return isMessages(r) ? q.say(r) : null;
    },
  });
  return [...new Set([...chosen, ...(parseList(more, ITEM_PATTERN) as string[])])];
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
