import { describe, expect, it } from 'vitest';
import { renderPlanMarkdown } from '../../src/planner/render/markdown';
import { renderPlanText } from '../../src/planner/render/text';
import { planYaml } from './plan-yaml';

/**
 * Objects `kubectl apply` sends and the API server refuses are neither created nor changed: they
 * are not "to add" or "to change", have no diff, and are listed as refused (with the reason of
 * the problem that refuses them) in every output.
 */

const deployment = (name: string, strategy: string, labels = 'app: web', image = 'nginx:1.27') => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: 1
  strategy: ${strategy}
  selector: { matchLabels: { ${labels} } }
  template:
    metadata: { labels: { ${labels} } }
    spec: { containers: [{ name: web, image: ${image}, resources: { requests: { cpu: 100m, memory: 64Mi } } }] }
`;
const zeroZero = '{ rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }';

const desired = [
  'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ok }\ndata: { a: b }\n',
  deployment('web', zeroZero),
  deployment('api', zeroZero),
  deployment('sel', '{}', 'app: other'),
  'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: lost, namespace: missing }\n',
  'apiVersion: v1\nkind: Service\nmetadata: { name: edge }\nspec: { type: NodePort, ports: [{ port: 80, nodePort: 40000 }] }\n',
  'apiVersion: v1\nkind: Namespace\nmetadata: { name: team }\n',
  'apiVersion: v1\nkind: ResourceQuota\nmetadata: { name: q, namespace: team }\nspec: { hard: { count/configmaps: "1" } }\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: first, namespace: team }\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: second, namespace: team }\n',
].join('---\n');
const current = [deployment('api', '{}', 'app: web', 'nginx:1.26'), deployment('sel', '{}', 'app: web', 'nginx:1.26')].join('---\n');

describe('refused objects', () => {
  const plan = planYaml(desired, current);
  const refusedLines = [
    '  ! ConfigMap missing/lost (create refused: NamespaceNotFound)',
    '  ! ConfigMap team/second (create refused: QuotaExceeded)',
    '  ! Deployment default/api (update refused: Invalid)',
    '  ! Deployment default/sel (update refused: FieldImmutable)',
    '  ! Deployment default/web (create refused: Invalid)',
    '  ! Service default/edge (create refused: FieldValueInvalid)',
  ];

  it('are neither created nor changed: not in changes, counted as refused, out of the diff', () => {
    expect(plan.summary).toEqual({ create: 4, update: 0, delete: 0, refused: 6, unchanged: 0, podsBefore: 2, podsAfter: 2, unschedulable: 0, stalledRollouts: 0 });
    expect(plan.changes.map((c) => `${c.action} ${c.kind} ${c.namespace}/${c.name}`)).toEqual([
      'create ConfigMap default/ok',
      'create ConfigMap team/first',
      'create Namespace null/team',
      'create ResourceQuota team/q',
    ]);
    expect(plan.refused).toEqual([
      { action: 'create', apiVersion: 'v1', kind: 'ConfigMap', namespace: 'missing', name: 'lost', reason: 'NamespaceNotFound' },
      { action: 'create', apiVersion: 'v1', kind: 'ConfigMap', namespace: 'team', name: 'second', reason: 'QuotaExceeded' },
      { action: 'update', apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'api', reason: 'Invalid' },
      { action: 'update', apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'sel', reason: 'FieldImmutable' },
      { action: 'create', apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web', reason: 'Invalid' },
      { action: 'create', apiVersion: 'v1', kind: 'Service', namespace: 'default', name: 'edge', reason: 'FieldValueInvalid' },
    ]);
    expect(plan.diff.split('\n').filter((l) => l.startsWith('+++ '))).toEqual([
      '+++ b/v1.ConfigMap.default.ok',
      '+++ b/v1.ConfigMap.team.first',
      '+++ b/v1.Namespace..team',
      '+++ b/v1.ResourceQuota.team.q',
    ]);
    // the problems that refuse them are still there
    expect(plan.problems.filter((p) => p.severity === 'error').map((p) => `${p.reason} ${p.kind}/${p.name}`)).toEqual([
      'NamespaceNotFound ConfigMap/lost',
      'QuotaExceeded ConfigMap/second',
      'Invalid Deployment/api',
      'FieldImmutable Deployment/sel',
      'Invalid Deployment/web',
      'FieldValueInvalid Service/edge',
    ]);
  });

  it('have their own marker and count in the text output', () => {
    const lines = renderPlanText(plan).split('\n');
    expect(lines.slice(0, 15)).toEqual([
      'Plan: 4 to add, 0 to change, 0 to destroy, 6 refused.',
      'Pods: 2 → 2.',
      '',
      'Changes',
      '  + ConfigMap default/ok',
      '  + ConfigMap team/first',
      '  + Namespace team',
      '  + ResourceQuota team/q',
      ...refusedLines,
      '',
    ]);
  });

  it('have their own marker and count in the markdown output', () => {
    const lines = renderPlanMarkdown(plan).split('\n');
    expect(lines.slice(0, 15)).toEqual([
      '### ❌ kubeplan plan',
      '',
      '**Plan: 4 to add, 0 to change, 0 to destroy, 6 refused.** Pods: 2 → 2.',
      '',
      '| | Kind | Namespace | Name |',
      '|---|---|---|---|',
      '| `+` create | ConfigMap | default | ok |',
      '| `+` create | ConfigMap | team | first |',
      '| `+` create | Namespace |  | team |',
      '| `+` create | ResourceQuota | team | q |',
      '| `!` create refused: NamespaceNotFound | ConfigMap | missing | lost |',
      '| `!` create refused: QuotaExceeded | ConfigMap | team | second |',
      '| `!` update refused: Invalid | Deployment | default | api |',
      '| `!` update refused: FieldImmutable | Deployment | default | sel |',
      '| `!` create refused: Invalid | Deployment | default | web |',
    ]);
    expect(lines[15]).toBe('| `!` create refused: FieldValueInvalid | Service | default | edge |');
  });

  it('many refused at once (a quota and a port allocation): each out of the changes and the diff, the rest applied', () => {
    const configMaps = ['c', 'a', 'e', 'b', 'd'].map((n) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${n}, namespace: team }\n`);
    const services = ['s2', 's1', 's3'].map((n) => `apiVersion: v1\nkind: Service\nmetadata: { name: ${n} }\nspec: { type: NodePort, ports: [{ port: 80, nodePort: 30080 }] }\n`);
    const many = planYaml(
      [
        'apiVersion: v1\nkind: Namespace\nmetadata: { name: team }\n',
        'apiVersion: v1\nkind: ResourceQuota\nmetadata: { name: q, namespace: team }\nspec: { hard: { count/configmaps: "2" } }\n',
        ...configMaps,
        ...services,
      ].join('---\n'),
      '',
    );
    // the quota takes the first two in input order; the node port goes to the first Service given
    expect(many.changes.map((c) => `${c.kind} ${c.namespace}/${c.name}`)).toEqual([
      'ConfigMap team/a',
      'ConfigMap team/c',
      'Namespace null/team',
      'ResourceQuota team/q',
      'Service default/s2',
    ]);
    expect(many.refused.map((r) => `${r.kind} ${r.namespace}/${r.name} ${r.reason}`)).toEqual([
      'ConfigMap team/b QuotaExceeded',
      'ConfigMap team/d QuotaExceeded',
      'ConfigMap team/e QuotaExceeded',
      'Service default/s1 FieldValueInvalid',
      'Service default/s3 FieldValueInvalid',
    ]);
    expect(many.diff.split('\n').filter((l) => l.startsWith('+++ '))).toEqual([
      '+++ b/v1.ConfigMap.team.a',
      '+++ b/v1.ConfigMap.team.c',
      '+++ b/v1.Namespace..team',
      '+++ b/v1.ResourceQuota.team.q',
      '+++ b/v1.Service.default.s2',
    ]);
    expect(many.summary).toMatchObject({ create: 5, refused: 5 });
  });

  it('a plan without refusals keeps its summary line', () => {
    const ok = planYaml('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ok }\n');
    expect(ok.refused).toEqual([]);
    expect(ok.summary.refused).toBe(0);
    expect(renderPlanText(ok).split('\n')[0]).toBe('Plan: 1 to add, 0 to change, 0 to destroy.');
  });
});
