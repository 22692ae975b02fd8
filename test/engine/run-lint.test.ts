import { describe, expect, it } from 'vitest';
import { type Rule, createRule } from '../../src/engine/rule';
import { runLint } from '../../src/engine/run-lint';
import { parseInputs } from '../../src/resources/parse-inputs';

function testRule(id: string, message: string, check: Rule<object, 'one'>['check']): Rule<object, 'one'> {
  return createRule({
    id,
    meta: { category: 'correctness', severity: 'warning', summary: 'test rule', rationale: 'test rule', fix: 'none', messages: { one: message }, defaultOptions: {} },
    check,
  });
}

/** Reports `count` findings on the object's metadata.name. */
const manyFindings = (count: number) =>
  testRule('many-findings', 'finding {{n}}', ({ report }) => {
    for (let n = 0; n < count; n++) report({ messageId: 'one', data: { n }, path: ['metadata', 'name'] });
  });

/** Reports one finding, then throws on objects named "bad". */
const crashing = testRule('crashing', 'reported before the crash', ({ object, report }) => {
  report({ messageId: 'one', path: ['metadata', 'name'] });
  if ((object.metadata as { name: string }).name === 'bad') throw new Error('boom');
});

describe('runLint', () => {
  describe('silences findings each way on its own (with no other way in the input)', () => {
    const rules = [{ rule: manyFindings(1), severity: 'warning' as const, options: {} }];
    const lint = (text: string, options: { isExcluded?: (r: { name: string }, rule: string) => boolean; inlineSuppressions?: boolean } = {}) => {
      const report = runLint(parseInputs([{ file: 'cm.yaml', text }]), { schema: null, rules, kubernetesVersion: '1.34', ...options });
      return { lines: report.findings.map((f) => f.line), suppressed: report.summary.suppressed };
    };
    const objects = (a: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a${a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n`;

    it('none', () => expect(lint(objects(''))).toEqual({ lines: [4, 9], suppressed: 0 }));
    it('an annotation', () => {
      const annotated = objects('\n  annotations: {kubeplan.io/ignore: many-findings}');
      expect(lint(annotated)).toEqual({ lines: [10], suppressed: 1 });
      expect(lint(annotated, { inlineSuppressions: false })).toEqual({ lines: [4, 10], suppressed: 0 });
    });
    it('a comment', () => expect(lint(objects(' # kubeplan-ignore many-findings'))).toEqual({ lines: [9], suppressed: 1 }));
    it('an exclusion', () => expect(lint(objects(''), { isExcluded: (r, rule) => r.name === 'b' && rule === 'many-findings' })).toEqual({ lines: [4], suppressed: 1 }));
  });

  it('reports a rule that throws as rule-crash on that object, drops its partial findings and runs every other rule', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: good}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: bad}\n';
    const parsed = parseInputs([{ file: 'cm.yaml', text }]);
    const rules = [crashing, manyFindings(1), crashing].map((rule) => ({ rule, severity: 'warning' as const, options: {} }));
    const report = runLint(parsed, { schema: null, rules, kubernetesVersion: '1.34' });
    expect(report.findings.map((f) => `${f.line} ${f.rule}: ${f.message}`)).toEqual([
      '3 crashing: reported before the crash',
      '3 crashing: reported before the crash',
      '3 many-findings: finding 0',
      '5 rule-crash: rule crashing failed on this object: boom',
      '5 rule-crash: rule crashing failed on this object: boom',
      '7 many-findings: finding 0',
    ]);
  });

  it('collects more rule findings than fit in a call stack as arguments (600,000: a worker thread stack holds ~500,000 arguments, the main thread ~120,000)', () => {
    const parsed = parseInputs([{ file: 'cm.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' }]);
    const rule = manyFindings(600_000);
    const report = runLint(parsed, { schema: null, rules: [{ rule, severity: 'warning', options: {} }], kubernetesVersion: '1.34' });
    expect(report.findings).toHaveLength(600_000);
    expect(report.findings[0]).toMatchObject({ rule: 'many-findings', file: 'cm.yaml', line: 4, column: 9, endColumn: 10 });
    expect(new Set(report.findings.map((f) => f.message)).size).toBe(600_000);
    expect(report.findings.some((f) => f.message === 'finding 599999')).toBe(true);
  });

  it('a rule finding at a secret value never quotes it: data, fix and related messages masked, the code frame too', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      env:',
      '        - {name: DB_PASSWORD, value: "s3cr3t"}',
      '        - {name: LOG_LEVEL, value: "s3cr3t"}',
      '',
    ].join('\n');
    const parsed = parseInputs([{ file: 'pod.yaml', text }]);
    const pod = parsed.resources[0]!;
    const quoting = testRule('quoting', 'value {{value}} (written {{written}})', ({ report }) => {
      for (const i of [0, 1]) {
        const path = ['spec', 'containers', 0, 'env', i, 'value'];
        report({
          messageId: 'one',
          data: { value: 's3cr3t', written: '"s3cr3t"' },
          path,
          fix: 'replace s3cr3t',
          related: [{ resource: pod, path, message: 'here: s3cr3t' }],
        });
      }
      // elsewhere in the object: the rule's business, not masked
      report({ messageId: 'one', data: { value: 'name', written: 'p' }, path: ['metadata', 'name'] });
    });
    const report = runLint(parsed, { schema: null, rules: [{ rule: quoting, severity: 'warning', options: {} }], kubernetesVersion: '1.34' });
    expect(report.findings.map((f) => ({ line: f.line, message: f.message, fix: f.fix, related: f.related?.map((r) => r.message) }))).toEqual([
      { line: 3, message: 'value name (written p)', fix: 'none', related: undefined },
      { line: 8, message: 'value *** (written ***)', fix: 'replace ***', related: ['here: ***'] },
      { line: 9, message: 'value s3cr3t (written "s3cr3t")', fix: 'replace s3cr3t', related: ['here: s3cr3t'] },
    ]);
    expect(report.sources.get('pod.yaml')!.masked).toEqual([{ line: 8, column: 38, endLine: 8, endColumn: 46 }]);
  });
});
