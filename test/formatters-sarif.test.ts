/** The SARIF formatter, on a report built by hand, checked against a subset of the SARIF 2.1.0 schema. */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { artifactLocation, formatSarif, type SarifLog } from "../src/formatters/sarif.js";
import { FILE_A, makeReport, OPTS, RULES, TRICKY_EN, TRICKY_NB } from "./helpers-report.js";

const SARIF_SUBSET = JSON.parse(
  readFileSync(new URL("./fixtures/sarif-2.1.0-subset.schema.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const validateSarif = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(
  SARIF_SUBSET,
);

describe("formatSarif", () => {
  const text = formatSarif(makeReport(), OPTS);
  const log = JSON.parse(text) as SarifLog;
  const run = log.runs[0];
  if (!run) throw new Error("no run");
  const rules = run.tool.driver.rules;
  const results = run.results;
  const resultFor = (ruleId: string) => {
    const r = results.find((x) => x.ruleId === ruleId);
    if (!r) throw new Error(`no result for ${ruleId}`);
    return r;
  };

  it("matches the SARIF 2.1.0 structure", () => {
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe("hjemmekontor");
    expect(run.tool.driver.version).toBe("0.1.0");
    expect(
      JSON.parse(formatSarif(makeReport(), { ...OPTS, toolVersion: "9.9.9" })).runs[0].tool.driver.version,
    ).toBe("9.9.9");
  });

  it("the subset schema rejects what SARIF forbids (checks the check)", () => {
    const withLevel = structuredClone(log);
    const first = withLevel.runs[0]?.results[0];
    if (!first) throw new Error("no result");
    (first as { level: string }).level = "info";
    expect(validateSarif(withLevel)).toBe(false);

    const withoutRegion = structuredClone(log);
    const location = withoutRegion.runs[0]?.results[0]?.locations[0];
    if (!location) throw new Error("no location");
    delete location.physicalLocation.region;
    expect(validateSarif(withoutRegion)).toBe(false);
  });

  it("is pretty-printed JSON with a trailing newline", () => {
    expect(text).toBe(`${JSON.stringify(log, null, 2)}\n`);
  });

  it("lists the given rules in order, then a minimal entry for a used rule the list lacks", () => {
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), "regulation-sporadic"]);
    const mhs = rules[0];
    expect(mhs?.name).toBe("MaxHomeShare");
    expect(mhs?.shortDescription?.text).toBe("The home share is too high.");
    expect(mhs?.fullDescription?.text).toBe("Hjemmekontor kan utgjøre inntil 40 % av arbeidstiden.");
    expect(mhs?.help?.text).toBe("§ 2.4 — The home share is too high.");
    expect(mhs?.properties).toEqual({ section: "2.4", layer: "ntnu-hjemmekontor" });
    expect(mhs?.defaultConfiguration.level).toBe("error");
    expect(rules[1]?.defaultConfiguration.level).toBe("warning");

    const schema = rules.find((r) => r.id === "schema");
    expect(schema?.fullDescription).toBeUndefined();
    expect(schema?.help?.text).toBe("The agreement breaks the schema.");

    const minimal = rules.at(-1);
    expect(minimal?.properties).toEqual({ section: "1", layer: "no-hjemmekontorforskriften" });
    expect(minimal?.defaultConfiguration.level).toBe("note");
  });

  it("gives every finding and waived finding a result whose ruleIndex points at its rule", () => {
    expect(results.map((r) => r.ruleId)).toEqual([
      "regulation-sporadic",
      "max-home-share",
      "basic-equipment",
      "security-sensitive",
      "schema",
    ]);
    for (const r of results) expect(rules[r.ruleIndex]?.id).toBe(r.ruleId);
  });

  it("maps severities to SARIF levels", () => {
    expect(resultFor("max-home-share").level).toBe("error");
    expect(resultFor("basic-equipment").level).toBe("warning");
    expect(resultFor("regulation-sporadic").level).toBe("note");
    expect(resultFor("schema").level).toBe("error");
  });

  it("carries the message in the language asked for and the location relative to %SRCROOT%", () => {
    const r = resultFor("max-home-share");
    expect(r.message.text).toBe(TRICKY_EN);
    expect(r.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: FILE_A, uriBaseId: "%SRCROOT%" },
      region: { startLine: 21, startColumn: 5 },
    });
    const nb = JSON.parse(formatSarif(makeReport(), { ...OPTS, lang: "nb" })) as SarifLog;
    expect(nb.runs[0]?.results.find((x) => x.ruleId === "max-home-share")?.message.text).toBe(TRICKY_NB);
    expect(nb.runs[0]?.tool.driver.rules[0]?.shortDescription?.text).toBe("Hjemmeandelen er for høy.");
  });

  it("marks waived findings, and only those, with an external suppression", () => {
    const waived = resultFor("security-sensitive");
    expect(waived.suppressions).toHaveLength(1);
    expect(waived.suppressions?.[0]?.kind).toBe("external");
    expect(waived.suppressions?.[0]?.justification).toBeTruthy();
    expect(results.filter((r) => r.suppressions)).toEqual([waived]);
  });

  it("writes file paths as URIs with forward slashes (Windows separators turned into /)", () => {
    expect(artifactLocation("agreements\\ie\\a.yaml", "\\")).toEqual({
      uri: "agreements/ie/a.yaml",
      uriBaseId: "%SRCROOT%",
    });
    expect(artifactLocation("./avtaler/kari nordmann/æ.yaml")).toEqual({
      uri: "avtaler/kari%20nordmann/%C3%A6.yaml",
      uriBaseId: "%SRCROOT%",
    });
    expect(artifactLocation("../shared/a.yaml").uri).toBe("../shared/a.yaml");
    expect(artifactLocation("/srv/agreements/a.yaml")).toEqual({ uri: "file:///srv/agreements/a.yaml" });
    expect(artifactLocation("C:\\agreements\\a.yaml", "\\")).toEqual({ uri: "file:///C:/agreements/a.yaml" });
  });
});
