/**
 * The layout tells the pipeline (issue 11): parse → schema → catalogue → policy → rules →
 * repository → report → run. No module of the core imports a step that comes after its own, nor
 * the CLI or the formatters; the shared modules (types, dates and paths at the top of src/core,
 * and the message catalogue in src/core/messages) import no step at all. Type-only imports count too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const STEPS = ["parse", "schema", "catalogue", "policy", "rules", "repository", "report", "run"];
const CORE = join(ROOT, "src", "core");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** The step of a file under src/ (its folder under src/core), "shared" for src/core/*.ts, else its top folder. */
function stepOf(file: string): string {
  const rel = relative(join(ROOT, "src"), file).split("/");
  if (rel[0] !== "core") return rel[0] as string;
  return rel.length === 2 || rel[1] === "messages" ? "shared" : (rel[1] as string);
}

const rank = (step: string) => (step === "shared" ? -1 : STEPS.indexOf(step));

describe("layout", () => {
  const core = files(CORE);

  it("given every folder of the core, should know it as a step of the pipeline", () => {
    for (const f of core) expect([...STEPS, "shared"]).toContain(stepOf(f));
  });

  it("given every import in the core, should point to its own step or an earlier one", () => {
    const wrong: string[] = [];
    for (const file of core) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
        const target = resolve(dirname(file), m[1] as string);
        if (target.includes(`${join(ROOT, "src", "types")}`)) continue;
        const from = stepOf(file);
        const to = stepOf(target);
        const ok =
          !["cli", "formatters"].includes(to) &&
          rank(to) <= rank(from) &&
          (from !== "shared" || to === "shared");
        if (!ok) wrong.push(`${relative(ROOT, file)} → ${relative(ROOT, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
