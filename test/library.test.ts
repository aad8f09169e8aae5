/**
 * The library API (SPEC 11.2, src/index.ts): what it exports, that it judges as the CLI does, and
 * the agreement schema it ships (`hjemmekontor/schemas/*`): a description in bokmål and English
 * on every property, and defaults and examples an editor can insert without breaking the schema.
 * (That the API works from an installed tarball is test/package.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { isValidDate } from "../src/core/dates.js";
import * as api from "../src/index.js";
import { runCli } from "./cli-helpers.js";
import { ROOT, SHIPPED } from "./helpers.js";

const EXAMPLES = join(ROOT, "examples", "agreements");
const example = (name: string) => readFileSync(join(EXAMPLES, name), "utf8");

describe("the library API", () => {
  it("given the package entry, should export exactly the documented functions and values", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "FORMAT_NAMES",
        "SCHEMA_DIR",
        "SHIPPED_POLICY_DIR",
        "UsageError",
        "buildReport",
        "defaultPolicyDirs",
        "describeInit",
        "exitCodeOf",
        "format",
        "initRepository",
        "loadPolicies",
        "ruleMeta",
        "validateFile",
        "validatePaths",
        "validateText",
      ].sort(),
    );
    const docs = readFileSync(join(ROOT, "docs", "library.md"), "utf8");
    for (const name of Object.keys(api)) expect(docs, `docs/library.md names ${name}`).toContain(`\`${name}`);
  });

  it("given the shipped policies and two example texts, should give the verdicts and findings the examples show", async () => {
    const resolver = api.loadPolicies([api.SHIPPED_POLICY_DIR]);
    const ok = await api.validateText("ok.yaml", example("compliant-full-time.yaml"), { resolver });
    expect(ok.result.verdict).toBe("compliant");
    expect(ok.result.findings.filter((f) => f.severity === "error")).toEqual([]);
    const bad = await api.validateText("bad.yaml", example("max-home-share.yaml"), { resolver });
    expect(bad.result.verdict).toBe("non-compliant");
    const finding = bad.result.findings.find((f) => f.ruleId === "max-home-share");
    expect(finding).toMatchObject({ severity: "error", section: "2.4", path: "/schedule/cycle" });
    expect(finding?.line).toBeGreaterThan(1);
    expect(finding?.message.en).toContain("at most 40 %");
  });

  it("given a text that is not YAML, should give an invalid verdict with a yaml finding, not throw", async () => {
    const resolver = api.loadPolicies([SHIPPED]);
    const { result } = await api.validateText("x.yaml", "kind: [unclosed\n", { resolver });
    expect(result.verdict).toBe("invalid");
    expect(result.findings[0]?.ruleId).toBe("yaml");
  });

  it("given the example folder, should report exactly what `validate --format json` prints", async () => {
    const outcome = await api.validatePaths({ paths: ["examples/agreements"], policyDirs: ["policies"] });
    const json = await api.format("json", outcome.report, { lang: "en" });
    const cli = runCli([
      "validate",
      "examples/agreements",
      "--policies",
      "policies",
      "--format",
      "json",
      "--lang",
      "en",
    ]);
    expect(cli.status).toBe(1);
    expect(JSON.parse(json)).toEqual(JSON.parse(cli.stdout));
    expect(api.exitCodeOf(outcome.report, "error")).toBe(1);
    expect(api.exitCodeOf(outcome.report, "never")).toBe(1); // invalid examples still fail
  });

  it("given a report, should write the text, JUnit, SARIF and github formats with the rules of the policy", async () => {
    const outcome = await api.validatePaths({
      paths: [join(EXAMPLES, "max-home-share.yaml")],
      policyDirs: [SHIPPED],
    });
    const rules = api.ruleMeta(outcome.resolver);
    expect(rules.map((r) => r.id)).toContain("max-home-share");
    for (const name of ["text", "junit", "sarif", "github"] as const) {
      expect(api.FORMAT_NAMES).toContain(name);
      const out = await api.format(name, outcome.report, { lang: "nb", rules });
      expect(out, name).toContain("max-home-share");
    }
    expect(JSON.parse(await api.format("sarif", outcome.report, { lang: "en", rules })).version).toBe(
      "2.1.0",
    );
  });

  it("given a policy folder that does not exist, should throw a UsageError with nb and en messages", () => {
    let thrown: unknown;
    try {
      api.loadPolicies([join(ROOT, "no-such-folder")]);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(api.UsageError);
    const { messages } = thrown as InstanceType<typeof api.UsageError>;
    expect(messages.nb).toContain("no-such-folder");
    expect(messages.en).toContain("no-such-folder");
  });

  it("given the package's own folders, should point at the shipped policies and schemas", () => {
    expect(readFileSync(join(api.SCHEMA_DIR, "agreement.schema.json"), "utf8")).toContain(
      "HomeOfficeAgreement",
    );
    expect(api.loadPolicies([api.SHIPPED_POLICY_DIR]).set.layers.length).toBeGreaterThanOrEqual(2);
  });
});

// ── The agreement schema's annotations ──────────────────────────────────────────────────────

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  items?: Schema;
  $defs?: Record<string, Schema>;
};

const SCHEMA = JSON.parse(readFileSync(join(ROOT, "schemas", "agreement.schema.json"), "utf8")) as Schema;

/** Every subschema with where it stands: properties, array items and $defs, recursively. */
function walk(s: Schema, at: string, out: [string, Schema][] = []): [string, Schema][] {
  out.push([at, s]);
  for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${at}/properties/${k}`, out);
  if (s.items && typeof s.items === "object") walk(s.items, `${at}/items`, out);
  for (const [k, v] of Object.entries(s.$defs ?? {})) walk(v, `${at}/$defs/${k}`, out);
  return out;
}

const NODES = walk(SCHEMA, "#");
const PROPERTIES = NODES.filter(([at]) => /\/properties\/[^/]+$/.test(at));

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
ajv.addFormat("date", { type: "string", validate: isValidDate });

/** A validator for one subschema, its `$ref`s resolved against the schema's $defs. */
function validatorOf(sub: Schema) {
  const { $id: _id, ...own } = sub;
  return ajv.compile({ ...own, $schema: String(SCHEMA.$schema), $defs: SCHEMA.$defs });
}

describe("the agreement schema", () => {
  it("given every property, should describe it in bokmål, then « / », then English", () => {
    expect(PROPERTIES.length).toBeGreaterThan(50);
    // A property that is only a $ref (signatures.employee) shows the description of its definition.
    const described = (s: Schema) =>
      s.description ?? SCHEMA.$defs?.[String(s.$ref).replace("#/$defs/", "")]?.description;
    const missing = PROPERTIES.filter(([, s]) => !/^\S.* \/ \S.*$/s.test(String(described(s) ?? "")));
    expect(missing.map(([at]) => at)).toEqual([]);
  });

  it("given a subschema with a pattern, should keep its description English only (it ends the English schema message)", () => {
    const withPattern = NODES.filter(([, s]) => typeof s.pattern === "string" && s.description !== undefined);
    expect(withPattern.length).toBeGreaterThan(0);
    for (const [at, s] of withPattern) expect(String(s.description), at).not.toContain(" / ");
  });

  it("given every default and example, should be a value the schema accepts there", () => {
    let checked = 0;
    for (const [at, s] of NODES) {
      const values = [...("default" in s ? [s.default] : []), ...((s.examples as unknown[]) ?? [])];
      if (values.length === 0) continue;
      const validate = validatorOf(s);
      for (const v of values) {
        checked++;
        expect(validate(v), `${at}: ${JSON.stringify(v)} ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("given a number property without a default or an example, should accept the 0 an editor inserts", () => {
    const numbers = PROPERTIES.filter(
      ([, s]) => (s.type === "number" || s.type === "integer") && !("default" in s) && !("examples" in s),
    );
    for (const [at, s] of numbers) expect(validatorOf(s)(0), at).toBe(true);
    const hours = SCHEMA.properties?.schedule?.properties?.hoursPerWeek;
    expect(hours?.default).toBe(37.5);
  });
});

describe("the documentation", () => {
  const DOCS = join(ROOT, "docs");
  const pages = readdirSync(DOCS).filter((f) => f.endsWith(".md"));

  it("given docs/, should hold the guides the README index names", () => {
    for (const page of [
      "README.md",
      "agreement-format.md",
      "policy-format.md",
      "ci.md",
      "hr-guide.md",
      "library.md",
    ])
      expect(pages).toContain(page);
  });

  it("given every link in docs/, should point at a file in the repository and nowhere outside it", () => {
    const bad: string[] = [];
    for (const page of pages) {
      const text = readFileSync(join(DOCS, page), "utf8");
      if (/https?:\/\//.test(text)) bad.push(`${page}: an address outside the repository`);
      for (const m of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = resolve(DOCS, m[1] as string);
        if (!target.startsWith(ROOT) || !existsSync(target)) bad.push(`${page}: ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
