import { createRequire } from 'node:module';
import { fingerprint } from '../core/fingerprint';
import type { LintReport, RuleInfo } from '../core/report';
import { RESERVED_RULES } from '../core/reserved-rules';
import type { Finding, Location, ObjectRef, Severity } from '../core/types';
import { stringifyInParts } from './json-parts';

export interface SarifFormatOptions {
  /** The tool's version (tool.driver.version). */
  version: string;
  /** The tool's home page (tool.driver.informationUri). */
  informationUri: string;
  /** The commit analysed, when known (the GitHub Action knows it): maps %SRCROOT% to the repository. */
  versionControl?: { repositoryUri: string; revisionId: string; branch?: string };
}

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';

/** Relative paths are resolved by the consumer against the analysed checkout (GitHub does this). */
export const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF consumers: every rule (and every reserved
 * id) described in tool.driver.rules, one result per finding with its exact region, related
 * locations for cross-object findings, and a partial fingerprint that survives line moves.
 */
export function formatSarif(report: LintReport, options: SarifFormatOptions): string {
  return [...formatSarifParts(report, options)].join('');
}

/** formatSarif's text in consecutive parts, made one at a time as they are written (see stringifyInParts). */
export function formatSarifParts(report: LintReport, options: SarifFormatOptions): Iterable<string> {
  const rules = describedRules(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const occurrences = new Map<string, number>();
  // printed alike for every finding of a file or an object: made once, printed by each
  const files = new Map<string, ArtifactLocation>();
  const objects = new Map<ObjectRef, LogicalLocation[]>();
  const shared: SharedParts = {
    artifact: (file) => files.get(file) ?? files.set(file, artifactLocation(file)).get(file)!,
    objects: (ref) => objects.get(ref) ?? objects.set(ref, logicalLocations(ref)).get(ref)!,
  };
  // each finding's result is made as its part of the log is printed (see stringifyInParts), in order
  const result = (item: unknown): Record<string, unknown> => {
    const f = item as Finding;
    const key = hash(fingerprint(f));
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return buildResult(f, ruleIndex.get(f.rule), `${key}:${n}`, shared);
  };
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kubeplan',
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.informationUri,
            rules: rules.map(describeRule),
          },
        },
        ...(options.versionControl
          ? { versionControlProvenance: [{ ...options.versionControl, mappedTo: { uriBaseId: SRCROOT } }] }
          : {}),
        columnKind: 'utf16CodeUnits',
        results: report.findings,
      },
    ],
  };
  return stringifyInParts(log, ['runs', 0, 'results'], result);
}

/** The report's rules, then the reserved ids, then any rule id only seen in a finding. */
function describedRules(report: LintReport): RuleInfo[] {
  const rules = new Map<string, RuleInfo>(report.rules);
  for (const [id, info] of RESERVED_RULES) if (!rules.has(id)) rules.set(id, info);
  for (const f of report.findings) {
    if (!rules.has(f.rule)) {
      rules.set(f.rule, { id: f.rule, category: 'correctness', severity: f.severity, summary: f.rule });
    }
  }
  return [...rules.values()];
}

function describeRule(rule: RuleInfo): Record<string, unknown> {
  const paragraphs = [rule.summary, rule.rationale, rule.fix === undefined ? undefined : `Fix: ${rule.fix}`].filter(
    (p): p is string => p !== undefined && p !== '',
  );
  const out: Record<string, unknown> = {
    id: rule.id,
    name: rule.name ?? friendlyName(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale ?? rule.summary },
    help: {
      text: paragraphs.join('\n\n'),
      markdown: [`**${rule.summary}**`, ...paragraphs.slice(1)].join('\n\n'),
    },
    defaultConfiguration: { level: LEVEL[rule.severity as Severity] ?? 'warning' },
    properties: { category: rule.category, tags: [rule.category] },
  };
  if (rule.helpUri) out.helpUri = rule.helpUri;
  return out;
}

/** The parts of results that many findings share, each made once per report. */
interface SharedParts {
  artifact(file: string): ArtifactLocation;
  objects(ref: ObjectRef): LogicalLocation[];
}

interface LogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: 'object';
}

function logicalLocations({ kind, namespace, name }: ObjectRef): LogicalLocation[] {
  return [{ name: name || '(unnamed)', fullyQualifiedName: [kind, namespace, name].filter((p) => p !== null).join('/'), kind: 'object' }];
}

function buildResult(f: Finding, ruleIndex: number | undefined, partialFingerprint: string, shared: SharedParts): Record<string, unknown> {
  const location: Record<string, unknown> = { physicalLocation: physicalLocation(shared.artifact(f.file), f) };
  if (f.resource) location.logicalLocations = shared.objects(f.resource);
  const result: Record<string, unknown> = {
    ruleId: f.rule,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: f.fix ? `${f.message}\nFix: ${f.fix}` : f.message },
    locations: [location],
  };
  if (f.related && f.related.length > 0) {
    result.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(shared.artifact(r.file), r.location),
      message: { text: r.message },
    }));
  }
  result.partialFingerprints = { 'kubeplanFindingHash/v1': partialFingerprint };
  const properties: Record<string, unknown> = {};
  if (f.resource) properties.resource = f.resource;
  if (f.path !== null) properties.path = f.path;
  if (Object.keys(properties).length > 0) result.properties = properties;
  return result;
}

function physicalLocation(artifact: ArtifactLocation, at: Location): Record<string, unknown> {
  return { artifactLocation: artifact, region: region(at) };
}

/** A region; an empty range (a file-level problem at 1:1) names only the start. */
function region(at: Location): Record<string, number> {
  if (at.endLine === at.line && at.endColumn <= at.column) return { startLine: at.line, startColumn: at.column };
  return { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn };
}

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/**
 * The file as a URI reference: relative paths stay relative to %SRCROOT% (the checkout), absolute
 * paths become file: URIs. Each path segment is percent-encoded.
 */
export function artifactLocation(file: string): ArtifactLocation {
  const slashed = file.replace(/\\/g, '/');
  const windowsDrive = /^[A-Za-z]:\//.test(slashed);
  if (slashed.startsWith('/') || windowsDrive) {
    const path = windowsDrive ? `/${slashed}` : slashed;
    return { uri: `file://${path.split('/').map(encodeSegment).join('/')}` };
  }
  const relative = slashed.replace(/^(\.\/)+/, '');
  return { uri: relative.split('/').map(encodeSegment).join('/'), uriBaseId: SRCROOT };
}

function encodeSegment(segment: string): string {
  // Keep a drive letter's colon readable ("C:"); everything else as encodeURIComponent does.
  return /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment);
}

/** `valid-workload-selector` → `ValidWorkloadSelector`; SARIF wants the name to differ from the id. */
function friendlyName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
}

function hash(text: string): string {
  const c = crypto();
  // crypto.hash (Node 20.12 and later) makes no Hash object per finding
  return (c.hash ? c.hash('sha256', text, 'hex') : c.createHash('sha256').update(text).digest('hex')).slice(0, 32);
}

/** node:crypto, loaded on the first SARIF report: importing it costs every other run ~3 ms. */
let loadedCrypto: typeof import('node:crypto') | undefined;
function crypto(): typeof import('node:crypto') {
  return (loadedCrypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
