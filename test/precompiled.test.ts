/** The precompiled validators (dist/validators) must judge exactly as ajv compiling the schemas. */
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidDate } from "../src/core/dates.js";
import { loadSchema } from "../src/core/schema/schema.js";
import { baseAgreement } from "./helpers.js";

const require = createRequire(import.meta.url);
const formats = require("../dist/validators/formats.cjs") as { date: { validate: (s: string) => boolean } };
const precompiled = require("../dist/validators/agreement.cjs") as (v: unknown) => boolean;

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
ajv.addFormat("date", { type: "string", validate: isValidDate });
const runtime = ajv.compile(loadSchema("agreement"));

describe("precompiled validators", () => {
  it("given any YYYY-MM-DD-shaped text, should judge dates exactly as isValidDate", () => {
    const d2 = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0"));
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2400 }), d2, d2, (y, m, d) => {
        const s = `${y}-${m}-${d}`;
        expect(formats.date.validate(s)).toBe(isValidDate(s));
      }),
      { seed: 7, numRuns: 2000 },
    );
    expect(formats.date.validate("2028-02-29")).toBe(true);
    expect(formats.date.validate("2027-02-29")).toBe(false);
  });

  it("given mutated agreements, should accept and refuse exactly as the runtime-compiled schema", () => {
    const keys = ["id", "type", "period", "schedule", "employee", "extra", "tasks"];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything({ maxDepth: 2 }), (key, value) => {
        const a = baseAgreement();
        a[key] = value;
        expect(precompiled(a)).toBe(runtime(a));
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe("precompiled policy layers", () => {
  it("given each shipped and example layer, should give the same value and positions as parsing it", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { cachedLoad, cacheEntry } = await import("../src/core/policy/cache.js");
    const { parseYaml } = await import("../src/core/parse/load.js");
    let checked = 0;
    for (const dir of ["policies", "examples/policies"]) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
        const text = readFileSync(`${dir}/${name}`, "utf8");
        const cached = cachedLoad(text);
        const parsed = parseYaml(text);
        expect(cached, `${dir}/${name} has no cache entry; run npm run build`).toBeDefined();
        expect(cached?.value).toEqual(parsed.value);
        for (const pointer of Object.keys(cacheEntry(text)?.positions ?? {})) {
          for (const key of [false, true]) {
            expect(cached?.positionOf(pointer, { key })).toEqual(parsed.positionOf(pointer, { key }));
          }
          expect(cached?.positionOf(`${pointer}/missing/deeper`)).toEqual(
            parsed.positionOf(`${pointer}/missing/deeper`),
          );
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it("given a layer text the build never saw, should have no cache entry", async () => {
    const { cachedLoad } = await import("../src/core/policy/cache.js");
    expect(cachedLoad("kind: Policy\nid: not-cached\n")).toBeUndefined();
  });

  it("given an entry under a text's file name but made from another text, should not use it", async () => {
    const { writeFileSync, rmSync } = await import("node:fs");
    const { CACHE_DIR, cachedLoad, keyOf } = await import("../src/core/policy/cache.js");
    const text = "kind: Policy\nid: collides\n";
    const file = `${CACHE_DIR}/${keyOf(text)}.json`;
    writeFileSync(
      file,
      JSON.stringify({ text: "kind: Policy\nid: other\n", value: { id: "other" }, positions: {} }),
    );
    try {
      expect(cachedLoad(text)).toBeUndefined();
      writeFileSync(file, JSON.stringify({ text, value: { id: "collides" }, positions: {} }));
      expect(cachedLoad(text)?.value).toEqual({ id: "collides" });
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe("the bundle's stand-ins for json-rules-engine's dependencies", () => {
  const realClone = require("clone") as (v: unknown) => unknown;
  const fastClone = require("../scripts/stubs/clone.cjs") as (v: unknown) => unknown;

  it("given rule conditions, events and names, should copy them exactly as the clone package does", async () => {
    const { loadPolicySet } = await import("../src/core/policy/load.js");
    const { SHIPPED } = await import("./helpers.js");
    const samples: unknown[] = [
      null,
      3,
      "x",
      ["a", { b: [1, 2] }],
      { type: "violation", params: { index: 4 } },
    ];
    for (const layer of loadPolicySet([SHIPPED]).layers)
      for (const r of layer.rules) samples.push(r.when, r.message);
    for (const s of samples) {
      const a = fastClone(s);
      expect(a).toEqual(realClone(s));
      if (s && typeof s === "object") expect(a).not.toBe(s);
    }
  });

  it("given an object with a prototype, should keep the prototype and copy deeply", () => {
    class Node {
      constructor(
        public fact: string,
        public all: Node[] = [],
      ) {}
      kind() {
        return "node";
      }
    }
    const tree = new Node("a", [new Node("b"), new Node("c", [new Node("d")])]);
    const copy = fastClone(tree) as Node;
    expect(copy).toBeInstanceOf(Node);
    expect(copy.all[1]?.all[0]).toBeInstanceOf(Node);
    expect(copy.kind()).toBe("node");
    expect(copy).toEqual(realClone(tree));
    (copy.all[1]?.all[0] as Node).fact = "changed";
    expect(tree.all[1]?.all[0]?.fact).toBe("d");
  });

  it("given the JSONPath stand-in, should refuse to run rather than resolve silently", () => {
    const stub = require("../scripts/stubs/jsonpath-plus.cjs") as { JSONPath: () => unknown };
    expect(() => stub.JSONPath()).toThrow(/not bundled/);
  });
});
