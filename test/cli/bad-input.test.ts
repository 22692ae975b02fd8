import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

/**
 * Bad input never crashes the tool and never stops the other files. Every case below is
 * linted in one run together with a good file, through the real CLI.
 */
const GOOD = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: good}\ndata: {a: b}\n';

const CASES: Record<string, string | Buffer> = {
  'garbage.yaml': 'key: [unclosed\n  - : : :\n}}}{{{\n',
  'binary.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  'latin1.yaml': Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf\xe9}\n', 'latin1'),
  'bomb.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: bomb}',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    '',
  ].join('\n'),
  'deep.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
  'scalar.yaml': 'just a string\n',
  'nokind.yaml': 'apiVersion: v1\nmetadata: {name: x}\n',
  'good.yaml': GOOD,
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kubeplan-bad-'));
  for (const [name, content] of Object.entries(CASES)) writeFileSync(join(dir, name), content);
  // 10 MB: many valid documents followed by a broken one at the very end.
  const big = `${Array.from({ length: 40_000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\ndata: {k: "${'x'.repeat(200)}"}\n`).join('---\n')}---\nbroken: [\n`;
  writeFileSync(join(dir, 'big.yaml'), big);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad input through the CLI', () => {
  it('becomes located findings, exits 1, prints no stack trace, and still checks the other files', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'json', '.'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: { files: number; resources: number }; findings: { rule: string; file: string; line: number; message: string }[] };
    const byFile = (file: string) => out.findings.filter((f) => f.file === file).map((f) => `${f.rule}@${f.line}`);
    expect(byFile('good.yaml')).toEqual([]);
    expect(byFile('binary.yaml')).toEqual(['input@1']);
    expect(byFile('latin1.yaml')).toEqual(['input@3']); // the line of the first invalid byte
    expect(byFile('bomb.yaml')).toEqual(['yaml@6']); // the first alias that repeats aliases
    expect(byFile('deep.yaml')).toHaveLength(1);
    expect(byFile('deep.yaml')[0]).toMatch(/^yaml@4$/);
    expect(byFile('scalar.yaml')).toEqual(['input@1']);
    expect(byFile('nokind.yaml')).toEqual(['input@1']);
    expect(byFile('garbage.yaml').length).toBeGreaterThan(0);
    expect(byFile('garbage.yaml').every((f) => f.startsWith('yaml@'))).toBe(true);
    expect(byFile('big.yaml')).toEqual(['yaml@200002']); // the unclosed flow sequence, reported at the end of the input
    // Every file was looked at; the good one and the 40,000 valid documents of big.yaml became resources.
    expect(out.summary.files).toBe(Object.keys(CASES).length + 1);
    expect(out.summary.resources).toBe(40_001);
    for (const f of out.findings) expect(f.message).not.toMatch(/\n\s+at |TypeError|RangeError/);
  }, 60_000);

  it('text output for the same run has no stack trace either', async () => {
    const r = await runCli(['lint', '--no-config', 'bomb.yaml', 'deep.yaml', 'binary.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('bomb.yaml:6:8');
  });

  it('kubeplan check plans what parsed and reports the rest the same way, without a stack trace', async () => {
    const r = await runCli(['check', '--no-config', '-f', 'json', 'bomb.yaml', 'deep.yaml', 'binary.yaml', 'garbage.yaml', 'scalar.yaml', 'good.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { lint: { summary: { resources: number } }; plan: { summary: { create: number } } };
    expect(out.lint.summary.resources).toBe(1);
    expect(out.plan.summary.create).toBe(1);
    expect(r.stdout).not.toMatch(/\n\s+at |TypeError|RangeError/);
  });
});
