/** Unit tests of src/core/load.ts: safe YAML loading, problems, and pointer → line/column. */
import { describe, expect, it } from "vitest";
import { decodeText, type LoadProblem, parseYaml } from "../src/core/parse/load.js";

/** The single problem of a parse, failing the test when there is not exactly one. */
function onlyProblem(text: string): LoadProblem {
  const { problems } = parseYaml(text);
  expect(problems).toHaveLength(1);
  return problems[0] as LoadProblem;
}

const NESTED = [
  "kind: HomeOfficeAgreement", // 1
  "employee:", // 2
  "  id: '100234'", // 3
  "  unit:", // 4
  "    faculty: IE", // 5
  "schedule:", // 6
  "  cycle:", // 7
  "    - home: [mon, thu]", // 8
  "    - home:", // 9
  "        - wed", // 10
  "  homeHours: { start: '08:00', end: '15:30' }", // 11
  "",
].join("\n");

describe("parseYaml: positions of JSON pointers", () => {
  const loaded = parseYaml(NESTED);

  it("given valid YAML, should parse it with no problems", () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.value).toEqual({
      kind: "HomeOfficeAgreement",
      employee: { id: "100234", unit: { faculty: "IE" } },
      schedule: {
        cycle: [{ home: ["mon", "thu"] }, { home: ["wed"] }],
        homeHours: { start: "08:00", end: "15:30" },
      },
    });
  });

  it("given the empty pointer, should point at the start of the document", () => {
    expect(loaded.positionOf("")).toEqual({ line: 1, column: 1 });
  });

  it("given a pointer to a nested scalar, should point at the value", () => {
    expect(loaded.positionOf("/employee/unit/faculty")).toEqual({ line: 5, column: 14 });
    expect(loaded.positionOf("/employee/id")).toEqual({ line: 3, column: 7 });
  });

  it("given a pointer to a block collection, should point at its key", () => {
    expect(loaded.positionOf("/employee/unit")).toEqual({ line: 4, column: 3 });
    expect(loaded.positionOf("/schedule/cycle")).toEqual({ line: 7, column: 3 });
  });

  it("given a pointer to sequence items, should point at each item", () => {
    expect(loaded.positionOf("/schedule/cycle/0")).toEqual({ line: 8, column: 7 });
    expect(loaded.positionOf("/schedule/cycle/1")).toEqual({ line: 9, column: 7 });
    expect(loaded.positionOf("/schedule/cycle/1/home/0")).toEqual({ line: 10, column: 11 });
  });

  it("given a pointer into a flow sequence and a flow mapping, should point at the scalar", () => {
    expect(loaded.positionOf("/schedule/cycle/0/home/1")).toEqual({ line: 8, column: 19 });
    expect(loaded.positionOf("/schedule/homeHours/end")).toEqual({ line: 11, column: 37 });
  });

  it("given {key: true} for a scalar, should point at its key instead of its value", () => {
    expect(loaded.positionOf("/employee/unit/faculty", { key: true })).toEqual({ line: 5, column: 5 });
    expect(loaded.positionOf("/schedule/homeHours/end", { key: true })).toEqual({ line: 11, column: 32 });
  });

  it("given a pointer to a missing key, should fall back to the nearest existing ancestor", () => {
    expect(loaded.positionOf("/employee/unit/department")).toEqual({ line: 4, column: 3 });
    expect(loaded.positionOf("/employee/unit/faculty/deeper")).toEqual({ line: 5, column: 14 });
    expect(loaded.positionOf("/nothing/here")).toEqual({ line: 1, column: 1 });
  });

  it("given a pointer to a missing or non-numeric sequence index, should fall back to the sequence", () => {
    expect(loaded.positionOf("/schedule/cycle/7")).toEqual({ line: 7, column: 3 });
    expect(loaded.positionOf("/schedule/cycle/first")).toEqual({ line: 7, column: 3 });
  });

  it("given an unknown key and {key: true}, should point at that key's line and column", () => {
    const l = parseYaml("kind: HomeOfficeAgreement\nemployee:\n  id: '1'\n  colour: blue\n");
    expect(l.problems).toEqual([]);
    expect(l.positionOf("/employee/colour", { key: true })).toEqual({ line: 4, column: 3 });
  });

  it("given keys holding / and ~, should decode the ~1 and ~0 pointer escapes", () => {
    const l = parseYaml('"a/b": 1\n"c~d": 2\n');
    expect(l.positionOf("/a~1b", { key: true })).toEqual({ line: 1, column: 1 });
    expect(l.positionOf("/c~0d", { key: true })).toEqual({ line: 2, column: 1 });
  });
});

describe("parseYaml: problems", () => {
  it("given a syntax error, should report its line and column and no value", () => {
    const l = parseYaml("kind: HomeOfficeAgreement\nid: }\n");
    expect(l.value).toBeUndefined();
    expect(l.problems).toHaveLength(1);
    expect(l.problems[0]).toMatchObject({ line: 2, column: 5 });
    expect(l.problems[0]?.messages.en).toMatch(/^YAML error: /);
    expect(l.problems[0]?.messages.nb).toMatch(/^YAML-feil: /);
  });

  it("given a compact nested mapping, should report the column where it starts", () => {
    expect(onlyProblem("id: a: b\n")).toMatchObject({ line: 1, column: 5 });
  });

  it("given tab indentation, should report the tab's line", () => {
    expect(onlyProblem("employee:\n\tid: '1'\n")).toMatchObject({ line: 2, column: 1 });
  });

  it("given a duplicate key, should report an error at the second occurrence", () => {
    const l = parseYaml("id: A-1\ntype: fixed\nid: A-2\n");
    expect(l.value).toBeUndefined();
    expect(l.problems).toHaveLength(1);
    expect(l.problems[0]).toMatchObject({ line: 3, column: 1 });
    expect(l.problems[0]?.messages.en).toMatch(/the key "id" appears twice/);
  });

  it("given a duplicate nested key, should report an error at its line", () => {
    expect(onlyProblem("employee:\n  id: '1'\n  id: '2'\n")).toMatchObject({ line: 3 });
  });

  it("given a second YAML document, should report a problem at the separator and give no value", () => {
    const l = parseYaml("id: A-1\n---\nid: A-2\n");
    expect(l.value).toBeUndefined();
    expect(l.problems).toHaveLength(1);
    expect(l.problems[0]).toMatchObject({ line: 2, column: 1 });
    expect(l.problems[0]?.messages.en).toContain("2 YAML documents");
  });

  it("given a leading document marker on a single document, should parse it without a problem", () => {
    const l = parseYaml("---\nid: A-1\n");
    expect(l.problems).toEqual([]);
    expect(l.value).toEqual({ id: "A-1" });
  });

  it.each([
    ["empty text", ""],
    ["only whitespace", "  \n\n"],
    ["only a comment", "# nothing here\n"],
  ])("given %s, should report that the file is empty", (_label, text) => {
    const l = parseYaml(text);
    expect(l.value).toBeUndefined();
    expect(l.problems).toHaveLength(1);
    expect(l.problems[0]).toMatchObject({ line: 1, column: 1 });
    expect(l.problems[0]?.messages.en).toMatch(/empty/);
  });

  it("given a YAML tag, should report a problem rather than construct a value", () => {
    const l = parseYaml("id: !!binary aGVp\n");
    expect(l.value).toBeUndefined();
    expect(l.problems).toHaveLength(1);
    expect(l.problems[0]?.line).toBe(1);
  });

  it("given a billion-laughs style alias bomb, should report a problem instead of expanding it", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) {
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(", ")}]`);
    }
    const l = parseYaml(`${lines.join("\n")}\n`);
    expect(l.value).toBeUndefined();
    expect(l.problems).toHaveLength(1);
    expect(l.problems[0]?.messages.en).toMatch(/alias/);
  });

  it("given an alias to an undefined anchor, should report the unknown anchor at the alias's line", () => {
    const p = onlyProblem("id: &x A-1\ntype: *y\n");
    expect(p.messages.en).not.toMatch(/too many/);
    expect(p.line).toBe(2);
  });
});

describe("parseYaml: CRLF line ends", () => {
  const crlf =
    "kind: HomeOfficeAgreement\r\nschedule:\r\n  workdays: [mon, tue]\r\n  cycle:\r\n    - home: [mon]\r\n";

  it("given CRLF line ends, should parse the same value as with LF", () => {
    const l = parseYaml(crlf);
    expect(l.problems).toEqual([]);
    expect(l.value).toEqual(parseYaml(crlf.replace(/\r\n/g, "\n")).value);
    expect(l.value).toEqual({
      kind: "HomeOfficeAgreement",
      schedule: { workdays: ["mon", "tue"], cycle: [{ home: ["mon"] }] },
    });
  });

  it("given CRLF line ends, should give the same line and column as with LF", () => {
    const l = parseYaml(crlf);
    expect(l.positionOf("/schedule/workdays/1")).toEqual({ line: 3, column: 19 });
    expect(l.positionOf("/schedule/cycle")).toEqual({ line: 4, column: 3 });
    expect(l.positionOf("/schedule/cycle/0")).toEqual({ line: 5, column: 7 });
    expect(l.positionOf("/schedule/cycle/0/home/0")).toEqual({ line: 5, column: 14 });
  });

  it("given CRLF line ends and a syntax error, should report the right line", () => {
    expect(onlyProblem("kind: HomeOfficeAgreement\r\nid: A-1\r\nid: A-2\r\n")).toMatchObject({
      line: 3,
      column: 1,
    });
  });
});

describe("decodeText", () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it("given valid UTF-8 with non-ASCII letters, should decode it unchanged", () => {
    expect(decodeText(new TextEncoder().encode("name: Jonas Røed, Håkon Bæ\n"))).toEqual({
      text: "name: Jonas Røed, Håkon Bæ\n",
    });
  });

  it("given a UTF-8 byte order mark, should strip it", () => {
    const r = decodeText(bytes(0xef, 0xbb, 0xbf, 0x69, 0x64, 0x3a, 0x20, 0x31));
    expect(r).toEqual({ text: "id: 1" });
  });

  it("given text after a stripped BOM, should give positions from column 1", () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("id: A-1\n")]));
    if (!("text" in r)) throw new Error("expected text");
    expect(parseYaml(r.text).positionOf("/id", { key: true })).toEqual({ line: 1, column: 1 });
  });

  it.each([
    ["a lone continuation byte", [0x69, 0x64, 0x3a, 0x20, 0x80]],
    ["a 0xff byte", [0x61, 0xff, 0x62]],
    ["a truncated two-byte sequence", [0x61, 0xc3]],
    ["Latin-1 encoded ø", [0x52, 0xf8, 0x65, 0x64]],
    ["an overlong encoding", [0xc0, 0xaf]],
  ])("given %s, should reject the bytes as not UTF-8", (_label, b) => {
    const r = decodeText(bytes(...b));
    expect("problem" in r).toBe(true);
    if ("problem" in r) {
      expect(r.problem.messages.en).toMatch(/UTF-8/);
      expect(r.problem.messages.nb).toMatch(/UTF-8/);
    }
  });

  it("given a NUL byte, should reject the file as binary", () => {
    const r = decodeText(bytes(0x69, 0x64, 0x00, 0x3a));
    expect("problem" in r).toBe(true);
    if ("problem" in r) expect(r.problem.messages.en).toMatch(/NUL/);
  });

  it("given UTF-16 text (NUL bytes between ASCII letters), should reject it", () => {
    const r = decodeText(bytes(0xff, 0xfe, 0x69, 0x00, 0x64, 0x00));
    expect("problem" in r).toBe(true);
  });
});

describe("parseYaml: messages in Norwegian", () => {
  it.each([
    ["a: 1\na: 2\n", /nøkkelen «a» står to ganger/],
    ['a: "open\n', /et tegn mangler/],
    ["a:\n\t- b\n", /tabulator|innrykk|uventet/],
  ])("given %j, should explain the YAML error in bokmål, not in the parser's English", (text, nb) => {
    const l = parseYaml(text);
    expect(l.problems.length).toBeGreaterThan(0);
    expect(l.problems[0]?.messages.nb).toMatch(nb);
    expect(l.problems[0]?.messages.nb).not.toMatch(/must|Missing|unique/);
    expect(l.problems[0]?.messages.en).toMatch(/YAML error/);
  });
});
