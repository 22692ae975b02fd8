import { describe, expect, it } from 'vitest';
import { createRule } from '../../src/engine/rule';
import { runLint } from '../../src/engine/run-lint';
import { parseInputs } from '../../src/resources/parse-inputs';

/** Reports `count` findings on the object's metadata.name. */
const manyFindings = (count: number) =>
  createRule({
    id: 'many-findings',
    meta: {
      category: 'correctness',
      severity: 'warning',
      summary: 'test rule',
      rationale: 'test rule',
      fix: 'none',
      messages: { one: 'finding {{n}}' },
      defaultOptions: {},
    },
    check({ report }) {
      for (let n = 0; n < count; n++) report({ messageId: 'one', data: { n }, path: ['metadata', 'name'] });
    },
  });

describe('runLint', () => {
  it('collects more rule findings than fit in a call stack as arguments (600,000: a worker thread stack holds ~500,000 arguments, the main thread ~120,000)', () => {
    const parsed = parseInputs([{ file: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' }]);
    const rule = manyFindings(600_000);
    const report = runLint(parsed, { schema: null, rules: [{ rule, severity: 'warning', options: {} }], kubernetesVersion: '1.34' });
    expect(report.findings).toHaveLength(600_000);
    expect(report.findings[0]).toMatchObject({ rule: 'many-findings', file: 'cm.yaml', line: 4, column: 9, endColumn: 10 });
    expect(new Set(report.findings.map((f) => f.message)).size).toBe(600_000);
    expect(report.findings.some((f) => f.message === 'finding 599999')).toBe(true);
  });
});
