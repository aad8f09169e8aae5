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
  const lang = ctx.lang;
  const opt = (flags: string, text: Messages) => new Option(flags, text[lang]);
  const cmd = command(program, "new", lang, NEW_HELP.description)
    .addOption(opt("--id <id>", NEW_HELP.id).argParser(checked(lang, by(checkId))))
    .addOption(opt("--faculty <code>", NEW_HELP.faculty).argParser(checked(lang, by(checkUnit))))
    .addOption(opt("--department <code>", NEW_HELP.department).argParser(checked(lang, by(checkUnit))))
    .addOption(opt("--employee-id <id>", NEW_HELP.employeeId).argParser(checked(lang, by(checkPersonId))))
    .addOption(opt("--name <name>", NEW_HELP.name))
    .addOption(opt("--position <title>", NEW_HELP.position))
    .addOption(opt("--percent <n>", NEW_HELP.percent).argParser(checked(lang, (v) => parseNumber(v, 1, 100))))
    .addOption(opt("--manager-id <id>", NEW_HELP.managerId).argParser(checked(lang, by(checkPersonId))))
    .addOption(opt("--manager-name <name>", NEW_HELP.managerName))
    .addOption(opt("--start <date>", NEW_HELP.start).argParser(checked(lang, by(checkDate))))
    .addOption(opt("--end <date>", NEW_HELP.end).argParser(checked(lang, by(checkDate))))
    .addOption(
      opt("--home <days>", NEW_HELP.home).argParser((v: string, prev: string[][] = []) => [
        ...prev,
        checked(lang, parseDays)(v),
      ]),
    )
    .addOption(opt("--workdays <days>", NEW_HELP.workdays).argParser(checked(lang, parseDays)))
    .addOption(
      opt("--hours-per-week <n>", NEW_HELP.hoursPerWeek).argParser(
        checked(lang, (v) => parseNumber(v, 0.5, 100)),
      ),
    )
    .addOption(opt("--home-hours <from-to>", NEW_HELP.homeHours).argParser(checked(lang, parseHours)))
    .addOption(opt("--availability <text>", NEW_HELP.availability))
    .addOption(
      opt("--reasons <list>", msg(NEW_HELP.reasons, { reasons: REASONS.join(", ") })).argParser(
        checked(lang, (v) => parseList(v, REASONS)),
      ),
    )
    .addOption(opt("--tasks <text>", NEW_HELP.tasks))
    .addOption(
      opt("--information-class <class>", NEW_HELP.informationClass).choices([...INFORMATION_CLASSES]),
    )
    .addOption(opt("--health-or-safety-critical", NEW_HELP.healthOrSafetyCritical))
    .addOption(opt("--declared-on <date>", NEW_HELP.declaredOn).argParser(checked(lang, by(checkDate))))
    .addOption(
      opt("--equipment <items>", NEW_HELP.equipment).argParser(
        checked(lang, (v) => parseList(v, ITEM_PATTERN)),
      ),
    )
    .addOption(opt("--maintenance <text>", NEW_HELP.maintenance))
    .addOption(opt("--insurance-informed", NEW_HELP.insuranceInformed))
    .addOption(
      opt("--notice-days <n>", NEW_HELP.noticeDays).argParser(checked(lang, (v) => parseNumber(v, 0, 365))),
    )
    .addOption(opt("--output <file>", NEW_HELP.output))
    .addOption(opt("--no-input", NEW_HELP.noInput))
    .addOption(policiesOption(lang))
    .addOption(langOption(lang));
  helpAfter(
    cmd,
    lang,
    [
      "hjemmekontor new",
      "hjemmekontor new --lang en --output agreements/IE-2026-0042.yaml",
      "hjemmekontor new --no-input --id IE-2026-0042 --faculty IE --department IDI --employee-id 100234 \\\n      --name 'Kari Nordmann' --manager-id 100001 --manager-name 'Ola Nordmann' --start 2026-01-05 \\\n      --home mon,thu --tasks 'Programmering og dokumentasjon.'",
    ],
    NEW_HELP.exits,
  );
  cmd.action(async (flags: NewFlags) => {
    ctx.exitCode = await runNew(flags);
  });
}
