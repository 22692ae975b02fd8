import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

/** What the pre-commit hook runs: only the changed files, with files that are not manifests skipped. */
describe('lint as the pre-commit hook runs it', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'kubeplan-hook-'));
    mkdirSync(join(repo, 'k8s'));
    mkdirSync(join(repo, '.github'));
    writeFileSync(join(repo, 'k8s', 'web.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\n');
    writeFileSync(join(repo, '.github', 'ci.yml'), 'on: push\njobs: {}\n');
    writeFileSync(join(repo, 'package.json'), '{"name": "x"}\n');
    writeFileSync(join(repo, 'values.yaml'), 'replicas: 3\n---\nimage: nginx\n');
    writeFileSync(join(repo, 'broken.yaml'), 'a: [\n');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('without --skip-non-manifests, a CI workflow is an input error', async () => {
    const r = await runCli(['lint', '--no-config', '--format', 'json', '.github/ci.yml'], { cwd: repo });
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['input']);
    expect(r.code).toBe(1);
  });

  it('--skip-non-manifests skips files without any Kubernetes object, but still reports YAML errors', async () => {
    const r = await runCli(
      ['lint', '--no-config', '--skip-non-manifests', '--format', 'json', 'k8s/web.yaml', '.github/ci.yml', 'package.json', 'values.yaml', 'broken.yaml'],
      { cwd: repo },
    );
    const json = JSON.parse(r.stdout);
    expect(json.summary).toMatchObject({ files: 2, resources: 1 });
    expect(json.findings.map((f: { rule: string; file: string }) => [f.rule, f.file])).toEqual([['yaml', 'broken.yaml']]);
  });

  it('a mixed file with one object is linted whole', async () => {
    writeFileSync(join(repo, 'mixed.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: m}\n---\nfoo: bar\n');
    const r = await runCli(['lint', '--no-config', '--skip-non-manifests', '--format', 'json', 'mixed.yaml'], { cwd: repo });
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string; line: number }) => [f.rule, f.line])).toEqual([['input', 5]]);
  });
});
