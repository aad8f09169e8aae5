/**
 * Hostile agreement files: nothing a file contains may crash the validator, hang it, run code or
 * pollute objects. Each case must give a verdict (here mostly `invalid`, with a message that says
 * what is wrong) and never throw. The unit-level YAML checks live in test/load.test.ts; these go
 * through the whole pipeline (validateText / validateFile), as the CLI does.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import * as load from "../src/core/parse/load.js";
import { validatePaths } from "../src/core/run/run.js";
import { validateFile, validateText } from "../src/core/run/validate.js";
import type { FileResult } from "../src/core/types.js";
import { tempDirs } from "./cli-helpers.js";
import { ROOT, resolverFor, SHIPPED } from "./helpers.js";

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

const COMPLIANT = readFileSync(join(ROOT, "examples/agreements/compliant-full-time.yaml"), "utf8");
/** Compliant, with one warning (insurance-informed), so that "same findings" compares something. */
const WITH_WARNING = readFileSync(join(ROOT, "examples/agreements/insurance-informed.yaml"), "utf8");

const tempDir = tempDirs("hjemmekontor-hostile-");

async function judge(text: string): Promise<FileResult> {
  return (await validateText("hostile.yaml", text, { resolver: resolverFor() })).result;
}

async function judgeFile(bytes: Uint8Array | string, maxBytes?: number): Promise<FileResult> {
  const path = join(tempDir(), "hostile.yaml");
  writeFileSync(path, bytes);
  return (await validateFile(path, "hostile.yaml", { resolver: resolverFor(), maxBytes })).result;
}

/** Every value reachable from `v`, depth first. */
function* values(v: unknown, seen = new Set<unknown>()): Generator<unknown> {
  yield v;
  if (v && typeof v === "object" && !seen.has(v)) {
    seen.add(v);
    for (const x of Object.values(v)) yield* values(x, seen);
  }
}

/**
 * An `invalid` verdict whose findings are all of `kind`, one of which explains itself with `re`
 * (in English; the Norwegian text must exist too), and none of which leaks how the tool failed.
 */
function expectInvalid(r: FileResult, kind: "yaml" | "schema", re: RegExp): void {
  expect(r.verdict).toBe("invalid");
  expect(r.findings.length).toBeGreaterThan(0);
  for (const f of r.findings) {
    expect(f.ruleId).toBe(kind);
    expect(f.severity).toBe("error");
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message.nb.length).toBeGreaterThan(10);
    expect(f.message.en).not.toMatch(
      /call stack|TypeError|RangeError|is not a function|Cannot read properties/,
    );
  }
  expect(r.findings.map((f) => f.message.en).join("\n")).toMatch(re);
  for (const v of values(r)) expect(typeof v).not.toBe("function");
}

describe("YAML bombs and absurd nesting", () => {
  it("given a billion-laughs alias bomb (9 levels of 10 aliases), should give invalid with a message about aliases", {
    timeout: 10_000,
  }, async () => {
    const lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i <= 9; i++) {
      lines.push(`lol${i}: &lol${i} [${Array.from({ length: 10 }, () => `*lol${i - 1}`).join(", ")}]`);
    }
    const r = await judge(`${lines.join("\n")}\n`);
    expectInvalid(r, "yaml", /aliases/);
    expect(r.findings).toHaveLength(1);
  });

  it("given the alias bomb inside an otherwise compliant agreement, should still refuse it as yaml", {
    timeout: 10_000,
  }, async () => {
    const bomb = ["x0: &x0 [a, a, a, a, a, a, a, a, a, a]"];
    for (let i = 1; i <= 9; i++)
      bomb.push(
        `x${i}: &x${i} [${Array(10)
          .fill(`*x${i - 1}`)
          .join(", ")}]`,
      );
    const text = COMPLIANT.replace(
      /^ {2}availability: .*$/m,
      `  availability: Teams\nbomb:\n${bomb.map((l) => `  ${l}`).join("\n")}`,
    );
    expect(text).toContain("*x8");
    expectInvalid(await judge(text), "yaml", /aliases/);
  });

  // The message names the alias and its anchor (yaml says: "Unresolved alias (the anchor must be
  // set before the alias): later").
  it("given an alias used before its anchor, should name the alias in the message", async () => {
    const text = COMPLIANT.replace(/^reasons: .*$/m, "reasons: *later\nlater: &later [commute]");
    const r = await judge(text);
    expectInvalid(r, "yaml", /alias/);
    expect(r.findings[0]?.message.en).toContain("*later");
    expect(r.findings[0]?.message.en).toContain("&later");
  });

  it("given 5000 nested flow sequences (a: [[[[…]]]]), should give invalid with a message about nesting", {
    timeout: 10_000,
  }, async () => {
    const r = await judge(`a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`);
    expectInvalid(r, "yaml", /nested too deeply/);
  });

  it("given 3000 nested flow mappings (a: {b: {b: …}}), should give invalid with a message about nesting", {
    timeout: 10_000,
  }, async () => {
    const r = await judge(`a: ${"{b: ".repeat(3000)}c${"}".repeat(3000)}\n`);
    expectInvalid(r, "yaml", /nested too deeply/);
  });

  it("given 5000 nested compact block sequences (- - - … x), should give invalid with a message about nesting", {
    timeout: 10_000,
  }, async () => {
    const r = await judge(`${"- ".repeat(5000)}x\n`);
    expectInvalid(r, "yaml", /nested too deeply/);
  });
});

describe("the size limit", () => {
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

describe("prototype pollution", () => {
  const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

  const underEmployee = (yaml: string) => (text: string) =>
    text.replace(/^employee:\n/m, `employee:\n  ${yaml}\n`);
  const atTop = (yaml: string) => (text: string) => `${text}${yaml}\n`;

  it.each([
    ["__proto__ at the top level", atTop("__proto__:\n  polluted: yes"), "/__proto__"],
    [
      "constructor.prototype at the top level",
      atTop("constructor:\n  prototype:\n    polluted: yes"),
      "/constructor",
    ],
    ["prototype at the top level", atTop("prototype: { polluted: yes }"), "/prototype"],
    ["__proto__ under employee", underEmployee("__proto__: { polluted: yes }"), "/employee/__proto__"],
    [
      "constructor.prototype under employee",
      underEmployee("constructor: { prototype: { polluted: yes } }"),
      "/employee/constructor",
    ],
  ])(
    "given %s, should give a schema finding for the unknown key and pollute nothing",
    async (_label, add, path) => {
      const before = protoNames();
      const key = path.split("/").pop() as string;
      // A compliant agreement plus the key: its unknown-key finding is the only finding.
      const text = add(COMPLIANT);
      const r = await judge(text);
      expectInvalid(r, "schema", new RegExp(`Unknown key "${key}"`));
      expect(r.findings.map((f) => f.path)).toEqual([path]);
      expect(text.split("\n")[(r.findings[0]?.line ?? 0) - 1]).toContain(`${key}:`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(protoNames()).toEqual(before);
    },
  );

  it("given __proto__ keys, should keep them as plain own keys of the parsed value", () => {
    const { value } = load.parseYaml("__proto__: { polluted: yes }\nemployee: { __proto__: { x: 1 } }\n");
    const v = value as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.hasOwn(v, "__proto__")).toBe(true);
    expect(Object.hasOwn(v.employee as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("YAML tags never construct values", () => {
  it.each([
    ["!!js/function", 'position: !!js/function "function () { globalThis.hjemmekontorRan = true }"'],
    ["!!js/regexp", "position: !!js/regexp /(a+)+$/"],
    ["!!js/undefined", "position: !!js/undefined ''"],
    ["!!binary", "position: !!binary aGVp"],
    ["!custom", "position: !custom Senioringeniør"],
    ["a tag URI", "position: !<tag:evil.example,2026:run> rm -rf"],
  ])("given a %s tag on a free-text field, should give invalid (yaml) and no function", async (tag, line) => {
    // Without the tag the agreement is compliant, so only the tag can make it invalid.
    const text = COMPLIANT.replace(/^ {2}position: .*$/m, `  ${line}`);
    expect(text).not.toBe(COMPLIANT);
    const r = await judge(text);
    expectInvalid(r, "yaml", /tag/i);
    const at = text.split("\n").findIndex((l) => l.includes(tag.startsWith("a tag") ? "!<" : tag));
    expect(r.findings[0]?.line).toBe(at + 1);
    expect((globalThis as Record<string, unknown>).hjemmekontorRan).toBeUndefined();
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

describe("content that once crashed the pipeline", () => {
  // Defence: ajv's uniqueItems check calls a mapping's own toString/valueOf; checkSchema catches
  // the throw and reports such keys as unknown. Found by test/fuzz.test.ts (it once crashed the run).
  it.each([
    ["schedule.workdays", /^ {2}workdays: .*$/m, "  workdays: [{ toString: x }, { toString: x }]"],
    ["reasons", /^reasons: .*$/m, "reasons: [{ valueOf: 1 }, { valueOf: 1 }]"],
    ["cycle home days", /^ {4}- home: .*$/m, "    - home: [{ toString: 1 }, { toString: 1 }]"],
  ])(
    "given %s holding two mappings with a toString/valueOf key, should give invalid rather than throw",
    async (_label, re, line) => {
      const text = COMPLIANT.replace(re, line);
      expect(text).not.toBe(COMPLIANT);
      const r = await judge(text);
      expectInvalid(r, "schema", /Unknown key "(toString|valueOf)"/);
    },
  );

  // Defence: dates are bounded to the years 1900–2199 (schema format "date"), so date arithmetic
  // (start + months) always stays a four-digit year that compares correctly as text. Before, a
  // period starting 9999-07-01 made the run throw "not an ISO date: 10000-01-01".
  it("given a period starting 9999-07-01, should give invalid (years are bounded) rather than throw", async () => {
    const text = COMPLIANT.replace(/^ {2}start: .*$/m, "  start: 9999-07-01").replace(
      /^ {2}end: .*$/m,
      "  end: 9999-12-31",
    );
    const r = await judge(text);
    expectInvalid(r, "schema", /1900–2199/);
  });

  it("given 18 months of back-to-back agreements ending 2199-06-30 (the last years allowed), should not warn not-permanent", async () => {
    const dir = tempDir();
    const periods = [
      ["2198-01-01", "2198-06-30"],
      ["2198-07-01", "2198-12-31"],
      ["2199-01-01", "2199-06-30"],
    ];
    for (const [i, [start, end]] of periods.entries()) {
      const text = COMPLIANT.replace(/^id: .*$/m, `id: LATE-${i}`)
        .replace(/^ {2}start: .*$/m, `  start: ${start}`)
        .replace(/^ {2}end: .*$/m, `  end: ${end}`);
      writeFileSync(join(dir, `late-${i}.yaml`), text);
    }
    const { report } = await validatePaths({ paths: [dir], policyDirs: [SHIPPED] });
    expect(report.results).toHaveLength(3);
    expect(report.results.flatMap((r) => r.findings.map((f) => f.ruleId))).toEqual([]);
  });

  it("given a period starting 2199-06-30, should give a verdict (control: the limit stays a four-digit year)", async () => {
    const text = COMPLIANT.replace(/^ {2}start: .*$/m, "  start: 2199-06-30").replace(
      /^ {2}end: .*$/m,
      "  end: 2199-12-31",
    );
    expect((await judge(text)).findings.map((f) => f.ruleId)).toEqual(["max-duration"]);
  });
});

describe("the file system under a file name", () => {
  it("given a directory named dir.yaml passed to validateFile, should give invalid saying it cannot be read", async () => {
    const dir = join(tempDir(), "dir.yaml");
    mkdirSync(dir);
    const r = (await validateFile(dir, "dir.yaml", { resolver: resolverFor() })).result;
    expectInvalid(r, "yaml", /cannot be read/);
    expect(r.file).toBe("dir.yaml");
  });

  it("given a path that does not exist passed to validateFile, should give invalid saying it cannot be read", async () => {
    const path = join(tempDir(), "gone.yaml");
    const r = (await validateFile(path, "gone.yaml", { resolver: resolverFor() })).result;
    expectInvalid(r, "yaml", /cannot be read \(ENOENT\)/);
  });
});

/**
 * Validates `path` in a child process that is killed after `killAfterMs`, through the compiled
 * core in dist/ (the global setup builds it from the current sources). A hang then fails the test
 * instead of blocking the test worker forever. Gives the verdict, or null when killed.
 */
function verdictInChild(path: string, killAfterMs: number): string | null {
  const body = `const { validateFile } = await import("./dist/core/run/validate.js");
const { loadPolicies } = await import("./dist/core/run/run.js");
const e = await validateFile(${JSON.stringify(path)}, "child.yaml", { resolver: loadPolicies(["policies"]) });
process.stdout.write(e.result.verdict);`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", body], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: killAfterMs,
  });
  return r.signal === null && r.status === 0 ? r.stdout : null;
}

function manyKeys(n: number): string {
  const path = join(tempDir(), `keys-${n}.yaml`);
  writeFileSync(path, `${COMPLIANT}${Array.from({ length: n }, (_, i) => `k${i}: 1`).join("\n")}\n`);
  return path;
}

describe("hangs and amplification", () => {
  // Defence: the yaml parser's duplicate-key check is quadratic in a mapping's keys, so parseYaml
  // refuses a file with more than MAX_STRUCTURE lines, keys and items before parsing (40 000 keys
  // once took most of a minute). The child is killed after 6 s.
  it("given 2 000 unknown keys, should give invalid in the child process (control for the next test)", () => {
    expect(verdictInChild(manyKeys(2_000), 6_000)).toBe("invalid");
  });

  it("given 40 000 unknown keys in one mapping (under the size limit), should finish within seconds", {
    timeout: 30_000,
  }, () => {
    expect(verdictInChild(manyKeys(40_000), 6_000)).toBe("invalid");
  });

  // Defence: at most MAX_SCHEMA_PROBLEMS schema findings per file, then one saying how many more
  // (300 000 findings from one 900 KB file once made a 112 MB report).
  it("given 20 000 invalid items in one list, should give a bounded number of findings", {
    timeout: 10_000,
  }, async () => {
    const text = COMPLIANT.replace(/^reasons: .*$/m, `reasons: [${Array(20_000).fill("x").join(", ")}]`);
    const r = await judge(text);
    expect(r.verdict).toBe("invalid");
    expect(r.findings.length).toBeLessThanOrEqual(1000);
  });

  // Defence in depth: the folder walk skips FIFOs (test/hostile-folders.test.ts), and validateFile
  // opens non-blocking and refuses anything but a regular file. The child is killed after 3 s.
  it("given a FIFO passed straight to validateFile, should give invalid rather than block", {
    timeout: 20_000,
  }, () => {
    const fifo = join(tempDir(), "fifo.yaml");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(verdictInChild(fifo, 3_000)).toBe("invalid");
  });
});
