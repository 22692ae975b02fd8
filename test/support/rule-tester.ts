import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/core/types';
import type { AnyRule } from '../../src/engine/rule';
import { runRules } from '../../src/engine/run-rules';
import { buildClusterIndex } from '../../src/index/cluster-index';
import { parseInputs } from '../../src/resources/parse-inputs';

export interface ValidCase {
  name?: string;
  code: string;
  options?: object;
  kubernetesVersion?: string;
  /** Other files of the repository: indexed for references, not linted. */
  context?: string;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column: number;
  severity?: Severity;
  message?: string;
  path?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

/** Strips the common indentation of a template literal, so YAML can sit indented in a test. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}

/** Runs one rule over real parsed YAML, with the real index and runner. */
export function lintWithRule(rule: AnyRule, c: ValidCase) {
  const parsed = parseInputs([{ file: 'manifest.yaml', text: c.code }]);
  const context = c.context ? parseInputs([{ file: 'context.yaml', text: c.context }]).resources : [];
  expect(parsed.findings, 'the test manifest itself must parse').toEqual([]);
  const index = buildClusterIndex(parsed.resources, context);
  const options = { ...rule.meta.defaultOptions, ...(c.options ?? {}) };
  return runRules(index, [{ rule, severity: rule.meta.severity, options }], c.kubernetesVersion ?? '1.34');
}

/** ESLint-style table test: valid cases report nothing, invalid cases exactly the listed findings. */
export function testRule(rule: AnyRule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    cases.valid.forEach((v, i) => {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid: ${c.name ?? `#${i + 1}`}`, () => {
        expect(lintWithRule(rule, c).map((f) => f.finding)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid: ${c.name ?? `#${i + 1}`}`, () => {
        const actual = lintWithRule(rule, c).map(({ finding, messageId }) => {
          const e = c.errors.find((x) => x.line === finding.line && x.column === finding.column) ?? c.errors[0];
          return {
            messageId,
            line: finding.line,
            column: finding.column,
            ...(e?.severity ? { severity: finding.severity } : {}),
            ...(e?.message ? { message: finding.message } : {}),
            ...(e?.path ? { path: finding.path } : {}),
          };
        });
        expect(actual).toEqual(c.errors.map((e) => ({ ...e })));
      });
    });
  });
}
