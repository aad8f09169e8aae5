/**
 * `initRepository` (SPEC 11.1): what it writes into an HR or faculty repository, that it never
 * overwrites nor writes through a link, its errors, and that what it writes works — the editor
 * settings name schemas the package ships, the example layer of policies/README.md passes lint
 * once uncommented, and the central layers plus an empty local folder load. (The whole flow, from
 * an installed tarball through the generated CI commands, is in test/package.test.ts.)
 */
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SHIPPED_POLICY_DIR } from "../src/core/paths.js";
import { describeInit, initRepository } from "../src/core/run/init.js";
import { EXAMPLE_LAYER, initFiles } from "../src/core/run/init-templates.js";
import { defaultPolicyDirs, loadPolicies } from "../src/core/run/run.js";
import { validateText } from "../src/core/run/validate.js";
import { UsageError } from "../src/core/types.js";
import { tempDirs } from "./cli-helpers.js";
import { baseAgreement, ROOT, SHIPPED } from "./helpers.js";

const tempDir = tempDirs("hjemmekontor-init-");

const ALL = [
  "agreements/README.md",
  "policies/README.md",
  ".vscode/settings.json",
  ".vscode/extensions.json",
  ".github/workflows/hjemmekontor.yml",
  ".pre-commit-config.yaml",
  ".gitignore",
];

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

/** The example layer as policies/README.md tells to use it: `# ` removed, but from the first line. */
const uncommented = (layer: string) =>
  layer
    .split("\n")
    .map((line, i) => (i === 0 ? line : line.replace(/^# ?/, "")))
    .join("\n");

/** The UsageError a call throws (fails the test when it throws nothing or something else). */
function usageErrorOf(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return err as UsageError;
  }
  throw new Error("expected a UsageError");
}

describe("initRepository", () => {
  it("given an empty folder, should write every file of the set-up and keep none", () => {
    const dir = tempDir();
    const result = initRepository(dir, { lang: "nb" });
    expect(result).toEqual({ written: ALL, kept: [] });
    for (const f of ALL) expect(statSync(join(dir, f)).isFile()).toBe(true);
  });

  it("given a folder that does not exist, should make it and its parents", () => {
    const dir = join(tempDir(), "hr", "hjemmekontor");
    expect(initRepository(dir, { lang: "en" }).written).toEqual(ALL);
    expect(existsSync(join(dir, "agreements", "README.md"))).toBe(true);
  });

  it("given a second run, should write nothing and leave every file exactly as it was", () => {
    const dir = tempDir();
    initRepository(dir, { lang: "nb" });
    const before = ALL.map((f) => [read(dir, f), statSync(join(dir, f)).mtimeMs]);
    expect(initRepository(dir, { lang: "en" })).toEqual({ written: [], kept: ALL });
    expect(ALL.map((f) => [read(dir, f), statSync(join(dir, f)).mtimeMs])).toEqual(before);
  });

  it("given existing editor settings and .gitignore, should keep them unchanged and write the rest", () => {
    const dir = tempDir();
    mkdirSync(join(dir, ".vscode"));
    writeFileSync(join(dir, ".vscode", "settings.json"), '{ "editor.tabSize": 4 }\n');
    writeFileSync(join(dir, ".gitignore"), "build/\n");
    const result = initRepository(dir, { lang: "nb" });
    expect(result.kept).toEqual([".vscode/settings.json", ".gitignore"]);
    expect(result.written).toEqual(ALL.filter((f) => !result.kept.includes(f)));
    expect(read(dir, ".vscode/settings.json")).toBe('{ "editor.tabSize": 4 }\n');
    expect(read(dir, ".gitignore")).toBe("build/\n");
  });

  it("given a dangling link where a file goes, should keep the link and create nothing at its target", () => {
    const dir = tempDir();
    const target = join(tempDir(), "elsewhere.txt");
    symlinkSync(target, join(dir, ".gitignore"));
    expect(initRepository(dir, { lang: "nb" }).kept).toEqual([".gitignore"]);
    expect(lstatSync(join(dir, ".gitignore")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, ".gitignore"))).toBe(target);
    expect(existsSync(target)).toBe(false);
  });

  it("given a folder on the way that is a link to another folder, should write nothing through it", () => {
    const dir = tempDir();
    const outside = tempDir();
    symlinkSync(outside, join(dir, ".github"));
    const result = initRepository(dir, { lang: "nb" });
    expect(result.kept).toEqual([".github/workflows/hjemmekontor.yml"]);
    expect(existsSync(join(outside, "workflows"))).toBe(false);
  });

  it("given a file where a folder goes, should keep the files below it and leave the file alone", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".vscode"), "not a folder\n");
    const result = initRepository(dir, { lang: "nb" });
    expect(result.kept).toEqual([".vscode/settings.json", ".vscode/extensions.json"]);
    expect(read(dir, ".vscode")).toBe("not a folder\n");
  });

  it("given a path that is a file, should refuse with a usage error in nb and en", () => {
    const file = join(tempDir(), "agreement.yaml");
    writeFileSync(file, "kind: HomeOfficeAgreement\n");
    const err = usageErrorOf(() => initRepository(file, { lang: "nb" }));
    expect(err.messages.nb).toContain("er en fil, ikke en mappe");
    expect(err.messages.en).toContain("is a file, not a folder");
    expect(read(file, "")).toBe("kind: HomeOfficeAgreement\n");
  });

  it.skipIf(process.getuid?.() === 0)(
    "given a folder it may not write in, should refuse with a usage error naming the path and the code",
    () => {
      const dir = tempDir();
      chmodSync(dir, 0o555);
      try {
        const err = usageErrorOf(() => initRepository(dir, { lang: "en" }));
        expect(err.messages.en).toContain(join(dir, "agreements"));
        expect(err.messages.en).toContain("EACCES");
        expect(err.messages.nb).toContain("Kan ikke opprette mappen");
      } finally {
        chmodSync(dir, 0o755);
      }
    },
  );

  it.skipIf(process.getuid?.() === 0)(
    "given a folder below one it may not write in, should refuse to make it with a usage error",
    () => {
      const parent = tempDir();
      chmodSync(parent, 0o555);
      try {
        const err = usageErrorOf(() => initRepository(join(parent, "repo"), { lang: "nb" }));
        expect(err.messages.nb).toContain(join(parent, "repo"));
        expect(err.messages.en).toContain("Cannot create the folder");
      } finally {
        chmodSync(parent, 0o755);
      }
    },
  );

  it("given a folder below a file, should refuse with a usage error naming the path and the code", () => {
    const file = join(tempDir(), "notes.txt");
    writeFileSync(file, "x\n");
    const err = usageErrorOf(() => initRepository(join(file, "repo"), { lang: "en" }));
    expect(err.messages.en).toBe(
      `Cannot create the folder ${join(file, "repo")} (ENOTDIR). Check that you may write there, or choose another folder: hjemmekontor init <folder>.`,
    );
    expect(err.messages.nb).toContain(`Kan ikke opprette mappen ${join(file, "repo")} (ENOTDIR)`);
  });
});

describe("the files init writes", () => {
  it("given nb and en, should write the agreements README in that language and the policies README in Norwegian first", () => {
    const nb = Object.fromEntries(initFiles("nb").map((f) => [f.path, f.content]));
    const en = Object.fromEntries(initFiles("en").map((f) => [f.path, f.content]));
    expect(nb["agreements/README.md"]).toMatch(/^# Avtaler om hjemmekontor/);
    expect(en["agreements/README.md"]).toMatch(/^# Home-office agreements/);
    for (const files of [nb, en]) expect(files["policies/README.md"]).toMatch(/^# Lokale policylag\n/);
    expect(nb["policies/README.md"]).not.toContain("## In English");
    expect(en["policies/README.md"]).toContain("## In English");
    expect(nb[".github/workflows/hjemmekontor.yml"]).toContain("--lang nb");
    expect(en[".github/workflows/hjemmekontor.yml"]).toContain("--lang en");
  });

  it("given the editor settings, should map only schemas the package ships, agreements and policies apart", () => {
    const settings = JSON.parse(
      initFiles("nb").find((f) => f.path === ".vscode/settings.json")?.content ?? "",
    );
    const schemas = settings["yaml.schemas"] as Record<string, string[]>;
    for (const path of Object.keys(schemas)) {
      expect(path).toMatch(/^\.\/node_modules\/hjemmekontor\/schemas\/[a-z-]+\.schema\.json$/);
      const shipped = path.replace("./node_modules/hjemmekontor/", "");
      expect(existsSync(join(ROOT, shipped)), shipped).toBe(true);
    }
    expect(schemas["./node_modules/hjemmekontor/schemas/agreement.schema.json"]).toContain(
      "agreements/**/*.yaml",
    );
    expect(schemas["./node_modules/hjemmekontor/schemas/policy.schema.json"]).toContain("policies/*.yaml");
    expect(schemas["./node_modules/hjemmekontor/schemas/policy-test.schema.json"]).toContain(
      "policies/tests/*.yaml",
    );
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };
    expect(pkg.files).toContain("schemas/");
  });

  it("given the workflow and the pre-commit config, should be YAML whose commands leave the policy folders to discovery", () => {
    for (const lang of ["nb", "en"] as const) {
      const files = initFiles(lang);
      const workflow = parse(files.find((f) => f.path.endsWith("hjemmekontor.yml"))?.content ?? "");
      const runs = [workflow.jobs.policy, workflow.jobs.validate].flatMap(
        (j: { steps: { run?: string }[] }) =>
          j.steps.flatMap((s) => (s.run?.includes("npx hjemmekontor") ? [s.run] : [])),
      );
      expect(runs).toHaveLength(3);
      for (const r of runs) {
        expect(r).not.toContain("--policies");
        expect(r).toContain(`--lang ${lang}`);
      }
      const preCommit = parse(files.find((f) => f.path === ".pre-commit-config.yaml")?.content ?? "");
      const hooks = preCommit.repos[0].hooks as { entry: string; files: string }[];
      expect(hooks).toHaveLength(2);
      for (const h of hooks) expect(h.entry).not.toContain("--policies");
      expect(new RegExp(hooks[0]?.files ?? "").test("agreements/ie/IE-2026-0042.yaml")).toBe(true);
    }
  });

  it("given an initialised repository, should find the shipped layers, then also its own local ones once it has one", () => {
    const dir = tempDir();
    mkdirSync(join(dir, ".git")); // the repository root: discovery stops here
    initRepository(dir, { lang: "nb" });
    expect(defaultPolicyDirs(undefined, dir)).toEqual([SHIPPED_POLICY_DIR]);
    writeFileSync(join(dir, "policies", "ntnu-ie@1.0.0.yaml"), uncommented(EXAMPLE_LAYER));
    // Folders found are relative to the process's folder, which loading resolves them against.
    const found = (from: string) => defaultPolicyDirs(undefined, from).map((d) => resolve(d));
    expect(found(dir)).toEqual([resolve(SHIPPED_POLICY_DIR), join(dir, "policies")]);
    expect(found(join(dir, "agreements"))).toEqual([resolve(SHIPPED_POLICY_DIR), join(dir, "policies")]);
    const ids = loadPolicies(defaultPolicyDirs(undefined, dir)).set.layers.map((l) => l.id);
    expect(ids).toContain("ntnu-ie");
  });

  it("given the central layers and a fresh policies/ with only its README, should load as the central policy", () => {
    const dir = tempDir();
    initRepository(dir, { lang: "nb" });
    const resolver = loadPolicies([SHIPPED, join(dir, "policies")]);
    expect(resolver.set.layers.map((l) => l.id).sort()).toEqual([
      "no-hjemmekontorforskriften",
      "ntnu-hjemmekontor",
    ]);
  });

  it("given the example layer of policies/README.md uncommented, should pass lint and tighten the central policy for IE", async () => {
    const readme = initFiles("nb").find((f) => f.path === "policies/README.md")?.content ?? "";
    expect(readme).toContain(EXAMPLE_LAYER);
    const dir = tempDir();
    writeFileSync(join(dir, "ntnu-ie@1.0.0.yaml"), uncommented(EXAMPLE_LAYER));
    const resolver = loadPolicies([SHIPPED, dir]);
    const agreement = baseAgreement();
    agreement.employee.unit = { faculty: "IE" };
    agreement.terms = { employerMayRecall: true };
    const { result } = await validateText("a.yaml", JSON.stringify(agreement), { resolver });
    expect(result.layers).toEqual([
      "no-hjemmekontorforskriften@2.0.0",
      "ntnu-hjemmekontor@1.0.0",
      "ntnu-ie@1.0.0",
    ]);
    const found = result.findings.map((f) => [f.ruleId, f.severity]);
    expect(found).toContainEqual(["max-home-share", "error"]); // 40 % > 30 %
    expect(found).toContainEqual(["insurance-informed", "error"]); // raised from a warning
    expect(found).toContainEqual(["ntnu-ie/notice-period", "warning"]);
    expect(found).toContainEqual(["basic-equipment", "warning"]); // no headset from NTNU
  });

  it("given a result, should describe what was written and kept, and what comes next", () => {
    const lines = describeInit("repo", { written: ["agreements/README.md"], kept: [".gitignore"] }, "en");
    expect(lines).toEqual([
      "Wrote in repo:",
      "  + agreements/README.md",
      "Already there, not changed:",
      "  = .gitignore",
      expect.stringContaining("npm install --save-dev hjemmekontor"),
      "Check the set-up: npx hjemmekontor policy lint",
    ]);
    expect(describeInit("repo", { written: [], kept: ALL }, "nb")[0]).toContain("Ingenting å skrive");
  });
});
