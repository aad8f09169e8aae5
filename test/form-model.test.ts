/**
 * The form page's model (src/browser/app/model.ts), without a browser: an agreement opened into
 * the form and read back out is the same agreement — so the page judges what the file says —
 * and what the form cannot hold is named, never dropped silently.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fieldNames, fromAgreement, toAgreement } from "../src/browser/app/model.js";
import { parseYaml } from "../src/core/parse/load.js";
import { baseAgreement, ROOT } from "./helpers.js";

type Tree = Record<string, unknown> | unknown[];

function examples(): { name: string; value: Record<string, unknown> }[] {
  return ["agreements", "local"].flatMap((d) => {
    const dir = join(ROOT, "examples", d);
    return readdirSync(dir).flatMap((name) => {
      const value = parseYaml(readFileSync(join(dir, name), "utf8")).value;
      return value && typeof value === "object"
        ? [{ name: `${d}/${name}`, value: value as Record<string, unknown> }]
        : [];
    });
  });
}

describe("the form's model", () => {
  it("given every example that the form can hold whole, should read back exactly the agreement it was filled from", () => {
    let whole = 0;
    for (const { name, value } of examples()) {
      const { values, rows, dropped } = fromAgreement(value);
      if (dropped.length > 0) continue;
      expect(toAgreement(values, rows), name).toEqual(value);
      whole++;
    }
    expect(whole).toBeGreaterThan(20);
  });

  it("given examples with parts the form cannot hold, should read back the rest exactly", () => {
    let partial = 0;
    for (const { name, value } of examples()) {
      const { values, rows, dropped } = fromAgreement(value);
      if (dropped.length === 0) continue;
      const rest = structuredClone(value);
      // Later list items first, so that removing one does not move the next.
      for (const pointer of [...dropped].reverse()) {
        const path = pointer.split("/").slice(1);
        const parent = path.slice(0, -1).reduce<Tree>((o, k) => (o as Record<string, Tree>)[k] as Tree, rest);
        if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
        else delete parent[path.at(-1) as string];
      }
      expect(toAgreement(values, rows), name).toEqual(rest);
      partial++;
    }
    expect(partial).toBeGreaterThan(0);
  });

  it("given parts the form has no field for, should name each by its JSON pointer", () => {
    const a = baseAgreement();
    a.notes = "x";
    a.employee.nickname = "Kari";
    a.schedule.workdays = ["mon", "holiday"];
    a.reasons = [{ why: "x" }];
    a.equipment.items[0].colour = "black";
    a.employee.name = { first: "Kari" };
    const { dropped, values } = fromAgreement(a);
    expect(dropped).toEqual([
      "/employee/name",
      "/employee/nickname",
      "/equipment/items/0/colour",
      "/notes",
      "/reasons/0",
      "/schedule/workdays/1",
    ]);
    expect(values["schedule.workdays"]).toEqual(["mon"]);
  });

  it("given what a person types in number fields, should read a decimal comma as a number and keep anything else as text", () => {
    const rows = { weeks: 1, items: 1, exceptions: 0 };
    const a = toAgreement(
      {
        "schedule.hoursPerWeek": "37,5",
        "employee.employmentPercent": "full",
        "equipment.items.0.costNok": " 2490 ",
      },
      rows,
    ) as {
      schedule: { hoursPerWeek: unknown };
      employee: { employmentPercent: unknown };
      equipment: { items: { costNok: unknown }[] };
    };
    expect(a.schedule.hoursPerWeek).toBe(37.5);
    expect(a.employee.employmentPercent).toBe("full");
    expect(a.equipment.items[0]?.costNok).toBe(2490);
    expect(fieldNames(rows).map((f) => f.name)).toContain("equipment.items.0.costNok");
  });
});
