/** Guards drift: src/types/generated/*.ts must be exactly what scripts/gen-types.mjs makes of schemas/. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate, NAMES } from "../scripts/gen-types.mjs";

const GENERATED = new URL("../src/types/generated/", import.meta.url);

describe("generated types", () => {
  it("given the generator's list of schemas, should name at least the agreement, policy and report schemas", () => {
    expect(NAMES).toEqual(expect.arrayContaining(["agreement", "policy", "report"]));
  });

  it("given the generated folder, should hold exactly one file per generated schema", () => {
    const files = readdirSync(GENERATED)
      .filter((f) => f.endsWith(".ts"))
      .sort();
    expect(files).toEqual(NAMES.map((n) => `${n}.ts`).sort());
  });

  for (const name of NAMES) {
    it(`given schemas/${name}.schema.json, should match the checked-in src/types/generated/${name}.ts (run \`npm run gen:types\` if not)`, async () => {
      const expected = await generate(name);
      const actual = readFileSync(new URL(`${name}.ts`, GENERATED), "utf8");
      expect(actual).toBe(expected);
    });
  }
});
