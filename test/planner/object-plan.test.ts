import { describe, expect, it } from 'vitest';
import { buildObjectPlan } from '../../src/planner/object-plan';
import { compareKeys, maskSecrets, renderStateDiff } from '../../src/planner/state-diff';
import { templateHash } from '../../src/planner/defaults';
import { resources } from './helpers';

const V = '1.34';

const deployment = (image: string, extra = '') => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: web${extra} }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [ { name: web, image: "${image}", resources: { requests: { cpu: "0.5", memory: 256Mi } } } ]
`;

describe('object plan', () => {
  it('compares defaulted objects, quantities by value', () => {
    const current = deployment('nginx:1.25').replace('cpu: "0.5"', 'cpu: 500m');
    const plan = buildObjectPlan(resources(deployment('nginx:1.25')), resources(current), V);
    expect(plan.changes).toEqual([]);
    expect(plan.unchanged).toBe(1);
  });

  it('deletes objects of a manifest-based current state that the desired manifests drop', () => {
    const current = `${deployment('nginx:1.25')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: old }\n`;
    const plan = buildObjectPlan(resources(deployment('nginx:1.27')), resources(current), V);
    expect(plan.changes.map((c) => [c.action, c.kind, c.name])).toEqual([
      ['delete', 'ConfigMap', 'old'],
      ['update', 'Deployment', 'web'],
    ]);
  });

  it('ignores server-set fields of live objects but sees fields removed since the last apply', () => {
    const live = `
apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: default
  uid: 1b2c
  resourceVersion: "77"
  creationTimestamp: "2025-01-01T00:00:00Z"
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"v1","kind":"Service","metadata":{"name":"api","labels":{"team":"a"}},"spec":{"selector":{"app":"api"},"ports":[{"port":80}]}}'
  labels: { team: a }
spec:
  clusterIP: 10.96.44.1
  clusterIPs: [10.96.44.1]
  ipFamilies: [IPv4]
  ipFamilyPolicy: SingleStack
  internalTrafficPolicy: Cluster
  selector: { app: api }
  sessionAffinity: None
  type: ClusterIP
  ports: [ { port: 80, protocol: TCP, targetPort: 80 } ]
status: { loadBalancer: {} }
`;
    const same = 'apiVersion: v1\nkind: Service\nmetadata: { name: api, labels: { team: a } }\nspec: { selector: { app: api }, ports: [ { port: 80 } ] }\n';
    expect(buildObjectPlan(resources(same), resources(live), V).changes).toEqual([]);
    const withoutLabel = 'apiVersion: v1\nkind: Service\nmetadata: { name: api }\nspec: { selector: { app: api }, ports: [ { port: 80 } ] }\n';
    const plan = buildObjectPlan(resources(withoutLabel), resources(live), V);
    expect(plan.changes.map((c) => c.action)).toEqual(['update']);
    expect(renderStateDiff(plan.diffs)).toContain('-  labels:\n-    team: a\n');
    // Live objects the manifests do not mention are kept (kubectl apply does not prune).
    expect(buildObjectPlan([], resources(live), V).changes).toEqual([]);
  });

  it("refuses objects with lint's refusals, after validateObject's own errors and without repeating a field", () => {
    const [web] = resources(deployment('nginx:1.27').replace('replicas: 2', 'replicas: -1'));
    const refusals = new Map([
      [
        web!,
        [
          { field: 'spec.replicas', message: 'must not be negative' },
          { field: 'spec.template.spec.containers[0].volumeMounts[0].name', message: 'names no volume' },
        ],
      ],
    ]);
    const plan = buildObjectPlan([web!], [], V, refusals);
    expect(plan.next).toEqual([]);
    expect(plan.problems.map((p) => `${p.reason}: ${p.message}`)).toEqual([
      'Invalid: Deployment.apps "web" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, ' +
        'spec.template.spec.containers[0].volumeMounts[0].name: names no volume]',
    ]);
    expect(plan.problems[0]!.causes).toEqual([
      { field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' },
      { field: 'spec.template.spec.containers[0].volumeMounts[0].name', message: 'names no volume' },
    ]);
    // an update is refused too: the current object stays
    const [current] = resources(deployment('nginx:1.25'));
    const update = buildObjectPlan([web!], [current!], V, refusals);
    expect(update.next).toEqual([current]);
    expect(update.changed.size).toBe(0);
  });

  it('refuses an object without a name instead of leaving it out: kubectl apply stops at it', () => {
    const unnamed = resources(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: shop}\n---\n' +
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: job-}\n---\n' +
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: n}\n',
    );
    // the lint's refusals, when there are: `name: n` is the boolean false in YAML 1.1
    const refusals = new Map([[unnamed[2]!, [{ field: 'metadata.name', message: 'expected a string, got boolean false' }]]]);
    const plan = buildObjectPlan(unnamed, [], V, refusals);
    expect(plan.next).toEqual([]);
    expect(plan.changes).toEqual([]);
    expect(plan.refused.map((r) => `${r.action} ${r.kind} ${r.namespace}/${r.name} ${r.reason}`)).toEqual([
      'create ConfigMap default/ GenerateNameWithApply',
      'create ConfigMap default/ Invalid',
      'create ConfigMap shop/ Invalid',
    ]);
    expect(plan.problems.map((p) => `${p.reason}: ${p.message}`)).toEqual([
      'Invalid: ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required',
      // kubectl's words (apply.go), before any request
      'GenerateNameWithApply: from job-: cannot use generate name with apply (kubectl create can create it; give it a name to apply it)',
      'Invalid: ConfigMap "" is invalid: metadata.name: expected a string, got boolean false',
    ]);
  });

  it("compares a StatefulSet's maxUnavailable as the API server of the version stores it", () => {
    const statefulSet = (rollingUpdate: string) => `
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  serviceName: db
  replicas: 3
  updateStrategy: { type: RollingUpdate, rollingUpdate: { partition: 0${rollingUpdate} } }
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [ { name: db, image: "postgres:16" } ] }
`;
    // 1.35+: it defaults to 1, so writing the default out changes nothing
    for (const version of ['1.35', '1.36']) {
      expect(buildObjectPlan(resources(statefulSet('')), resources(statefulSet(', maxUnavailable: 1')), version).changes).toEqual([]);
    }
    const plan = buildObjectPlan(resources(statefulSet(', maxUnavailable: 2')), resources(statefulSet('')), '1.35');
    expect(plan.changes.map((c) => [c.action, c.name])).toEqual([['update', 'db']]);
    expect(renderStateDiff(plan.diffs)).toContain('-      maxUnavailable: 1\n+      maxUnavailable: 2\n');
    // before 1.35 the API server drops the field: setting it changes nothing
    expect(buildObjectPlan(resources(statefulSet(', maxUnavailable: 2')), resources(statefulSet('')), '1.34').changes).toEqual([]);
  });

  it('reports immutable changes as must be replaced and keeps the current object', () => {
    const plan = buildObjectPlan(resources(deployment('nginx:1.25').replace('matchLabels: { app: web }', 'matchLabels: { app: web, v: "2" }')), resources(deployment('nginx:1.25')), V);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'Deployment.apps "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web","v":"2"}}: field is immutable; the object must be replaced (delete and recreate it, e.g. kubectl replace --force)',
    ]);
    expect(plan.changed.size).toBe(0);
    expect(plan.next[0]!.file).toBe('test.yaml');
  });
});

describe('state diff', () => {
  it('writes kubectl-style files: sorted keys, list items at their key, ambiguous strings quoted', () => {
    const plan = buildObjectPlan(
      resources('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndata: { a: "yes", b: "0644", c: "1.5", d: plain text, e: "x: y", f: "" }\n'),
      [],
      V,
    );
    expect(renderStateDiff(plan.diffs)).toBe(
      [
        '--- a/v1.ConfigMap.default.c',
        '+++ b/v1.ConfigMap.default.c',
        '@@ -0,0 +1,11 @@',
        '+apiVersion: v1',
        '+data:',
        '+  a: "yes"',
        '+  b: "0644"',
        '+  c: "1.5"',
        '+  d: plain text',
        '+  e: "x: y"',
        '+  f: ""',
        '+kind: ConfigMap',
        '+metadata:',
        '+  name: c',
        '',
      ].join('\n'),
    );
  });

  it("sorts keys as kubectl prints them (go-yaml's order): numbers in keys by value, other characters before them, letters last", () => {
    const keys = ['file10.txt', 'file2.txt', 'file1.txt', 'a01', 'a1', 'B', 'a', '~x', '_x', '-x', '10', '9', 'file1', 'é'];
    const data = keys.map((k) => `  ${JSON.stringify(k)}: v`).join('\n');
    const plan = buildObjectPlan(resources(`apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndata:\n${data}\n`), [], V);
    const printed = renderStateDiff(plan.diffs)
      .split('\n')
      .filter((l) => l.endsWith(': v'))
      .map((l) => l.slice(3, -3));
    expect(printed).toEqual(['"-x"', '_x', '~x', '"9"', '"10"', 'B', 'a', 'a1', 'a01', 'file1', 'file1.txt', 'file2.txt', 'file10.txt', 'é']);
    expect(['b', 'a', 'a'].sort(compareKeys)).toEqual(['a', 'a', 'b']);
  });

  it('masks Secret values like kubectl diff, and the last-applied annotation that carries them', () => {
    const { before, after } = maskSecrets(
      'Secret',
      '',
      { kind: 'Secret', data: { same: 'YQ==', changed: 'Yg==', gone: 'Yw==' }, metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"data":{"same":"YQ=="}}' } } },
      { kind: 'Secret', data: { same: 'YQ==', changed: 'ZA==', added: 'ZQ==' } },
    );
    expect(before).toEqual({
      kind: 'Secret',
      data: { same: '***', changed: '*** (before)', gone: '***' },
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '***' } },
    });
    expect(after).toEqual({ kind: 'Secret', data: { same: '***', changed: '*** (after)', added: '***' } });
  });

  it('masks secret env values the same way, pairing them by container and variable name', () => {
    const deployment = (containers: unknown[]) => ({ kind: 'Deployment', spec: { template: { spec: { containers } } } });
    const { before, after } = maskSecrets(
      'Deployment',
      'apps',
      deployment([
        { name: 'sidecar', env: [{ name: 'API_KEY', value: 'k1' }] },
        {
          name: 'app',
          env: [
            { name: 'DB_PASSWORD', value: 'old' },
            { name: 'GITHUB_TOKEN', value: 'same' },
            { name: 'LOG_LEVEL', value: 'info' },
            { name: 'CONFIG', value: 'plain' },
            { name: 'SMTP_PASSWORD', value: 'gone' },
          ],
        },
      ]),
      deployment([
        {
          name: 'app',
          env: [
            { name: 'DB_PASSWORD', value: 'new' },
            { name: 'GITHUB_TOKEN', value: 'same' },
            { name: 'LOG_LEVEL', value: 'debug' },
            { name: 'CONFIG', value: 'AKIAIOSFODNN7EXAMPLE' },
            { name: 'DB_PASSWORD', value: 'twice' },
          ],
        },
        { name: 'sidecar', env: [{ name: 'API_KEY', value: 'k1' }, { name: 'PASSWORD_FILE', value: '/run/pw' }] },
      ]),
    );
    expect(before).toEqual(
      deployment([
        { name: 'sidecar', env: [{ name: 'API_KEY', value: '***' }] },
        {
          name: 'app',
          env: [
            { name: 'DB_PASSWORD', value: '*** (before)' },
            { name: 'GITHUB_TOKEN', value: '***' },
            { name: 'LOG_LEVEL', value: 'info' },
            // not a credential itself, but what it becomes is: both sides hidden, the change shown
            { name: 'CONFIG', value: '*** (before)' },
            { name: 'SMTP_PASSWORD', value: '***' },
          ],
        },
      ]),
    );
    expect(after).toEqual(
      deployment([
        {
          name: 'app',
          env: [
            { name: 'DB_PASSWORD', value: '*** (after)' },
            { name: 'GITHUB_TOKEN', value: '***' },
            { name: 'LOG_LEVEL', value: 'debug' },
            { name: 'CONFIG', value: '*** (after)' },
            { name: 'DB_PASSWORD', value: '***' },
          ],
        },
        { name: 'sidecar', env: [{ name: 'API_KEY', value: '***' }, { name: 'PASSWORD_FILE', value: '/run/pw' }] },
      ]),
    );
  });

  it('leaves an object without a secret value as it is (no copy)', () => {
    const object = { kind: 'ConfigMap', data: { LOG_LEVEL: 'info' } };
    const masked = maskSecrets('ConfigMap', '', object, null);
    expect(masked.before).toBe(object);
  });
});

describe('synthetic pod-template-hash', () => {
  it('uses only the characters Kubernetes hashes use, at most 10, and changes with the collision count', () => {
    const hashes = ['a', 'b', '{"spec":{}}', 'x'.repeat(1000)].map((k) => templateHash(k));
    for (const h of hashes) expect(h).toMatch(/^[4-9bcdf]{1,10}$/);
    expect(templateHash('a', 1)).not.toBe(templateHash('a'));
    expect(templateHash('a')).toBe(templateHash('a'));
  });
});
