import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateClusterSection } from '../../src/config/cluster-section';
import type { ClusterSection } from '../../src/core/cluster-section';
import { buildClusterModel } from '../../src/planner/cluster-model';
import { plan } from '../../src/planner/plan';
import { formatPath } from '../../src/core/path';
import { formatQuantity } from '../../src/core/quantity';
import type { NodeModel } from '../../src/planner/types';
import { resources } from './helpers';

function summary(node: NodeModel): Record<string, unknown> {
  const list = (l: Record<string, { nano: bigint; format: string }>) =>
    Object.fromEntries(Object.entries(l).map(([k, q]) => [k, formatQuantity(q as never)]));
  return { name: node.name, labels: node.labels, taints: node.taints, unschedulable: node.unschedulable, allocatable: list(node.allocatable as never) };
}

describe('cluster model', () => {
  it('embeds 3 workers node-1..node-3 with 4 CPU, 16Gi, 100Gi ephemeral-storage, 110 pods over zones a, b, c', () => {
    const { model, problems } = buildClusterModel();
    expect(problems).toEqual([]);
    expect(model.source).toBe('default');
    expect(model.nodePortRange).toEqual({ min: 30000, max: 32767 });
    expect(model.nodes.map(summary)).toEqual(
      ['a', 'b', 'c'].map((zone, i) => ({
        name: `node-${i + 1}`,
        // as the kubelet registers a node: the deprecated beta labels too
        labels: {
          'beta.kubernetes.io/arch': 'amd64',
          'beta.kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'kubernetes.io/os': 'linux',
          'kubernetes.io/hostname': `node-${i + 1}`,
          'topology.kubernetes.io/zone': zone,
          'failure-domain.beta.kubernetes.io/zone': zone,
        },
        taints: [],
        unschedulable: false,
        allocatable: { cpu: '4', memory: '16Gi', 'ephemeral-storage': '100Gi', pods: '110' },
      })),
    );
  });

  it('builds node pools from the short form; allocatable defaults to capacity per resource', () => {
    const section = parse(`
nodePortRange: 31000-31999
nodePools:
  - name: worker
    count: 2
    capacity: { cpu: "8", memory: 32Gi, pods: 110 }
    allocatable: { cpu: 7800m }
    labels: { pool: general }
    zones: [x]
  - name: gpu
    count: 1
    capacity: { cpu: "16", memory: 64Gi, nvidia.com/gpu: 4 }
    taints: [ { key: dedicated, value: gpu, effect: NoSchedule } ]
    unschedulable: true
`);
    expect(validateClusterSection(section)).toEqual([]);
    const { model } = buildClusterModel({ config: section as ClusterSection });
    expect(model.nodePortRange).toEqual({ min: 31000, max: 31999 });
    expect(model.nodes.map(summary)).toEqual([
      {
        name: 'gpu-1',
        labels: {
          'beta.kubernetes.io/arch': 'amd64',
          'beta.kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'kubernetes.io/os': 'linux',
          'kubernetes.io/hostname': 'gpu-1',
        },
        taints: [
          { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
          { key: 'node.kubernetes.io/unschedulable', value: '', effect: 'NoSchedule' },
        ],
        unschedulable: true,
        allocatable: { cpu: '16', memory: '64Gi', 'ephemeral-storage': '100Gi', pods: '110', 'nvidia.com/gpu': '4' },
      },
      ...[1, 2].map((i) => ({
        name: `worker-${i}`,
        labels: {
          'beta.kubernetes.io/arch': 'amd64',
          'beta.kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'kubernetes.io/os': 'linux',
          pool: 'general',
          'kubernetes.io/hostname': `worker-${i}`,
          'topology.kubernetes.io/zone': 'x',
          'failure-domain.beta.kubernetes.io/zone': 'x',
        },
        taints: [],
        unschedulable: false,
        allocatable: { cpu: '7800m', memory: '32Gi', 'ephemeral-storage': '100Gi', pods: '110' },
      })),
    ]);
  });

  it('reads kubectl get nodes -o yaml: labels, taints, cordon, allocatable defaulting to capacity', () => {
    const nodes = resources(readFileSync('test/fixtures/planner/cluster/kubectl-get-nodes.yaml', 'utf8'));
    const { model, problems } = buildClusterModel({ nodes });
    expect(problems).toEqual([]);
    expect(model.source).toBe('nodes');
    const byName = Object.fromEntries(model.nodes.map((n) => [n.name, summary(n)]));
    expect(Object.keys(byName)).toEqual(['cp-1', 'worker-a', 'worker-b']);
    expect(byName['cp-1']!.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', value: '', effect: 'NoSchedule' }]);
    expect(byName['cp-1']!.allocatable).toEqual({
      cpu: '2',
      'ephemeral-storage': '47060071478',
      'hugepages-2Mi': '0',
      memory: '3928176Ki',
      pods: '110',
    });
    expect(byName['worker-a']!.allocatable).toEqual({ cpu: '3800m', memory: '15Gi', pods: '110' });
    expect(byName['worker-b']).toMatchObject({
      unschedulable: true,
      taints: [{ key: 'node.kubernetes.io/unschedulable', value: '', effect: 'NoSchedule' }],
      allocatable: { cpu: '4', memory: '16Gi', pods: '110' },
    });
  });

  it('reads the images a Node holds (status.images), skipping entries without names or a size', () => {
    const nodes = resources(readFileSync('test/fixtures/planner/cluster/kubectl-get-nodes.yaml', 'utf8'));
    const { model } = buildClusterModel({ nodes });
    const byName = new Map(model.nodes.map((n) => [n.name, n]));
    expect(byName.get('worker-a')!.images).toEqual([
      {
        names: [
          'registry.example.com/shop/web@sha256:9b2e3f3c4d5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e',
          'registry.example.com/shop/web:2.4.1',
        ],
        sizeBytes: 734003200,
      },
      {
        names: ['registry.k8s.io/pause@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097', 'registry.k8s.io/pause:3.10'],
        sizeBytes: 320368,
      },
    ]);
    expect(byName.get('cp-1')!.images).toBeUndefined();

    const odd = resources(`
apiVersion: v1
kind: Node
metadata: { name: n1 }
status:
  images:
    - { names: [], sizeBytes: 100 }
    - { names: [a:1], sizeBytes: "100" }
    - { names: [b:1] }
    - { names: [c:1, 7], sizeBytes: 5 }
`);
    expect(buildClusterModel({ nodes: odd }).model.nodes[0]!.images).toEqual([{ names: ['c:1'], sizeBytes: 5 }]);
  });

  it('reads volume limits per CSI driver: node pools, a Node\'s attachable-volumes-csi-* allocatable, CSINode objects over both', () => {
    const pools = buildClusterModel({ config: { nodePools: [{ name: 'ebs', count: 1, volumeLimits: { 'ebs.csi.aws.com': 25 } }, { name: 'plain', count: 1 }] } });
    expect(pools.model.nodes.map((n) => [n.name, n.volumeLimits])).toEqual([
      ['ebs-1', { 'ebs.csi.aws.com': 25 }],
      ['plain-1', undefined],
    ]);
    // kubectl get nodes,csinodes -o yaml
    const nodes = resources(`
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Node
    metadata: { name: worker-a }
    status: { allocatable: { cpu: "4", memory: 16Gi, attachable-volumes-csi-ebs.csi.aws.com: "39", attachable-volumes-csi-efs.csi.aws.com: "10" } }
  - apiVersion: v1
    kind: Node
    metadata: { name: worker-b }
    status: { allocatable: { cpu: "4", memory: 16Gi } }
  - apiVersion: storage.k8s.io/v1
    kind: CSINode
    metadata: { name: worker-a }
    spec:
      drivers:
        - { name: ebs.csi.aws.com, nodeID: i-0a, allocatable: { count: 25 } }
        - { name: secrets-store.csi.k8s.io, nodeID: worker-a }
  - apiVersion: storage.k8s.io/v1
    kind: CSINode
    metadata: { name: worker-b }
    spec: { drivers: [{ name: ebs.csi.aws.com, nodeID: i-0b, allocatable: { count: 27 } }] }
  - apiVersion: storage.k8s.io/v1
    kind: CSINode
    metadata: { name: worker-gone }
    spec: { drivers: [{ name: ebs.csi.aws.com, nodeID: i-0c, allocatable: { count: 27 } }] }
`);
    const { model, problems } = buildClusterModel({ nodes });
    expect(problems).toEqual([]);
    expect(model.nodes.map((n) => [n.name, n.volumeLimits])).toEqual([
      // the CSINode's count wins over the Node's; a driver without a count has no limit
      ['worker-a', { 'ebs.csi.aws.com': 25, 'efs.csi.aws.com': 10 }],
      ['worker-b', { 'ebs.csi.aws.com': 27 }],
    ]);
  });

  it('turns a Node with a bad quantity into a problem', () => {
    const nodes = resources(`
apiVersion: v1
kind: Node
metadata: { name: broken }
status: { capacity: { cpu: lots, memory: 1Gi } }
`);
    const { model, problems } = buildClusterModel({ nodes });
    expect(problems.map((p) => [formatPath(p.path), p.message])).toEqual([['status.capacity.cpu', 'Node broken: cpu is not a valid quantity']]);
    expect(model.nodes.map((n) => n.name)).toEqual(['broken']);
  });

  it('turns a Node quantity beyond int64 milli-units into a problem; keeps the arithmetic sane up to it', () => {
    const node = (name: string, cpu: string) => `apiVersion: v1\nkind: Node\nmetadata: { name: ${name} }\nstatus: { allocatable: { cpu: "${cpu}", memory: 16Gi } }\n`;
    const { problems } = buildClusterModel({ nodes: resources(node('huge', '1e400')) });
    expect(problems.map((p) => [formatPath(p.path), p.message])).toEqual([['status.allocatable.cpu', 'Node huge: cpu "1e400" is more than Kubernetes can hold']]);
    // the largest CPU Kubernetes holds: three replicas still spread over three nodes
    const { model } = buildClusterModel({ nodes: resources([1, 2, 3].map((i) => node(`n-${i}`, '9223372036854775807m')).join('---\n')) });
    const web = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: nginx:1.27, resources: { requests: { cpu: 100m, memory: 64Mi } } }] }
`;
    const result = plan({ desired: resources(web), current: [], cluster: model, options: { kubernetesVersion: '1.34' } });
    expect(result.pods.map((p) => p.node)).toEqual(['n-1', 'n-2', 'n-3']);
    expect(result.nodes.map((n) => `${n.name} ${n.requested.cpu}/${n.allocatable.cpu}`)).toEqual([
      'n-1 100m/9223372036854775807m',
      'n-2 100m/9223372036854775807m',
      'n-3 100m/9223372036854775807m',
    ]);
  });
});
