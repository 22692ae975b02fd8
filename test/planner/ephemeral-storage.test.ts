import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClusterSection } from '../../src/core/cluster-section';
import { formatQuantity } from '../../src/core/quantity';
import { buildClusterModel } from '../../src/planner/cluster-model';
import { plan } from '../../src/planner/plan';
import type { ClusterModel } from '../../src/planner/types';
import { CORPUS_ABSENT, corpusPresent } from '../support/corpus';
import { resources } from './helpers';

/**
 * Kubelets always report ephemeral-storage (the size of the node's root filesystem): generated
 * nodes (the default cluster, node pools) have 100Gi unless a pool says otherwise; Nodes of a
 * `kubectl get nodes` export keep what they report.
 */

const pod = (name: string, storage: string) => `apiVersion: v1
kind: Pod
metadata: { name: ${name} }
spec:
  containers: [{ name: app, image: busybox:1.36, resources: { requests: { ephemeral-storage: ${storage} } } }]
`;

const placement = (cluster: ClusterModel, manifests: string) =>
  Object.fromEntries(
    plan({ desired: resources(manifests), current: [], cluster, options: { kubernetesVersion: '1.34' } }).pods.map((p) => [p.name, p.node ?? p.reason]),
  );

const ephemeral = (cluster: ClusterModel) =>
  Object.fromEntries(cluster.nodes.map((n) => [n.name, [n.capacity['ephemeral-storage'], n.allocatable['ephemeral-storage']].map((q) => (q ? formatQuantity(q) : null))]));

describe('ephemeral-storage of the cluster model', () => {
  it('is 100Gi on the nodes of the default cluster: a pod requesting 1Gi schedules, one requesting 101Gi does not', () => {
    const { model } = buildClusterModel();
    expect(ephemeral(model)).toEqual({ 'node-1': ['100Gi', '100Gi'], 'node-2': ['100Gi', '100Gi'], 'node-3': ['100Gi', '100Gi'] });
    expect(placement(model, `${pod('small', '1Gi')}---\n${pod('huge', '101Gi')}`)).toEqual({
      small: 'node-1',
      huge: '0/3 nodes are available: 3 Insufficient ephemeral-storage.',
    });
  });

  it('is 100Gi on node pools that do not list it, and what a pool says otherwise (capacity or allocatable)', () => {
    const config: ClusterSection = {
      nodePools: [
        { name: 'plain', count: 1 },
        { name: 'small', count: 1, capacity: { 'ephemeral-storage': '20Gi' } },
        { name: 'reserved', count: 1, allocatable: { 'ephemeral-storage': '90Gi' } },
      ],
    };
    const { model } = buildClusterModel({ config });
    expect(ephemeral(model)).toEqual({ 'plain-1': ['100Gi', '100Gi'], 'reserved-1': ['100Gi', '90Gi'], 'small-1': ['20Gi', '20Gi'] });
    expect(placement(model, `${pod('a', '95Gi')}---\n${pod('b', '85Gi')}---\n${pod('c', '15Gi')}---\n${pod('d', '15Gi')}`)).toEqual({
      a: 'plain-1',
      b: 'reserved-1',
      c: 'small-1',
      d: '0/3 nodes are available: 3 Insufficient ephemeral-storage.',
    });
  });

  it('is what Nodes of a kubectl get nodes export report, none when they report none', () => {
    const nodes = resources(`apiVersion: v1
kind: Node
metadata: { name: reports }
status: { capacity: { cpu: "4", memory: 16Gi, ephemeral-storage: 50Gi }, allocatable: { cpu: "4", memory: 16Gi, ephemeral-storage: 45Gi } }
---
apiVersion: v1
kind: Node
metadata: { name: silent }
status: { allocatable: { cpu: "4", memory: 16Gi } }
`);
    const { model } = buildClusterModel({ nodes });
    expect(ephemeral(model)).toEqual({ reports: ['50Gi', '45Gi'], silent: [null, null] });
  });

  const vllm = join('..', 'shared', 'corpus', 'k8s-examples', 'AI', 'vllm-deployment', 'vllm-deployment.yaml');
  it.skipIf(!corpusPresent || !existsSync(vllm))('leaves the corpus vllm Deployment short of GPUs only on the default cluster', () => {
    if (!existsSync(vllm)) return console.warn(CORPUS_ABSENT);
    const pods = placement(buildClusterModel().model, readFileSync(vllm, 'utf8'));
    expect(Object.values(pods)).toEqual([
      '0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
    ]);
  });
});
