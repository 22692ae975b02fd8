import { describe, expect, it } from 'vitest';
import { planYaml } from './plan-yaml';

/**
 * DefaultPreemption (reference §1.7): a pod that fits nowhere evicts lower-priority pods on the
 * node where that costs least, unless its policy is Never or no node can be fixed by eviction.
 */
const cluster = `
cluster:
  nodePools:
    - name: node
      count: 2
      capacity: { cpu: "4", memory: 16Gi }
`;
const classes = `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: mid}
value: 10
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: polite}
value: 1000
preemptionPolicy: Never
`;
const pod = (name: string, cpu: string, extra = '') => `
---
apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
${extra}  containers: [{name: c, image: app:1, resources: {requests: {cpu: "${cpu}"}}}]
`;
const placement = (plan: ReturnType<typeof planYaml>) => Object.fromEntries(plan.pods.map((p) => [p.name, p.node ?? p.reason]));

describe('preemption', () => {
  it('evicts only the lower-priority pods it needs, reprieving the more important ones first', () => {
    // node-1: low (2 cpu, priority 0) and mid (1 cpu, priority 10); node-2: filler (3 cpu, priority 10).
    const current =
      classes +
      pod('low', '2', '  nodeName: node-1\n') +
      pod('mid', '1', '  nodeName: node-1\n  priorityClassName: mid\n') +
      pod('filler', '3', '  nodeName: node-2\n  priorityClassName: mid\n');
    const desired = current + pod('urgent', '2', '  priorityClassName: high\n');
    const plan = planYaml(desired, current, cluster);
    // Without low, node-1 has 3 cpu free; mid is put back (2 free, enough). node-2 would need to
    // evict filler (priority 10): node-1's highest victim (0) is lower, so node-1 wins.
    expect(placement(plan)).toEqual({ filler: 'node-2', mid: 'node-1', urgent: 'node-1' });
    expect(plan.problems).toEqual([
      { severity: 'warning', reason: 'Preempted', kind: 'Pod', namespace: 'default', name: 'low', message: 'Preempted by pod default/urgent on node node-1' },
    ]);
  });

  it('a preempted ReplicaSet pod is replaced and the replacement cannot schedule', () => {
    const web = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: c, image: web:1, resources: {requests: {cpu: "3"}}}]
`;
    const current = classes + '---' + web;
    const plan = planYaml(current + pod('urgent', '3', '  priorityClassName: high\n'), current, cluster);
    const hash = plan.pods.find((p) => p.owner === 'Deployment/web')!.name.split('-')[1];
    // Both nodes tie on victims; the node whose victim started last (web-…-1 on node-2) is chosen.
    expect(placement(plan)).toEqual({
      urgent: 'node-2',
      [`web-${hash}-0`]: 'node-1',
      [`web-${hash}-2`]: '0/2 nodes are available: 2 Insufficient cpu.',
    });
    expect(plan.problems.map((p) => [p.reason, p.name, p.message])).toEqual([['Preempted', `web-${hash}-1`, 'Preempted by pod default/urgent on node node-2']]);
  });

  it('preemptionPolicy Never (from the PriorityClass) waits instead', () => {
    const current = classes + pod('low', '3', '  nodeName: node-1\n') + pod('low2', '3', '  nodeName: node-2\n');
    const plan = planYaml(current + pod('polite', '3', '  priorityClassName: polite\n'), current, cluster);
    expect(placement(plan)).toEqual({ low: 'node-1', low2: 'node-2', polite: '0/2 nodes are available: 2 Insufficient cpu.' });
    expect(plan.problems).toEqual([]);
  });

  it('never evicts for a filter eviction cannot fix (taints, node affinity, a request above allocatable)', () => {
    const current = classes + pod('low', '3', '  nodeName: node-1\n') + pod('low2', '3', '  nodeName: node-2\n');
    const plan = planYaml(
      current +
        pod('pinned', '3', '  priorityClassName: high\n  nodeSelector: {disk: ssd}\n') +
        pod('huge', '5', '  priorityClassName: high\n'),
      current,
      cluster,
    );
    expect(placement(plan)).toEqual({
      huge: '0/2 nodes are available: 2 Insufficient cpu.',
      low: 'node-1',
      low2: 'node-2',
      pinned: "0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector.",
    });
    expect(plan.problems).toEqual([]);
  });

  const budget = (app: string, rule = 'minAvailable: 1') => `
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: ${app}}
spec:
  ${rule}
  selector: {matchLabels: {app: ${app}}}
`;
  const labelled = (name: string, cpu: string, node: string) => pod(name, cpu, `  nodeName: ${node}\n`).replace(`name: ${name}}`, `name: ${name}, labels: {app: ${name}}}`);

  it('prefers the node where no eviction violates a PodDisruptionBudget', () => {
    // Without the budget the nodes tie and the one whose victim started last (guarded, node-2) wins.
    const current = classes + labelled('free', '3', 'node-1') + labelled('guarded', '3', 'node-2') + budget('guarded');
    const plan = planYaml(current + pod('urgent', '3', '  priorityClassName: high\n'), current, cluster);
    expect(placement(plan)).toEqual({ guarded: 'node-2', urgent: 'node-1' });
    expect(plan.problems.map((p) => [p.reason, p.name, p.message])).toEqual([['Preempted', 'free', 'Preempted by pod default/urgent on node node-1']]);
  });

  it('reprieves the victims a budget protects first, then the others by importance', () => {
    // node-1 holds alpha and guarded (live pods start in name order: alpha is the more important);
    // urgent needs one of them gone.
    const one = cluster.replace('count: 2', 'count: 1');
    const current = classes + labelled('alpha', '2', 'node-1') + labelled('guarded', '2', 'node-1') + budget('guarded');
    const plan = planYaml(current + pod('urgent', '2', '  priorityClassName: high\n'), current, one);
    expect(placement(plan)).toEqual({ guarded: 'node-1', urgent: 'node-1' });
    expect(plan.problems.map((p) => [p.reason, p.name])).toEqual([['Preempted', 'alpha']]);
    // A budget that allows the disruption changes nothing: importance alone decides. (maxUnavailable
    // would not do: a bare pod has no controller to scale it, so such a budget allows nothing.)
    const allowing = current.replace('minAvailable: 1', 'minAvailable: 0');
    const relaxed = planYaml(allowing + pod('urgent', '2', '  priorityClassName: high\n'), allowing, one);
    expect(relaxed.problems.map((p) => [p.reason, p.name])).toEqual([['Preempted', 'guarded']]);
  });

  it("a budget over a Deployment's pods counts the Deployment's replicas", () => {
    // maxUnavailable 1 of 1 replica allows one eviction: no node violates a budget, and the tie
    // goes to the node whose victim started last (web's pod, made after the bare pod).
    const web = `
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: c, image: web:1, resources: {requests: {cpu: "3"}}}]
`;
    const current = classes + labelled('solo', '3', 'node-1') + web + budget('web', 'maxUnavailable: 1');
    const plan = planYaml(current + pod('urgent', '3', '  priorityClassName: high\n'), current, cluster);
    expect(plan.problems.map((p) => [p.reason, p.name.replace(/-.*/, '-…'), p.message])).toEqual([
      ['Preempted', 'web-…', 'Preempted by pod default/urgent on node node-2'],
    ]);
  });

  it('evicts anyway when every node would violate a budget, and says which budget', () => {
    const current = classes + labelled('first', '3', 'node-1') + labelled('second', '3', 'node-2') + budget('first') + budget('second');
    const plan = planYaml(current + pod('urgent', '3', '  priorityClassName: high\n'), current, cluster);
    expect(plan.problems.map((p) => [p.reason, p.name, p.message])).toEqual([
      ['Preempted', 'second', 'Preempted by pod default/urgent on node node-2, violating PodDisruptionBudget default/second'],
    ]);
  });

  it('equal priority never preempts', () => {
    const current = classes + pod('a', '3', '  nodeName: node-1\n  priorityClassName: high\n') + pod('b', '3', '  nodeName: node-2\n  priorityClassName: high\n');
    const plan = planYaml(current + pod('c', '3', '  priorityClassName: high\n'), current, cluster);
    expect(placement(plan).c).toBe('0/2 nodes are available: 2 Insufficient cpu.');
  });
});
