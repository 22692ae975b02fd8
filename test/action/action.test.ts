import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { sarifSchemaErrors } from '../support/sarif-schema';

const BUNDLE = resolve('dist-action/index.mjs');
const GIT_ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

const deployment = (name: string, templateApp: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${templateApp}}
    spec:
      containers:
        - name: app
          image: nginx:1.27
`;

/** A workspace as actions/checkout leaves it for a pull request: a base commit and the PR's commit. */
function makeWorkspace(): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kubeplan-action-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
  mkdirSync(join(dir, 'k8s'));
  git('init', '-q', '-b', 'main');
  // Correctness rules only, so the assertions below are about the Action, not the rule catalogue.
  writeFileSync(join(dir, '.kubeplan.yaml'), 'preset: minimal\n');
  writeFileSync(join(dir, 'k8s', 'legacy.yaml'), deployment('legacy', 'old')); // a finding the PR does not touch
  writeFileSync(join(dir, 'k8s', 'web.yaml'), deployment('web', 'web'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  writeFileSync(join(dir, 'k8s', 'web.yaml'), deployment('web', 'webb')); // the PR breaks web
  git('commit', '-q', '-am', 'change');
  return { dir, base, head: git('rev-parse', 'HEAD') };
}

function runBundle(dir: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const runnerTemp = join(dir, '..', `${dir.split('/').pop()}-runner`);
  mkdirSync(runnerTemp, { recursive: true });
  const summary = join(runnerTemp, 'step_summary');
  const output = join(runnerTemp, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...GIT_ENV,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: runnerTemp,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    ...extraEnv,
  };
  // The runner sets INPUT_<NAME> for every input: upper-cased, spaces to underscores, hyphens kept.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const r = spawnSync(process.execPath, [BUNDLE], { cwd: dir, env, encoding: 'utf8' });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: readFileSync(summary, 'utf8'),
    outputs: readFileSync(output, 'utf8'),
    runnerTemp,
  };
}

describe('the GitHub Action, run as the runner runs it', () => {
  let ws: ReturnType<typeof makeWorkspace>;
  beforeAll(() => {
    ws = makeWorkspace();
  });
  afterAll(() => {
    rmSync(ws.dir, { recursive: true, force: true });
    rmSync(`${ws.dir}-runner`, { recursive: true, force: true });
  });

  it('on a pull request, lint only (plan: false): annotates the changed lines, writes the summary, the SARIF file and the outputs, and fails', () => {
    const r = runBundle(ws.dir, { paths: 'k8s', 'base-ref': ws.base, strict: 'true', annotate: 'changed', plan: 'false' }, { GITHUB_SHA: ws.head, GITHUB_REF: 'refs/pull/7/merge' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const message = 'spec.selector does not match the template labels';
    expect(r.stdout).toBe(
      [
        `::error file=k8s/web.yaml,line=7,col=5,endLine=7,endColumn=16,title=kubeplan valid-workload-selector::${message} (app=web vs app=webb)%0ADeployment default/web%0Afix: make spec.selector.matchLabels a subset of spec.template.metadata.labels`,
        'kubeplan 0.1.0: 2 error(s), 0 warning(s), 0 info(s) in 2 file(s), 2 resource(s); 1 finding(s) outside the changed lines are in the job summary and the SARIF file',
        '',
      ].join('\n'),
    );

    const sarifFile = join(r.runnerTemp, 'kubeplan.sarif');
    expect(r.outputs).toBe(
      ['errors=2', 'warnings=0', 'infos=0', 'findings=2', 'annotations=1', 'files=2', 'resources=2', `sarif-file=${sarifFile}`, 'result=fail', ''].join('\n'),
    );

    const blob = `https://github.com/acme/shop/blob/${ws.head}`;
    expect(r.summary).toBe(
      [
        '## kubeplan lint',
        '',
        '❌ **2 errors, 0 warnings** in 2 files, 2 resources · Kubernetes 1.36 · strict schemas',
        '',
        '| Severity | Rule | Location | Object | Message |',
        '| --- | --- | --- | --- | --- |',
        `| 🔴 error | \`valid-workload-selector\` | [k8s/legacy.yaml:7:5](${blob}/k8s/legacy.yaml#L7) | Deployment default/legacy | ${message} (app=legacy vs app=old) |`,
        `| 🔴 error | \`valid-workload-selector\` | [k8s/web.yaml:7:5](${blob}/k8s/web.yaml#L7) | Deployment default/web | ${message} (app=web vs app=webb) |`,
        '',
        '<details><summary>How to fix</summary>',
        '',
        '- `valid-workload-selector`: make spec.selector.matchLabels a subset of spec.template.metadata.labels',
        '',
        '</details>',
        '',
      ].join('\n'),
    );

    const sarif = readFileSync(sarifFile, 'utf8');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const run = JSON.parse(sarif).runs[0];
    expect(run.versionControlProvenance).toEqual([
      { repositoryUri: 'https://github.com/acme/shop', revisionId: ws.head, branch: 'refs/pull/7/merge', mappedTo: { uriBaseId: '%SRCROOT%' } },
    ]);
    expect(run.results.map((x: any) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine])).toEqual([
      ['valid-workload-selector', 'k8s/legacy.yaml', 7],
      ['valid-workload-selector', 'k8s/web.yaml', 7],
    ]);
  });

  it('annotates every finding when there is no base (a push), and passes with fail-on none', () => {
    const r = runBundle(ws.dir, { paths: `${ws.dir}/k8s/web.yaml\nk8s/legacy.yaml`, 'fail-on': 'none', 'sarif-file': 'out/k.sarif', plan: 'false' });
    expect(r.code).toBe(0);
    // Absolute paths become relative to the workspace, as GitHub needs.
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error')).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '::error file=k8s/legacy.yaml,line=7,col=5',
      '::error file=k8s/web.yaml,line=7,col=5',
    ]);
    expect(r.outputs).toContain(`sarif-file=${join(ws.dir, 'out', 'k.sarif')}\n`);
    expect(r.outputs).toContain('result=pass\n');
    expect(JSON.parse(readFileSync(join(ws.dir, 'out', 'k.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
  });

  it('falls back to annotating everything, with a notice, when the base cannot be diffed', () => {
    const r = runBundle(ws.dir, { paths: 'k8s', 'base-ref': 'origin/no-such-branch', plan: 'false' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(2);
    expect(r.stdout).toContain(
      '::notice title=kubeplan::cannot diff against origin/no-such-branch, so every finding is annotated; check out with fetch-depth: 0 to annotate only changed lines\n',
    );
  });

  it('bad inputs and configuration are reported as an error annotation with exit 2', () => {
    expect(runBundle(ws.dir, { 'fail-on': 'sometimes' })).toMatchObject({
      code: 2,
      stdout: '::error title=kubeplan::input fail-on must be one of error, warning, info, none (got "sometimes")\n',
    });
    writeFileSync(join(ws.dir, 'bad.kubeplan.yaml'), 'failOn: never\n');
    const r = runBundle(ws.dir, { config: 'bad.kubeplan.yaml' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('::error title=kubeplan::invalid configuration in bad.kubeplan.yaml:%0A  bad.kubeplan.yaml:1:1  failOn must be one of error, warning, info, none\n');
    expect(r.summary).toBe('');
  });
});

const worker = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  replicas: 2
  selector:
    matchLabels: {app: worker}
  strategy:
    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
  template:
    metadata:
      labels: {app: worker}
    spec:
      containers:
        - name: worker
          image: ${image}
          resources:
            requests: {cpu: 1500m, memory: 1Gi}
`;

/** Two nodes of 2 CPU each hold the two workers; the pull request's rollout needs room for a third. */
function makePlanWorkspace(): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kubeplan-action-plan-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
  mkdirSync(join(dir, 'k8s'));
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, '.kubeplan.yaml'), 'preset: minimal\n');
  writeFileSync(join(dir, 'nodes.yaml'), 'nodePools:\n  - { name: small, count: 2, capacity: { cpu: "2", memory: 8Gi } }\n');
  writeFileSync(join(dir, 'k8s', 'worker.yaml'), worker('registry.example/worker:1.0'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  writeFileSync(join(dir, 'k8s', 'worker.yaml'), worker('registry.example/worker:1.1'));
  git('commit', '-q', '-am', 'new worker image');
  return { dir, base, head: git('rev-parse', 'HEAD') };
}

describe('the GitHub Action plans the change (plan: true, the default)', () => {
  let ws: ReturnType<typeof makePlanWorkspace>;
  beforeAll(() => {
    ws = makePlanWorkspace();
  });
  afterAll(() => {
    rmSync(ws.dir, { recursive: true, force: true });
    rmSync(`${ws.dir}-runner`, { recursive: true, force: true });
  });

  it('against the base ref: the stalled rollout is an annotation on the diff, the plan is in the summary, the counts are outputs', async () => {
    const r = runBundle(ws.dir, { paths: 'k8s', 'base-ref': ws.base, cluster: 'nodes.yaml' }, { GITHUB_SHA: ws.head });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const stall = 'RolloutStalled: the rollout stalls at step 1: new pod worker-65955b4f95-0 cannot be scheduled: 0/2 nodes are available: 2 Insufficient cpu.';
    expect(r.stdout).toBe(
      [
        `::error file=k8s/worker.yaml,line=4,col=9,endLine=4,endColumn=15,title=kubeplan plan::${stall}%0ADeployment default/worker`,
        'kubeplan 0.1.0: 1 error(s), 0 warning(s), 0 info(s) in 1 file(s), 1 resource(s); plan: 0 to add, 1 to change, 0 to destroy, 1 unschedulable pod(s), 1 stalled rollout(s)',
        '',
      ].join('\n'),
    );
    const sarifFile = join(r.runnerTemp, 'kubeplan.sarif');
    expect(r.outputs).toBe(
      [
        ...['errors=1', 'warnings=0', 'infos=0', 'findings=1', 'annotations=1', 'files=1', 'resources=1', `sarif-file=${sarifFile}`, 'result=fail'],
        ...['create=0', 'update=1', 'delete=0', 'refused=0', 'unschedulable=1', 'stalled=1', ''],
      ].join('\n'),
    );
    // The summary's plan is what `kubeplan plan --format markdown` prints for the same change, a heading level up.
    const plan = await runCli(['plan', '-f', 'markdown', '--base', ws.base, '--cluster', 'nodes.yaml', 'k8s'], { cwd: ws.dir });
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain('| default/worker-65955b4f95-0 | 0/2 nodes are available: 2 Insufficient cpu. |');
    expect(plan.stdout).toContain('| small-1 | 1500m/2 (75%) | 1Gi/8Gi (12%) | 1/110 |');
    expect(plan.stdout).toContain('<details><summary>Diff</summary>\n\n```diff\n');
    expect(r.summary).toBe(
      [
        '## kubeplan lint',
        '',
        '✅ No problems in 1 file, 1 resource · Kubernetes 1.36 · strict schemas',
        '',
        plan.stdout.replace(/^### /, '## ').replace(/\n#### /g, '\n### '),
        `> Planned against \`${ws.base}\`: the same paths at the base are the current state.`,
        '',
      ].join('\n'),
    );
    const sarif = readFileSync(sarifFile, 'utf8');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    expect(JSON.parse(sarif).runs[0].results.map((x: any) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine])).toEqual([
      ['plan', 'k8s/worker.yaml', 4],
    ]);
  });

  it('the cluster input decides the nodes: with the default cluster the rollout completes and the step passes', () => {
    const r = runBundle(ws.dir, { paths: 'k8s', 'base-ref': ws.base }, { GITHUB_SHA: ws.head });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'kubeplan 0.1.0: 0 error(s), 0 warning(s), 0 info(s) in 1 file(s), 1 resource(s); plan: 0 to add, 1 to change, 0 to destroy, 0 unschedulable pod(s), 0 stalled rollout(s)\n',
    );
    expect(r.outputs).toContain('result=pass\ncreate=0\nupdate=1\ndelete=0\nrefused=0\nunschedulable=0\nstalled=0\n');
    expect(r.summary).toContain('\n## ✅ kubeplan plan\n');
    expect(r.summary).toContain('| node-1 |');
  });

  it('plans from an empty cluster, saying so, on a push (no base) and when the base cannot be read', () => {
    const push = runBundle(ws.dir, { paths: 'k8s', cluster: 'nodes.yaml' });
    expect(push.code).toBe(0);
    expect(push.outputs).toContain('create=1\nupdate=0\ndelete=0\nrefused=0\nunschedulable=0\nstalled=0\n');
    expect(push.summary.endsWith('\n> Planned from an empty cluster (no base ref).\n')).toBe(true);

    const shallow = runBundle(ws.dir, { paths: 'k8s', cluster: 'nodes.yaml' }, { GITHUB_BASE_REF: 'main' });
    expect(shallow.code).toBe(0);
    expect(shallow.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([
      '::notice title=kubeplan::cannot diff against origin/main, so every finding is annotated; check out with fetch-depth: 0 to annotate only changed lines',
      '::notice title=kubeplan::cannot read origin/main, so the plan starts from an empty cluster; check out with fetch-depth: 0 to plan against the base',
    ]);
    expect(shallow.summary).toContain(
      '\n> cannot diff against origin/main, so every finding is annotated; check out with fetch-depth: 0 to annotate only changed lines\n\n' +
        '> cannot read origin/main, so the plan starts from an empty cluster; check out with fetch-depth: 0 to plan against the base\n',
    );
    expect(shallow.summary.endsWith('\n> Planned from an empty cluster (no base ref).\n')).toBe(true);
  });

  it('plan: false lints only (no plan outputs); bad plan and cluster inputs exit 2', () => {
    const r = runBundle(ws.dir, { paths: 'k8s', 'base-ref': ws.base, cluster: 'nodes.yaml', plan: 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs).not.toContain('stalled=');
    expect(r.summary).not.toContain('kubeplan plan');
    expect(runBundle(ws.dir, { plan: 'sometimes' })).toMatchObject({ code: 2, stdout: '::error title=kubeplan::input plan must be true or false (got "sometimes")\n' });
    expect(runBundle(ws.dir, { paths: 'k8s', cluster: 'missing.yaml' })).toMatchObject({ code: 2, stdout: '::error title=kubeplan::cannot read cluster file missing.yaml\n' });
  });
});
