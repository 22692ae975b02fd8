import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  API_LIFECYCLE,
  compareMinorVersions,
  formatReplacement,
  isDeprecatedIn,
  isRemovedIn,
  lookupApiLifecycle,
} from '../../src/resources/api-lifecycle';
import { KUBERNETES_VERSIONS } from '../../src/schema/kubernetes-versions';

/** The kinds each shipped version serves (`apps/v1/Deployment`), from the bundled schemas. */
const served = new Map(
  KUBERNETES_VERSIONS.map((v) => {
    const file = JSON.parse(readFileSync(new URL(`../../schemas/k8s/${v}.json`, import.meta.url), 'utf8')) as {
      kinds: Record<string, string>;
    };
    return [v, new Set(Object.keys(file.kinds))] as const;
  }),
);
const newest = KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]!;
/** Kinds with no create endpoint, so never in the bundled kinds. */
const READ_ONLY = new Set(['v1/ComponentStatus']);

describe('API lifecycle table', () => {
  it('looks entries up by apiVersion and kind', () => {
    const entry = lookupApiLifecycle('extensions/v1beta1', 'Deployment')!;
    expect(entry).toEqual({
      apiVersion: 'extensions/v1beta1', kind: 'Deployment', deprecatedIn: '1.9', removedIn: '1.16',
      replacement: { apiVersion: 'apps/v1', since: '1.9' },
    });
    expect(isRemovedIn(entry, '1.16')).toBe(true);
    expect(isRemovedIn(entry, '1.15')).toBe(false);
    expect(isDeprecatedIn(entry, '1.15')).toBe(true);
    expect(isDeprecatedIn(entry, '1.16')).toBe(false);
    expect(formatReplacement(entry)).toBe('apps/v1');
    expect(lookupApiLifecycle('apps/v1', 'Deployment')).toBeUndefined();
    const psp = lookupApiLifecycle('policy/v1beta1', 'PodSecurityPolicy')!;
    expect([psp.replacement, formatReplacement(psp)]).toEqual([null, undefined]);
    expect(formatReplacement(lookupApiLifecycle('resource.k8s.io/v1alpha2', 'ResourceClass')!)).toBe('resource.k8s.io/v1 DeviceClass');
    // Removals since 1.16 that the migration guide lists beside the beta ones.
    expect(isRemovedIn(lookupApiLifecycle('apps/v1beta1', 'ReplicaSet')!, '1.16')).toBe(true);
    expect(isRemovedIn(lookupApiLifecycle('batch/v2alpha1', 'CronJob')!, '1.21')).toBe(true);
    expect(isRemovedIn(lookupApiLifecycle('settings.k8s.io/v1alpha1', 'PodPreset')!, '1.20')).toBe(true);
    const endpoints = lookupApiLifecycle('v1', 'Endpoints')!;
    expect([isDeprecatedIn(endpoints, '1.32'), isDeprecatedIn(endpoints, '1.33'), isRemovedIn(endpoints, newest)]).toEqual([false, true, false]);
  });

  it('is sorted, has one entry per apiVersion and kind, and deprecates before it removes', () => {
    const keys = API_LIFECYCLE.map((e) => `${e.apiVersion}/${e.kind}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of API_LIFECYCLE) {
      if (e.deprecatedIn && e.removedIn) expect(compareMinorVersions(e.deprecatedIn, e.removedIn), keys.join()).toBeLessThan(0);
      if (!e.replacement) expect(e.note, `${e.apiVersion} ${e.kind} needs a note`).toBeTruthy();
    }
  });

  it('records every apiVersion and kind that a shipped version stops serving, at the right release', () => {
    const missing: string[] = [];
    for (let i = 1; i < KUBERNETES_VERSIONS.length; i++) {
      const before = KUBERNETES_VERSIONS[i - 1]!;
      const after = KUBERNETES_VERSIONS[i]!;
      for (const key of served.get(before)!) {
        if (served.get(after)!.has(key)) continue;
        const slash = key.lastIndexOf('/');
        const entry = lookupApiLifecycle(key.slice(0, slash), key.slice(slash + 1));
        const ok = entry?.removedIn && compareMinorVersions(entry.removedIn, before) > 0 && compareMinorVersions(entry.removedIn, after) <= 0;
        if (!ok) missing.push(`${key} (gone between ${before} and ${after}; table says ${entry?.removedIn ?? 'nothing'})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('agrees with the shipped schemas about what is served', () => {
    const wrong: string[] = [];
    for (const e of API_LIFECYCLE) {
      const key = `${e.apiVersion}/${e.kind}`;
      for (const [version, kinds] of served) {
        if (isRemovedIn(e, version) && kinds.has(key)) wrong.push(`${key} is still served by ${version}`);
      }
      if (e.removedIn === null && !READ_ONLY.has(key) && !served.get(newest)!.has(key)) wrong.push(`${key} is not served by ${newest}`);
      if (e.replacement) {
        const target = `${e.replacement.apiVersion}/${e.replacement.kind ?? e.kind}`;
        for (const [version, kinds] of served) {
          if (compareMinorVersions(version, e.replacement.since) >= 0 && !kinds.has(target)) {
            wrong.push(`replacement ${target} of ${key} is not served by ${version}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
