/**
 * --output into a device or FIFO whose reader goes away (EPIPE) ends the run quietly
 * (OutputClosed, which main() turns into a quiet end), not a "cannot write" error.
 */
import * as fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { OutputClosed, writeOutput } from "../src/cli/output.js";
import { UsageError } from "../src/core/types.js";

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return { ...real, writeSync: vi.fn(real.writeSync) };
});

function failWith(code: string): void {
  vi.mocked(fs.writeSync).mockImplementationOnce(() => {
    throw Object.assign(new Error(`write ${code}`), { code });
  });
}

describe.skipIf(!fs.existsSync("/dev/null"))("writeOutput into a device whose reader is gone", () => {
  it("given EPIPE while writing, should throw OutputClosed (a quiet end)", () => {
    failWith("EPIPE");
    expect(() => writeOutput("report\n", "/dev/null", [])).toThrow(OutputClosed);
  });

  it("given another write error (control), should throw a usage error naming it", () => {
    failWith("EIO");
    expect(() => writeOutput("report\n", "/dev/null", [])).toThrow(UsageError);
  });
});
