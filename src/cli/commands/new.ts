/**
 * `hjemmekontor new` (SPEC 10.1): the command's flags and help. The work (asking, defaults,
 * validating, writing) is in ../new/write.ts; the prompt library is loaded only when it asks.
 * (A chunk of its own for `new` would split modules it shares with `validate` into more files
 * that every one-file run then loads.)
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { msg } from "../../core/messages/index.js";
import { INFORMATION_CLASSES, REASONS } from "../../core/run/agreement-words.js";
import type { Lang, Messages } from "../../core/types.js";
import { NEW_HELP } from "../messages/new-help.js";
import {
  type Check,
  checkDate,
  checkId,
  checkPersonId,
  checkUnit,
  ITEM_PATTERN,
  isMessages,
  parseDays,
  parseHours,
  parseList,
  parseNumber,
} from "../new/values.js";
import { type NewFlags, runNew } from "../new/write.js";
import { type Ctx, command, helpAfter, langOption, policiesOption } from "../options.js";

/** A flag's value checked as it is read; commander says which flag, in the run's language. */
function checked<T>(lang: Lang, parse: (v: string) => T | Messages) {
  return (v: string): T => {
    const r = parse(v);
    if (isMessages(r)) throw new InvalidArgumentError(r[lang]);
    return r as T;
  };
}

const by = (c: Check) => (v: string) => c(v) ?? v;

export function addNew(program: Command, ctx: Ctx): void {
  newCommand(program, ctx.lang).action(async (flags: NewFlags) => {
    // The run's language is ctx.lang: the program-level --lang takes the value wherever it stands.
    ctx.exitCode = await runNew({ ...flags, lang: ctx.lang });
  });
}

/** The `new` command: the agreement's values as options, then the run's own, and the help. */
function newCommand(program: Command, lang: Lang): Command {
  const cmd = command(program, "new", lang, NEW_HELP.description);
  const options = [
    ...partyOptions(lang),
    ...arrangementOptions(lang),
    ...termsOptions(lang),
    ...runOptions(lang),
  ];
  for (const o of options) cmd.addOption(o);
  return helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor new",
      "hjemmekontor new --lang en --output agreements/IE-2026-0042.yaml",
      "hjemmekontor new --no-input --id IE-2026-0042 --faculty IE --department IDI --employee-id 100234 \\\n      --name 'Kari Nordmann' --manager-id 100001 --manager-name 'Ola Nordmann' --start 2026-01-05 \\\n      --home mon,thu --tasks 'Programmering og dokumentasjon.'",
    ],
    NEW_HELP.exits,
  );
}

/** An option of `new` with its help in the run's language. */
function option(lang: Lang, flags: string, text: Messages): Option {
  return new Option(flags, text[lang]);
}

/** Who and where: the agreement's id, unit, employee and manager. */
function partyOptions(lang: Lang): Option[] {
  return [
    option(lang, "--id <id>", NEW_HELP.id).argParser(checked(lang, by(checkId))),
    option(lang, "--faculty <code>", NEW_HELP.faculty).argParser(checked(lang, by(checkUnit))),
    option(lang, "--department <code>", NEW_HELP.department).argParser(checked(lang, by(checkUnit))),
    option(lang, "--employee-id <id>", NEW_HELP.employeeId).argParser(checked(lang, by(checkPersonId))),
    option(lang, "--name <name>", NEW_HELP.name),
    option(lang, "--position <title>", NEW_HELP.position),
    option(lang, "--percent <n>", NEW_HELP.percent).argParser(checked(lang, (v) => parseNumber(v, 1, 100))),
    option(lang, "--manager-id <id>", NEW_HELP.managerId).argParser(checked(lang, by(checkPersonId))),
    option(lang, "--manager-name <name>", NEW_HELP.managerName),
  ];
}

/** When and how: the period, the home days and hours, the reasons and the tasks. */
function arrangementOptions(lang: Lang): Option[] {
  return [
    option(lang, "--start <date>", NEW_HELP.start).argParser(checked(lang, by(checkDate))),
    option(lang, "--end <date>", NEW_HELP.end).argParser(checked(lang, by(checkDate))),
    option(lang, "--home <days>", NEW_HELP.home).argParser((v: string, prev: string[][] = []) => [
      ...prev,
      checked(lang, parseDays)(v),
    ]),
    option(lang, "--workdays <days>", NEW_HELP.workdays).argParser(checked(lang, parseDays)),
    option(lang, "--hours-per-week <n>", NEW_HELP.hoursPerWeek).argParser(
      checked(lang, (v) => parseNumber(v, 0.5, 100)),
    ),
    option(lang, "--home-hours <from-to>", NEW_HELP.homeHours).argParser(checked(lang, parseHours)),
    option(lang, "--availability <text>", NEW_HELP.availability),
    option(lang, "--reasons <list>", msg(NEW_HELP.reasons, { reasons: REASONS.join(", ") })).argParser(
      checked(lang, (v) => parseList(v, REASONS)),
    ),
    option(lang, "--tasks <text>", NEW_HELP.tasks),
  ];
}

/** Where to write, whether to ask, the policies and the language. */
function runOptions(lang: Lang): Option[] {
  return [
    option(lang, "--output <file>", NEW_HELP.output),
    option(lang, "--no-input", NEW_HELP.noInput),
    policiesOption(lang),
    langOption(lang),
  ];
}

/** The terms: information class, health and safety, equipment, insurance and notice. */
function termsOptions(lang: Lang): Option[] {
  return [
    option(lang, "--information-class <class>", NEW_HELP.informationClass).choices([...INFORMATION_CLASSES]),
    option(lang, "--health-or-safety-critical", NEW_HELP.healthOrSafetyCritical),
    option(lang, "--declared-on <date>", NEW_HELP.declaredOn).argParser(checked(lang, by(checkDate))),
    option(lang, "--equipment <items>", NEW_HELP.equipment).argParser(
      checked(lang, (v) => parseList(v, ITEM_PATTERN)),
    ),
    option(lang, "--maintenance <text>", NEW_HELP.maintenance),
    option(lang, "--insurance-informed", NEW_HELP.insuranceInformed),
    option(lang, "--notice-days <n>", NEW_HELP.noticeDays).argParser(
      checked(lang, (v) => parseNumber(v, 0, 365)),
    ),
  ];
}
