import { fingerprint } from '../core/fingerprint';
import type { Finding } from '../core/types';

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

/** Parses a baseline file's text; throws with a message on anything that is not one. Version 1 entries are re-keyed. */
export function parseBaseline(text: string, fileKey: BaselineFileKey): Baseline {
  const value = JSON.parse(text) as { version?: unknown; findings?: unknown };
  if ((value?.version !== 1 && value?.version !== 2) || !Array.isArray(value.findings)) throw new Error('not a kubeplan baseline (version 1 or 2)');
  const findings = value.findings as BaselineEntry[];
  return { version: BASELINE_VERSION, findings: value.version === 1 ? findings.map((e) => rekeyVersion1(e, fileKey)) : findings };
}

const SEPARATOR = '\u0000';

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
