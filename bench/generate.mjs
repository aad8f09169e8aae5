// Generates N realistic agreements, deterministically (a seeded PRNG), into a folder.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = [
  ["IE", "IDI"],
  ["IE", "IIK"],
  ["IE", "IES"],
  ["NV", "IBI"],
  ["NV", "IKJ"],
  ["MH", "ISB"],
  ["MH", "IKOM"],
  ["HF", "IFR"],
  ["HF", "ISL"],
  ["SU", "ISS"],
  ["AD", "IAP"],
  ["OK", "IØT"].map((x) => x.replace("Ø", "O")),
];
const FIRST = [
  "Kari",
  "Ola",
  "Ingrid",
  "Per",
  "Sindre",
  "Hanne",
  "Eli",
  "Torbjørn",
  "Marit",
  "Jonas",
  "Silje",
  "Anders",
];
const LAST = [
  "Nordmann",
  "Hansen",
  "Johansen",
  "Olsen",
  "Larsen",
  "Andersen",
  "Berg",
  "Haugen",
  "Solberg",
  "Moen",
];
const POS = [
  "Senioringeniør",
  "Førstekonsulent",
  "Rådgiver",
  "Overingeniør",
  "Universitetslektor",
  "Seniorrådgiver",
];
const DAYS = ["mon", "tue", "wed", "thu", "fri"];

export function agreement(i, rnd) {
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const [faculty, department] = pick(UNITS);
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const manager = `${pick(FIRST)} ${pick(LAST)}`;
  const month = 1 + Math.floor(rnd() * 12);
  const start = `2026-${String(month).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
  const endMonth = month + 5 + (rnd() < 0.1 ? 1 : 0);
  const endYear = 2026 + Math.floor((endMonth - 1) / 12);
  const end = `${endYear}-${String(((endMonth - 1) % 12) + 1).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}`;
  const weeks = rnd() < 0.8 ? 1 : 2;
  const cycle = Array.from({ length: weeks }, () => {
    const n = rnd() < 0.9 ? 1 + Math.floor(rnd() * 2) : 3;
    return [...DAYS]
      .sort(() => rnd() - 0.5)
      .slice(0, n)
      .sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b));
  });
  const ntnu = rnd() < 0.95 ? "ntnu" : "employee";
  return `# Generated agreement ${i} (bench/generate.mjs)
kind: HomeOfficeAgreement
schemaVersion: 1
id: ${faculty}-2026-${String(i).padStart(5, "0")}
type: fixed
employee:
  id: "${200000 + i}"
  name: ${name}
  position: ${pick(POS)}
  employmentPercent: ${rnd() < 0.85 ? 100 : 80}
  unit:
    faculty: ${faculty}
    department: ${department}
manager:
  id: "${100000 + Math.floor(rnd() * 500)}"
  name: ${manager}
period:
  start: ${start}
  end: ${end}
schedule:
  workdays: [mon, tue, wed, thu, fri]
  cycle:
${cycle.map((h) => `    - home: [${h.join(", ")}]`).join("\n")}
  homeHours: { start: "0${7 + Math.floor(rnd() * 2)}:${rnd() < 0.5 ? "00" : "30"}", end: "15:${rnd() < 0.9 ? "30" : "00"}" }
reasons: [${rnd() < 0.5 ? "concentration-work" : "commute"}]
tasks:
  description: Saksbehandling, skriving og analyse.
  suitableForHomeOffice: true
  informationClass: ${rnd() < 0.97 ? "internal" : "strictly-confidential"}
  healthOrSafetyCritical: false
workEnvironment: { workstation: true, equipment: true, indoorEnvironment: ${rnd() < 0.97} }
equipment:
  items:
    - { item: monitor, providedBy: ntnu, owner: ${ntnu}, costNok: 2490 }
    - { item: keyboard, providedBy: ntnu, owner: ntnu, costNok: 590 }
    - { item: mouse, providedBy: ntnu, owner: ntnu, costNok: 390 }
  maintenance: NTNU IT vedlikeholder utstyret.
terms: { employerMayRecall: true, insuranceInformed: ${rnd() < 0.9} }
signatures:
  employee: { name: ${name}, date: 2025-12-01 }
  manager: { name: ${manager}, date: 2025-12-02 }
`;
}

export function generate(dir, n, seed = 42) {
  rmSync(dir, { recursive: true, force: true });
  const rnd = prng(seed);
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(2, "0")}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `agreement-${String(i).padStart(5, "0")}.yaml`), agreement(i, rnd));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generate(process.argv[2] ?? "bench/out/agreements", Number(process.argv[3] ?? 1000));
}
