import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildClusterModel } from '../../src/planner/cluster-model';
import { buildPodShape } from '../../src/planner/pod-shape';
import { podRequests } from '../../src/planner/pod-resources';
import { formatFitError } from '../../src/planner/scheduler/filters';
import type { SchedPod } from '../../src/planner/scheduler/node-state';
import { Scheduler, numFeasibleNodesToFind } from '../../src/planner/scheduler/schedule';
import {
  balancedAllocationScore,
  imageLocalityScore,
  leastAllocatedScore,
  leastRequestedScore,
  normalizedImageName,
  scaledImageScore,
} from '../../src/planner/scheduler/scores';
import { compileLabelSelector } from '../../src/planner/selectors';
import { formatQuantity } from '../../src/core/quantity';
import type { NodeModel } from '../../src/planner/types';
import { resources } from './helpers';

function nodes(pools: unknown): NodeModel[] {
  const { model, problems } = buildClusterModel({ config: { nodePools: pools as never } });
  expect(problems).toEqual([]);
  return [...model.nodes];
}

let serial = 0;
/** A pod from a YAML pod spec (real parsing). */
function pod(specYaml: string, labels: Record<string, string> = {}, namespace = 'default', spreadSelector?: Record<string, string>): SchedPod {
  const spec = parse(specYaml) as Record<string, unknown>;
  return {
    namespace,
    name: `p-${serial++}`,
    labels,
    shape: buildPodShape(namespace, labels, spec, {
      namespaceLabels: new Map(),
      priority: 0,
      defaultSpreadSelector: spreadSelector ? compileLabelSelector({ matchLabels: spreadSelector }) : null,
    }),
    pinnedNode: null,
    node: null,
  };
}

const small = `
containers:
  - name: app
    image: app:1
    resources: { requests: { cpu: 500m, memory: 256Mi } }
`;

/** Schedules and binds; returns the node name or the message. */
function place(scheduler: Scheduler, p: SchedPod): string {
  const result = scheduler.schedule(p);
  if (result.node) {
    scheduler.bind(p, result.node);
    return result.node.name;
  }
  return result.reason!;
}

const threeWorkers = [{ name: 'node', count: 3, zones: ['a', 'b', 'c'] }];

describe('scheduler: scores and placement', () => {
  it('spreads identical pods by least allocated, ties broken by node name', () => {
    const s = new Scheduler(nodes(threeWorkers), { namedTaints: true });
    const placed = [1, 2, 3, 4, 5, 6].map(() => place(s, pod(small)));
    expect(placed).toEqual(['node-1', 'node-2', 'node-3', 'node-1', 'node-2', 'node-3']);
  });

  it('prefers the least allocated node over name order', () => {
    const s = new Scheduler(nodes(threeWorkers), { namedTaints: true });
    const big = pod(`containers: [ { name: a, image: a, resources: { requests: { cpu: "3", memory: 1Gi } } } ]`);
    s.bind(big, s.byName.get('node-1')!);
    const medium = pod(`containers: [ { name: a, image: a, resources: { requests: { cpu: "2", memory: 1Gi } } } ]`);
    s.bind(medium, s.byName.get('node-2')!);
    expect(place(s, pod(small))).toBe('node-3');
    // node-3 now holds 500m; node-2 (2 cpu) is still less loaded than node-1 (3 cpu).
    expect(place(s, pod(`containers: [ { name: a, image: a, resources: { requests: { cpu: "1" } } } ]`))).toBe('node-3');
  });

  it('computes LeastAllocated and BalancedAllocation with integer arithmetic', () => {
    expect(leastRequestedScore(1000, 4000)).toBe(75);
    expect(leastRequestedScore(5000, 4000)).toBe(0);
    // (4000−500)·100/4000 = 87; (16Gi−456Mi)·100/16Gi = 97.2… → 97; (87+97)/2 = 92
    expect(leastAllocatedScore(500, 4000, 456 * 2 ** 20, 16 * 2 ** 30)).toBe(92);
    // fractions 0.5 and 0.25: std 0.125 → 87.5 → 87
    expect(balancedAllocationScore(2000, 4000, 4 * 2 ** 30, 16 * 2 ** 30)).toBe(87);
  });

  it('examines 50 − n/125 percent of 100+ nodes (at least 100, at least 5%)', () => {
    expect(numFeasibleNodesToFind(3)).toBe(3);
    expect(numFeasibleNodesToFind(99)).toBe(99);
    expect(numFeasibleNodesToFind(100)).toBe(100);
    expect(numFeasibleNodesToFind(1000)).toBe(420);
    expect(numFeasibleNodesToFind(5000)).toBe(500);
    expect(numFeasibleNodesToFind(6000)).toBe(300);
  });
});

/** Three 4-CPU Node objects as `kubectl get nodes -o yaml` lists them, with the given status.images each. */
function nodesWithImages(images: Record<string, string>): NodeModel[] {
  const text = ['node-a', 'node-b', 'node-c']
    .map((name) => `apiVersion: v1
kind: Node
metadata: { name: ${name} }
status:
  allocatable: { cpu: "4", memory: 16Gi, pods: "110" }
  images: ${images[name] ?? '[]'}
`)
    .join('---\n');
  const { model, problems } = buildClusterModel({ nodes: resources(text) });
  expect(problems).toEqual([]);
  return [...model.nodes];
}

const MB = 1024 * 1024;

describe('scheduler: ImageLocality', () => {
  it('scores the images a node holds: size × share of nodes holding it, clamped to 23MB..1000MB per container', () => {
    // 800MB on one node of three: 279,620,266 bytes; (279620266 − 23MB)·100 / (1000MB − 23MB) = 24.9 → 24
    expect(scaledImageScore(800 * MB, 1, 3)).toBe(279620266);
    expect(imageLocalityScore(279620266, 1)).toBe(24);
    expect(imageLocalityScore(0, 1)).toBe(0);
    expect(imageLocalityScore(22 * MB, 1)).toBe(0);
    expect(imageLocalityScore(5000 * MB, 1)).toBe(100);
    // two containers: the maximum is 2000MB
    expect(imageLocalityScore(1000 * MB, 2)).toBe(49);
    expect(normalizedImageName('nginx')).toBe('nginx:latest');
    expect(normalizedImageName('registry:5000/team/app')).toBe('registry:5000/team/app:latest');
    expect(normalizedImageName('registry:5000/team/app:1.2')).toBe('registry:5000/team/app:1.2');
    expect(normalizedImageName('app@sha256:0a1b')).toBe('app@sha256:0a1b');
  });

  it('places a pod on the node that already holds its image, over the name order', () => {
    const s = new Scheduler(nodesWithImages({ 'node-c': `[ { names: [ "shop/web:2.4.1" ], sizeBytes: ${800 * MB} } ]` }), { namedTaints: true });
    expect(place(s, pod(`containers: [ { name: web, image: shop/web:2.4.1, resources: { requests: { cpu: 500m } } } ]`))).toBe('node-c');
    // the next one: node-c is now 500m fuller (LeastAllocated −6 and BalancedAllocation −6 there) against image +24
    expect(place(s, pod(`containers: [ { name: web, image: shop/web:2.4.1, resources: { requests: { cpu: 500m } } } ]`))).toBe('node-c');
    // another image: the name order again
    expect(place(s, pod(`containers: [ { name: db, image: shop/db:1, resources: { requests: { cpu: 500m } } } ]`))).toBe('node-a');
  });

  it('counts an untagged image as :latest, and nothing for images under 23MB', () => {
    const s = new Scheduler(
      nodesWithImages({
        'node-b': `[ { names: [ "cache:latest" ], sizeBytes: ${300 * MB} } ]`,
        'node-c': `[ { names: [ "tiny:1" ], sizeBytes: ${60 * MB} } ]`,
      }),
      { namedTaints: true },
    );
    expect(place(s, pod(`containers: [ { name: c, image: cache } ]`))).toBe('node-b');
    // 60MB on a third of the nodes is 20MB: under the threshold, no score; name order
    expect(place(s, pod(`containers: [ { name: t, image: tiny:1 } ]`))).toBe('node-a');
  });

  it('weighs an image every node holds the same everywhere', () => {
    const everywhere = `[ { names: [ "base:1" ], sizeBytes: ${900 * MB} } ]`;
    const s = new Scheduler(nodesWithImages({ 'node-a': everywhere, 'node-b': everywhere, 'node-c': everywhere }), { namedTaints: true });
    expect([1, 2, 3].map(() => place(s, pod(`containers: [ { name: b, image: base:1, resources: { requests: { cpu: "1" } } } ]`)))).toEqual([
      'node-a',
      'node-b',
      'node-c',
    ]);
  });
});

describe('scheduler: filters and the FailedScheduling message', () => {
  it('reports Insufficient cpu on every node', () => {
    const s = new Scheduler(nodes(threeWorkers), { namedTaints: true });
    const p = pod(`containers: [ { name: a, image: a, resources: { requests: { cpu: "5" } } } ]`);
    expect(place(s, p)).toBe('0/3 nodes are available: 3 Insufficient cpu.');
  });

  it('reports every insufficient resource of a node, counted separately', () => {
    const s = new Scheduler(nodes(threeWorkers), { namedTaints: true });
    const p = pod(`containers: [ { name: a, image: a, resources: { requests: { cpu: "5", memory: 20Gi } } } ]`);
    expect(place(s, p)).toBe('0/3 nodes are available: 3 Insufficient cpu, 3 Insufficient memory.');
  });

  it('stops at the first failing filter per node: a tainted node short of CPU reports only the taint', () => {
    const s = new Scheduler(
      nodes([
        { name: 'gpu', count: 1, taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] },
        { name: 'node', count: 2 },
      ]),
      { namedTaints: true },
    );
    const p = pod(`containers: [ { name: a, image: a, resources: { requests: { cpu: "5" } } } ]`);
    expect(place(s, p)).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 Insufficient cpu.');
  });

  it('uses the taint(s) wording after v1.34.1', () => {
    const s = new Scheduler(nodes([{ name: 'gpu', count: 1, taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }]), {
      namedTaints: false,
    });
    expect(place(s, pod(small))).toBe('0/1 nodes are available: 1 node(s) had untolerated taint(s).');
  });

  it('sorts reason counts as strings (10 before 2)', () => {
    const s = new Scheduler(
      nodes([
        { name: 'big', count: 10 },
        { name: 'tainted', count: 2, taints: [{ key: 'a', value: 'b', effect: 'NoExecute' }] },
      ]),
      { namedTaints: true },
    );
    const p = pod(`containers: [ { name: a, image: a, resources: { requests: { cpu: "8" } } } ]`);
    expect(place(s, p)).toBe('0/12 nodes are available: 10 Insufficient cpu, 2 node(s) had untolerated taint {a: b}.');
  });

  it('ignores PreferNoSchedule taints in filtering, honours tolerations (Exists, Equal, empty effect)', () => {
    const s = new Scheduler(
      nodes([
        { name: 'soft', count: 1, taints: [{ key: 'x', value: 'y', effect: 'PreferNoSchedule' }] },
        { name: 'hard', count: 1, taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] },
      ]),
      { namedTaints: true },
    );
    // The soft-tainted node scores lower (TaintToleration), so a tolerating pod goes to the hard-tainted one.
    expect(place(s, pod(`${small}\ntolerations: [ { key: dedicated, operator: Equal, value: gpu } ]`))).toBe('hard-1');
    expect(place(s, pod(`${small}\ntolerations: [ { key: dedicated, operator: Exists, effect: NoSchedule } ]`))).toBe('hard-1');
    expect(place(s, pod(`${small}\ntolerations: [ { key: dedicated, operator: Equal, value: cpu } ]`))).toBe('soft-1');
    expect(place(s, pod(`${small}\ntolerations: [ { key: dedicated, operator: Exists, effect: NoExecute } ]`))).toBe('soft-1');
  });

  it('rejects cordoned nodes unless the pod tolerates node.kubernetes.io/unschedulable', () => {
    const s = new Scheduler(nodes([{ name: 'node', count: 2, unschedulable: true }]), { namedTaints: true });
    expect(place(s, pod(small))).toBe('0/2 nodes are available: 2 node(s) were unschedulable.');
    expect(place(s, pod(`${small}\ntolerations: [ { key: node.kubernetes.io/unschedulable, operator: Exists } ]`))).toBe('node-1');
  });

  it('matches nodeSelector and required node affinity (terms ORed, expressions ANDed, Gt/Lt)', () => {
    const s = new Scheduler(
      nodes([
        { name: 'ssd', count: 1, labels: { disk: 'ssd', gen: '5' } },
        { name: 'hdd', count: 2, labels: { disk: 'hdd', gen: '3' } },
      ]),
      { namedTaints: true },
    );
    expect(place(s, pod(`${small}\nnodeSelector: { disk: ssd }`))).toBe('ssd-1');
    expect(place(s, pod(`${small}\nnodeSelector: { disk: nvme }`))).toBe("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.");
    const gt = `${small}
affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [ { key: gen, operator: Gt, values: ["4"] } ]`;
    expect(place(s, pod(gt))).toBe('ssd-1');
    // values ParseInt cannot read as 64-bit integers match no node, whichever way they compare
    const beyondInt64 = gt.replace('Gt, values: ["4"]', 'Lt, values: ["9223372036854775808"]');
    expect(place(s, pod(beyondInt64))).toBe("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.");
    expect(place(s, pod(gt.replace('values: ["4"]', 'values: ["+4"]')))).toBe('ssd-1');
    const none = `${small}
affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms: [ {} ]`;
    expect(place(s, pod(none))).toBe("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.");
    const notIn = `${small}
affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [ { key: disk, operator: NotIn, values: [ssd] } ]
        - matchExpressions: [ { key: missing, operator: Exists } ]`;
    expect(place(s, pod(notIn))).toMatch(/^hdd-/);
  });

  it('honours preferred node affinity in scoring', () => {
    const s = new Scheduler(nodes([{ name: 'a', count: 1 }, { name: 'b', count: 1, labels: { fast: 'yes' } }]), { namedTaints: true });
    const preferred = `${small}
affinity:
  nodeAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 10
        preference: { matchExpressions: [ { key: fast, operator: In, values: ["yes"] } ] }`;
    expect(place(s, pod(preferred))).toBe('b-1');
  });

  it('refuses a host port already taken on the node (0.0.0.0 conflicts with any IP)', () => {
    const s = new Scheduler(nodes([{ name: 'node', count: 1 }]), { namedTaints: true });
    const withPort = `containers: [ { name: a, image: a, ports: [ { containerPort: 8080, hostPort: 80 } ] } ]`;
    expect(place(s, pod(withPort))).toBe('node-1');
    expect(place(s, pod(withPort))).toBe("0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports.");
    expect(place(s, pod(`containers: [ { name: a, image: a, ports: [ { containerPort: 80, hostPort: 80, protocol: UDP } ] } ]`))).toBe('node-1');
    expect(place(s, pod(`containers: [ { name: a, image: a, ports: [ { containerPort: 80, hostPort: 80, hostIP: 10.0.0.1 } ] } ]`))).toBe(
      "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports.",
    );
    expect(place(s, pod(`hostNetwork: true\ncontainers: [ { name: a, image: a, ports: [ { containerPort: 80 } ] } ]`))).toBe(
      "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports.",
    );
  });

  it('counts pods against allocatable pods', () => {
    const s = new Scheduler(nodes([{ name: 'node', count: 1, capacity: { pods: 2 } }]), { namedTaints: true });
    const none = `containers: [ { name: a, image: a } ]`;
    expect(place(s, pod(none))).toBe('node-1');
    expect(place(s, pod(none))).toBe('node-1');
    expect(place(s, pod(none))).toBe('0/1 nodes are available: 1 Too many pods.');
  });

  it('checks extended resources the node does not have', () => {
    const s = new Scheduler(nodes(threeWorkers), { namedTaints: true });
    const gpu = `containers: [ { name: a, image: a, resources: { limits: { nvidia.com/gpu: 1 }, requests: { nvidia.com/gpu: 1 } } } ]`;
    expect(place(s, pod(gpu))).toBe('0/3 nodes are available: 3 Insufficient nvidia.com/gpu.');
  });

  it('applies required pod anti-affinity in both directions', () => {
    const s = new Scheduler(nodes(threeWorkers), { namedTaints: true });
    const anti = `${small}
affinity:
  podAntiAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      - topologyKey: kubernetes.io/hostname
        labelSelector: { matchLabels: { app: db } }`;
    const placed = [1, 2, 3, 4].map(() => place(s, pod(anti, { app: 'db' })));
    expect(placed).toEqual(['node-1', 'node-2', 'node-3', "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules."]);
    // A pod the existing pods' anti-affinity selects cannot join them either.
    expect(place(s, pod(small, { app: 'db' }))).toBe("0/3 nodes are available: 3 node(s) didn't satisfy existing pods anti-affinity rules.");
  });

  it('applies required pod affinity, letting the first pod of a self-affine group start', () => {
    const s = new Scheduler(nodes(threeWorkers), { namedTaints: true });
    const affine = `${small}
affinity:
  podAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      - topologyKey: topology.kubernetes.io/zone
        labelSelector: { matchLabels: { app: cache } }`;
    expect(place(s, pod(affine, { app: 'cache' }))).toBe('node-1');
    expect(place(s, pod(affine, { app: 'cache' }))).toBe('node-1');
    expect(place(s, pod(affine, { app: 'web' }))).toBe('node-1');
    const other = new Scheduler(nodes(threeWorkers), { namedTaints: true });
    expect(place(other, pod(affine, { app: 'web' }))).toBe("0/3 nodes are available: 3 node(s) didn't match pod affinity rules.");
  });

  it('enforces DoNotSchedule topology spread with maxSkew and reports missing labels', () => {
    const s = new Scheduler(
      nodes([
        { name: 'node', count: 3, zones: ['a', 'b', 'c'] },
        { name: 'nozone', count: 1 },
      ]),
      { namedTaints: true },
    );
    const spread = `containers: [ { name: a, image: a, resources: { requests: { cpu: "1" } } } ]
nodeSelector: { spread: "yes" }
topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: topology.kubernetes.io/zone
    whenUnsatisfiable: DoNotSchedule
    labelSelector: { matchLabels: { app: web } }`;
    // No node has the selector label: node affinity fails first on all four.
    expect(place(s, pod(spread, { app: 'web' }))).toBe("0/4 nodes are available: 4 node(s) didn't match Pod's node affinity/selector.");
    const free = spread.replace('nodeSelector: { spread: "yes" }\n', '');
    const placed = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(() => place(s, pod(free, { app: 'web' })));
    // 4 CPUs per node: zones fill evenly, then nothing fits; the zone-less node never qualifies.
    expect(placed.slice(0, 12)).toEqual([
      'node-1', 'node-2', 'node-3', 'node-1', 'node-2', 'node-3', 'node-1', 'node-2', 'node-3', 'node-1', 'node-2', 'node-3',
    ]);
    expect(place(s, pod(free, { app: 'web' }))).toBe(
      "0/4 nodes are available: 1 node(s) didn't match pod topology spread constraints (missing required label), 3 Insufficient cpu.",
    );
  });

  it('refuses a node whose zone would exceed maxSkew', () => {
    const s = new Scheduler(nodes([{ name: 'node', count: 2, zones: ['a', 'b'] }]), { namedTaints: true });
    const hog = pod(`containers: [ { name: a, image: a, resources: { requests: { cpu: "4" } } } ]`);
    s.bind(hog, s.byName.get('node-2')!);
    const spread = `containers: [ { name: a, image: a, resources: { requests: { cpu: "1" } } } ]
topologySpreadConstraints:
  - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: web } } }`;
    expect(place(s, pod(spread, { app: 'web' }))).toBe('node-1');
    expect(place(s, pod(spread, { app: 'web' }))).toBe(
      "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread constraints.",
    );
  });

  it('pins DaemonSet-style pods to one node; the others count as NodeAffinity PreFilter rejections', () => {
    const s = new Scheduler(nodes(threeWorkers), { namedTaints: true });
    const p = { ...pod(`containers: [ { name: a, image: a, resources: { requests: { cpu: "5" } } } ]`), pinnedNode: 'node-2' };
    expect(place(s, p)).toBe("0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity].");
  });

  it('formats the message head for PreFilter failures and no reasons', () => {
    expect(formatFitError(3, new Map(), 'pod affinity terms conflict')).toBe('0/3 nodes are available: pod affinity terms conflict.');
  });
});

describe('pod resource sums (resource helpers PodRequests)', () => {
  const requestsOf = (yaml: string): Record<string, string> =>
    Object.fromEntries([...podRequests(parse(yaml) as Record<string, unknown>)].map(([k, q]) => [k, formatQuantity(q)]));

  it('takes the max of the containers sum and the largest init container', () => {
    expect(
      requestsOf(`
initContainers:
  - { name: i1, image: i, resources: { requests: { cpu: "2", memory: 1G } } }
  - { name: i2, image: i, resources: { requests: { cpu: "2", memory: 3G } } }
containers:
  - { name: c1, image: c, resources: { requests: { cpu: "2", memory: 1G } } }
  - { name: c2, image: c, resources: { requests: { cpu: "1", memory: 1G } } }
`),
    ).toEqual({ cpu: '3', memory: '3G' });
  });

  it('adds sidecars to the sum and to every later init container', () => {
    expect(
      requestsOf(`
initContainers:
  - { name: proxy, image: p, restartPolicy: Always, resources: { requests: { cpu: 500m } } }
  - { name: migrate, image: m, resources: { requests: { cpu: "2" } } }
containers:
  - { name: app, image: a, resources: { requests: { cpu: "1" } } }
`),
    ).toEqual({ cpu: '2500m' });
  });

  it('uses pod-level requests for cpu and memory and adds the overhead', () => {
    expect(
      requestsOf(`
resources: { requests: { cpu: "1" } }
overhead: { cpu: 250m, memory: 64Mi }
containers:
  - { name: app, image: a, resources: { requests: { cpu: 100m, memory: 64Mi } } }
`),
    ).toEqual({ cpu: '1250m', memory: '128Mi' });
  });
});
