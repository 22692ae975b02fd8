import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const FIXTURES = 'test/fixtures/cli';

describe('kubeplan lint (CLI)', () => {
  it('prints a located finding with code frame, rule id and fix, and exits 1', async () => {
    const r = await runCli(['lint', '--no-config', `${FIXTURES}/app/web.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'error  correctness/valid-workload-selector  spec.selector does not match the template labels (app=web vs app=webb)',
        `  ${FIXTURES}/app/web.yaml:9:5  Deployment default/web`,
        '   7 |   replicas: 2',
        '   8 |   selector:',
        ' > 9 |     matchLabels:',
        '     |     ^^^^^^^^^^^',
        '  fix: make spec.selector.matchLabels a subset of spec.template.metadata.labels',
        '',
        '✖ 1 error, 0 warnings in 1 file, 1 resource',
        '',
      ].join('\n'),
    );
  });

  it('JSON output follows the contract (version, summary, findings)', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'json', `${FIXTURES}/app`]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ files: 1, resources: 1, errors: 1, warnings: 0, infos: 0, suppressed: 0 });
    expect(json.findings[0]).toEqual({
      rule: 'valid-workload-selector',
      severity: 'error',
      message: 'spec.selector does not match the template labels (app=web vs app=webb)',
      file: `${FIXTURES}/app/web.yaml`,
      line: 9,
      column: 5,
      endLine: 9,
      endColumn: 16,
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web' },
      path: 'spec.selector.matchLabels',
      fix: 'make spec.selector.matchLabels a subset of spec.template.metadata.labels',
    });
  });

  it('bad input becomes located findings and never stops the other files', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'json', `${FIXTURES}/bad`, `${FIXTURES}/app/web.yaml`, 'test/fixtures/cli/missing.yaml']);
    expect(r.code).toBe(2); // a path that does not exist is an I/O error
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    const brief = json.findings.map((f: { rule: string; file: string; line: number; message: string }) => [f.rule, f.file, f.line, f.message]);
    expect(brief).toEqual([
      ['valid-workload-selector', `${FIXTURES}/app/web.yaml`, 9, 'spec.selector does not match the template labels (app=web vs app=webb)'],
      ['input', `${FIXTURES}/bad/blob.yaml`, 1, 'binary file (contains NUL bytes): not a YAML or JSON manifest'],
      ['yaml', `${FIXTURES}/bad/broken.yaml`, 12, 'mapping key "name" already defined at line 11'],
      ['input', `${FIXTURES}/bad/broken.yaml`, 14, 'not a Kubernetes object: expected a mapping with apiVersion and kind, found a sequence'],
      ['input', 'test/fixtures/cli/missing.yaml', 1, 'cannot read: no such file or directory'],
    ]);
    expect(json.summary.resources).toBe(2);
  });

  it('announces a long run (the CLI edge then tunes the engine) from 128,000 characters of input, not for less, in lint and plan', async () => {
    // 1,069 characters each, 1,073 with the separator
    const configMap = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${String(i).padStart(4, '0')}}\ndata: {k: "${'x'.repeat(1000)}"}\n`;
    const manifests = (count: number, from = 0) => Array.from({ length: count }, (_, i) => configMap(from + i)).join('---\n');
    expect(manifests(119).length).toBe(127_683);
    let announced = 0;
    const expectLongRun = () => void announced++;
    await runCli(['lint', '--no-config', '-'], { stdin: manifests(119), expectLongRun });
    expect(announced).toBe(0);
    const large = await runCli(['lint', '--no-config', '-'], { stdin: manifests(120), expectLongRun });
    expect(announced).toBe(1);
    expect(large.code).toBe(0);
    // a folder of many files, and plan with the current state: once, when both together reach it
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-long-'));
    try {
      for (let i = 0; i < 30; i++) writeFileSync(join(dir, `m${i}.yaml`), manifests(40, i * 40));
      announced = 0;
      const folder = await runCli(['lint', '--no-config', dir], { expectLongRun });
      expect(announced).toBe(1);
      expect(folder.code).toBe(0);
      writeFileSync(join(dir, 'desired.yaml'), manifests(70));
      writeFileSync(join(dir, 'current.yaml'), manifests(70, 70));
      announced = 0;
      await runCli(['plan', '--no-config', join(dir, 'desired.yaml')], { expectLongRun });
      expect(announced).toBe(0);
      const planned = await runCli(['plan', '--no-config', '--current', join(dir, 'current.yaml'), join(dir, 'desired.yaml')], { expectLongRun });
      expect(announced).toBe(1);
      expect(planned.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads stdin for "-"', async () => {
    const r = await runCli(['lint', '--no-config', '-'], { stdin: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n' });
    expect(r).toEqual({ code: 0, stdout: '✔ no problems in 1 file, 1 resource\n', stderr: '' });
  });

  it('unknown options are usage errors (exit 2, no stack trace)', async () => {
    const r = await runCli(['lint', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kubeplan: Unknown option '--bogus'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('never prints a Secret value, even several on one flow-style line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-secret-'));
    try {
      const file = join(dir, 'secret.yaml');
      const values = ['QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB', 'QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJC'];
      writeFileSync(file, `apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: default}\ndata: {a: ${values[0]}, b: ${values[1]}, c: 1}\n`);
      const r = await runCli(['lint', '--no-config', file]);
      expect(r.stdout).toContain(' > 4 | data: {a: ********, b: ********, c: *}');
      for (const value of values) for (const piece of [value, value.slice(0, 8), value.slice(-8)]) expect(r.stdout).not.toContain(piece);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never prints a Secret value around a YAML error, where no object was read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-secret-'));
    try {
      const file = join(dir, 'secret.yaml');
      writeFileSync(file, 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  password: c2VjcmV0LXBhc3N3b3Jk\n  password: c2VjcmV0LTI=\n');
      const r = await runCli(['lint', '--no-config', file]);
      expect(r.stdout).toContain('mapping key "password" already defined at line 5');
      expect(r.stdout).toContain(' > 6 |   password: ********');
      expect(r.stdout).not.toMatch(/c2VjcmV0/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--fail-on none exits 0 despite errors', async () => {
    const r = await runCli(['lint', '--no-config', '--fail-on', 'none', `${FIXTURES}/app`]);
    expect(r.code).toBe(0);
  });
});
