/**
 * Exit code 3 (SPEC 6): documented in every command's --help, and its message says it is a bug
 * in hjemmekontor and how to report it (package.json's issue address, else the maintainers).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { issueUrl, reportHint } from "../src/cli/bug.js";
import { main } from "../src/cli/main.js";
import { runCli } from "./cli-helpers.js";

vi.mock("../src/core/run/run.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/core/run/run.js")>();
  return {
    ...real,
    validatePaths: vi.fn(async () => {
      throw new Error("boom \u001b[2J");
    }),
  };
});

describe("the exit code 3 message", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  async function crash(lang: "nb" | "en"): Promise<string> {
    let err = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    await main(["validate", "examples/agreements", "--lang", lang]);
    return err;
  }

  it("given an internal error (en), should exit 3 saying it is a bug and how to report it, without a stack", async () => {
    const err = await crash("en");
    expect(process.exitCode).toBe(3);
    expect(err).toBe(
      "hjemmekontor: internal error: boom \\u001b[2J\n" +
        "This is a bug in hjemmekontor, not in your agreement, policy or command. Please report it to the maintainers, with the command you ran and the files it read (run again with HJEMMEKONTOR_DEBUG=1 to include the details).\n",
    );
  });

  it("given an internal error (nb), should say the same in Norwegian", async () => {
    const err = await crash("nb");
    expect(process.exitCode).toBe(3);
    expect(err).toMatch(/^hjemmekontor: intern feil: boom /);
    expect(err).toContain("Dette er en feil i hjemmekontor, ikke i avtalen, policyen eller det du skrev.");
    expect(err).toContain("Meld den til dem som vedlikeholder verktøyet, med kommandoen du kjørte");
  });

  it("given a package with an issue address, should name it", () => {
    expect(reportHint("https://example.org/issues").en).toContain(
      "Please open an issue at https://example.org/issues,",
    );
    expect(reportHint("https://example.org/issues").nb).toContain("Meld den i https://example.org/issues,");
  });
});

describe("issueUrl", () => {
  it.each([
    [{}, undefined],
    [{ bugs: "https://x.org/bugs" }, "https://x.org/bugs"],
    [{ bugs: { url: "https://x.org/b" }, repository: "o/r" }, "https://x.org/b"],
    [{ repository: "github:ntnu/hjemmekontor" }, "https://github.com/ntnu/hjemmekontor/issues"],
    [{ repository: "ntnu/hjemmekontor" }, "https://github.com/ntnu/hjemmekontor/issues"],
    [{ repository: { url: "git+https://gitlab.com/ntnu/hk.git" } }, "https://gitlab.com/ntnu/hk/issues"],
    [{ repository: { url: "git@github.com:ntnu/hk.git" } }, undefined],
  ])("given %j, should give %s", (pkg, url) => {
    expect(issueUrl(pkg)).toBe(url);
  });
});

describe("--help documents exit code 3", () => {
  it.each([
    [[]],
    [["validate"]],
    [["policy", "lint"]],
    [["policy", "show"]],
    [["policy", "test"]],
    [["policy", "diff"]],
  ])("given %j --help, should list exit code 3 as a bug in hjemmekontor", (args) => {
    const r = runCli([...args, "--help", "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^3 internal error: a bug in hjemmekontor, never caused by your input$/m);
    const nb = runCli([...args, "--help"]);
    expect(nb.stdout).toMatch(/^3 intern feil: en feil i hjemmekontor, aldri forårsaket av det du ga inn$/m);
  });
});
