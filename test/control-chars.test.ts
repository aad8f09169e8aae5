/**
 * Control characters in names and values never reach a terminal or a CI log raw (SPEC 7): file
 * names, messages (also repository messages that name other files), skip notices and usage errors
 * in the text and github formats; and SARIF names a file with a backslash by that file's name.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Report } from "../src/core/report/report.js";
import type { FileResult } from "../src/core/types.js";
import { formatDiffText } from "../src/formatters/diff.js";
import { escapeControls } from "../src/formatters/escape.js";
import { formatGithub } from "../src/formatters/github.js";
import { artifactLocation, formatSarif, type SarifLog } from "../src/formatters/sarif.js";
import { formatText } from "../src/formatters/text.js";
import { runCli, tempDirs } from "./cli-helpers.js";
import { baseAgreement, SHIPPED } from "./helpers.js";

/** A line of its own that GitHub Actions would run as a workflow command. */
const INJECTED = "b\n::error file=x,line=1::INJECTED\n.yaml";
/** Clear screen, an OSC 8 hyperlink, a bidi override, a C1 control (CSI) and DEL. */
const TERMINAL =
  "c\u001b[2J\u001b]8;;https:evil.example\u0007click\u001b]8;;\u0007\u202eyaml.txt\u009b31m\u007f.yaml";
const ALL_UNSAFE = [
  ..."\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u001f\u007f\u0080\u0085\u009b\u009f",
  ..."\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029",
];
/** Any character that must not appear raw, apart from the line feeds that end lines. */
const RAW_CLASS =
  "\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
const RAW = new RegExp(`[${RAW_CLASS}]`, "u");
/** The colour codes the text format adds itself. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes.
const COLOUR = /\u001b\[\d+m/g;

function expectSafe(out: string): void {
  expect(out).not.toMatch(RAW);
  for (const line of out.split("\n")) expect(line).not.toMatch(/^::error file=x/);
}

describe("escapeControls", () => {
  it("given every C0 and C1 control, DEL, the bidi controls and the line separators, should escape each visibly", () => {
    for (const c of ALL_UNSAFE) {
      const out = escapeControls(`a${c}b`);
      expect(out, `U+${c.charCodeAt(0).toString(16)}`).toMatch(/^a\\(n|r|t|u[0-9a-f]{4})b$/);
    }
    expect(escapeControls("Kari Nordmann, § 2.4 — ø æ å 60 %")).toBe("Kari Nordmann, § 2.4 — ø æ å 60 %");
  });
});

function result(file: string, message: string): FileResult {
  return {
    file,
    agreementId: "X-1",
    verdict: "non-compliant",
    layers: [],
    findings: [
      {
        ruleId: "duplicate-id",
        severity: "error",
        section: null,
        layer: null,
        message: { nb: message, en: message },
        path: "/id",
        line: 3,
        column: 5,
        related: [INJECTED],
      },
    ],
    waived: [],
  };
}

function report(): Report {
  const results = [
    result(INJECTED, `The agreement id X-1 is also used in ${TERMINAL}.`),
    result(TERMINAL, `The agreement id X-1 is also used in ${INJECTED}.`),
  ];
  return {
    version: 1,
    policySources: [],
    summary: {
      files: 2,
      compliant: 0,
      nonCompliant: 2,
      invalid: 0,
      errors: 2,
      warnings: 0,
      infos: 0,
      waived: 0,
    },
    results,
    skipped: [{ path: TERMINAL, reason: { nb: "ikke en vanlig fil", en: "not a regular file" } }],
  };
}

describe("the text and github formats", () => {
  it("given file names and messages holding newlines, ESC, OSC 8, bidi and C1 controls, should print none raw (text)", () => {
    const out = formatText(report(), { lang: "en" });
    expectSafe(out);
    expect(out).toContain("b\\n::error file=x,line=1::INJECTED\\n.yaml");
    expect(out).toContain("c\\u001b[2J\\u001b]8;;https:evil.example\\u0007click");
  });

  it("given the same with colour on, should add only its own colour codes", () => {
    const out = formatText(report(), { lang: "en", color: true }).replace(COLOUR, "");
    expectSafe(out);
  });

  it("given the same, should print only annotation lines and the summary, none raw (github)", () => {
    const out = formatGithub(report(), { lang: "en" });
    expectSafe(out);
    const lines = out.trimEnd().split("\n");
    expect(lines.slice(0, 2).every((l) => l.startsWith("::error file="))).toBe(true);
    expect(lines[2]).toMatch(/^::warning title=skipped::c\\u001b\[2J/);
    expect(lines.slice(3).some((l) => l.startsWith("::"))).toBe(false);
  });

  it("given a backslash in a file name on a POSIX system, should keep it in the github file property", () => {
    const r = report();
    (r.results[0] as FileResult).file = "dir/a\\b.yaml";
    expect(formatGithub(r, { lang: "en", pathSep: "/" })).toContain("::error file=dir/a\\b.yaml,");
    expect(formatGithub(r, { lang: "en", pathSep: "\\" })).toContain("::error file=dir/a/b.yaml,");
  });
});

describe("policy diff text", () => {
  it("given a hostile file name and message, should print none raw", () => {
    const f = result(TERMINAL, `also used in ${INJECTED}`).findings[0];
    if (!f) throw new Error("no finding");
    const out = formatDiffText(
      {
        files: 1,
        changes: [
          {
            file: TERMINAL,
            agreementId: "X-1",
            before: "compliant",
            after: "non-compliant",
            added: [f],
            removed: [],
            changed: [],
          },
        ],
      },
      "en",
    );
    expect(out).toContain("INJECTED");
    expectSafe(out);
  });
});

describe("SARIF file names", () => {
  it("given a backslash in a POSIX file name, should percent-encode it, not turn it into a folder", () => {
    expect(artifactLocation("dir/a\\b.yaml", "/")).toEqual({ uri: "dir/a%5Cb.yaml", uriBaseId: "%SRCROOT%" });
    expect(artifactLocation("/srv/a\\b.yaml", "/")).toEqual({ uri: "file:///srv/a%5Cb.yaml" });
    expect(artifactLocation("C:\\x.yaml", "/")).toEqual({ uri: "C%3A%5Cx.yaml", uriBaseId: "%SRCROOT%" });
  });

  it("given Windows paths, should still give forward slashes and a drive URI", () => {
    expect(artifactLocation("dir\\a.yaml", "\\").uri).toBe("dir/a.yaml");
    expect(artifactLocation("C:\\x\\a.yaml", "\\")).toEqual({ uri: "file:///C:/x/a.yaml" });
  });

  it("given a report with a file a\\b.yaml beside a/b.yaml, should give them different URIs", () => {
    const r = report();
    (r.results[0] as FileResult).file = "a\\b.yaml";
    (r.results[1] as FileResult).file = "a/b.yaml";
    const log = JSON.parse(formatSarif(r, { lang: "en", pathSep: "/" })) as SarifLog;
    const uris = log.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(new Set(uris).size).toBe(2);
  });
});

const tempDir = tempDirs("hjemmekontor-controls-");

describe("hjemmekontor validate with hostile file names", () => {
  function folder(): string {
    const dir = join(tempDir(), "agreements");
    mkdirSync(dir);
    const text = stringify(baseAgreement());
    // Two files with one id: each duplicate-id message names the other file.
    writeFileSync(join(dir, INJECTED), text);
    writeFileSync(join(dir, TERMINAL), text);
    // A link out of the folder, named like the first: skipped, with a notice naming it.
    symlinkSync("/etc/hostname", join(dir, `${TERMINAL}.link.yaml`));
    return dir;
  }

  it.each(["text", "github"])(
    "given --format %s, should print no raw control character on stdout or stderr",
    (name) => {
      const dir = folder();
      const r = runCli(["validate", dir, "--format", name, "--policies", SHIPPED, "--lang", "en"]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain("INJECTED");
      expectSafe(r.stdout);
      expectSafe(r.stderr);
    },
  );

  it("given a usage error naming a hostile path, should print it escaped on one line", () => {
    const r = runCli(["validate", join(tempDir(), INJECTED), "--lang", "en"]);
    expect(r.status).toBe(2);
    expectSafe(r.stderr);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("given an unknown option holding ESC, should print commander's error escaped", () => {
    const r = runCli(["validate", "--\u001b[2Jx", "--lang", "en"]);
    expect(r.status).toBe(2);
    expectSafe(r.stderr);
  });
});
