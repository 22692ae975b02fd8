import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/planner/types';
import { runCli } from '../support/cli';

const FIXTURES = 'test/fixtures/planner';
const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kubeplan-plan-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('kubeplan plan', () => {
  it('prints the JSON plan contract and exits 0 when every rollout completes', async () => {
    const dir = join(FIXTURES, 'rolling-update-3-replicas');
    const r = await runCli(['plan', '--format', 'json', '--no-config', 'desired.yaml', '--current', 'current.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, 'expected.json'), 'utf8'));
  });

  it('exits 1 when a rollout stalls or a pod cannot be scheduled', async () => {
    const dir = join(FIXTURES, 'rollout-stalls-surge');
    const r = await runCli(['plan', '--no-config', 'desired.yaml', '--current', 'current.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8'));
  });

  it('exits 1 when the API server would refuse an object', async () => {
    const dir = join(FIXTURES, 'immutable-fields');
    const r = await runCli(['plan', '--format', 'markdown', '--no-config', 'desired.yaml', '--current', 'current.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('| error | FieldImmutable | Deployment default/web | Deployment.apps "web" is invalid: spec.selector');
  });

  describe('objects that lint finds the API server would refuse', () => {
    const manifests = (mountComment = '') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources: { requests: { cpu: 100m, memory: 64Mi } }
          volumeMounts:
            - { name: cache, mountPath: /cache }${mountComment}
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { "bad key": x }
---
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  selector: { app: web }
  ports: [ { port: "80" } ]
`;

    it('are not created: a rule refusal, a schema error, and nothing for the valid objects', async () => {
      const r = await runCli(['plan', '--format', 'json', '--no-config', '-'], { stdin: manifests() });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const plan = JSON.parse(r.stdout) as Plan;
      expect(plan.problems.map((p) => `${p.reason} ${p.kind}/${p.name}: ${p.message}`)).toEqual([
        'Invalid ConfigMap/settings: ConfigMap "settings" is invalid: data["bad key"]: data key "bad key" is not a valid config key: ' +
          'only ASCII letters, digits, "-", "_" and "." are allowed (found space); try "bad-key"',
        'Invalid Deployment/web: Deployment.apps "web" is invalid: spec.template.spec.containers[0].volumeMounts[0].name: ' +
          'container "web" mounts volume "cache", but the pod defines no volume by that name (it has no volumes)',
        'Invalid Service/web: Service "web" is invalid: spec.ports[0].port: expected an integer, got string "80"',
      ]);
      expect(plan.summary.podsAfter).toBe(0);
    });

    it('are planned when the finding is suppressed, as lint honours the suppression', async () => {
      const r = await runCli(['plan', '--format', 'json', '--no-config', '-'], { stdin: manifests('  # kubeplan-ignore valid-volume-mount: mounted by a webhook') });
      const plan = JSON.parse(r.stdout) as Plan;
      expect(plan.problems.filter((p) => p.kind === 'Deployment')).toEqual([]);
      expect(plan.summary.podsAfter).toBe(2);
    });

    it('are reported once by kubeplan check: as lint findings, not again as plan findings', async () => {
      const r = await runCli(['check', '--format', 'json', '--no-config', '-'], { stdin: manifests() });
      const report = JSON.parse(r.stdout) as { lint: { findings: { rule: string; line: number }[] } };
      const errors = report.lint.findings.filter((f) => ['schema', 'valid-volume-mount', 'valid-config-data', 'plan'].includes(f.rule));
      expect(errors.map((f) => `${f.line} ${f.rule}`)).toEqual(['15 valid-volume-mount', '20 valid-config-data', '27 schema']);
    });
  });

  describe('objects the API server refuses are shown as refused, not as changes', () => {
    const deployment = (strategy: string, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  strategy: ${strategy}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: ${image} }] }
`;
    const desired = `${deployment('{ type: RollingUpdate, rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }', 'nginx:1.27')}---
apiVersion: v1
kind: Secret
metadata: { name: creds }
data: { password: "not base64!" }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: ok }
data: { a: b }
`;

    it('in text, json and markdown, with the same count', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'app.yaml'), desired);
      const text = await runCli(['plan', '--no-config', 'app.yaml'], { cwd: dir });
      expect(text.code).toBe(1);
      expect(text.stdout.split('\n').slice(0, 8)).toEqual([
        'Plan: 1 to add, 0 to change, 0 to destroy, 2 refused.',
        'Pods: 0 → 0.',
        '',
        'Changes',
        '  + ConfigMap default/ok',
        '  ! Deployment default/web (create refused: Invalid)',
        '  ! Secret default/creds (create refused: Invalid)',
        '',
      ]);
      const json = JSON.parse((await runCli(['plan', '-f', 'json', '--no-config', 'app.yaml'], { cwd: dir })).stdout) as Plan;
      expect(json.summary).toMatchObject({ create: 1, update: 0, delete: 0, refused: 2 });
      expect(json.changes).toEqual([{ action: 'create', apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'ok' }]);
      expect(json.refused).toEqual([
        { action: 'create', apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web', reason: 'Invalid' },
        { action: 'create', apiVersion: 'v1', kind: 'Secret', namespace: 'default', name: 'creds', reason: 'Invalid' },
      ]);
      expect(json.diff.split('\n').filter((l) => l.startsWith('+++ '))).toEqual(['+++ b/v1.ConfigMap.default.ok']);
      const markdown = (await runCli(['plan', '-f', 'markdown', '--no-config', 'app.yaml'], { cwd: dir })).stdout;
      expect(markdown.split('\n').slice(2, 9)).toEqual([
        '**Plan: 1 to add, 0 to change, 0 to destroy, 2 refused.** Pods: 0 → 0.',
        '',
        '| | Kind | Namespace | Name |',
        '|---|---|---|---|',
        '| `+` create | ConfigMap | default | ok |',
        '| `!` create refused: Invalid | Deployment | default | web |',
        '| `!` create refused: Invalid | Secret | default | creds |',
      ]);
    });

    it('an update the API server refuses is not "to change", has no diff, and the current object stays', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'web.yaml'), deployment('{ type: RollingUpdate, rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }', 'nginx:1.27'));
      writeFileSync(join(dir, 'current.yaml'), deployment('{}', 'nginx:1.26'));
      const r = await runCli(['plan', '-f', 'json', '--no-config', 'web.yaml', '--current', 'current.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout) as Plan;
      expect(json.summary).toMatchObject({ create: 0, update: 0, delete: 0, refused: 1, podsBefore: 2, podsAfter: 2 });
      expect(json.changes).toEqual([]);
      expect(json.refused).toEqual([{ action: 'update', apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web', reason: 'Invalid' }]);
      expect(json.diff).toBe('');
      const text = await runCli(['plan', '--no-config', 'web.yaml', '--current', 'current.yaml'], { cwd: dir });
      expect(text.stdout.split('\n').slice(0, 6)).toEqual([
        'Plan: 0 to add, 0 to change, 0 to destroy, 1 refused.',
        'Pods: 2 → 2.',
        '',
        'Changes',
        '  ! Deployment default/web (update refused: Invalid)',
        '',
      ]);
      const check = await runCli(['check', '--no-config', 'web.yaml', '--current', 'current.yaml'], { cwd: dir });
      expect(check.code).toBe(1);
      expect(check.stdout.split('\n').at(-2)).toMatch(/; plan: 0 to add, 0 to change, 0 to destroy, 1 refused, 2\/2 pods scheduled$/);
    });
  });

  it('reads manifests from stdin and plans against the default cluster', async () => {
    const text = readFileSync(join(FIXTURES, 'rolling-update-3-replicas', 'desired.yaml'), 'utf8');
    const r = await runCli(['plan', '-f', 'json', '--no-config', '-'], { stdin: text });
    const plan = JSON.parse(r.stdout) as Plan;
    expect(r.code).toBe(0);
    expect(plan.nodes.map((n) => n.name)).toEqual(['node-1', 'node-2', 'node-3']);
    expect(plan.pods.map((p) => p.node)).toEqual(['node-1', 'node-2', 'node-3']);
  });

  it('takes the nodes of a kubectl get nodes -o yaml file', async () => {
    const r = await runCli([
      'plan', '-f', 'json', '--no-config', '--cluster', 'test/fixtures/planner/cluster/kubectl-get-nodes.yaml',
      join(FIXTURES, 'rolling-update-3-replicas', 'desired.yaml'),
    ]);
    const plan = JSON.parse(r.stdout) as Plan;
    // cp-1 is tainted for the control plane and worker-b is cordoned: every replica lands on worker-a.
    expect(plan.pods.map((p) => p.node)).toEqual(['worker-a', 'worker-a', 'worker-a']);
    expect(plan.nodes.find((n) => n.name === 'worker-a')!.allocatable).toEqual({ cpu: '3800m', memory: '15Gi', pods: 110 });
  });

  it('takes the volume limits of the CSINodes in a kubectl get nodes,csinodes -o yaml file, and of a --current export', async () => {
    const dir = tempDir();
    const node = (name: string) => `  - apiVersion: v1\n    kind: Node\n    metadata: { name: ${name} }\n    status: { allocatable: { cpu: "4", memory: 16Gi, pods: "110" } }\n`;
    const csiNode = (name: string) =>
      `  - apiVersion: storage.k8s.io/v1\n    kind: CSINode\n    metadata: { name: ${name} }\n    spec: { drivers: [{ name: ebs.csi.aws.com, nodeID: ${name}, allocatable: { count: 1 } }] }\n`;
    writeFileSync(join(dir, 'nodes.yaml'), `apiVersion: v1\nkind: List\nitems:\n${node('w-1')}${node('w-2')}${csiNode('w-1')}${csiNode('w-2')}`);
    const claims = [1, 2, 3].map((i) => `apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data-${i} }
spec: { storageClassName: gp3, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: Pod
metadata: { name: app-${i} }
spec:
  containers: [{ name: app, image: busybox:1.36 }]
  volumes: [{ name: data, persistentVolumeClaim: { claimName: data-${i} } }]
`);
    writeFileSync(join(dir, 'app.yaml'), ['apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata: { name: gp3 }\nprovisioner: ebs.csi.aws.com\n', ...claims].join('---\n'));
    const expected = { 'app-1': 'w-1', 'app-2': 'w-2', 'app-3': '0/2 nodes are available: 2 node(s) exceed max volume count.' };
    for (const args of [['--cluster', 'nodes.yaml'], ['--current', 'nodes.yaml']]) {
      const r = await runCli(['plan', '-f', 'json', '--no-config', ...args, 'app.yaml'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(Object.fromEntries((JSON.parse(r.stdout) as Plan).pods.map((p) => [p.name, p.node ?? p.reason]))).toEqual(expected);
    }
  });

  it('takes node pools from --cluster and from the cluster: section of .kubeplan.yaml', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'rolling-update-3-replicas', 'desired.yaml'), join(dir, 'web.yaml'));
    writeFileSync(join(dir, 'pools.yaml'), 'nodePools:\n  - { name: big, count: 1, capacity: { cpu: "64", memory: 256Gi } }\n');
    let r = await runCli(['plan', '-f', 'json', '--no-config', '--cluster', 'pools.yaml', 'web.yaml'], { cwd: dir });
    expect((JSON.parse(r.stdout) as Plan).pods.map((p) => p.node)).toEqual(['big-1', 'big-1', 'big-1']);
    writeFileSync(join(dir, '.kubeplan.yaml'), 'cluster:\n  nodePools:\n    - { name: pool, count: 2 }\n');
    r = await runCli(['plan', '-f', 'json', 'web.yaml'], { cwd: dir });
    expect((JSON.parse(r.stdout) as Plan).nodes.map((n) => n.name)).toEqual(['pool-1', 'pool-2']);
  });

  it('announces a long run (the CLI edge then tunes the engine) for a cluster of 100 nodes or more, whatever the manifests', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'web.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n');
    let announced = 0;
    const expectLongRun = () => void announced++;
    for (const [count, expected] of [[99, 0], [100, 1]] as const) {
      writeFileSync(join(dir, 'pools.yaml'), `nodePools:\n  - { name: node, count: ${count} }\n`);
      announced = 0;
      const r = await runCli(['plan', '-f', 'json', '--no-config', '--cluster', 'pools.yaml', 'web.yaml'], { cwd: dir, expectLongRun });
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as Plan).nodes).toHaveLength(count);
      expect(announced).toBe(expected);
    }
  });

  it('reports a bad cluster section at its line in .kubeplan.yaml, and a bad --cluster file, and exits 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'web.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n');
    writeFileSync(join(dir, '.kubeplan.yaml'), 'cluster:\n  nodePools:\n    - name: pool\n      count: 0\n');
    let r = await runCli(['plan', 'web.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'kubeplan: invalid configuration in .kubeplan.yaml:\n  .kubeplan.yaml:4:7  cluster.nodePools[0].count must be >= 1\n',
    );
    writeFileSync(join(dir, '.kubeplan.yaml'), 'cluster:\n  nodePools:\n    - name: big\n      count: 3\n      capacity: { cpu: "1e400" }\n');
    r = await runCli(['plan', 'web.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'kubeplan: invalid configuration in .kubeplan.yaml:\n' +
        '  .kubeplan.yaml:5:19  cluster.nodePools[0].capacity.cpu "1e400" is more than Kubernetes can hold (at most 9223372036854775807m, about 9.2e15)\n',
    );
    writeFileSync(join(dir, 'nodes.yaml'), 'nodePools:\n  - name: pool\n    count: 2\n    taints: [ { key: a, effect: Never } ]\n');
    r = await runCli(['plan', '--no-config', '--cluster', 'nodes.yaml', 'web.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'kubeplan: invalid cluster file nodes.yaml:\n  nodes.yaml:4:25  nodePools[0].taints[0].effect must be one of NoSchedule, PreferNoSchedule, NoExecute\n',
    );
  });

  it('assigns NodePorts within the nodePortRange of .kubeplan.yaml, and refuses a Service when the range is full', async () => {
    const dir = tempDir();
    const ports = (n: number) => Array.from({ length: n }, (_, i) => `{ name: p${i}, port: ${80 + i} }`).join(', ');
    const service = (n: number) => `apiVersion: v1\nkind: Service\nmetadata: { name: np }\nspec: { type: NodePort, ports: [${ports(n)}] }\n`;
    writeFileSync(join(dir, 'np.yaml'), service(1));
    writeFileSync(join(dir, '.kubeplan.yaml'), 'cluster: { nodePortRange: "30000-30010" }\n');
    let r = await runCli(['plan', '-f', 'json', 'np.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Plan).problems).toEqual([
      {
        severity: 'info',
        reason: 'NodePortAssigned',
        kind: 'Service',
        namespace: 'default',
        name: 'np',
        message: 'spec.ports[0].nodePort: the cluster assigns a free port (at random); the plan assumes 30000, the lowest free port of the range',
      },
    ]);
    writeFileSync(join(dir, 'np.yaml'), service(2));
    writeFileSync(join(dir, '.kubeplan.yaml'), 'cluster: { nodePortRange: "30000-30000" }\n');
    r = await runCli(['plan', '-f', 'json', 'np.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Plan).problems).toEqual([
      {
        severity: 'error',
        reason: 'InternalError',
        kind: 'Service',
        namespace: 'default',
        name: 'np',
        message: 'Internal error occurred: failed to allocate a nodePort: range is full (spec.ports[1]: all 1 port(s) of 30000-30000 are allocated)',
      },
    ]);
  });

  it('runs the rules with the options of .kubeplan.yaml, and refuses bad options at their line', async () => {
    const dir = tempDir();
    cpSync(join(FIXTURES, 'rolling-update-3-replicas', 'desired.yaml'), join(dir, 'web.yaml'));
    writeFileSync(join(dir, '.kubeplan.yaml'), 'rules:\n  no-latest-tag:\n    options:\n      mutableTags: [latest, main]\n');
    let r = await runCli(['plan', '-f', 'json', 'web.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Plan).pods.map((p) => p.node)).toEqual(['node-1', 'node-2', 'node-3']);
    writeFileSync(join(dir, '.kubeplan.yaml'), 'rules:\n  no-latest-tag:\n    options:\n      mutableTags: [latest, latest]\n');
    r = await runCli(['plan', 'web.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'kubeplan: invalid configuration in .kubeplan.yaml:\n' +
        '  .kubeplan.yaml:4:7  option mutableTags must NOT have duplicate items (items ## 1 and 0 are identical)\n',
    );
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['plan', '--format', 'yaml'])).code).toBe(2);
    expect((await runCli(['plan', '--no-config', '--kubernetes-version', 'latest', 'x.yaml'])).code).toBe(2);
    const missing = await runCli(['plan', '--no-config', 'does-not-exist.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does-not-exist.yaml');
  });

  it('plans a change against a git ref with --base', async () => {
    try {
      execFileSync('git', ['--version']);
    } catch {
      console.warn('git is not available: skipping the --base test');
      return;
    }
    const dir = tempDir();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    cpSync(join(FIXTURES, 'rolling-update-3-replicas', 'current.yaml'), join(dir, 'web.yaml'));
    writeFileSync(join(dir, 'old.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: old }\ndata: { a: b }\n');
    git('add', '.');
    git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-q', '-m', 'base');
    cpSync(join(FIXTURES, 'rolling-update-3-replicas', 'desired.yaml'), join(dir, 'web.yaml'));
    rmSync(join(dir, 'old.yaml'));
    const r = await runCli(['plan', '-f', 'json', '--no-config', '--base', 'HEAD', '.'], { cwd: dir });
    const plan = JSON.parse(r.stdout) as Plan;
    expect(r.stderr).toBe('');
    expect(plan.changes).toEqual([
      { action: 'delete', apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'old' },
      { action: 'update', apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web' },
    ]);
    expect(plan.rollouts[0]!.steps).toHaveLength(6);
    const unknown = await runCli(['plan', '--no-config', '--base', 'no-such-ref', '.'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('kubeplan: --base: unknown git ref "no-such-ref"\n');

    // a file at the ref that is not UTF-8 is reported at its byte, as the working tree's files are, and the rest is planned
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: caf\xe9 }\n', 'latin1'));
    git('add', '.');
    git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-q', '-m', 'latin-1');
    rmSync(join(dir, 'latin1.yaml'));
    const latin1 = await runCli(['plan', '-f', 'json', '--no-config', '--base', 'HEAD', '.'], { cwd: dir });
    expect(latin1.stderr).toBe('kubeplan: HEAD:latin1.yaml:3:22: file is not valid UTF-8 text (invalid byte 0xE9): not a YAML or JSON manifest\n');
    expect((JSON.parse(latin1.stdout) as Plan).changes).toEqual([]);
  });
});

describe('kubeplan plan --current with Nodes', () => {
  it('uses the Nodes of a live export as the cluster when nothing else names one', async () => {
    const r = await runCli([
      'plan', '-f', 'json', '--no-config', '--current', 'test/fixtures/planner/cluster/kubectl-get-nodes.yaml',
      join(FIXTURES, 'rolling-update-3-replicas', 'desired.yaml'),
    ]);
    const plan = JSON.parse(r.stdout) as Plan;
    expect(plan.nodes.map((n) => n.name)).toEqual(['cp-1', 'worker-a', 'worker-b']);
    expect(plan.changes.map((c) => c.kind)).toEqual(['Deployment']);
  });
});

describe('kubeplan plan with objects that have no name', () => {
  it('shows them refused, as (unnamed), and fails: they were left out silently before', async () => {
    const stdin = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: shop}\ndata: {a: b}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n';
    const r = await runCli(['plan', '--no-config', '-'], { stdin });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy, 1 refused.\n');
    expect(r.stdout).toContain('  + Namespace shop\n  ! ConfigMap shop/(unnamed) (create refused: Invalid)\n');
    expect(r.stdout).toContain(
      '  error   Invalid  ConfigMap shop/(unnamed)\n          ConfigMap "" is invalid: metadata.name is missing (and there is no metadata.generateName)\n',
    );
  });
});
