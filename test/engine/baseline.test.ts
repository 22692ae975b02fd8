import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types';
import { buildBaseline, filterByBaseline, formatBaseline, parseBaseline } from '../../src/engine/baseline';

const finding = (file: string, name: string, line: number): Finding => ({
  rule: 'valid-service-selector',
  severity: 'warning',
  message: `Service ${name} selects nothing`,
  file,
  line,
  column: 3,
  endLine: line,
  endColumn: 11,
  resource: { apiVersion: 'v1', kind: 'Service', namespace: 'default', name },
  path: 'spec.selector',
});
/** As the CLI names files for a baseline in the working folder: `./` dropped. */
const fileKey = (file: string) => file.replace(/^\.\//, '');

describe('baseline', () => {
  it('counts identical findings, keys them on the file as fileKey names it, and round-trips', () => {
    const findings = [finding('./a.yaml', 'web', 5), finding('a.yaml', 'web', 9), finding('a.yaml', 'db', 12)];
    const baseline = buildBaseline(findings, fileKey);
    expect(baseline).toEqual({
      version: 2,
      findings: [
        { fingerprint: 'valid-service-selector\u0000a.yaml\u0000Service/default/db\u0000spec.selector\u0000Service db selects nothing', count: 1, rule: 'valid-service-selector', file: 'a.yaml', message: 'Service db selects nothing' },
        { fingerprint: 'valid-service-selector\u0000a.yaml\u0000Service/default/web\u0000spec.selector\u0000Service web selects nothing', count: 2, rule: 'valid-service-selector', file: 'a.yaml', message: 'Service web selects nothing' },
      ],
    });
    expect(parseBaseline(formatBaseline(baseline), fileKey)).toEqual({ baseline, problems: [] });
    // a third identical finding is new
    const more = [...findings, finding('a.yaml', 'web', 20)];
    expect(filterByBaseline(more, baseline, fileKey)).toEqual([more[3]]);
  });

  it('entries repeated in the file add up (a baseline merged by hand)', () => {
    const [entry] = buildBaseline([finding('a.yaml', 'web', 5)], fileKey).findings;
    const parsed = parseBaseline(JSON.stringify({ version: 2, findings: [entry, entry] }), fileKey);
    const twice = [finding('a.yaml', 'web', 5), finding('a.yaml', 'web', 7), finding('a.yaml', 'web', 9)];
    expect(filterByBaseline(twice, parsed.baseline!, fileKey)).toEqual([twice[2]]);
  });

  it('version 1: the file in the fingerprint is re-keyed as the working folder would spell it now', () => {
    const v1 = {
      version: 1,
      findings: [{ fingerprint: 'r\u0000./k8s/a.yaml\u0000Service/default/web\u0000spec\u0000m', count: 3 }],
    };
    expect(parseBaseline(JSON.stringify(v1), (file) => `../${fileKey(file)}`)).toEqual({
      baseline: { version: 2, findings: [{ fingerprint: 'r\u0000../k8s/a.yaml\u0000Service/default/web\u0000spec\u0000m', count: 3, file: '../k8s/a.yaml' }] },
      problems: [],
    });
  });

  it('every problem at once, each at its path (the CLI locates and lists them)', () => {
    const text = JSON.stringify({ version: 2, findings: [null, { fingerprint: 'x', count: 1.5 }, { fingerprint: 'a\u0000b\u0000c\u0000d\u0000e', count: 2, message: ['m'] }] });
    expect(parseBaseline(text, fileKey)).toEqual({
      baseline: null,
      problems: [
        { at: ['findings', 0], message: 'findings[0] must be an object { fingerprint, count, rule, file, message } (got null)' },
        { at: ['findings', 1, 'fingerprint'], message: 'findings[1].fingerprint is not one kubeplan writes (rule, file, object, path and message joined by \\u0000)' },
        { at: ['findings', 1, 'count'], message: 'findings[1].count must be a whole number from 1 (got 1.5)' },
        { at: ['findings', 2, 'message'], message: 'findings[2].message must be a string (got an array)' },
      ],
    });
    expect(parseBaseline('{"version": 1, "findings": []} trailing', fileKey)).toEqual({
      baseline: null,
      problems: [{ at: 31, message: 'not JSON: Unexpected non-whitespace character after JSON' }],
    });
  });
});
