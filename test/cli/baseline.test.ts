import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBaselineFileKey } from '../../src/cli/command-baseline';
import { runCli } from '../support/cli';

/** A Service that selects nothing: lint warns (valid-service-selector), the plan finds EndpointsEmpty. */
const LONELY = 'apiVersion: v1\nkind: Service\nmetadata: {name: lonely}\nspec:\n  selector: {app: nothing}\n  ports: [{port: 80}]\n';
/** A Secret with a schema error (an error at the default --fail-on), which the plan refuses to apply. */
const BAD_SECRET = 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: Opaque\ndata: {token: 5}\n';
const LINT_MESSAGE = 'Service selector app=nothing matches no pod template in namespace default';
const PLAN_MESSAGE = 'EndpointsEmpty: Service lonely has no ready endpoints after the plan: no running pod matches app=nothing';
const ENTRY_SHAPE = 'must be an object { fingerprint, count, rule, file, message }';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kubeplan-baseline-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, text: string) => {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
};
const readJson = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const summaryOf = (stdout: string) => JSON.parse(stdout).summary as Record<string, number>;

describe('a malformed baseline: a located error naming the file and the entry, exit 2', () => {
  const cases: [string, string, string[]][] = [
    ['null entry', '{"version":1,"findings":[null]}', [`bl.json:1:26  findings[0] ${ENTRY_SHAPE} (got null)`]],
    ['number entry', '{"version":1,"findings":[5]}', [`bl.json:1:26  findings[0] ${ENTRY_SHAPE} (got 5)`]],
    ['array entry', '{"version":1,"findings":[[]]}', [`bl.json:1:26  findings[0] ${ENTRY_SHAPE} (got an array)`]],
    ['empty entry', '{"version":1,"findings":[{}]}', ['bl.json:1:26  findings[0]: missing required "fingerprint"', 'bl.json:1:26  findings[0]: missing required "count"']],
    [
      'wrong types',
      '{"version":1,"findings":[{"fingerprint":5,"count":"x"}]}',
      ['bl.json:1:41  findings[0].fingerprint must be a string (got 5)', 'bl.json:1:51  findings[0].count must be a whole number from 1 (got "x")'],
    ],
    [
      'descriptive fields of the wrong type, a count of 0, a fingerprint kubeplan did not write',
      '{\n  "version": 2,\n  "findings": [\n    { "fingerprint": "a\\u0000b\\u0000c\\u0000d\\u0000e", "count": 1 },\n    { "fingerprint": "abc", "count": 0, "rule": 7, "file": null }\n  ]\n}\n',
      [
        'bl.json:5:22  findings[1].fingerprint is not one kubeplan writes (rule, file, object, path and message joined by \\u0000)',
        'bl.json:5:38  findings[1].count must be a whole number from 1 (got 0)',
        'bl.json:5:49  findings[1].rule must be a string (got 7)',
        'bl.json:5:60  findings[1].file must be a string (got null)',
      ],
    ],
    ['not an object', '[]', ['bl.json:1:1  a baseline is an object { "version": 2, "findings": [...] } (got an array)']],
    ['unknown version', '{"version":3,"findings":[]}', ['bl.json:1:12  version must be 1 or 2 (got 3)']],
    ['no findings', '{"version":2}', ['bl.json:1:1  missing required "findings"']],
    ['findings not a list', '{"version":2,"findings":{}}', ['bl.json:1:14  findings must be an array (got an object)']],
    ['not JSON', '{"version":2,', ['bl.json:1:14  not JSON: Expected double-quoted property name']],
    ['empty file', '', ['bl.json:1:1  not JSON: Unexpected end of JSON input']],
  ];
  for (const command of ['lint', 'check']) {
    it.each(cases)(`${command}: %s`, async (_, text, problems) => {
      write('svc.yaml', LONELY);
      write('bl.json', text);
      const r = await runCli([command, '--no-config', 'svc.yaml', '--baseline', 'bl.json'], { cwd: dir });
      expect(r).toEqual({ code: 2, stdout: '', stderr: `kubeplan: invalid baseline in bl.json:\n${problems.map((p) => `  ${p}\n`).join('')}` });
    });
  }

  it('many bad entries: the first 20, then how many more', async () => {
    write('svc.yaml', LONELY);
    write('bl.json', `{"version":2,"findings":[${Array(25).fill('null').join(',')}]}`);
    const r = await runCli(['lint', '--no-config', 'svc.yaml', '--baseline', 'bl.json'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(1 + 20 + 1 + 1);
    expect(lines[20]).toBe(`  bl.json:1:${26 + 19 * 5}  findings[19] ${ENTRY_SHAPE} (got null)`);
    expect(lines[21]).toBe('  … and 5 more problems');
  });

});

describe('reading and writing a baseline', () => {
  it('a baseline that cannot be read or written: the reason, without a stack or a machine path', async () => {
    write('svc.yaml', LONELY);
    let r = await runCli(['lint', '--no-config', 'svc.yaml', '--baseline', 'missing.json'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'kubeplan: cannot read baseline missing.json: no such file or directory\n' });
    r = await runCli(['check', '--no-config', 'svc.yaml', '--baseline', 'no/such/folder/b.json', '--update-baseline'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kubeplan: cannot write baseline no/such/folder/b.json: no such file or directory\n');
  });
});

describe('check --update-baseline: writes lint and plan findings, exits 0; check --baseline honours both', () => {
  it('a Service that selects nothing, --fail-on warning', async () => {
    write('stall.yaml', LONELY);
    const args = ['check', '--no-config', 'stall.yaml', '--fail-on', 'warning', '--baseline', 'cb.json'];
    const update = await runCli([...args, '--update-baseline'], { cwd: dir });
    expect(update.stderr).toBe('kubeplan: wrote 2 finding(s) to cb.json\n');
    expect(update.code).toBe(0);
    expect(readJson('cb.json')).toEqual({
      version: 2,
      findings: [
        {
          fingerprint: `plan\u0000stall.yaml\u0000Service/default/lonely\u0000spec.selector\u0000${PLAN_MESSAGE}`,
          count: 1,
          rule: 'plan',
          file: 'stall.yaml',
          message: PLAN_MESSAGE,
        },
        {
          fingerprint: `valid-service-selector\u0000stall.yaml\u0000Service/default/lonely\u0000spec.selector\u0000${LINT_MESSAGE}`,
          count: 1,
          rule: 'valid-service-selector',
          file: 'stall.yaml',
          message: LINT_MESSAGE,
        },
      ],
    });

    const text = await runCli(args, { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout.split('\n').at(-2)).toBe(
      '✔ check passed: 0 errors, 0 warnings in 1 file; plan: 1 to add, 0 to change, 0 to destroy, 0/0 pods scheduled, 1 suppressed plan problem',
    );
    // JSON and markdown say so too: the plan itself still lists the problem
    const json = await runCli([...args, '-f', 'json'], { cwd: dir });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).verdict).toEqual({ passed: true, planProblems: 0, suppressedPlanProblems: 1 });
    const markdown = await runCli([...args, '-f', 'markdown'], { cwd: dir });
    expect(markdown.stdout.split('\n').at(-2)).toBe(
      '✅ **check passed**: 0 errors, 0 warnings in 1 file; plan: 1 to add, 0 to change, 0 to destroy, 0/0 pods scheduled, 1 suppressed plan problem',
    );
    const sarif = await runCli([...args, '-f', 'sarif'], { cwd: dir });
    expect(sarif.code).toBe(0);
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([]);
    expect(await runCli([...args, '-f', 'github'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });

    // a new plan problem is still reported
    write('stall.yaml', `${LONELY}---\n${LONELY.replace('lonely', 'other')}`);
    const github = await runCli([...args, '-f', 'github'], { cwd: dir });
    expect(github.code).toBe(1);
    expect(github.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([
      `::warning file=stall.yaml,line=12,col=3,endLine=12,endColumn=11,title=kubeplan plan::${PLAN_MESSAGE.replace('lonely', 'other')}%0AService default/other`,
      `::warning file=stall.yaml,line=12,col=3,endLine=12,endColumn=11,title=kubeplan valid-service-selector::${LINT_MESSAGE}%0AService default/other%0Afix: make the Service's spec.selector a subset of the pod template labels of the workload it fronts`,
    ]);
  });

  it('a Secret with a schema error, default --fail-on: the baselined refusal no longer stops the plan', async () => {
    write('secret.yaml', BAD_SECRET);
    const args = ['check', '--no-config', 'secret.yaml', '--baseline', 'sb.json'];
    const update = await runCli([...args, '--update-baseline'], { cwd: dir });
    expect(update.stderr).toBe('kubeplan: wrote 1 finding(s) to sb.json\n');
    expect(update.code).toBe(0);
    expect(readJson('sb.json').findings.map((e: { rule: string }) => e.rule)).toEqual(['schema']);
    const r = await runCli(args, { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').at(-2)).toBe('✔ check passed: 0 errors, 0 warnings in 1 file; plan: 1 to add, 0 to change, 0 to destroy, 0/0 pods scheduled');
    expect(r.code).toBe(0);
  });

  it('lint --update-baseline still writes only lint findings and exits 0', async () => {
    write('stall.yaml', LONELY);
    const r = await runCli(['lint', '--no-config', 'stall.yaml', '--fail-on', 'warning', '--baseline', 'lb.json', '--update-baseline'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('kubeplan: wrote 1 finding(s) to lb.json\n');
    expect(readJson('lb.json').findings.map((e: { rule: string }) => e.rule)).toEqual(['valid-service-selector']);
  });
});

describe('baseline entries are keyed on the file relative to the baseline folder', () => {
  it('however the file is spelled on the command line', async () => {
    write('k8s/all.yaml', LONELY);
    const update = await runCli(['lint', '--no-config', 'k8s', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(readJson('b.json').findings.map((e: { file: string }) => e.file)).toEqual(['k8s/all.yaml']);
    for (const spelling of ['k8s', 'k8s/', './k8s', 'k8s/all.yaml', './k8s/all.yaml', 'k8s/../k8s/./all.yaml', join(dir, 'k8s/all.yaml')]) {
      const r = await runCli(['lint', '--no-config', spelling, '--baseline', 'b.json', '--fail-on', 'warning', '-f', 'json'], { cwd: dir });
      expect([spelling, r.code, summaryOf(r.stdout)]).toEqual([spelling, 0, { files: 1, resources: 1, errors: 0, warnings: 0, infos: 0, suppressed: 1 }]);
    }
  });

  it('from any working folder', async () => {
    write('cfg/all.yaml', LONELY);
    const update = await runCli(['check', '--no-config', 'all.yaml', '--fail-on', 'warning', '--baseline', 'b.json', '--update-baseline'], { cwd: join(dir, 'cfg') });
    expect(update.code).toBe(0);
    // from the parent folder
    let r = await runCli(['lint', '--no-config', 'cfg/all.yaml', '--baseline', 'cfg/b.json', '--fail-on', 'warning', '-f', 'json'], { cwd: dir });
    expect([r.code, summaryOf(r.stdout).suppressed]).toEqual([0, 1]);
    r = await runCli(['check', '--no-config', 'cfg/all.yaml', '--baseline', 'cfg/b.json', '--fail-on', 'warning', '-f', 'github'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    // from a folder beside it
    mkdirSync(join(dir, 'elsewhere'));
    r = await runCli(['lint', '--no-config', '../cfg/all.yaml', '--baseline', '../cfg/b.json', '--fail-on', 'warning', '-f', 'json'], { cwd: join(dir, 'elsewhere') });
    expect([r.code, summaryOf(r.stdout).suppressed]).toEqual([0, 1]);
  });

  it('a baseline in another folder than the manifests: paths with ..', async () => {
    write('k8s/all.yaml', LONELY);
    mkdirSync(join(dir, 'ci'));
    await runCli(['lint', '--no-config', 'k8s', '--baseline', 'ci/b.json', '--update-baseline'], { cwd: dir });
    const entry = readJson('ci/b.json').findings[0];
    expect([entry.file, entry.fingerprint.split('\u0000')[1]]).toEqual(['../k8s/all.yaml', '../k8s/all.yaml']);
    const r = await runCli(['lint', '--no-config', 'all.yaml', '--baseline', '../ci/b.json', '--fail-on', 'warning', '-f', 'json'], { cwd: join(dir, 'k8s') });
    expect([r.code, summaryOf(r.stdout).suppressed]).toEqual([0, 1]);
  });

  it('stdin is keyed as <stdin>', async () => {
    await runCli(['lint', '--no-config', '-', '--baseline', 'b.json', '--update-baseline'], { cwd: dir, stdin: LONELY });
    expect(readJson('b.json').findings.map((e: { file: string }) => e.file)).toEqual(['<stdin>']);
    const r = await runCli(['lint', '--no-config', '-', '--baseline', 'b.json', '--fail-on', 'warning', '-f', 'json'], { cwd: dir, stdin: LONELY });
    expect([r.code, summaryOf(r.stdout).suppressed]).toEqual([0, 1]);
  });

  it('a version 1 baseline (files as they were spelled, from the working folder) still works, and is written as version 2', async () => {
    write('k8s/all.yaml', LONELY);
    const v1 = {
      version: 1,
      findings: [
        {
          fingerprint: `valid-service-selector\u0000./k8s/all.yaml\u0000Service/default/lonely\u0000spec.selector\u0000${LINT_MESSAGE}`,
          count: 1,
          rule: 'valid-service-selector',
          file: './k8s/all.yaml',
          message: LINT_MESSAGE,
        },
      ],
    };
    write('b.json', JSON.stringify(v1, null, 2));
    for (const spelling of ['./k8s/all.yaml', 'k8s']) {
      const r = await runCli(['lint', '--no-config', spelling, '--baseline', 'b.json', '--fail-on', 'warning', '-f', 'json'], { cwd: dir });
      expect([spelling, r.code, summaryOf(r.stdout).suppressed]).toEqual([spelling, 0, 1]);
    }
    await runCli(['lint', '--no-config', 'k8s', '--baseline', 'b.json', '--update-baseline'], { cwd: dir });
    expect(readJson('b.json')).toEqual({
      version: 2,
      findings: [{ ...v1.findings[0], fingerprint: v1.findings[0]!.fingerprint.replace('./k8s', 'k8s'), file: 'k8s/all.yaml' }],
    });
  });
});

describe('buildBaselineFileKey', () => {
  it('names a file as the command line spells it relative to the baseline folder, / separated', () => {
    const key = buildBaselineFileKey('/repo', '/repo');
    expect(['k8s/a.yaml', './k8s/a.yaml', 'k8s//./a.yaml', 'k8s/x/../a.yaml', '/repo/k8s/a.yaml', '.', './', '../other/b.yaml'].map(key)).toEqual([
      'k8s/a.yaml',
      'k8s/a.yaml',
      'k8s/a.yaml',
      'k8s/a.yaml',
      'k8s/a.yaml',
      '.',
      '.',
      '../other/b.yaml',
    ]);
    const fromSub = buildBaselineFileKey('/repo/k8s', '/repo/ci');
    expect(['a.yaml', '../k8s/a.yaml', '.'].map(fromSub)).toEqual(['../k8s/a.yaml', '../k8s/a.yaml', '../k8s']);
  });

  it('keeps <stdin> and no file (a plan problem in none), and a rendered kustomization keyed on its folder', () => {
    const key = buildBaselineFileKey('/repo/overlays', '/repo');
    expect(['<stdin>', '', 'prod (kustomize build)', './prod (kustomize build)', '. (kustomize build)'].map(key)).toEqual([
      '<stdin>',
      '',
      'overlays/prod (kustomize build)',
      'overlays/prod (kustomize build)',
      'overlays (kustomize build)',
    ]);
  });
});
