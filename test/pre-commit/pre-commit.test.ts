import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real pre-commit framework runs this repository's hook (.pre-commit-hooks.yaml) the way a
 * user's .pre-commit-config.yaml would: it clones the repository, installs it with npm (install,
 * pack, install -g) and runs `kubeplan lint` on the files given.
 *
 * It tests the committed state (HEAD), through a temporary clone, which is what CI has: commit
 * before expecting local changes to show here.
 */
const ROOT = resolve('.');
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const isGitRepo = spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).status === 0;
const reason = !hasPreCommit
  ? 'pre-commit is not on PATH (apt-get install -y pre-commit; .ci/run installs it when it can)'
  : !isGitRepo
    ? 'this checkout is not a git repository with a commit'
    : '';
if (reason) console.warn(`skipping the pre-commit test: ${reason}`);

const GIT_ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};

const BAD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels: {app: webb}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

const GOOD = BAD.replace('{app: webb}', '{app: web}');
const WORKFLOW = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';

describe.skipIf(reason !== '')(`pre-commit try-repo${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let tmp: string;
  let clone: string;
  let project: string;
  const tryRepo = (...files: string[]) =>
    spawnSync('pre-commit', ['try-repo', clone, 'kubeplan-lint', '--files', ...files], {
      cwd: project,
      env: { ...process.env, ...GIT_ENV, PRE_COMMIT_HOME: join(tmp, 'pre-commit-home'), NO_COLOR: '1', CI: 'true' },
      encoding: 'utf8',
    });

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'kubeplan-pre-commit-'));
    clone = join(tmp, 'kubeplan');
    execFileSync('git', ['clone', '--quiet', ROOT, clone]);
    project = join(tmp, 'project');
    mkdirSync(join(project, 'k8s'), { recursive: true });
    mkdirSync(join(project, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(project, 'k8s', 'bad.yaml'), BAD);
    writeFileSync(join(project, 'k8s', 'good.yaml'), GOOD);
    writeFileSync(join(project, '.github', 'workflows', 'ci.yml'), WORKFLOW);
    mkdirSync(join(project, 'charts', 'web', 'templates'), { recursive: true });
    writeFileSync(join(project, 'charts', 'web', 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
    writeFileSync(join(project, 'charts', 'web', 'templates', 'deployment.yaml'), 'metadata:\n  labels:\n    {{- include "web.labels" . | nindent 4 }}\n');
    // Correctness rules only: the assertions are about the hook, not the rule catalogue.
    writeFileSync(join(project, '.kubeplan.yaml'), 'preset: minimal\n');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: project, env: { ...process.env, ...GIT_ENV } });
    git('init', '--quiet');
    git('add', '.');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('fails on a bad manifest and shows the finding', () => {
    const r = tryRepo('k8s/bad.yaml', '.github/workflows/ci.yml');
    expect(r.stdout).toMatch(/^kubeplan lint\.+Failed$/m);
    expect(r.stdout).toContain('error  correctness/valid-workload-selector  spec.selector does not match the template labels (app=web vs app=webb)\n');
    expect(r.stdout).toContain('  k8s/bad.yaml:8:5  Deployment default/web\n');
    // The workflow file is not a manifest: skipped, not reported.
    expect(r.stdout).toContain('✖ 1 error, 0 warnings in 1 file, 1 resource\n');
    expect(r.status).toBe(1);
  });

  it('passes on a good manifest', () => {
    const r = tryRepo('k8s/good.yaml', '.github/workflows/ci.yml');
    expect(r.stdout).toMatch(/^kubeplan lint\.+Passed$/m);
    expect(r.status).toBe(0);
  });

  it('passes on a changed Helm template: the chart is noted, its templates are not parsed as YAML', () => {
    const r = tryRepo('charts/web/templates/deployment.yaml', 'charts/web/Chart.yaml', 'k8s/good.yaml');
    expect(r.stdout).toMatch(/^kubeplan lint\.+Passed$/m);
    expect(r.status).toBe(0);
  });
}, 300_000);
