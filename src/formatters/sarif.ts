/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools. One run; the rule list comes from
 * `opts.rules`, completed with a minimal entry for any rule id the report uses but the list lacks.
 * Waived findings are results with an external, accepted suppression. Messages are in `opts.lang`.
 */
import { sep as pathSep } from "node:path";
import type { Report } from "../core/report/report.js";
import type { Finding, Lang, Severity } from "../core/types.js";
import { FMT } from "./messages/report.js";
import { jsonPieces } from "./stream.js";
import { sectionLabel } from "./text.js";
import type { FormatOptions } from "./types.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SARIF_VERSION = "2.1.0";

interface SarifOptions extends FormatOptions {
  /** driver.version; the CLI should pass its own version. */
  toolVersion?: string;
  /** driver.informationUri. */
  informationUri?: string;
}

const DEFAULT_VERSION = "0.1.0";

type SarifLevel = "error" | "warning" | "note";

const SARIF_LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

interface Text {
  text: string;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription?: Text;
  fullDescription?: Text;
  help?: Text;
  defaultConfiguration: { level: SarifLevel };
  properties: { section: string | null; layer: string | null };
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface Location {
  physicalLocation: {
    artifactLocation: ArtifactLocation;
    region?: { startLine: number; startColumn: number };
  };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: Text;
  locations: Location[];
  relatedLocations?: (Location & { id: number })[];
  suppressions?: { kind: "external"; status: "accepted"; justification: string }[];
  properties?: { path: string };
}

export interface SarifLog {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: {
    tool: { driver: { name: string; informationUri?: string; version: string; rules: SarifRule[] } };
    columnKind: "utf16CodeUnits";
    results: SarifResult[];
  }[];
}

/** "max-home-share" → "MaxHomeShare": SARIF's `name` is an identifier-like form of the rule. */
function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodePath(p: string): string {
  return p
    .replace(LONE_SURROGATE, "\uFFFD")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/**
 * A file path as a SARIF artifact location: forward slashes, segments percent-encoded; relative
 * paths stay relative (minus a leading "./") under %SRCROOT%, absolute ones become file: URIs.
 * A backslash is a separator only where the platform's separator is one (Windows); elsewhere it is
 * part of a file name and is percent-encoded, so the URI names that file and no other.
 */
export function artifactLocation(file: string, sep: string = pathSep): ArtifactLocation {
  const windows = sep === "\\";
  const p = windows ? file.replace(/\\/g, "/") : file;
  const drive = windows ? /^([A-Za-z]):\//.exec(p) : null;
  if (drive) return { uri: `file:///${drive[1]}:/${encodePath(p.slice(3))}` };
  if (p.startsWith("/")) return { uri: `file://${encodePath(p)}` };
  return { uri: encodePath(p.replace(/^(?:\.\/)+/, "")), uriBaseId: "%SRCROOT%" };
}

function ruleEntries(report: Report, opts: FormatOptions): SarifRule[] {
  const lang = opts.lang;
  const rules: SarifRule[] = [];
  const seen = new Set<string>();
  for (const m of opts.rules ?? []) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const description = m.description[lang];
    const quote = m.quote.trim();
    const rule: SarifRule = {
      id: m.id,
      name: pascal(m.id),
      shortDescription: { text: description },
      ...(quote ? { fullDescription: { text: quote } } : {}),
      help: { text: m.section ? `${sectionLabel(m.section)} — ${description}` : description },
      defaultConfiguration: { level: SARIF_LEVEL[m.severity] },
      properties: { section: m.section, layer: m.layer },
    };
    rules.push(rule);
  }
  for (const r of report.results) {
    for (const f of [...r.findings, ...r.waived]) {
      if (seen.has(f.ruleId)) continue;
      seen.add(f.ruleId);
      rules.push({
        id: f.ruleId,
        name: pascal(f.ruleId),
        defaultConfiguration: { level: SARIF_LEVEL[f.severity] },
        properties: { section: f.section, layer: f.layer },
      });
    }
  }
  return rules;
}

function result(
  file: string,
  f: Finding,
  index: number,
  lang: Lang,
  waived: boolean,
  sep: string,
): SarifResult {
  const out: SarifResult = {
    ruleId: f.ruleId,
    ruleIndex: index,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message[lang] },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file, sep),
          region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
        },
      },
    ],
  };
  if (f.related?.length) {
    out.relatedLocations = f.related.map((rel, i) => ({
      id: i + 1,
      physicalLocation: { artifactLocation: artifactLocation(rel, sep) },
    }));
  }
  if (waived)
    out.suppressions = [
      { kind: "external", status: "accepted", justification: FMT.waivedJustification[lang] },
    ];
  if (f.path) out.properties = { path: f.path };
  return out;
}

/** The log around its results, with `results` as the run's result list. */
function sarifLog(rules: SarifRule[], results: SarifResult[], opts: SarifOptions): SarifLog {
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: "hjemmekontor",
            // Only when given: the project has no public address yet (a made-up one would mislead).
            ...(opts.informationUri ? { informationUri: opts.informationUri } : {}),
            version: opts.toolVersion ?? DEFAULT_VERSION,
            rules,
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

/** Every finding and waived finding of the report as a SARIF result, made one at a time. */
function* sarifResults(report: Report, rules: SarifRule[], opts: SarifOptions): Generator<SarifResult> {
  const indexOf = new Map(rules.map((r, i) => [r.id, i]));
  const sep = opts.pathSep ?? pathSep;
  for (const r of report.results) {
    for (const f of r.findings) yield result(r.file, f, indexOf.get(f.ruleId) ?? -1, opts.lang, false, sep);
    for (const f of r.waived) yield result(r.file, f, indexOf.get(f.ruleId) ?? -1, opts.lang, true, sep);
  }
}

export function toSarif(report: Report, opts: SarifOptions): SarifLog {
  const rules = ruleEntries(report, opts);
  return sarifLog(rules, [...sarifResults(report, rules, opts)], opts);
}

/** The SARIF log as formatSarif writes it, in pieces of one result each. */
export function sarifChunks(report: Report, opts: SarifOptions): Generator<string> {
  const rules = ruleEntries(report, opts);
  const count = report.results.reduce((n, r) => n + r.findings.length + r.waived.length, 0);
  return jsonPieces(
    (list) => sarifLog(rules, list as SarifResult[], opts),
    sarifResults(report, rules, opts),
    count,
  );
}

export function formatSarif(report: Report, opts: SarifOptions): string {
  return [...sarifChunks(report, opts)].join("");
}
