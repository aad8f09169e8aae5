/**
 * `hjemmekontor new` (SPEC 10.1): without a terminal it takes flags and names every missing one;
 * with them it writes an agreement with the modeline, nb comments and the policy's defaults,
 * prints the same findings `validate` gives the file, and never overwrites a file. In a terminal
 * it asks for each value (a scripted answerer here, and a real terminal through `script`).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Ask } from "../src/cli/new/ask.js";
import { interview } from "../src/cli/new/interview.js";
import { ID_PATTERN, TIME_PATTERN, UNIT_PATTERN } from "../src/cli/new/values.js";
import { loadSchema } from "../src/core/schema/schema.js";
import { BIN, cleanEnv, runCli, tempDirs } from "./cli-helpers.js";
import { EXAMPLE_POLICIES, resolverFor, SHIPPED } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-new-");
const LOCAL = ["--policies", SHIPPED, "--policies", EXAMPLE_POLICIES];

const FLAGS = [
  "--no-input",
  ...["--id", "IE-2026-0042", "--faculty", "IE", "--department", "IDI", "--employee-id", "100234"],
  ...["--name", "Kari Nordmann", "--manager-id", "100001", "--manager-name", "Ola Nordmann"],
  ...["--start", "2026-01-05", "--home", "mon,thu", "--tasks", "Programmering og dokumentasjon."],
];

describe("new without a terminal", () => {
  it("given no flags, should name every missing one and write nothing (exit 2), in nb and en", () => {
    const dir = tempDir();
    const nb = runCli(["new", ...LOCAL], dir);
    expect(nb.status).toBe(2);
    for (const flag of [
      "--id",
      "--faculty",
      "--employee-id",
      "--name",
      "--manager-id",
      "--manager-name",
      "--start",
      "--home",
      "--tasks",
    ])
      expect(nb.stderr).toContain(flag);
    expect(nb.stderr).toContain("mangler");
    const en = runCli(["new", "--lang", "en", "--id", "X-1", ...LOCAL], dir);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain("these are missing: --faculty, --employee-id");
    expect(en.stderr).not.toContain("--id,");
  });

  it("given --lang en before or after the command, should report in English (the file's comments stay nb)", () => {
    for (const args of [
      ["new", "--lang", "en"],
      ["--lang", "en", "new"],
    ]) {
      const dir = tempDir();
      const r = runCli([...args, ...FLAGS, ...LOCAL], dir);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Wrote .*IE-2026-0042\.yaml/m);
      expect(r.stdout).not.toMatch(/Skrev|avtale:/);
      expect(r.stderr).toContain("policy from");
      expect(readFileSync(join(dir, "IE-2026-0042.yaml"), "utf8")).toContain("# første dag");
    }
  });

  it("given every flag, should write the agreement with the policy's defaults and print what validate says of it", () => {
    const dir = tempDir();
    const r = runCli(["new", ...FLAGS, ...LOCAL], dir);
    expect(r.status, r.stderr).toBe(0);
    const file = join(dir, "IE-2026-0042.yaml");
    const text = readFileSync(file, "utf8");
    expect(text.split("\n")[0]).toMatch(
      /^# yaml-language-server: \$schema=.*schemas\/agreement\.schema\.json$/,
    );
    expect(text).toContain("# første dag");
    // The last end max-duration allows, core time, and IE's covered equipment.
    expect(text).toMatch(/^ {2}end: 2026-07-04 /m);
    expect(text).toMatch(/^ {2}homeHours: \{ start: "09:00", end: "14:30" \}/m);
    for (const item of ["keyboard", "mouse", "monitor", "docking-station", "headset"])
      expect(text).toContain(`{ item: ${item}, providedBy: ntnu, owner: ntnu }`);
    const v = runCli(["validate", file, "--format", "json", ...LOCAL], dir);
    const findings = JSON.parse(v.stdout).results[0].findings as {
      ruleId: string;
      line: number;
      column: number;
    }[];
    expect(findings.map((f) => f.ruleId)).toEqual([
      "employer-decision",
      "voluntary",
      ...Array(3).fill("work-environment"),
      "insurance-informed",
    ]);
    for (const f of findings) expect(r.stdout).toContain(`${f.line}:${f.column}`);
    expect(r.stdout).toContain("Skrev IE-2026-0042.yaml");
  });

  it("given a file that exists, should never overwrite it (exit 2), whether named by --output or by the id", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "IE-2026-0042.yaml"), "mine\n");
    const r = runCli(["new", ...FLAGS, ...LOCAL], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("finnes allerede");
    expect(readFileSync(join(dir, "IE-2026-0042.yaml"), "utf8")).toBe("mine\n");
    writeFileSync(join(dir, "other.yaml"), "theirs\n");
    const o = runCli(["new", ...FLAGS, "--output", "other.yaml", "--lang", "en", ...LOCAL], dir);
    expect(o.status).toBe(2);
    expect(o.stderr).toContain("exists already");
    expect(readFileSync(join(dir, "other.yaml"), "utf8")).toBe("theirs\n");
  });

  it("given a value of the wrong form, should say which flag and what it expects (exit 2)", () => {
    const dir = tempDir();
    const r = runCli(["new", ...FLAGS, "--start", "2026-02-30", "--home", "mon,fre", ...LOCAL], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--start <date>");
    expect(r.stderr).toContain("ÅÅÅÅ-MM-DD");
    expect(existsSync(join(dir, "IE-2026-0042.yaml"))).toBe(false);
  });

  it("given the schema, should check ids, unit codes and times with the schema's own patterns", () => {
    const defs = loadSchema("agreement").$defs as Record<string, { pattern: string }>;
    expect(ID_PATTERN.source).toBe(defs.agreementId?.pattern);
    expect(ID_PATTERN.source).toBe(defs.personId?.pattern);
    expect(UNIT_PATTERN.source).toBe(defs.unitCode?.pattern);
    expect(TIME_PATTERN.source).toBe(defs.timeOfDay?.pattern);
  });
});

interface Asked {
  key: string;
  message: string;
  default?: string | boolean;
  choices?: { value: string; checked?: boolean }[];
}

/** Answers by question key (Enter takes the default); records every question. */
function scripted(answers: Record<string, string | string[] | boolean>): { ask: Ask; asked: Asked[] } {
  const asked: Asked[] = [];
  const answer = (key: string, fallback: unknown) => (key in answers ? answers[key] : fallback);
  const ask: Ask = {
    text: async (q) => {
      asked.push({ key: q.key, message: q.message, default: q.default });
      const v = String(answer(q.key, q.default ?? ""));
      expect(q.validate?.(v) ?? null, `${q.key}: ${v}`).toBeNull();
      return v;
    },
    choose: async (q) => {
      asked.push({ key: q.key, message: q.message, default: q.default, choices: q.choices });
      return answer(q.key, q.default) as never;
    },
    many: async (q) => {
      asked.push({ key: q.key, message: q.message, choices: q.choices });
      return answer(
        q.key,
        q.choices.filter((c) => c.checked).map((c) => c.value),
      ) as never;
    },
    yes: async (q) => {
      asked.push({ key: q.key, message: q.message, default: q.default });
      return answer(q.key, q.default) as boolean;
    },
  };
  return { ask, asked };
}

describe("new in a terminal", () => {
  const resolver = resolverFor([SHIPPED, EXAMPLE_POLICIES]);
  const base = {
    id: "IE-2026-0042",
    faculty: "IE",
    department: "IDI",
    employeeId: "100234",
    name: "Kari Nordmann",
    managerId: "100001",
    managerName: "Ola Nordmann",
    start: "2026-01-31",
    home: ["mon", "thu"],
    tasks: "Programmering.",
  };

  it("given a unit and a start date, should offer the policy's defaults: last allowed end, core time, covered equipment", async () => {
    const { ask, asked } = scripted(base);
    const draft = await interview(ask, "nb", resolver, {}, "2025-12-01");
    const q = (key: string) => asked.find((a) => a.key === key);
    expect(q("end")?.default).toBe("2026-07-30");
    expect(q("homeStart")?.default).toBe("09:00");
    expect(q("homeEnd")?.default).toBe("14:30");
    expect(
      q("equipment")
        ?.choices?.filter((c) => c.checked)
        .map((c) => c.value),
    ).toEqual(["keyboard", "mouse", "monitor", "docking-station", "headset"]);
    expect(q("informationClass")?.choices?.map((c) => c.value)).toEqual([
      "open",
      "internal",
      "confidential",
      "strictly-confidential",
    ]);
    expect(q("faculty")?.message).toContain("IE, MH");
    expect(draft).toMatchObject({
      end: "2026-07-30",
      homeHours: { start: "09:00", end: "14:30" },
      home: [["mon", "thu"]],
    });
  });

  it("given values from flags, should ask only for the others, and in English with --lang en", async () => {
    const { ask, asked } = scripted({ weeks: "2", home: ["tue"], tasks: "Teaching." });
    const draft = await interview(
      ask,
      "en",
      resolver,
      { ...base, home: undefined, tasks: undefined } as never,
      "2025-12-01",
    );
    const keys = asked.map((a) => a.key);
    expect(keys).not.toContain("id");
    expect(keys).toContain("tasks");
    expect(keys.filter((k) => k === "home")).toHaveLength(2);
    expect(asked.find((a) => a.key === "tasks")?.message).toBe("The tasks done at home");
    expect(draft.home).toEqual([["tue"], ["tue"]]);
  });
});

/** Runs `new` in a pseudo-terminal (util-linux `script`), answering each prompt when it appears. */
function inTerminal(
  args: string[],
  cwd: string,
  steps: [RegExp, string][],
): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve) => {
    const cmd = [process.execPath, BIN, "new", ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const child = spawn("script", ["-qfec", cmd, "/dev/null"], {
      cwd,
      env: { ...cleanEnv(false), TERM: "dumb", COLUMNS: "200" },
    });
    let out = "";
    let step = 0;
    const timer = setTimeout(() => child.kill(), 20_000);
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString("utf8");
      // Answer the next prompt once its question is on the screen.
      while (step < steps.length && (steps[step] as [RegExp, string])[0].test(out)) {
        child.stdin.write((steps[step] as [RegExp, string])[1]);
        step++;
      }
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ out, code });
    });
  });
}

describe("new in a real terminal", () => {
  it("given a person answering the prompts, should write the agreement they described", async () => {
    const dir = tempDir();
    const flags = ["--id", "MH-2026-7", "--faculty", "MH", "--employee-id", "200300", "--name", "Per Hansen"];
    const enter = "\r";
    const { out, code } = await inTerminal([...flags, "--policies", SHIPPED], dir, [
      [/Institutt/, enter],
      [/Stillingstittel/, `Rådgiver${enter}`],
      [/Stillingsprosent/, enter],
      [/Lederens ansattnummer/, `100001${enter}`],
      [/Lederens navn/, `Ola Nordmann${enter}`],
      [/Første dag/, `2026-03-02${enter}`],
      [/Siste dag/, enter],
      [/Arbeidsdager/, enter],
      [/Hvor mange uker/, enter],
      [/Hjemmedager i uke 1/, ` ${enter}`],
      [/begynner/, enter],
      [/slutter/, enter],
      [/nås hjemme/, enter],
      [/Grunner/, ` ${enter}`],
      [/Oppgavene som gjøres/, `Saksbehandling.${enter}`],
      [/informasjonsklasse/, enter],
      [/helse eller sikkerhet/, enter],
      [/Egner oppgavene/, enter],
      [/erklært/, enter],
      [/Utstyr NTNU leverer/, enter],
      [/Mer utstyr/, enter],
      [/Vedlikehold/, enter],
      [/kalle arbeidstakeren inn/, enter],
      [/forsikring/, enter],
      [/Filen avtalen skrives til/, enter],
    ]);
    expect(code, out).toBe(0);
    const text = readFileSync(join(dir, "MH-2026-7.yaml"), "utf8");
    expect(text).toContain("start: 2026-03-02");
    expect(text).toContain("end: 2026-09-01");
    expect(text).toContain("- home: [mon]");
    expect(text).toContain("description: Saksbehandling.");
    expect(text).toContain("reasons: [concentration-work]");
    expect(out).toContain("Skrev MH-2026-7.yaml");
  }, 30_000);
});
