/**
 * End to end: `hjemmekontor validate` and `policy lint` refuse a hostile layer with its file and
 * line and the guarantee it breaks (exit 2), and no stack trace.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Run, runCli, tempDirs } from "./cli-helpers.js";
import { SHIPPED } from "./helpers.js";
import { rule, WHEN_LINE } from "./helpers-hostile-layer.js";
import { HEAD } from "./layer-helpers.js";

const cli = (...args: string[]): Run => runCli(args);

const tempDir = tempDirs("hjemmekontor-hostile-policy-");

/** A temp folder with the shipped layers and `xx.yaml` holding `text`; gives the layer's path. */
function policiesWith(text: string): { dir: string; file: string } {
  const dir = join(tempDir(), "policies");
  mkdirSync(dir);
  for (const f of readdirSync(SHIPPED).filter((n) => n.endsWith(".yaml")))
    copyFileSync(join(SHIPPED, f), join(dir, f));
  cpSync(join(SHIPPED, "sources"), join(dir, "sources"), { recursive: true });
  const file = join(dir, "xx.yaml");
  writeFileSync(file, text);
  return { dir, file };
}

describe("hjemmekontor validate / policy lint with a hostile layer", () => {
  const cases: [string, string, number, string][] = [
    [
      "an unknown operator (regex)",
      HEAD + rule("{ all: [ { fact: type, operator: regex, value: '.*' } ] }"),
      WHEN_LINE,
      "known-operator",
    ],
    [
      "a !!js/function tag",
      HEAD + rule("{ all: [ { fact: type, operator: equal, value: !!js/function 'function () {}' } ] }"),
      WHEN_LINE,
      "yaml",
    ],
    [
      "a mandatory rule disabled",
      `${HEAD}rules:\n  - { id: max-home-share, enabled: false }\n`,
      8,
      "mandatory-enabled",
    ],
  ];

  for (const [label, text, line, guarantee] of cases) {
    it(`given ${label}, validate should exit 2 naming the layer's file:line and no stack trace`, () => {
      const { dir, file } = policiesWith(text);
      const r = cli("validate", "examples/agreements", "--policies", dir, "--lang", "en");
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^hjemmekontor: The policy is refused: /);
      expect(r.stderr).toContain(`${file}:${line}:`);
      expect(r.stderr).toContain(`[${guarantee}]`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr).not.toMatch(/internal error|Error:/);
    });

    it(`given ${label}, policy lint should exit 2 naming the layer's file:line and no stack trace`, () => {
      const { dir, file } = policiesWith(text);
      const r = cli("policy", "lint", "--policies", dir, "--lang", "en");
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`${file}:${line}:`);
      expect(r.stderr).toContain(`[${guarantee}]`);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr).not.toMatch(/internal error|Error:/);
    });
  }
});
