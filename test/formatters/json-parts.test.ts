import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildJsonReport, formatJsonParts } from '../../src/formatters/json';
import { stringifyInParts } from '../../src/formatters/json-parts';
import { formatSarifParts } from '../../src/formatters/sarif';
import noPrivilegeEscalation from '../../rules/no-privilege-escalation';
import { buildReport, podsFile } from '../support/report';

const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('stringifyInParts', () => {
  it('prints the bytes of JSON.stringify(value, null, 2) for a large array at any depth, in parts of 100 items', () => {
    const items = Array.from({ length: 250 }, (_, i) => ({ n: i, tags: [`t${i}`], nested: { empty: [], none: {} } }));
    const cases: [object, (string | number)[]][] = [
      [{ version: 1, summary: { a: 1 }, findings: items }, ['findings']],
      [{ findings: items, after: { x: [1, 2] } }, ['findings']],
      [{ runs: [{ tool: { name: 'k' }, results: items, columnKind: 'utf16CodeUnits' }] }, ['runs', 0, 'results']],
      [[[items, 'x']], [0, 0]],
      [items, []],
    ];
    for (const [value, path] of cases) {
      const parts = [...stringifyInParts(value, path)];
      expect(parts.join('')).toBe(whole(value));
      // an opening part, one per 100 items, a closing part
      expect(parts).toHaveLength(5);
    }
  });

  it('prints small, empty and missing arrays in one part', () => {
    for (const value of [{ findings: [] }, { findings: [{ a: 1 }] }, { other: 1 }, { findings: 'text' }]) {
      expect([...stringifyInParts(value, ['findings'])]).toEqual([whole(value)]);
    }
  });

  it('prints the whole value in one part when the rest of it holds the marker text', () => {
    const value = { note: '\u0000kubeplan-parts\u0000', findings: Array.from({ length: 150 }, (_, i) => i) };
    expect([...stringifyInParts(value, ['findings'])]).toEqual([whole(value)]);
  });

  it('prints print(item) for each item, made once per item and in order, in parts and in one', () => {
    for (const count of [250, 100, 0]) {
      const items = Array.from({ length: count }, (_, i) => i);
      const value = { before: 'x', results: items, after: [1] };
      const seen: unknown[] = [];
      const print = (item: unknown) => {
        seen.push(item);
        return { n: item, square: (item as number) ** 2 };
      };
      const parts = [...stringifyInParts(value, ['results'], print)];
      expect(parts.join('')).toBe(whole({ before: 'x', results: items.map((n) => ({ n, square: n ** 2 })), after: [1] }));
      expect(parts).toHaveLength(count > 100 ? 5 : 1);
      expect(seen).toEqual(items);
      // the value itself is left as it was
      expect(value.results).toBe(items);
      expect(items.every((n, i) => n === i)).toBe(true);
    }
    // the rest of the value holds the marker text: one part, each item printed once all the same
    const seen: unknown[] = [];
    const marked = { note: '\u0000kubeplan-parts\u0000', results: Array.from({ length: 150 }, (_, i) => i) };
    const parts = [...stringifyInParts(marked, ['results'], (item) => (seen.push(item), [item]))];
    expect(parts).toEqual([whole({ ...marked, results: marked.results.map((n) => [n]) })]);
    expect(seen).toEqual(marked.results);
  });

  it('prints the same bytes as JSON.stringify for any JSON around and inside the array', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        fc.string(),
        fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 95, maxLength: 330 }),
        fc.nat(3),
        (rest, key, items, nesting) => {
          // the array under `key`, the object itself `nesting` levels down in arrays
          let value: unknown = { ...rest, [key]: items };
          const path: (string | number)[] = [key];
          for (let i = 0; i < nesting; i++) {
            value = i % 2 === 0 ? [value] : ['before', value];
            path.unshift(i % 2 === 0 ? 0 : 1);
          }
          expect([...stringifyInParts(value as object, path)].join('')).toBe(whole(value));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the JSON and SARIF formats in parts', () => {
  const report = buildReport([{ file: 'pods.yaml', text: podsFile(230) }], { rules: [noPrivilegeEscalation] });

  it('print the same text as one string, the findings a hundred at a time', () => {
    expect(report.findings.filter((f) => f.rule === 'no-privilege-escalation')).toHaveLength(230);
    const json = [...formatJsonParts(report)];
    expect(json).toHaveLength(5);
    expect(json.join('')).toBe(whole(buildJsonReport(report)));
    // the last pod's document starts on line 9 × 229 + 1, its container 6 lines below
    expect(JSON.parse(json.join('')).findings[229]).toMatchObject({ rule: 'no-privilege-escalation', file: 'pods.yaml', line: 2068 });

    const tool = { version: '0.1.0', informationUri: 'https://kubeplan.io' };
    const sarif = [...formatSarifParts(report, tool)];
    expect(sarif).toHaveLength(5);
    expect(sarif.join('')).toBe(whole(JSON.parse(sarif.join(''))));
    expect(JSON.parse(sarif.join('')).runs[0].results).toHaveLength(230);
  });
});
