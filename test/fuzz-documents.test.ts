/**
 * Fuzzing the pipeline with random documents: whatever text or bytes a file holds, validation
 * never throws, always gives one of the three verdicts consistently with its findings (SPEC 7),
 * and the JSON report of the result validates against schemas/report.schema.json. Fixed seeds and
 * bounded runs, so a failure replays and the file stays well under 20 s.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, it } from "vitest";
import { validateFile } from "../src/core/run/validate.js";
import type { Lang } from "../src/core/types.js";
import { tempDirs } from "./cli-helpers.js";
import { resolverFor } from "./helpers.js";
import { checkResult, judgeText, SCALE, SEED, yamlOf } from "./helpers-fuzz.js";

const temp = tempDirs("hjemmekontor-fuzz-")();

describe("random documents", () => {
  it("given any JS value written as YAML, should never throw and give a consistent verdict", async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.constantFrom<Lang>("nb", "en"), async (value, lang) => {
        await judgeText(yamlOf(value), lang);
      }),
      { seed: SEED, numRuns: 1000 * SCALE },
    );
  });

  it("given any JSON value written as JSON (a YAML flow document), should never throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await judgeText(JSON.stringify(value) ?? "null");
      }),
      { seed: SEED, numRuns: 1500 * SCALE },
    );
  });

  const yamlish = fc.string({
    unit: fc.constantFrom(
      "kind: HomeOfficeAgreement\n",
      "schemaVersion: 1\n",
      "id: A-1\n",
      "employee:\n  id: '1'\n  unit: { faculty: IE }\n",
      "period: { start: 2026-01-05 }\n",
      ":",
      " ",
      "  ",
      "\n",
      "\r\n",
      "\t",
      "- ",
      "? ",
      "[",
      "]",
      "{",
      "}",
      ",",
      "&a ",
      "*a",
      "*b",
      "<<: *a\n",
      "!!str ",
      "!!binary ",
      "!x ",
      "!<tag:x> ",
      "#",
      "'",
      '"',
      "\\",
      "|",
      ">-",
      "%YAML 1.2\n",
      "---\n",
      "...\n",
      "\uFEFF",
      "\u0000",
      "\u2028",
      "ø",
      "🏠",
      "__proto__",
      "constructor",
      "2026-02-30",
      "24:00",
      "1e999",
      ".nan",
      "-.inf",
      "0x1F",
      "~",
      "null",
      "true",
      "a",
      "1",
    ),
    maxLength: 40,
  });

  it("given YAML-ish token soup, should never throw and give a consistent verdict", async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, async (text) => {
        await judgeText(text);
      }),
      { seed: SEED, numRuns: 500 * SCALE },
    );
  });

  it("given arbitrary Unicode text (lone surrogates included), should never throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), async (text) => {
        await judgeText(text);
      }),
      { seed: SEED, numRuns: 200 * SCALE },
    );
  });

  it("given arbitrary bytes in a file, should never throw and give invalid or a verdict", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        const path = join(temp, `bytes-${n++}.yaml`);
        writeFileSync(path, bytes);
        const { result } = await validateFile(path, "fuzz.yaml", { resolver: resolverFor() });
        checkResult(result, "en");
      }),
      { seed: SEED, numRuns: 200 * SCALE },
    );
  });
});
