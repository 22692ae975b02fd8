import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

const json = (stdout: string) => JSON.parse(stdout) as { summary: Record<string, number>; findings: { rule: string; line: number; resource: { name: string } | null }[] };

describe('.kubeplan.yaml', () => {
  it('a malformed configuration reports every problem at once, each located, and exits 2', async () => {
    const r = await runCli(['lint', 'x.yaml'], { cwd: 'test/fixtures/config/bad' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'kubeplan: invalid configuration in .kubeplan.yaml:',
        '  .kubeplan.yaml:2:1  strict must be boolean',
        '  .kubeplan.yaml:5:30  rules.valid-workload-selector.severity must be one of off, info, warn, error',
        '  .kubeplan.yaml:7:5  exclude[0]: missing required "reason"',
        '  .kubeplan.yaml:9:1  failOn must be one of error, warning, info, none',
        '  .kubeplan.yaml:10:1  unknown setting "colour"',
        '',
      ].join('\n'),
    );
  });

  it('the cluster section is validated with the rest (schemas/cluster.schema.json), by every command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-config-'));
    try {
      writeFileSync(join(dir, '.kubeplan.yaml'), 'strict: maybe\ncluster:\n  nodePools:\n    - { name: pool, count: 2, capacity: { cpu: 4 cores } }\n');
      writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n');
      const expected = [
        'kubeplan: invalid configuration in .kubeplan.yaml:',
        '  .kubeplan.yaml:1:1  strict must be boolean',
        '  .kubeplan.yaml:4:43  cluster.nodePools[0].capacity.cpu must be a resource quantity such as "4", "3800m" or "16Gi" (got "4 cores")',
        '',
      ].join('\n');
      for (const command of ['lint', 'plan', 'check']) {
        const r = await runCli([command, 'cm.yaml'], { cwd: dir });
        expect(r.stderr, command).toBe(expected);
        expect(r.code, command).toBe(2);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('unknown rule ids are reported with a suggestion', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-config-'));
    try {
      writeFileSync(
        join(dir, '.kubeplan.yaml'),
        'rules:\n  valid-workload-selectr: error\nexclude:\n  - { kind: Secret, rules: [schema, plan, no-latest-tag, valid-secret-ref, no-latset-tag], reason: x }\n',
      );
      const r = await runCli(['lint', '.'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'kubeplan: invalid configuration in .kubeplan.yaml:\n' +
          '  .kubeplan.yaml:2:3  unknown rule "valid-workload-selectr" (did you mean "valid-workload-selector"?); \'kubeplan rules\' lists them\n' +
          '  .kubeplan.yaml:4:76  unknown rule "no-latset-tag" (did you mean "no-latest-tag"?); \'kubeplan rules\' lists them\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rule severity can be re-graded and turned off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-config-'));
    try {
      writeFileSync(join(dir, 'apps.yaml'), readFileSync('test/fixtures/cli/app/web.yaml'));
      writeFileSync(join(dir, '.kubeplan.yaml'), 'rules:\n  valid-workload-selector: warn\n');
      let r = await runCli(['lint', '--format', 'json', '.'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(json(r.stdout).summary).toMatchObject({ errors: 0, warnings: 1 });
      writeFileSync(join(dir, '.kubeplan.yaml'), 'rules:\n  valid-workload-selector: off\n');
      r = await runCli(['lint', '--format', 'json', '.'], { cwd: dir });
      expect(json(r.stdout).findings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('suppression', () => {
  it('annotation, comment above, trailing comment and config exclusion silence findings; the summary counts them', async () => {
    const r = await runCli(['lint', '--format', 'json', '.'], { cwd: 'test/fixtures/config/suppress' });
    const out = json(r.stdout);
    expect(out.findings.map((f) => [f.rule, f.resource?.name, f.line])).toEqual([['valid-workload-selector', 'reported', 47]]);
    expect(out.summary).toMatchObject({ files: 1, errors: 1, suppressed: 4 });
  });

  it('--no-inline-ignore refuses annotations and comments but keeps configuration exclusions', async () => {
    const r = await runCli(['lint', '--format', 'json', '--no-inline-ignore', 'apps.yaml'], { cwd: 'test/fixtures/config/suppress' });
    const names = json(r.stdout).findings.map((f) => f.resource?.name);
    expect(names).toEqual(['by-annotation', 'by-comment-above', 'by-trailing-comment', 'reported']);
    expect(json(r.stdout).summary.suppressed).toBe(1);
  });

  it('ignorePaths skips files, also when they are named explicitly', async () => {
    const r = await runCli(['lint', '--format', 'json', 'generated/out.yaml'], { cwd: 'test/fixtures/config/suppress' });
    expect(json(r.stdout).summary.files).toBe(0);
  });
});

describe('baseline', () => {
  it('reports only new findings, and survives edits that move lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-baseline-'));
    try {
      const apps = readFileSync('test/fixtures/config/baseline/apps.yaml', 'utf8');
      writeFileSync(join(dir, 'apps.yaml'), apps);
      // Only correctness rules: the fixture is about baselines, not best practice.
      writeFileSync(join(dir, '.kubeplan.yaml'), 'preset: minimal\n');
      let r = await runCli(['lint', '--no-inline-ignore', '--baseline', 'base.json', '--update-baseline', 'apps.yaml'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('kubeplan: wrote 5 finding(s) to base.json\n');
      // Unrelated edit: lines move. A new broken Deployment is added at the end.
      writeFileSync(
        join(dir, 'apps.yaml'),
        `# a new comment\n# and another\n${apps}---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: new-one }\nspec:\n  selector: { matchLabels: { app: a } }\n  template:\n    metadata: { labels: { app: b } }\n    spec: { containers: [{ name: c, image: nginx:1.27, securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: [ALL] } } }] }\n`,
      );
      r = await runCli(['lint', '--no-inline-ignore', '--format', 'json', '--baseline', 'base.json', 'apps.yaml'], { cwd: dir });
      expect(json(r.stdout).findings.map((f) => f.resource?.name)).toEqual(['new-one']);
      expect(json(r.stdout).summary.suppressed).toBe(5);
      expect(r.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('context: indexes paths relative to the configuration file, from any folder; a missing one is an input error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-context-'));
    try {
      mkdirSync(join(dir, 'apps', 'web'), { recursive: true });
      mkdirSync(join(dir, 'platform'));
      writeFileSync(join(dir, '.kubeplan.yaml'), 'context: [platform]\n');
      writeFileSync(join(dir, 'platform', 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata: { name: creds }\nstringData: { token: x }\n');
      writeFileSync(
        join(dir, 'apps', 'web', 'pod.yaml'),
        'apiVersion: v1\nkind: Pod\nmetadata: { name: web }\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      envFrom: [{ secretRef: { name: creds } }]\n',
      );
      const fromSubfolder = await runCli(['lint', '-f', 'json', 'pod.yaml'], { cwd: join(dir, 'apps', 'web') });
      expect(json(fromSubfolder.stdout).findings.map((f) => f.rule)).not.toContain('valid-secret-ref');

      writeFileSync(join(dir, '.kubeplan.yaml'), 'context: [platfrom]\n');
      const missing = await runCli(['lint', '-f', 'json', 'pod.yaml'], { cwd: join(dir, 'apps', 'web') });
      expect(missing.code).toBe(2);
      const findings = JSON.parse(missing.stdout).findings as { rule: string; file: string; message: string }[];
      expect(findings.filter((f) => f.rule === 'input')).toEqual([
        expect.objectContaining({ file: '../../platfrom', message: 'cannot read: no such file or directory' }),
      ]);
      const flag = await runCli(['lint', '--no-config', '--context', 'nowhere', '-f', 'json', 'pod.yaml'], { cwd: join(dir, 'apps', 'web') });
      expect(flag.code).toBe(2);
      expect((JSON.parse(flag.stdout).findings as { file: string }[])[0]).toMatchObject({ file: 'nowhere', message: 'cannot read: no such file or directory' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('one NodePort range: cluster.nodePortRange and the valid-node-port option each set both, must agree, and must be ranges', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-node-ports-'));
    try {
      writeFileSync(join(dir, 'svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata: { name: a }\nspec:\n  type: NodePort\n  ports: [{ port: 80, nodePort: 20005 }]\n');
      const run = async (config: string, command = 'check') => {
        writeFileSync(join(dir, '.kubeplan.yaml'), config);
        return runCli([command, '-f', 'json', 'svc.yaml'], { cwd: dir });
      };
      for (const config of ['cluster: { nodePortRange: "20000-20010" }\n', 'rules:\n  valid-node-port: { options: { range: "20000+11" } }\n']) {
        const r = await run(config);
        expect(r.stderr, config).toBe('');
        const out = JSON.parse(r.stdout);
        expect(out.lint.findings.filter((f: { rule: string }) => f.rule === 'valid-node-port'), config).toEqual([]);
        expect(out.plan.problems, config).toEqual([]);
      }
      const outside = await run('cluster: { nodePortRange: "20000-20004" }\n', 'lint');
      expect(json(outside.stdout).findings.map((f) => [f.rule, f.line])).toContainEqual(['valid-node-port', 6]);

      const differ = await run('cluster: { nodePortRange: "20000-20010" }\nrules:\n  valid-node-port: { options: { range: 30000-32767 } }\n');
      expect(differ).toMatchObject({ code: 2, stdout: '' });
      expect(differ.stderr).toBe(
        'kubeplan: invalid configuration in .kubeplan.yaml:\n' +
          '  .kubeplan.yaml:3:33  rules.valid-node-port.options.range 30000-32767 differs from cluster.nodePortRange 20000-20010: ' +
          'a cluster has one NodePort range; set it once, as cluster.nodePortRange\n',
      );
      for (const range of ['32767-30000', '30000+0', '0-0']) {
        const reversed = await run(`rules:\n  valid-node-port: { options: { range: "${range}" } }\n`, 'lint');
        expect(reversed.code, range).toBe(2);
        expect(reversed.stderr).toBe(
          `kubeplan: invalid configuration in .kubeplan.yaml:\n  .kubeplan.yaml:2:33  rules.valid-node-port.options.range "${range}" is not a port range (first ≤ last, within 1-65535)\n`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
