/** `hjemmekontor init` (src/cli/commands/init.ts): its help (what it writes is src/core/run/init.ts's). */
import type { Template } from "../../core/messages/index.js";

export const CLI_INIT = {
  description: {
    nb: "sett opp et repo for HR eller et fakultet: agreements/, policies/, editorinnstillinger, CI og pre-commit",
    en: "set up a repository for HR or a faculty: agreements/, policies/, editor settings, CI and pre-commit",
  },
  dir: { nb: "mappen som settes opp (standard: denne)", en: "the folder to set up (default: this one)" },
  exits: {
    nb: "0 satt opp (filer som fantes, er beholdt); 2 mappen kan ikke skrives;",
    en: "0 set up (files that existed are kept); 2 the folder cannot be written;",
  },
} as const satisfies Record<string, Template>;
