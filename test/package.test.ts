/**
 * The package as a user gets it (SPEC 11): `npm pack` from a clean copy of the repository, the
 * tarball installed into a scratch project, then
 * - `import { … } from "hjemmekontor"` in an ES module, and a TypeScript file type-checked
 *   against the shipped declarations (package.json `exports` with `types`);
 * - `hjemmekontor init` there (through the library; the CLI command is wired to the same
 *   function), and the very commands of the workflow it writes, run with `npx`.
 *
 * The packed package.json has no `prepare` script: npm 11 lists `prepare` of a package installed
 * from a tarball or git among the install scripts it blocks and warns about, and the tarball
 * ships dist/ ready-built. `prepack` builds and strips it; `postpack` puts package.json back.
 * The install must print no warning about it (nor any other, but a dependency's deprecation).
 *
 * Needs the npm registry (or npm's cache) for the dependencies; when neither has them, the tests
 * are skipped with the reason. About 10–30 s.
 */
import type { SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { tempDirs } from "./cli-helpers.js";
import { ROOT } from "./helpers.js";
import { out, type Packed, packAndInstall, run } from "./helpers-package.js";

const tempDir = tempDirs("hjemmekontor-package-");

let packed: Packed;
let app = "";
let install: SpawnSyncReturns<string>;
let skipReason: string | undefined;

beforeAll(() => {
  ({ packed, app, install, skipReason } = packAndInstall(tempDir));
}, 240_000);

/** Skips the test (with the reason) when the dependencies could not be installed for lack of a network. */
function needsInstall(ctx: { skip: (note?: string) => never }): void {
  if (skipReason) ctx.skip(skipReason);
  expect(install.status, out(install)).toBe(0);
}

describe("npm pack", () => {
  it("given a clean checkout, should build and pack dist/, docs, schemas and policies, and no sources", () => {
    const files = packed.files.map((f) => f.replace(/^package\//, ""));
    for (const f of [
      "package.json",
      "README.md",
      "bin/hjemmekontor.cjs",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/core/run/init.d.ts",
      "dist/bundle/main.cjs",
      "dist/validators/agreement.cjs",
      "docs/README.md",
      "docs/hr-guide.md",
      "schemas/agreement.schema.json",
      "schemas/policy.schema.json",
      "policies/ntnu-hjemmekontor@1.0.0.yaml",
      "examples/ci/github-actions.yml",
    ]) {
      expect(files, f).toContain(f);
    }
    expect(
      files.filter((f) => /^(src|test|scripts|bench)\//.test(f) || f.includes("package.json.prepack")),
    ).toEqual([]);
  });

  it("given the packed package.json, should have exports with types and no prepare script", () => {
    expect(packed.manifest.exports).toMatchObject({
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
    });
    expect(packed.manifest.scripts?.prepare).toBeUndefined();
  });

  it("given the checkout after packing, should have its package.json back as it was", () => {
    expect(readFileSync(join(packed.stage, "package.json"), "utf8")).toBe(
      readFileSync(join(ROOT, "package.json"), "utf8"),
    );
    expect(existsSync(join(packed.stage, "package.json.prepack"))).toBe(false);
  });
});

describe("the installed tarball", () => {
  it("given npm install of the tarball, should print no warning (install scripts, prepare or any other)", (ctx) => {
    needsInstall(ctx);
    const warnings = `${install.stdout}\n${install.stderr}`
      .split("\n")
      .filter((l) => /^npm (warn|WARN)/.test(l) && !/\bdeprecated\b/.test(l));
    expect(warnings).toEqual([]);
    expect(existsSync(join(app, "node_modules", "hjemmekontor", "dist", "index.js"))).toBe(true);
    expect(existsSync(join(app, "node_modules", "hjemmekontor", "src"))).toBe(false);
  });

  it("given an ES module importing the package, should load policies, validate texts and paths, and format", (ctx) => {
    needsInstall(ctx);
    writeFileSync(
      join(app, "ok.yaml"),
      readFileSync(join(ROOT, "examples/agreements/compliant-full-time.yaml")),
    );
    writeFileSync(join(app, "bad.yaml"), readFileSync(join(ROOT, "examples/agreements/max-home-share.yaml")));
    writeFileSync(
      join(app, "check.mjs"),
      `import { readFileSync } from "node:fs";
import { format, loadPolicies, SHIPPED_POLICY_DIR, validatePaths, validateText } from "hjemmekontor";

const resolver = loadPolicies([SHIPPED_POLICY_DIR]);
const ok = await validateText("ok.yaml", readFileSync("ok.yaml", "utf8"), { resolver });
const bad = await validateText("bad.yaml", readFileSync("bad.yaml", "utf8"), { resolver });
const { report } = await validatePaths({ paths: ["bad.yaml"], policyDirs: [SHIPPED_POLICY_DIR] });
const pkg = (await import("hjemmekontor/package.json", { with: { type: "json" } })).default;
const schema = (await import("hjemmekontor/schemas/agreement.schema.json", { with: { type: "json" } })).default;
let deep = "imported";
try {
  await import("hjemmekontor/dist/core/run/run.js");
} catch (err) {
  deep = err.code;
}
console.log(JSON.stringify({
  ok: ok.result.verdict,
  bad: bad.result.verdict,
  rules: bad.result.findings.map((f) => f.ruleId),
  text: await format("text", report, { lang: "en" }),
  version: pkg.version,
  schema: schema.title,
  deep,
}));
`,
    );
    const r = run(process.execPath, ["check.mjs"], app);
    expect(r.status, out(r)).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got).toMatchObject({
      ok: "compliant",
      bad: "non-compliant",
      version: JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version,
      schema: "HomeOfficeAgreement",
      deep: "ERR_PACKAGE_PATH_NOT_EXPORTED",
    });
    expect(got.rules).toContain("max-home-share");
    expect(got.text).toContain("max-home-share");
  });

  it("given a TypeScript file importing the package, should type-check against the shipped declarations", (ctx) => {
    needsInstall(ctx);
    writeFileSync(
      join(app, "check.ts"),
      `import {
  type FileResult,
  type Finding,
  format,
  type InitResult,
  loadPolicies,
  type Report,
  SHIPPED_POLICY_DIR,
  UsageError,
  validateText,
} from "hjemmekontor";

export async function firstError(text: string): Promise<Finding | undefined> {
  const resolver = loadPolicies([SHIPPED_POLICY_DIR]);
  const { result }: { result: FileResult } = await validateText("a.yaml", text, { resolver });
  return result.findings.find((f) => f.severity === "error");
}
export const asText = (report: Report): Promise<string> => format("text", report, { lang: "nb" });
export const isUsage = (err: unknown): boolean => err instanceof UsageError && err.messages.nb.length > 0;
export const count = (r: InitResult): number => r.written.length + r.kept.length;
// @ts-expect-error — the language is "nb" or "en"
export const wrong = (report: Report) => format("text", report, { lang: "de" });
`,
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ["node"],
          typeRoots: [join(ROOT, "node_modules", "@types")],
        },
        files: ["check.ts"],
      }),
    );
    const r = run(join(ROOT, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], app);
    expect(r.status, out(r)).toBe(0);
  });

  it("given init in the project, should write the set-up, and the workflow's own commands should pass on it", (ctx) => {
    needsInstall(ctx);
    const r = run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { initRepository } from "hjemmekontor"; console.log(JSON.stringify(initRepository(".", { lang: "en" })));',
      ],
      app,
    );
    expect(r.status, out(r)).toBe(0);
    const result = JSON.parse(r.stdout) as { written: string[]; kept: string[] };
    expect(result.written).toContain(".github/workflows/hjemmekontor.yml");
    expect(result.kept).toEqual([]);

    // The editor settings point at schemas that the installed package really has.
    const settings = JSON.parse(readFileSync(join(app, ".vscode", "settings.json"), "utf8"));
    for (const schema of Object.keys(settings["yaml.schemas"]))
      expect(existsSync(join(app, schema)), schema).toBe(true);

    // The workflow's steps that run hjemmekontor, exactly as written, in the scratch project
    // (a folder with .git: the repository root, where the search for policies/ stops).
    mkdirSync(join(app, ".git"));
    const workflow = parse(readFileSync(join(app, ".github", "workflows", "hjemmekontor.yml"), "utf8"));
    const step = (job: string, name: RegExp) => {
      const found = (workflow.jobs[job].steps as { name?: string; run?: string }[]).find(
        (s) => s.run && name.test(s.name ?? ""),
      );
      if (!found?.run) throw new Error(`no step ${name} in job ${job}`);
      return run("bash", ["-e", "-c", found.run], app);
    };
    const lint = step("policy", /lint/i);
    expect(lint.status, out(lint)).toBe(0);
    expect(lint.stdout).toContain("2 layers");
    const test = step("policy", /test cases/i);
    expect(test.status, out(test)).toBe(0);
    const none = step("validate", /validate/i);
    expect(none.status, out(none)).toBe(0); // no agreement yet: the step says so and passes
    expect(none.stdout).toContain("No agreements in agreements/ yet.");

    cpSync(join(app, "ok.yaml"), join(app, "agreements", "ok.yaml"));
    cpSync(join(app, "bad.yaml"), join(app, "agreements", "bad.yaml"));
    const validate = step("validate", /validate/i);
    expect(validate.status, out(validate)).toBe(1);
    expect(validate.stdout).toMatch(/^::error file=agreements\/bad\.yaml,line=\d+/m);
    expect(validate.stdout).not.toContain("file=agreements/ok.yaml");

    // The example layer of the policies README, uncommented as it says: lint accepts it (its quote
    // checked against the regulation shipped in the package, so no warning either), the commands
    // find it with the package's central layers before it, and it tightens IE (30 % at home).
    const readme = readFileSync(join(app, "policies", "README.md"), "utf8");
    const block = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const layer = block
      .split("\n")
      .map((line, i) => (i === 0 ? line : line.replace(/^# ?/, "")))
      .join("\n");
    writeFileSync(join(app, "policies", "ntnu-ie@1.0.0.yaml"), layer);
    const withLayer = step("policy", /lint/i);
    expect(withLayer.status, out(withLayer)).toBe(0);
    expect(withLayer.stdout).toContain("3 layers");
    expect(withLayer.stderr).not.toMatch(/source text|quotes cannot be checked/i);
    const tightened = step("validate", /validate/i);
    expect(tightened.status, out(tightened)).toBe(1);
    expect(tightened.stdout).toMatch(/^::error file=agreements\/ok\.yaml,line=\d+.*max-home-share/m);
  });
});
