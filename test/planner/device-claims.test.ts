import { describe, expect, it } from 'vitest';
import { planYaml } from './plan-yaml';

const job = (claims: string) => `
apiVersion: batch/v1
kind: Job
metadata: {name: train}
spec:
  completions: 2
  parallelism: 2
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: trainer:1, resources: {claims: [{name: gpu}]}}]
      resourceClaims: [${claims}]
`;
const claim = `
apiVersion: resource.k8s.io/v1
kind: ResourceClaim
metadata: {name: shared-gpu}
spec: {devices: {requests: [{name: gpu, exactly: {deviceClassName: gpu.example.com}}]}}
`;
const template = `
apiVersion: resource.k8s.io/v1
kind: ResourceClaimTemplate
metadata: {name: one-gpu}
spec: {spec: {devices: {requests: [{name: gpu, exactly: {deviceClassName: gpu.example.com}}]}}}
`;
const NOTE = 'its pods claim devices (DRA resourceClaims): kubeplan does not simulate device allocation, the plan assumes every claim is allocated';

describe('pods that claim devices (DRA)', () => {
  it('stay Pending while a ResourceClaim they name does not exist: DynamicResources PreFilter', () => {
    const plan = planYaml(job('{name: gpu, resourceClaimName: shared-gpu}'));
    expect(plan.pods.map((p) => [p.name, p.node, p.reason])).toEqual([
      ['train-0', null, '0/3 nodes are available: resourceclaim.resource.k8s.io "shared-gpu" not found.'],
      ['train-1', null, '0/3 nodes are available: resourceclaim.resource.k8s.io "shared-gpu" not found.'],
    ]);
    expect(plan.summary.unschedulable).toBe(2);
  });

  it('without the template, a pod gets no claim of its own and waits for it', () => {
    const plan = planYaml(job('{name: gpu, resourceClaimTemplateName: one-gpu}'));
    expect(plan.pods.map((p) => p.reason)).toEqual([
      '0/3 nodes are available: pod "default/train-0": ResourceClaim not created yet (ResourceClaimTemplate "one-gpu" not found).',
      '0/3 nodes are available: pod "default/train-1": ResourceClaim not created yet (ResourceClaimTemplate "one-gpu" not found).',
    ]);
  });

  it('are scheduled once the claim or template is applied or exists, with a note that devices are assumed', () => {
    const named = planYaml([claim, job('{name: gpu, resourceClaimName: shared-gpu}')].join('---'));
    expect(named.pods.map((p) => p.node)).toEqual(['node-1', 'node-2']);
    expect(named.problems.map((p) => [p.severity, p.reason, p.kind, p.name, p.message])).toEqual([['info', 'DevicesAssumed', 'Job', 'train', NOTE]]);
    // the template in the cluster already (and kept), the Job applied now
    const existing = planYaml([template, job('{name: gpu, resourceClaimTemplateName: one-gpu}')].join('---'), template);
    expect(existing.changes.map((c) => `${c.action} ${c.kind}`)).toEqual(['create Job']);
    expect(existing.pods.map((p) => p.node)).toEqual(['node-1', 'node-2']);
  });

  it('a claim in another namespace does not count; the 1.26–1.30 form names it under source', () => {
    const elsewhere = claim.replace('{name: shared-gpu}', '{name: shared-gpu, namespace: other}');
    const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: other}\n';
    const legacy = job('{name: gpu, source: {resourceClaimName: shared-gpu}}');
    expect(planYaml([namespace, elsewhere, legacy].join('---')).pods.map((p) => p.reason)).toEqual([
      '0/3 nodes are available: resourceclaim.resource.k8s.io "shared-gpu" not found.',
      '0/3 nodes are available: resourceclaim.resource.k8s.io "shared-gpu" not found.',
    ]);
    expect(planYaml([claim, legacy].join('---')).pods.map((p) => p.node)).toEqual(['node-1', 'node-2']);
  });

  it('an unchanged object gets no note', () => {
    const manifests = [claim, job('{name: gpu, resourceClaimName: shared-gpu}')].join('---');
    expect(planYaml(manifests, manifests).problems).toEqual([]);
  });
});
