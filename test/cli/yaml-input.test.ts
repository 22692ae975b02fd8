import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

/** YAML that kubectl reads in a way that is easy to get wrong, linted through the CLI. */
const FILES: Record<string, string | Buffer> = {
  'tags.yaml': [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: t2}',
    'spec:',
    '  terminationGracePeriodSeconds: !!int "30"',
    '  activeDeadlineSeconds: !!float 100',
    '  containers:',
    '    - name: c',
    '      image: nginx:1.0',
    '      ports: [{containerPort: !!int 80}]',
    '      env: [{name: B, value: !!float 1}]',
    '',
  ].join('\n'),
  'tagged-data.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: c}',
    "data: {a: !!int '5', b: !!str 5}",
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: d}',
    'data:',
    '  x: !!int abc',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: w}',
    'spec:',
    '  replicas: !!str 3',
    '  selector: {matchLabels: {app: w}}',
    '  template:',
    '    metadata: {labels: {app: w}}',
    '    spec: {containers: [{name: c, image: "nginx:1.0"}]}',
    '',
  ].join('\n'),
  // one invalid byte (0xFF) on line 5
  'invalid-utf8.yaml': Buffer.concat([
    Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  k: "é '),
    Buffer.from([0xff]),
    Buffer.from('"\n'),
  ]),
  // two files concatenated, each saved with a byte order mark
  'concatenated.yaml': '\uFEFFapiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n\uFEFFapiVersion: v1\nkind: ConfigMap\nmetadata: {name: b, lables: {}}\n',
};

type Finding = { rule: string; file: string; line: number; column: number; endLine: number; endColumn: number; message: string; fix?: string };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kubeplan-yaml-input-'));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The findings of `kubeplan lint` on one file that come from reading it (not the lint rules). */
async function loadFindings(file: string): Promise<string[]> {
  const r = await runCli(['lint', '--no-config', '--format', 'json', file], { cwd: dir });
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as { findings: Finding[] };
  return out.findings
    .filter((f) => ['yaml', 'input', 'schema'].includes(f.rule))
    .map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.message}${f.fix ? ` (fix: ${f.fix})` : ''}`);
}

describe('explicit tags through the CLI', () => {
  it('decodes !!int "30", !!float 100 and !!int 80 as kubectl does, and says what a tag made of a string field', async () => {
    expect(await loadFindings('tags.yaml')).toEqual([
      'tags.yaml:11:30-11:39 schema expected a string, got number 1: the !!float tag makes YAML read it as a number (fix: remove the tag and quote the value)',
    ]);
  });

  it('reports a value its tag cannot read at the tag, and a tag that makes the wrong type', async () => {
    expect(await loadFindings('tagged-data.yaml')).toEqual([
      'tagged-data.yaml:4:11-4:20 schema expected a string, got number 5: the !!int tag makes YAML read it as a number (fix: remove the tag and quote the value)',
      'tagged-data.yaml:10:6-10:11 yaml cannot decode !!str as a !!int: the tag needs an integer, and YAML reads the value as a string',
      'tagged-data.yaml:16:13-16:20 schema expected an integer, got string "3": the !!str tag makes YAML read it as a string (fix: remove the tag)',
    ]);
  });
});

describe('a byte order mark at the start of a later document', () => {
  it('is nothing, as kubectl reads it: both objects are linted, at their positions', async () => {
    expect(await loadFindings('concatenated.yaml')).toEqual([
      'concatenated.yaml:7:21-7:27 schema unknown field "lables" (did you mean "labels"?) (fix: rename "lables" to "labels")',
    ]);
    const r = await runCli(['lint', '--no-config', '--format', 'json', 'concatenated.yaml'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { summary: { resources: number } }).summary.resources).toBe(2);
  });
});

describe('invalid UTF-8', () => {
  it('is reported at the line and column of its first invalid byte', async () => {
    expect(await loadFindings('invalid-utf8.yaml')).toEqual([
      'invalid-utf8.yaml:5:9-5:10 input file is not valid UTF-8 text (invalid byte 0xFF): not a YAML or JSON manifest',
    ]);
    const r = await runCli(['lint', '--no-config', 'invalid-utf8.yaml'], { cwd: dir });
    expect(r.stdout).toContain('invalid-utf8.yaml:5:9');
  });
});

describe('invalid UTF-8 on standard input', () => {
  it.skipIf(!existsSync('dist/kubeplan.cjs'))('is checked as a file is, through the real binary (npm run build first)', () => {
    const r = spawnSync(process.execPath, ['bin/kubeplan.js', 'lint', '--no-config', '-f', 'json', '-'], { input: FILES['invalid-utf8.yaml'], encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { findings: Finding[] };
    expect(out.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
      '<stdin>:5:9 input file is not valid UTF-8 text (invalid byte 0xFF): not a YAML or JSON manifest',
    ]);
  });
});
