/**
 * Hostile agreement files, as bytes: the size limit (checked before reading and parsing), bytes
 * that are not YAML text (random, NUL, Latin-1, UTF-16, empty), and documents that are not one
 * agreement mapping. Each must give a verdict and never throw; these go through the whole
 * pipeline (validateText / validateFile), as the CLI does.
 */
import { truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as load from "../src/core/parse/load.js";
import { validateFile } from "../src/core/run/validate.js";
import { resolverFor } from "./helpers.js";
import { COMPLIANT, expectInvalid, judge, judgeFile, tempDir, WITH_WARNING } from "./helpers-hostile.js";

// Wrap the loader's entry points in spies (same behaviour), so a test can tell whether a file
// ever reached the parser. The parser lives in parse/yaml.js (load.js re-exports it).
vi.mock(import("../src/core/parse/yaml.js"), async (importOriginal) => {
  const mod = await importOriginal();
  return { ...mod, parseYaml: vi.fn(mod.parseYaml) };
});
vi.mock(import("../src/core/parse/load.js"), async (importOriginal) => {
  const mod = await importOriginal();
  return { ...mod, decodeText: vi.fn(mod.decodeText) };
});

describe("the size limit", () => {
  // The policy is loaded (its layer files decoded) before a test clears the spies, so that they
  // see only the agreement, whichever test runs first.
  beforeAll(() => {
    resolverFor();
  });

  it("given a normal agreement over maxBytes: 100, should refuse it for its size before parsing", async () => {
    // Past byte 100 the text is neither valid YAML nor valid UTF-8: were it read and parsed, the
    // finding would be about that, not about the size.
    const bytes = Buffer.concat([
      Buffer.from(COMPLIANT),
      Buffer.from("\nid: [unclosed\n"),
      Buffer.from([0xff, 0xfe]),
    ]);
    vi.mocked(load.parseYaml).mockClear();
    vi.mocked(load.decodeText).mockClear();
    const r = await judgeFile(bytes, 100);
    expectInvalid(r, "yaml", /over the limit of 100/);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.message.en).toContain(`${bytes.length} bytes`);
    expect(r.findings[0]?.message.en).not.toMatch(/YAML error|UTF-8/);
    expect(load.decodeText).not.toHaveBeenCalled();
    expect(load.parseYaml).not.toHaveBeenCalled();
  });

  it("given a 3 GB file (sparse), should refuse it by its size without reading it", async () => {
    // Reading it would fail (a Buffer holds at most 2 GB) with "cannot be read", or take minutes:
    // only the size check before reading gives the size message, at once.
    const path = join(tempDir(), "huge.yaml");
    writeFileSync(path, "");
    truncateSync(path, 3 * 1024 ** 3);
    const r = (await validateFile(path, "huge.yaml", { resolver: resolverFor() })).result;
    expectInvalid(r, "yaml", /over the limit of 1048576/);
    expect(r.findings[0]?.message.en).toContain(`${3 * 1024 ** 3} bytes`);
  });

  it("given the same agreement under the default limit, should read and judge it (the spies see it)", async () => {
    vi.mocked(load.parseYaml).mockClear();
    const r = await judgeFile(COMPLIANT);
    expect(r.verdict).toBe("compliant");
    expect(load.parseYaml).toHaveBeenCalledTimes(1);
  });
});

describe("bytes that are not YAML text", () => {
  /** Deterministic pseudo-random bytes (a fixed LCG), so a failure can be replayed. */
  function randomBytes(n: number, seed: number): Uint8Array {
    const out = new Uint8Array(n);
    let s = seed >>> 0;
    for (let i = 0; i < n; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      out[i] = s >>> 24;
    }
    return out;
  }

  it.each([1, 2, 3])("given 4 KB of random bytes (seed %i), should give invalid", async (seed) => {
    expectInvalid(await judgeFile(randomBytes(4096, seed)), "yaml", /binary|UTF-8/);
  });

  it("given random bytes with no NUL byte, should give invalid as not UTF-8", async () => {
    const bytes = randomBytes(4096, 7).map((b) => (b === 0 ? 0xff : b));
    expectInvalid(await judgeFile(bytes), "yaml", /not valid UTF-8/);
  });

  it("given a compliant agreement with a raw NUL byte inside a value, should give invalid as binary", async () => {
    // The YAML parser itself would take the NUL as part of the text: only the loader refuses it.
    const text = COMPLIANT.replace("Senioringeniør", "Senior\u0000ingeniør");
    expectInvalid(await judgeFile(text), "yaml", /NUL/);
  });

  it("given a compliant agreement with one Latin-1 byte (ø as 0xF8), should give invalid as not UTF-8", async () => {
    const bytes = Buffer.from(COMPLIANT.replace("Senioringeniør", "Senioringeni#"), "utf8");
    bytes[bytes.indexOf("#")] = 0xf8;
    expectInvalid(await judgeFile(bytes), "yaml", /UTF-8/);
  });

  it.each([
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(COMPLIANT, "utf16le")])],
    [
      "UTF-16 BE with BOM",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(COMPLIANT, "utf16le").swap16()]),
    ],
  ])("given the compliant agreement in %s, should give invalid", async (_label, bytes) => {
    expectInvalid(await judgeFile(bytes), "yaml", /binary|NUL|UTF-8|UTF-16/);
  });

  it.each([
    ["an empty file", ""],
    ["whitespace only", "  \n\t\n\r\n   "],
    ["a UTF-8 BOM only", "\uFEFF"],
    ["comments only", "# yaml-language-server: $schema=../../schemas/agreement.schema.json\n# nothing\n"],
    ["a document marker only", "---\n"],
    ["a top-level null", "null\n"],
  ])("given %s, should give invalid saying the file is empty", async (_label, text) => {
    const r = await judgeFile(text);
    expectInvalid(r, "yaml", /empty/);
    expect(r.findings).toHaveLength(1);
  });
});

describe("documents that are not one agreement mapping", () => {
  it("given a duplicate key, should give invalid (yaml) at the second key's line", async () => {
    const text = COMPLIANT.replace(/^( {2}hoursPerWeek: .*)$/m, "$1\n  hoursPerWeek: 10");
    const second = text.split("\n").lastIndexOf("  hoursPerWeek: 10") + 1;
    const r = await judge(text);
    expectInvalid(r, "yaml", /the key "\w+" appears twice/);
    expect(r.findings.map((f) => f.line)).toEqual([second]);
  });

  it.each([
    ["a top-level list", "- kind: HomeOfficeAgreement\n- id: A-1\n"],
    ["a top-level string", "HomeOfficeAgreement\n"],
    ["a top-level number", "42\n"],
    ["a top-level boolean", "true\n"],
  ])("given %s, should give invalid (schema) saying it must be a mapping", async (_label, text) => {
    const r = await judge(text);
    expectInvalid(r, "schema", /must be a mapping/);
    expect(r.findings).toHaveLength(1);
  });

  it("given a UTF-8 BOM and CRLF line ends on a compliant agreement, should give the same verdict and findings as without", async () => {
    const plain = await judgeFile(WITH_WARNING);
    const dressed = await judgeFile(`\uFEFF${WITH_WARNING.replace(/\r?\n/g, "\r\n")}`);
    expect(plain.verdict).toBe("compliant");
    expect(plain.findings.length).toBeGreaterThan(0);
    expect(dressed).toEqual(plain);
  });
});
