import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

/**
 * Names from the input that are also names of Object.prototype members (`constructor`, `toString`,
 * `__proto__`…) must read as plain names everywhere the CLI looks one up in a table: a kind, an API
 * group, a field, a command.
 */
const ODD_NAMES = `apiVersion: constructor/v1
kind: constructor
metadata: {name: a}
---
apiVersion: extensions/v1beta1
kind: toString
metadata: {name: b}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c, constructor: 1}
data: {toString: x}
---
apiVersion: apps/v1
kind: valueOf
metadata: {name: d}
spec: {template: {spec: {containers: [{name: x, image: 'x:1'}]}}}
`;

describe('names that are Object.prototype members', () => {
  it('lint reports them like any other kind or field, without a crash', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'json', '-'], { stdin: ODD_NAMES });
    const findings = (JSON.parse(r.stdout) as { findings: { rule: string; line: number; message: string }[] }).findings;
    expect(findings.filter((f) => f.rule === 'rule-crash')).toEqual([]);
    expect(findings.map((f) => `${f.line} ${f.rule}: ${f.message.replace(/;.*/, '')}`)).toEqual([
      '2 schema-missing: no schema for constructor/v1 constructor',
      '6 schema-missing: no schema for extensions/v1beta1 toString',
      '11 schema: unknown field "constructor"',
      '15 schema-missing: unknown kind "valueOf" in apps/v1',
    ]);
    expect(r.code).toBe(1);
  });

  it('plan takes them as objects it cannot run, without a crash', async () => {
    const r = await runCli(['plan', '--no-config', '-'], { stdin: ODD_NAMES });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('kind: constructor');
    // the API server refuses the unknown metadata field, as lint's schema check says
    expect(r.stdout).toContain('ConfigMap "c" is invalid: metadata.constructor: unknown field "constructor"');
    expect(r.code).toBe(1);
  });

  it('an unknown command named constructor is a usage error', async () => {
    const r = await runCli(['constructor']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "constructor"');
    const help = await runCli(['help', 'toString']);
    expect(help.stdout).toContain('Commands:');
  });
});
