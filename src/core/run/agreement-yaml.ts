/**
 * An agreement as YAML text, written the way a person would write it (SPEC 2): the schema
 * modeline first, keys in the schema's order, short nb comments, lists of words and small records
 * on one line, every string that YAML could read as something else quoted. `new` writes it, and
 * the form page (SPEC 10.2) shows the findings of exactly this text and downloads it. It takes any
 * JSON-like value — the form hands over what was typed, also values the schema refuses — and what
 * it writes parses back to the same value. No fs, no dependencies: it runs in the browser too.
 */

/** Keys in the order the schema gives them; `*` stands for a list index. Other keys follow, as found. */
const ORDER: Record<string, string[]> = {
  "": [
    "kind",
    "schemaVersion",
    "id",
    "type",
    "employee",
    "manager",
    "period",
    "schedule",
    "reasons",
    "tasks",
    "workEnvironment",
    "equipment",
    "terms",
    "exceptions",
    "signatures",
  ],
  "/employee": ["id", "name", "position", "employmentPercent", "unit"],
  "/employee/unit": ["faculty", "department"],
  "/manager": ["id", "name"],
  "/period": ["start", "end"],
  "/schedule": ["workdays", "hoursPerWeek", "cycle", "homeHours", "availability"],
  "/schedule/cycle/*": ["home"],
  "/schedule/homeHours": ["start", "end"],
  "/tasks": ["description", "suitableForHomeOffice", "informationClass", "healthOrSafetyCritical"],
  "/workEnvironment": ["workstation", "equipment", "indoorEnvironment", "declaredOn"],
  "/equipment": ["items", "maintenance"],
  "/equipment/items/*": ["item", "providedBy", "owner", "costNok"],
  "/terms": ["employerMayRecall", "insuranceInformed", "noticePeriodDays"],
  "/exceptions/*": ["rule", "approvedBy", "reason", "approvedOn"],
  "/signatures": ["employee", "manager"],
  "/signatures/*": ["name", "date"],
};

/** Small records written on one line (when every value in them is a scalar). */
const FLOW = new Set(["/schedule/homeHours", "/equipment/items/*", "/signatures/*"]);

/** Short nb comments after a key (the file is an NTNU document; SPEC 10.1). */
const COMMENTS: Record<string, string> = {
  "/id": "unik i repositoriet, f.eks. IE-2026-0042",
  "/type": "fixed = fast hjemmekontor",
  "/employee/id": "ansattnummer, i anførselstegn",
  "/employee/employmentPercent": "stillingsprosent, 1–100",
  "/employee/unit/faculty": "velger fakultetets policylag",
  "/employee/unit/department": "velger instituttets policylag",
  "/manager": "lederen som beslutter (2.1)",
  "/period/start": "første dag (ÅÅÅÅ-MM-DD)",
  "/period/end": "siste dag, tidsbegrenset (2.4)",
  "/schedule/workdays": "arbeidsdagene i uka",
  "/schedule/hoursPerWeek": "arbeidstimer per uke",
  "/schedule/cycle": "én oppføring per uke, 1–4 uker",
  "/schedule/homeHours": "arbeidstid hjemme; dekker kjernetiden (2.2)",
  "/reasons": "grunnene til hjemmekontor",
  "/tasks/informationClass": "open | internal | confidential | strictly-confidential",
  "/workEnvironment": "arbeidstakerens erklæring (2.6)",
  "/equipment": "utstyr og vedlikehold (2.5)",
  "/terms/employerMayRecall": "arbeidsgiver kan kalle inn (3.6)",
  "/terms/insuranceInformed": "informert om forsikring (4)",
  "/exceptions": "godkjente unntak (bare regler som tillater det)",
  "/signatures": "underskriftene: arbeidstaker og leder",
};

/** Comments start at this column when the line leaves room. */
const COMMENT_COLUMN = 34;

interface AgreementYamlOptions {
  /** The modeline's schema reference (`# yaml-language-server: $schema=…`). */
  schema: string;
  /** Comment lines after the modeline (without `# `). */
  header?: string[];
  /** Commented-out lines at the end (without `# `), e.g. the signatures still to fill in. */
  footer?: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function agreementYaml(value: object, opts: AgreementYamlOptions): string {
  const lines = [`# yaml-language-server: $schema=${opts.schema}`];
  for (const h of opts.header ?? []) lines.push(`# ${h}`.trimEnd());
  lines.push(...mapping(value as Record<string, Json>, 0, ""));
  for (const f of opts.footer ?? []) lines.push(`# ${f}`.trimEnd());
  return `${lines.join("\n")}\n`;
}

const pattern = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, "/*");

function isScalar(v: unknown): v is null | boolean | number | string {
  return v === null || typeof v !== "object";
}

function orderedKeys(obj: Record<string, Json>, pointer: string): string[] {
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  const order = ORDER[pattern(pointer)] ?? [];
  return [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k))];
}

function withComment(line: string, pointer: string): string {
  const comment = COMMENTS[pattern(pointer)];
  if (!comment) return line;
  return `${line.padEnd(COMMENT_COLUMN - 1)} # ${comment}`;
}

function mapping(obj: Record<string, Json>, indent: number, pointer: string): string[] {
  const pad = " ".repeat(indent);
  const out: string[] = [];
  for (const key of orderedKeys(obj, pointer)) {
    const v = obj[key] as Json;
    const ptr = `${pointer}/${escapeSegment(key)}`;
    const head = `${pad}${yamlKey(key)}:`;
    if (isScalar(v)) {
      out.push(withComment(`${head} ${scalar(v, "block")}`, ptr));
    } else if (inline(v, ptr)) {
      out.push(withComment(`${head} ${flow(v)}`, ptr));
    } else if (Array.isArray(v)) {
      out.push(withComment(head, ptr), ...sequence(v, indent + 2, ptr));
    } else {
      out.push(withComment(head, ptr), ...mapping(v as Record<string, Json>, indent + 2, ptr));
    }
  }
  return out;
}

function sequence(list: Json[], indent: number, pointer: string): string[] {
  const pad = " ".repeat(indent);
  const out: string[] = [];
  list.forEach((item, i) => {
    const ptr = `${pointer}/${i}`;
    if (isScalar(item)) {
      out.push(`${pad}- ${scalar(item, "block")}`);
    } else if (inline(item, ptr) || Array.isArray(item)) {
      out.push(`${pad}- ${flow(item)}`);
    } else {
      const lines = mapping(item as Record<string, Json>, indent + 2, ptr);
      // The item's first key goes on the dash's line.
      out.push(`${pad}- ${(lines[0] ?? "").slice(indent + 2)}`, ...lines.slice(1));
    }
  });
  return out;
}

/** Whether a value goes on its key's line: scalars, empty collections, lists of scalars, small records. */
function inline(v: Json, pointer: string): boolean {
  if (isScalar(v)) return true;
  if (Array.isArray(v)) return v.length === 0 || v.every(isScalar);
  const values = Object.values(v);
  return values.length === 0 || (FLOW.has(pattern(pointer)) && values.every(isScalar));
}

function flow(v: Json): string {
  if (isScalar(v)) return scalar(v, "flow");
  if (Array.isArray(v)) return `[${v.map(flow).join(", ")}]`;
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([k, x]) => `${yamlKey(k)}: ${flow(x)}`).join(", ")} }`;
}

function escapeSegment(s: string): string {
  return s.replace(/~/g, "~0").replace(/\//g, "~1");
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) && !RESERVED.test(key) ? key : quoted(key);
}

/** A scalar as YAML; in a flow collection (`[…]`, `{…}`) a comma ends a plain scalar, so it is quoted there. */
export function scalar(v: null | boolean | number | string, context: "block" | "flow" = "flow"): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "number") {
    if (Number.isFinite(v)) return String(v);
    return Number.isNaN(v) ? ".nan" : v > 0 ? ".inf" : "-.inf";
  }
  return plainSafe(v) && (context === "block" || !v.includes(",")) ? v : quoted(v);
}

/** Words YAML (1.2 core, and 1.1 readers) could take for null or a boolean. */
const RESERVED = /^(?:null|true|false|yes|no|on|off|y|n|~)$/i;
/** A conservative plain scalar: letters and digits first, then words, spaces and mild punctuation. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ._'()/+–;,!?&=%-]*$/u;
/** Anything YAML reads as a number (decimal, octal, hex, exponent), also with a sign. */
const NUMBER = /^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;

function plainSafe(s: string): boolean {
  return PLAIN.test(s) && !/\s$/.test(s) && !RESERVED.test(s) && !NUMBER.test(s) && !/^\d+(?::\d+)+$/.test(s);
}

/** A double-quoted scalar; every control, bidi and non-character is written as an escape. */
export function quoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (c === 10) out += "\\n";
    else if (c === 9) out += "\\t";
    else if (
      c < 0x20 ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0xd800 && c <= 0xdfff) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0xfeff ||
      c === 0xfffe ||
      c === 0xffff
    )
      out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}
