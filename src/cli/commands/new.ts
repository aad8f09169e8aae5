/**
 * `hjemmekontor new` (SPEC 10.1): the command's flags and help. The work (asking, defaults,
 * validating, writing) is in ../new/write.ts; the prompt library is loaded only when it asks.
 * (A chunk of its own for `new` would split modules it shares with `validate` into more files
 * that every one-file run then loads.)
 */
import { type Command, InvalidArgumentError, Option } from "commander";
import { INFORMATION_CLASSES, REASONS } from "../../core/run/agreement-words.js";
import type { Lang } from "../../core/types.js";
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
function checked<T>(lang: Lang, parse: (v: string) => T | { nb: string; en: string }) {
  return (v: string): T => {
    const r = parse(v);
    if (isMessages(r)) throw new InvalidArgumentError(r[lang]);
    return r as T;
  };
}

const by = (c: Check) => (v: string) => c(v) ?? v;

export function addNew(program: Command, ctx: Ctx): void {
  const lang = ctx.lang;
  const opt = (flags: string, text: { nb: string; en: string }) => new Option(flags, text[lang]);
  const cmd = command(program, "new", lang, {
    nb: "skriv en ny avtale: spør om hver verdi i en terminal, ellers fra valgene; med policyens standardverdier, sjekket før den skrives",
    en: "write a new agreement: asks for each value in a terminal, else takes the flags; with the policy's defaults, checked before it is written",
  })
    .addOption(
      opt("--id <id>", {
        nb: "avtalens id, f.eks. IE-2026-0042",
        en: "the agreement's id, e.g. IE-2026-0042",
      }).argParser(checked(lang, by(checkId))),
    )
    .addOption(
      opt("--faculty <code>", { nb: "fakultetskode, f.eks. IE", en: "faculty code, e.g. IE" }).argParser(
        checked(lang, by(checkUnit)),
      ),
    )
    .addOption(
      opt("--department <code>", {
        nb: "instituttkode, f.eks. IDI",
        en: "department code, e.g. IDI",
      }).argParser(checked(lang, by(checkUnit))),
    )
    .addOption(
      opt("--employee-id <id>", {
        nb: "arbeidstakerens ansattnummer",
        en: "the employee's number",
      }).argParser(checked(lang, by(checkPersonId))),
    )
    .addOption(opt("--name <name>", { nb: "arbeidstakerens navn", en: "the employee's name" }))
    .addOption(opt("--position <title>", { nb: "stillingstittel", en: "job title" }))
    .addOption(
      opt("--percent <n>", {
        nb: "stillingsprosent, 1–100 (standard 100)",
        en: "employment percentage, 1–100 (default 100)",
      }).argParser(checked(lang, (v) => parseNumber(v, 1, 100))),
    )
    .addOption(
      opt("--manager-id <id>", { nb: "lederens ansattnummer", en: "the manager's number" }).argParser(
        checked(lang, by(checkPersonId)),
      ),
    )
    .addOption(opt("--manager-name <name>", { nb: "lederens navn", en: "the manager's name" }))
    .addOption(
      opt("--start <date>", { nb: "første dag, ÅÅÅÅ-MM-DD", en: "first day, YYYY-MM-DD" }).argParser(
        checked(lang, by(checkDate)),
      ),
    )
    .addOption(
      opt("--end <date>", {
        nb: "siste dag (standard: den siste policyen tillater)",
        en: "last day (default: the last the policy allows)",
      }).argParser(checked(lang, by(checkDate))),
    )
    .addOption(
      opt("--home <days>", {
        nb: "hjemmedager i en uke, f.eks. mon,thu; gjenta for hver uke i mønsteret (1–4)",
        en: "home days of one week, e.g. mon,thu; repeat for each week of the pattern (1–4)",
      }).argParser((v: string, prev: string[][] = []) => [...prev, checked(lang, parseDays)(v)]),
    )
    .addOption(
      opt("--workdays <days>", {
        nb: "arbeidsdager (standard mon,tue,wed,thu,fri)",
        en: "working days (default mon,tue,wed,thu,fri)",
      }).argParser(checked(lang, parseDays)),
    )
    .addOption(
      opt("--hours-per-week <n>", {
        nb: "arbeidstimer per uke (standard 37,5 × stillingsprosent / 100)",
        en: "working hours per week (default 37.5 × percentage / 100)",
      }).argParser(checked(lang, (v) => parseNumber(v, 0.5, 100))),
    )
    .addOption(
      opt("--home-hours <from-to>", {
        nb: "arbeidstid hjemme, f.eks. 08:00-15:30 (standard: kjernetiden)",
        en: "working hours at home, e.g. 08:00-15:30 (default: core time)",
      }).argParser(checked(lang, parseHours)),
    )
    .addOption(
      opt("--availability <text>", {
        nb: "hvordan arbeidstakeren kan nås hjemme",
        en: "how the employee can be reached at home",
      }),
    )
    .addOption(
      opt("--reasons <list>", {
        nb: `grunner, skilt med komma: ${REASONS.join(", ")}`,
        en: `reasons, separated by commas: ${REASONS.join(", ")}`,
      }).argParser(checked(lang, (v) => parseList(v, REASONS))),
    )
    .addOption(opt("--tasks <text>", { nb: "oppgavene som gjøres hjemme", en: "the tasks done at home" }))
    .addOption(
      opt("--information-class <class>", {
        nb: "høyeste informasjonsklasse (standard internal)",
        en: "highest information class (default internal)",
      }).choices([...INFORMATION_CLASSES]),
    )
    .addOption(
      opt("--health-or-safety-critical", {
        nb: "oppgavene stiller særlige krav til helse eller sikkerhet",
        en: "the tasks make special demands on health or safety",
      }),
    )
    .addOption(
      opt("--declared-on <date>", {
        nb: "dagen arbeidstakeren erklærte arbeidsmiljøet hjemme forsvarlig",
        en: "the day the employee declared the work environment at home sound",
      }).argParser(checked(lang, by(checkDate))),
    )
    .addOption(
      opt("--equipment <items>", {
        nb: 'utstyr NTNU leverer, skilt med komma (standard: det policyen dekker; "" for ingen)',
        en: 'equipment NTNU provides, separated by commas (default: what the policy covers; "" for none)',
      }).argParser(checked(lang, (v) => parseList(v, ITEM_PATTERN))),
    )
    .addOption(
      opt("--maintenance <text>", { nb: "vedlikehold av utstyret", en: "maintenance of the equipment" }),
    )
    .addOption(
      opt("--insurance-informed", {
        nb: "arbeidstakeren er informert om forsikring (4)",
        en: "the employee has been informed about insurance (4)",
      }),
    )
    .addOption(
      opt("--notice-days <n>", { nb: "oppsigelsesfrist i dager", en: "notice period in days" }).argParser(
        checked(lang, (v) => parseNumber(v, 0, 365)),
      ),
    )
    .addOption(
      opt("--output <file>", {
        nb: "filen som skrives (standard <id>.yaml); en fil som finnes, overskrives aldri",
        en: "the file to write (default <id>.yaml); an existing file is never overwritten",
      }),
    )
    .addOption(
      opt("--no-input", {
        nb: "ikke spør, heller ikke i en terminal: alt kommer fra valgene",
        en: "do not ask, not even in a terminal: everything comes from the flags",
      }),
    )
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
    {
      nb: "0 skrevet (funnene som vises, er det som gjenstår, f.eks. underskriftene); 2 bruksfeil, manglende\nverdier, en fil som finnes, verdier som ikke gir en gyldig avtale, eller ugyldig policy;",
      en: "0 written (the findings shown are what is left to do, e.g. the signatures); 2 usage error, missing\nvalues, an existing file, values that make no valid agreement, or invalid policy;",
    },
  );
  cmd.action(async (flags: NewFlags) => {
    ctx.exitCode = await runNew(flags);
  });
}
