import { fingerprint } from '../core/fingerprint';
import type { Finding } from '../core/types';

export { fingerprint };

/**
 * A baseline: the findings a team has accepted, so that only new ones are reported. Entries are
 * keyed by what a finding is about (rule, file, object, path, message), not by line, so that
 * unrelated edits that move lines do not resurface old findings. Identical entries are counted.
 */
export interface Baseline {
  version: 1;
  findings: { fingerprint: string; count: number; rule: string; file: string; message: string }[];
}

export function buildBaseline(findings: readonly Finding[]): Baseline {
  const entries = new Map<string, Baseline['findings'][number]>();
  for (const f of findings) {
    const key = fingerprint(f);
    const entry = entries.get(key);
    if (entry) entry.count++;
    else entries.set(key, { fingerprint: key, count: 1, rule: f.rule, file: f.file, message: f.message });
  }
  const sorted = [...entries.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { version: 1, findings: sorted };
}

export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses a baseline file's text; throws with a message on anything that is not one. */
export function parseBaseline(text: string): Baseline {
  const value = JSON.parse(text) as Partial<Baseline>;
  if (value?.version !== 1 || !Array.isArray(value.findings)) throw new Error('not a kubeplan baseline (version 1)');
  return value as Baseline;
}

/** The findings that the baseline does not account for. */
export function filterByBaseline(findings: readonly Finding[], baseline: Baseline): Finding[] {
  const remaining = new Map(baseline.findings.map((e) => [e.fingerprint, e.count]));
  return findings.filter((f) => {
    const key = fingerprint(f);
    const left = remaining.get(key) ?? 0;
    if (left === 0) return true;
    remaining.set(key, left - 1);
    return false;
  });
}
