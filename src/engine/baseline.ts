import { fingerprint } from '../core/fingerprint';
import { formatPath } from '../core/path';
import type { Finding, Path } from '../core/types';

export { fingerprint };

/**
 * A baseline: the findings a team has accepted, so that only new ones are reported. Entries are
 * keyed by what a finding is about (rule, file, object, path, message), not by line, so that
 * unrelated edits that move lines do not resurface old findings. Identical entries are counted.
 *
 * Version 2 names files relative to the baseline file's folder, `/`-separated, `.` and `..`
 * resolved, so the same file matches however it is spelled and from any working folder. Version 1
 * named them as the command line spelled them, from the working folder: such a baseline is read as
 * if written from the current working folder, which is how it was matched.
 */
export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

export const BASELINE_VERSION = 2;

/** `rule`, `file` and `message` repeat parts of the fingerprint, for people reading the file. */
export interface BaselineEntry {
  fingerprint: string;
  count: number;
  rule: string;
  file: string;
  message: string;
}

/**
 * How a baseline names a finding's file (a file as findings name it → relative to the baseline's
 * folder); the CLI builds it from the working folder and the baseline's path.
 */
export type BaselineFileKey = (file: string) => string;

export function buildBaseline(findings: readonly Finding[], fileKey: BaselineFileKey): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const file = fileKey(f.file);
    const key = fingerprint(f, file);
    const entry = entries.get(key);
    if (entry) entry.count++;
    else entries.set(key, { fingerprint: key, count: 1, rule: f.rule, file, message: f.message });
  }
  const sorted = [...entries.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { version: BASELINE_VERSION, findings: sorted };
}

export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** What is wrong in a baseline file: at a path in its JSON value, or (syntax) at a character offset. */
export interface BaselineProblem {
  at: Path | number;
  message: string;
}

export type ParsedBaseline = { baseline: Baseline; problems: [] } | { baseline: null; problems: BaselineProblem[] };

const SEPARATOR = '\u0000';
/** rule, file, object, path, message */
const FINGERPRINT_PARTS = 5;
const ENTRY_SHAPE = 'an object { fingerprint, count, rule, file, message }';

/**
 * Parses and validates a baseline file's text: every problem at once (the entries whose shape is
 * wrong, each by its index), or the baseline, version 1 entries re-keyed as version 2.
 * `rule`, `file` and `message` may be left out (only the fingerprint and the count are matched).
 */
export function parseBaseline(text: string, fileKey: BaselineFileKey): ParsedBaseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { baseline: null, problems: [jsonSyntaxProblem(text, error)] };
  }
  if (!isRecord(value)) return invalid([{ at: [], message: `a baseline is an object { "version": ${BASELINE_VERSION}, "findings": [...] } (got ${describe(value)})` }]);
  const problems: BaselineProblem[] = [];
  if (!('version' in value)) problems.push({ at: [], message: 'missing required "version"' });
  else if (value.version !== 1 && value.version !== BASELINE_VERSION) problems.push({ at: ['version'], message: `version must be 1 or ${BASELINE_VERSION} (got ${describe(value.version)})` });
  if (!('findings' in value)) problems.push({ at: [], message: 'missing required "findings"' });
  else if (!Array.isArray(value.findings)) problems.push({ at: ['findings'], message: `findings must be an array (got ${describe(value.findings)})` });
  else value.findings.forEach((entry, i) => problems.push(...entryProblems(entry, ['findings', i])));
  if (problems.length > 0) return invalid(problems);
  const findings = value.findings as BaselineEntry[];
  return { baseline: { version: BASELINE_VERSION, findings: value.version === 1 ? findings.map((e) => rekeyVersion1(e, fileKey)) : findings }, problems: [] };
}

function entryProblems(entry: unknown, at: Path): BaselineProblem[] {
  const where = formatPath(at);
  if (!isRecord(entry)) return [{ at, message: `${where} must be ${ENTRY_SHAPE} (got ${describe(entry)})` }];
  const problems: BaselineProblem[] = [];
  const { fingerprint, count } = entry;
  if (!('fingerprint' in entry)) problems.push({ at, message: `${where}: missing required "fingerprint"` });
  else if (typeof fingerprint !== 'string') problems.push({ at: [...at, 'fingerprint'], message: `${where}.fingerprint must be a string (got ${describe(fingerprint)})` });
  else if (fingerprint.split(SEPARATOR).length < FINGERPRINT_PARTS) {
    problems.push({ at: [...at, 'fingerprint'], message: `${where}.fingerprint is not one kubeplan writes (rule, file, object, path and message joined by \\u0000)` });
  }
  if (!('count' in entry)) problems.push({ at, message: `${where}: missing required "count"` });
  else if (!Number.isSafeInteger(count) || (count as number) < 1) problems.push({ at: [...at, 'count'], message: `${where}.count must be a whole number from 1 (got ${describe(count)})` });
  for (const key of ['rule', 'file', 'message']) {
    if (key in entry && typeof entry[key] !== 'string') problems.push({ at: [...at, key], message: `${where}.${key} must be a string (got ${describe(entry[key])})` });
  }
  return problems;
}

function invalid(problems: BaselineProblem[]): ParsedBaseline {
  return { baseline: null, problems };
}

/** JSON.parse's message, at the offset it names (else the end of the text). */
function jsonSyntaxProblem(text: string, error: unknown): BaselineProblem {
  const message = error instanceof Error ? error.message : String(error);
  // V8: `… in JSON at position 13`, `… after JSON at position 8` (newer: then ` (line 1 column 14)`)
  const position = / (?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  return { at: position ? Number(position[1]) : text.length, message: `not JSON: ${position ? message.slice(0, position.index) : message}` };
}

/** A value as a message quotes it: scalars as JSON, collections by kind. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A version 1 entry: its file as the command line spelled it, from the working folder. */
function rekeyVersion1(entry: BaselineEntry, fileKey: BaselineFileKey): BaselineEntry {
  const parts = entry.fingerprint.split(SEPARATOR);
  const file = fileKey(parts[1]!);
  parts[1] = file;
  return { ...entry, fingerprint: parts.join(SEPARATOR), file };
}

/** The findings that the baseline does not account for. */
export function filterByBaseline(findings: readonly Finding[], baseline: Baseline, fileKey: BaselineFileKey): Finding[] {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + e.count);
  return findings.filter((f) => {
    const key = fingerprint(f, fileKey(f.file));
    const left = remaining.get(key) ?? 0;
    if (left === 0) return true;
    remaining.set(key, left - 1);
    return false;
  });
}
