import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { sarifSchemaErrors } from '../support/sarif-schema';

const SURGE = 'test/fixtures/planner/rollout-stalls-surge';
const CONFIG = 'test/fixtures/check/minimal.kubeplan.yaml';
const ORPHAN = 'test/fixtures/check/orphan-service.yaml';
/** The rollout-stalls-surge scenario with correctness rules only: lint is clean, the plan is not. */
const SURGE_ARGS = ['-c', CONFIG, `${SURGE}/desired.yaml`, '--current', `${SURGE}/current.yaml`];
const STALL =
  'RolloutStalled: the rollout stalls at step 1: new pod worker-55bf5d9c55-0 cannot be scheduled: 0/3 nodes are available: 3 Insufficient cpu.';

describe('kubeplan check: lint, then plan, one exit code', () => {
  it('on the shipped examples: the lint report, the plan, and a verdict line; exit 0', async () => {
    const [check, lint, plan] = await Promise.all([
      runCli(['check', 'examples/']),
      runCli(['lint', 'examples/']),
      runCli(['plan', 'examples/']),
    ]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(lint.stdout).toBe('✔ no problems in 4 files, 12 resources\n');
    expect(check.stdout).toBe(
      `${lint.stdout}\n${plan.stdout}\n✔ check passed: 0 errors, 0 warnings in 4 files; plan: 12 to add, 0 to change, 0 to destroy, 6/6 pods scheduled, 2/2 rollouts complete\n`,
    );
  });

  it('--format json prints { version, lint, plan, verdict }: exactly what lint and plan print, and the outcome', async () => {
    const [check, lint, plan] = await Promise.all([
      runCli(['check', '-f', 'json', ...SURGE_ARGS]),
      runCli(['lint', '-f', 'json', '-c', CONFIG, `${SURGE}/desired.yaml`]),
      runCli(['plan', '-f', 'json', ...SURGE_ARGS]),
    ]);
    expect(check.code).toBe(1);
    const verdict = { passed: false, planProblems: 1, suppressedPlanProblems: 0 };
    expect(check.stdout).toBe(`${JSON.stringify({ version: 1, lint: JSON.parse(lint.stdout), plan: JSON.parse(plan.stdout), verdict }, null, 2)}\n`);
    expect(Object.keys(JSON.parse(check.stdout))).toEqual(['version', 'lint', 'plan', 'verdict']);
  });

  it('--format json with more findings than one part holds: the same bytes as one JSON.stringify', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-check-parts-'));
    try {
      // a Pod without a security context: several default-rule findings each, 40 pods
      const pods = Array.from({ length: 40 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n    - name: app\n      image: nginx\n`);
      writeFileSync(join(dir, 'pods.yaml'), pods.join('---\n'));
      const [check, lint] = await Promise.all([
        runCli(['check', '--no-config', '-f', 'json', join(dir, 'pods.yaml')]),
        runCli(['lint', '--no-config', '-f', 'json', join(dir, 'pods.yaml')]),
      ]);
      const parsed = JSON.parse(check.stdout);
      expect(parsed.lint.findings.length).toBeGreaterThan(100);
      expect(parsed.lint).toEqual(JSON.parse(lint.stdout));
      expect(check.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--format markdown: the lint report, then the plan one heading level up, then the verdict', async () => {
    const [check, plan] = await Promise.all([runCli(['check', '-f', 'markdown', ...SURGE_ARGS]), runCli(['plan', '-f', 'markdown', ...SURGE_ARGS])]);
    expect(check.stdout).toBe(
      `## kubeplan lint\n\n✅ No problems in 1 file, 1 resource\n\n${readFileSync(`${SURGE}/expected.md`, 'utf8').replace(/^### /, '## ').replace(/\n#### /g, '\n### ')}\n` +
        '❌ **check failed**: 0 errors, 0 warnings in 1 file; plan: 0 to add, 1 to change, 0 to destroy, 3/4 pods scheduled, 0/1 rollouts complete, 1 plan problem\n',
    );
    expect(plan.stdout).toBe(readFileSync(`${SURGE}/expected.md`, 'utf8'));
  });

  it('--format github annotates the stalled rollout at its Deployment; exit 1 although lint is clean', async () => {
    const r = await runCli(['check', '-f', 'github', ...SURGE_ARGS]);
    expect(r).toEqual({
      code: 1,
      stdout: `::error file=${SURGE}/desired.yaml,line=5,col=9,endLine=5,endColumn=15,title=kubeplan plan::${STALL}%0ADeployment default/worker\n`,
      stderr: '',
    });
  });

  it('--format sarif: a schema-valid log whose plan result has the reserved id, its rule described, and the exact region', async () => {
    const r = await runCli(['check', '-f', 'sarif', ...SURGE_ARGS]);
    expect(sarifSchemaErrors(r.stdout)).toEqual([]);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.results).toHaveLength(1);
    const result = run.results[0];
    expect(result).toMatchObject({
      ruleId: 'plan',
      level: 'error',
      message: { text: STALL },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: `${SURGE}/desired.yaml`, uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 15 } },
          logicalLocations: [{ name: 'worker', fullyQualifiedName: 'Deployment/default/worker', kind: 'object' }],
        },
      ],
      properties: { path: 'metadata.name' },
    });
    const rule = run.tool.driver.rules[result.ruleIndex];
    expect(rule).toMatchObject({ id: 'plan', name: 'PlanProblem', defaultConfiguration: { level: 'error' }, properties: { category: 'reliability' } });
  });

  it('--format junit: the plan finding is a failure of its object', async () => {
    const r = await runCli(['check', '-f', 'junit', ...SURGE_ARGS]);
    expect(r.stdout).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="kubeplan" tests="1" failures="1" errors="0">',
        `  <testsuite name="${SURGE}/desired.yaml" tests="1" failures="1" errors="0" skipped="0">`,
        `    <testcase classname="${SURGE}/desired.yaml" name="Deployment default/worker">`,
        `      <failure message="${STALL}" type="plan">error plan at ${SURGE}/desired.yaml:5:9`,
        'path: metadata.name</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('a plan warning counts at --fail-on warning, not at the default error', async () => {
    const annotation =
      `::warning file=${ORPHAN},line=6,col=3,endLine=6,endColumn=11,title=kubeplan plan::` +
      'EndpointsEmpty: Service legacy has no ready endpoints after the plan: no running pod matches app=gone%0AService default/legacy\n';
    expect(await runCli(['check', '-c', CONFIG, '-f', 'github', ORPHAN])).toEqual({ code: 0, stdout: annotation, stderr: '' });
    expect(await runCli(['check', '-c', CONFIG, '-f', 'github', '--fail-on', 'warning', ORPHAN])).toEqual({ code: 1, stdout: annotation, stderr: '' });
    const text = await runCli(['check', '-c', CONFIG, '--fail-on', 'warning', ORPHAN]);
    expect(text.stdout.split('\n').at(-2)).toBe(
      '✖ check failed: 0 errors, 0 warnings in 1 file; plan: 1 to add, 0 to change, 0 to destroy, 0/0 pods scheduled, 1 plan problem',
    );
  });

  it('a stalled plan fails even at --fail-on none; lint findings at --fail-on fail a plan that succeeds', async () => {
    expect((await runCli(['check', '-f', 'github', '--fail-on', 'none', ...SURGE_ARGS])).code).toBe(1);
    const lintOnly = await runCli(['check', '--no-config', '-f', 'github', 'test/fixtures/cli/app/web.yaml']);
    expect(lintOnly.code).toBe(1);
    expect(lintOnly.stdout.split('\n').filter(Boolean).map((l) => /title=kubeplan ([^:]+)::/.exec(l)?.[1])).toContain('valid-workload-selector');
    expect(lintOnly.stdout).not.toContain('title=kubeplan plan');
  });

  it('a current state that does not parse is reported, and fails plan but not check (a pull request may fix it)', async () => {
    const args = ['-c', CONFIG, ORPHAN, '--current', 'test/fixtures/check/broken-current.yaml'];
    const message = 'kubeplan: test/fixtures/check/broken-current.yaml:4:1: Flow map in block collection must be sufficiently indented and end with a }\n';
    const plan = await runCli(['plan', ...args]);
    expect(plan).toMatchObject({ code: 1, stderr: message });
    const check = await runCli(['check', '-f', 'github', ...args]);
    expect(check).toMatchObject({ code: 0, stderr: message });
  });

  it('reads standard input once, for lint and plan alike', async () => {
    const text = readFileSync(`${SURGE}/desired.yaml`, 'utf8');
    const r = await runCli(['check', '-c', CONFIG, '-f', 'json', '-', '--current', `${SURGE}/current.yaml`], { stdin: text });
    const out = JSON.parse(r.stdout);
    expect(out.lint.summary).toMatchObject({ files: 1, resources: 1 });
    expect(out.plan.summary).toMatchObject({ update: 1, unschedulable: 1, stalledRollouts: 1 });
  });

  it('takes the flags of both commands, and rejects what neither knows', async () => {
    const help = await runCli(['check', '--help']);
    for (const flag of ['--fail-on', '--no-strict', '--context', '--baseline', '--current', '--base', '--cluster', '--output']) expect(help.stdout).toContain(flag);
    expect(help.stdout).toContain('(text|json|markdown|sarif|github|junit)');
    const bad = await runCli(['check', '--format', 'yaml']);
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'kubeplan: --format must be one of text, json, markdown, sarif, github, junit (got "yaml")\n' });
    expect((await runCli(['check', '--frobnicate'])).code).toBe(2);
    const missing = await runCli(['check', '--no-config', 'does-not-exist.yaml']);
    expect(missing.code).toBe(2);
  });

  describe('--output', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'kubeplan-check-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('writes any check format to a file while another goes to stdout', async () => {
      const r = await runCli(['check', '-f', 'github', '-o', `markdown=${dir}/plan.md`, '-o', `sarif=${dir}/k.sarif`, ...SURGE_ARGS]);
      expect(r.code).toBe(1);
      const markdown = await runCli(['check', '-f', 'markdown', ...SURGE_ARGS]);
      expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(markdown.stdout);
      expect(JSON.parse(readFileSync(join(dir, 'k.sarif'), 'utf8')).runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['plan']);
      expect((await runCli(['check', '-o', `yaml=${dir}/x`, ...SURGE_ARGS])).stderr).toBe(
        `kubeplan: --output must be FORMAT=FILE with FORMAT one of text, json, markdown, sarif, github, junit (got "yaml=${dir}/x")\n`,
      );
      expect(existsSync(join(dir, 'x'))).toBe(false);
    });
  });

  it('plan findings are silenced like lint findings: the kubeplan.io/ignore annotation, counted as suppressed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-check-ignore-'));
    try {
      const desired = readFileSync(`${SURGE}/desired.yaml`, 'utf8').replace(
        'metadata:\n  name: worker\n',
        'metadata:\n  name: worker\n  annotations:\n    kubeplan.io/ignore: "plan: a node pool is added before this rollout"\n',
      );
      writeFileSync(join(dir, 'desired.yaml'), desired);
      const args = ['check', '-c', CONFIG, join(dir, 'desired.yaml'), '--current', `${SURGE}/current.yaml`];
      const github = await runCli([...args, '-f', 'github']);
      expect(github).toEqual({ code: 0, stdout: '', stderr: '' });
      const json = JSON.parse((await runCli([...args, '-f', 'json'])).stdout);
      expect(json.plan.summary.stalledRollouts).toBe(1); // the plan itself is unchanged
      const sarif = JSON.parse((await runCli([...args, '-f', 'sarif'])).stdout);
      expect(sarif.runs[0].results).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
