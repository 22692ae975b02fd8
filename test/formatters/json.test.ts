import { describe, expect, it } from 'vitest';
import { formatJsonParts } from '../../src/formatters/json';
import { fixtureReport } from './fixture';

describe('JSON report', () => {
  it("prints a finding's fields in the contract's order, its related locations flat (line and column) and last", async () => {
    const report = JSON.parse([...formatJsonParts(await fixtureReport())].join(''));
    const withRelated = report.findings.find((f: { related?: unknown }) => f.related !== undefined);
    expect(Object.keys(withRelated)).toEqual([
      'rule', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'resource', 'path', 'fix', 'related',
    ]);
    expect(withRelated.related).toEqual([{ file: 'deploy/config.yaml', line: 4, column: 9, message: expect.any(String) }]);
    // a finding without related locations has no related key at all
    const plain = report.findings.find((f: { rule: string }) => f.rule === 'yaml');
    expect(Object.keys(plain)).not.toContain('related');
  });
});
