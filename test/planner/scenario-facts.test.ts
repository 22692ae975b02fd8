import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildClusterModel } from '../../src/planner/cluster-model';
import { plan } from '../../src/planner/plan';
import type { Plan, RolloutStep } from '../../src/planner/types';
import { resources } from './helpers';
import { runScenario } from './scenario';

/**
 * The Kubernetes behaviour each scenario shows, asserted from the reference
 * (../shared/reference/planner-semantics.md) and worked out by hand, independently of the
 * recorded expected.json files.
 */

const steps = (...list: [number, number, number][]): RolloutStep[] => list.map(([n, o, a]) => ({ new: n, old: o, available: a }));
const podsOf = (plan: Plan, prefix: string) => plan.pods.filter((p) => p.name.startsWith(prefix));
const placement = (plan: Plan) => Object.fromEntries(plan.pods.map((p) => [p.name, p.node ?? p.reason]));

describe('Deployment rollouts', () => {
  it('3 replicas, maxSurge 1, maxUnavailable 0: one pod up, one down, never below 3 available', () => {
    const plan = runScenario('rolling-update-3-replicas');
    const [rollout] = plan.rollouts;
    expect(rollout).toEqual({
      kind: 'Deployment',
      namespace: 'default',
      name: 'web',
      strategy: 'RollingUpdate',
      maxSurge: 1,
      maxUnavailable: 0,
      // sync 1 creates the new ReplicaSet at 1; each following sync either scales the old one
      // down by 1 (available 4 > minAvailable 3) or the new one up by 1 (total 3 < 4).
      steps: steps([1, 3, 3], [1, 2, 3], [2, 2, 3], [2, 1, 3], [3, 1, 3], [3, 0, 3]),
      complete: true,
      stalled: null,
    });
    for (const s of rollout!.steps) {
      expect(s.new + s.old).toBeLessThanOrEqual(4);
      expect(s.available).toBeGreaterThanOrEqual(3);
    }
    expect(plan.summary).toMatchObject({ update: 1, podsBefore: 3, podsAfter: 3, unschedulable: 0, stalledRollouts: 0 });
    expect(plan.rolloutDetails[0]!.peak).toEqual({ cpu: '2', memory: '1Gi', pods: 4 });
  });

  it('10 replicas, 25%/25%: surge rounds up to 3, unavailable down to 2', () => {
    const [rollout] = runScenario('rolling-update-10-replicas').rollouts;
    expect(rollout).toMatchObject({ maxSurge: 3, maxUnavailable: 2, complete: true, stalled: null });
    // Sync 1 creates the new ReplicaSet at 3 and, in the same sync, scales the old one down by
    // available − minAvailable = 10 − 8 = 2. Then +2 new (13 − 11), −5 old (13 − 8), +5 new, −3 old.
    expect(rollout!.steps).toEqual(steps([3, 8, 8], [5, 8, 11], [5, 3, 8], [10, 3, 8], [10, 0, 10]));
    for (const s of rollout!.steps) {
      expect(s.new + s.old).toBeLessThanOrEqual(13);
      expect(s.available).toBeGreaterThanOrEqual(8);
    }
  });

  it('stalls when the surge pod fits on no node, holding the old pods', () => {
    const plan = runScenario('rollout-stalls-surge');
    const [rollout] = plan.rollouts;
    expect(rollout!.steps).toEqual(steps([1, 3, 3]));
    expect(rollout!.complete).toBe(false);
    expect(rollout!.stalled).toMatch(/^step 1: new pod worker-[4-9bcdf]+-0 cannot be scheduled: 0\/3 nodes are available: 3 Insufficient cpu\.$/);
    expect(plan.rolloutDetails[0]).toMatchObject({ stalledAtStep: 1, heldPods: [expect.stringMatching(/^worker-[4-9bcdf]+-0$/)] });
    expect(plan.pods.filter((p) => p.node !== null)).toHaveLength(3);
    expect(plan.summary).toMatchObject({ unschedulable: 1, stalledRollouts: 1 });
  });

  it('Recreate scales the old ReplicaSet to 0 first, then creates the new one at full size', () => {
    const [rollout] = runScenario('recreate').rollouts;
    expect(rollout).toMatchObject({ strategy: 'Recreate', maxSurge: null, maxUnavailable: null, complete: true });
    expect(rollout!.steps).toEqual(steps([0, 0, 0], [2, 0, 0]));
  });

  it('going back to an older template scales its ReplicaSet up again', () => {
    const plan = runScenario('rollback-reuses-old-replicaset');
    expect(plan.pods.map((p) => p.name)).toEqual(['web-7c5ddbdf54-0', 'web-7c5ddbdf54-1']);
    expect(plan.rollouts[0]!.steps).toEqual(steps([1, 2, 2], [1, 1, 2], [2, 1, 2], [2, 0, 2]));
    expect(plan.diff).toContain('-      - image: nginx:1.27\n+      - image: nginx:1.25\n');
  });

  it('a scaling event is handled before the rollout; a paused Deployment creates nothing', () => {
    const plan = runScenario('scale-and-update');
    const [api, canary] = plan.rollouts;
    // 3 → 5 first (proportional scaling of the only active ReplicaSet), then surge 2 /
    // unavailable 1: +2 new and −1 old in the sync that creates the new ReplicaSet, +1 new,
    // −3 old, +2 new, −1 old.
    expect(api!.steps).toEqual(steps([0, 5, 3], [2, 4, 4], [3, 4, 6], [3, 1, 4], [5, 1, 4], [5, 0, 5]));
    expect(canary).toMatchObject({ name: 'canary', steps: [], complete: false, stalled: null });
    expect(podsOf(plan, 'canary')).toEqual([]);
  });

  it('a live export that matches the manifests plans nothing: server fields are not changes, live pods stay', () => {
    const dir = 'test/fixtures/planner/rollback-reuses-old-replicaset';
    const desired = resources(readFileSync(`${dir}/desired.yaml`, 'utf8').replaceAll('nginx:1.25', 'nginx:1.27'));
    const current = resources(readFileSync(`${dir}/current.yaml`, 'utf8'));
    const result = plan({ desired, current, cluster: buildClusterModel().model, options: { kubernetesVersion: '1.34' } });
    expect(result.summary).toEqual({ create: 0, update: 0, delete: 0, refused: 0, unchanged: 1, podsBefore: 2, podsAfter: 2, unschedulable: 0, stalledRollouts: 0 });
    expect(result.pods.map((p) => `${p.name}@${p.node}`)).toEqual(['web-6d4cf56db6-q9w4z@node-2', 'web-6d4cf56db6-x7k2p@node-1']);
    expect(result.rollouts).toEqual([]);
    expect(result.diff).toBe('');
  });

  it('HPA bounds replace the manifest replicas, with a warning when replicas is set', () => {
    const plan = runScenario('hpa-bounds');
    const count = (name: string) => plan.pods.filter((p) => p.owner === `Deployment/${name}`).length;
    expect([count('api'), count('worker'), count('batch')]).toEqual([3, 2, 5]);
    expect(plan.problems.filter((p) => p.reason === 'ReplicasManagedByHPA').map((p) => p.name)).toEqual(['api', 'batch']);
  });

  it('warns about HPA-managed replicas once per applied object: not per repeated manifest, not for an unchanged one', () => {
    const text = readFileSync('test/fixtures/planner/hpa-bounds/desired.yaml', 'utf8');
    const hpaWarnings = (desired: string, current: string) =>
      plan({ desired: resources(desired), current: resources(current), cluster: buildClusterModel().model, options: { kubernetesVersion: '1.34' } })
        .problems.filter((p) => p.reason === 'ReplicasManagedByHPA')
        .map((p) => p.name);
    // the same manifests twice (a folder holding a combined file and the single files)
    expect(hpaWarnings(`${text}\n---\n${text}`, '')).toEqual(['api', 'batch']);
    // already applied as written: applying again does not write replicas
    expect(hpaWarnings(text, text)).toEqual([]);
  });
});

describe('StatefulSet, DaemonSet, Job', () => {
  it('local PersistentVolumes: claims that wait for a consumer take a PV on the node, one claim per PV', () => {
    const plan = runScenario('local-volumes');
    expect(placement(plan)).toEqual({
      // the PV reserved for "archive" (claimRef) is on node-3: its pod goes there
      archiver: 'node-3',
      'db-0': 'node-1',
      'db-1': 'node-2',
      // two PVs of the class, both taken: the third claim finds none on any node
      'db-2': "0/3 nodes are available: 3 node(s) didn't find available persistent volumes to bind.",
      // storageClassName "" binds at once or not at all: the PreFilter rejects the pod
      'scratch-user': '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.',
    });
    expect(plan.rollouts[0]!.stalled).toBe(
      "step 3: pod db-2 cannot be scheduled: 0/3 nodes are available: 3 node(s) didn't find available persistent volumes to bind.",
    );
    expect(plan.volumeClaims.map((c) => `${c.name}:${c.volume}`)).toEqual(['data-db-0:local-pv-1', 'data-db-1:local-pv-2', 'data-db-2:null']);
  });

  it('zonal volumes: provisioning follows allowedTopologies, a provisioned or labelled volume holds its zone', () => {
    const plan = runScenario('zonal-volumes');
    expect(placement(plan)).toEqual({
      // the PV labelled zone b: VolumeZone sends its pod to node-2
      archiver: 'node-2',
      // "regional" provisions in zones a and b; anti-affinity keeps db pods on different nodes
      'db-0': 'node-1',
      'db-1': 'node-2',
      // node-3 is in zone c, where the class cannot provision; node-1 and node-2 hold db pods
      'db-2': "0/3 nodes are available: 1 node(s) didn't find available persistent volumes to bind, 2 node(s) didn't match pod anti-affinity rules.",
      // zone d has no node
      'old-archiver': '0/3 nodes are available: 3 node(s) had no available volume zone.',
      // the Immediate claim's volume was made in zone c, the only one allowed: both pods go there
      'reporter-658679fcfd-0': 'node-3',
      'reporter-658679fcfd-1': 'node-3',
    });
  });

  it('volume limits: a node takes so many volumes of a CSI driver, a volume mounted by several of its pods counts once', () => {
    const plan = runScenario('volume-limits');
    expect(placement(plan)).toEqual({
      // no claim, no limit
      cache: 'ebs-1',
      'db-0': 'ebs-2',
      // beside "reports", attached once for its two pods: ebs-1's second volume
      'db-1': 'ebs-1',
      'db-2': 'ebs-2',
      'db-3': '0/2 nodes are available: 2 node(s) exceed max volume count.',
      'report-reader': 'ebs-1',
      'report-writer': 'ebs-1',
    });
  });

  it('a DaemonSet that no node is eligible for is a warning, with the reasons counted as the scheduler counts them', () => {
    const result = runScenario('daemonset-no-eligible-node');
    expect(result.problems.filter((p) => p.reason === 'NoEligibleNodes')).toEqual([
      {
        severity: 'warning',
        reason: 'NoEligibleNodes',
        kind: 'DaemonSet',
        namespace: 'default',
        name: 'gpu-agent',
        message: "runs on 0/3 nodes: 1 node(s) had untolerated taint {dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector.",
      },
    ]);
    // the other runs where it may: no warning for a DaemonSet that skips some nodes
    expect(result.pods.map((p) => `${p.name}@${p.node}`)).toEqual(['agent-0@cpu-1', 'agent-1@cpu-2']);
  });

  it('the default nodes carry the labels the kubelet sets, so selectors on the deprecated beta labels match', () => {
    const desired = resources(`
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: logs, namespace: kube-system }
spec:
  selector: { matchLabels: { app: logs } }
  template:
    metadata: { labels: { app: logs } }
    spec:
      nodeSelector: { beta.kubernetes.io/os: linux, beta.kubernetes.io/arch: amd64 }
      containers: [{ name: logs, image: fluentd:1 }]
---
apiVersion: v1
kind: Pod
metadata: { name: zoned }
spec:
  nodeSelector: { failure-domain.beta.kubernetes.io/zone: b }
  containers: [{ name: app, image: app:1 }]
`);
    const result = plan({ desired, current: [], cluster: buildClusterModel().model, options: { kubernetesVersion: '1.34' } });
    expect(result.pods.map((p) => `${p.name}@${p.node}`)).toEqual([
      'zoned@node-2',
      'logs-0@node-1',
      'logs-1@node-2',
      'logs-2@node-3',
    ]);
  });

  it('OrderedReady stops at the first pod that cannot run; names and PVCs follow the ordinals', () => {
    const plan = runScenario('statefulset-ordered-ready');
    expect(placement(plan)).toEqual({
      'db-0': 'node-1',
      'db-1': 'node-2',
      'db-2': 'node-3',
      'db-3': '0/3 nodes are available: 3 Insufficient cpu.',
    });
    expect(plan.volumeClaims.map((c) => c.name)).toEqual(['data-db-0', 'data-db-1', 'data-db-2', 'data-db-3']);
    expect(plan.rollouts[0]!.steps).toEqual(steps([1, 0, 0], [2, 0, 1], [3, 0, 2], [4, 0, 3]));
    expect(plan.rollouts[0]!.stalled).toContain('OrderedReady does not create db-4 until db-3 is Running and Ready.');
  });

  it('a partition updates only the ordinals at or above it, highest first, one at a time', () => {
    const [rollout] = runScenario('statefulset-partition').rollouts;
    // delete kafka-3, recreate it at the new revision, then the same for kafka-2.
    expect(rollout!.steps).toEqual(steps([0, 3, 3], [1, 3, 3], [1, 2, 3], [2, 2, 3]));
    expect(rollout!.complete).toBe(true);
  });

  it('with maxUnavailable (1.35+) a StatefulSet update deletes that many old pods at once; OrderedReady recreates them one by one', () => {
    const [cache, store] = runScenario('statefulset-max-unavailable').rollouts;
    expect(cache).toMatchObject({ name: 'cache', maxSurge: 0, maxUnavailable: 2, complete: true });
    // Parallel: delete cache-4 and cache-3, recreate both, then cache-2 and cache-1, then cache-0.
    expect(cache!.steps).toEqual(steps([0, 3, 3], [2, 3, 3], [2, 1, 3], [4, 1, 3], [4, 0, 4], [5, 0, 4]));
    // OrderedReady: 40% of 5 rounds up to 2 deleted at once, recreated lowest ordinal first, each once the one before runs.
    expect(store).toMatchObject({ name: 'store', maxUnavailable: 2, complete: true });
    expect(store!.steps).toEqual(steps([0, 3, 3], [1, 3, 3], [2, 3, 4], [2, 1, 3], [3, 1, 3], [4, 1, 4], [4, 0, 4], [5, 0, 4]));
  });

  it('a DaemonSet runs on cordoned and tolerated nodes, not on the tainted control plane', () => {
    const plan = runScenario('daemonset-taints-cordon');
    expect(podsOf(plan, 'log-agent-').map((p) => p.node).sort()).toEqual(['cordoned-1', 'gpu-1', 'worker-1', 'worker-2']);
    expect(new Set(podsOf(plan, 'web-').map((p) => p.node))).toEqual(new Set(['worker-1', 'worker-2']));
  });

  it('a DaemonSet update deletes one old pod, then starts its replacement, node by node', () => {
    const plan = runScenario('daemonset-rolling-update');
    expect(plan.rollouts[0]).toMatchObject({ strategy: 'RollingUpdate', maxSurge: 0, maxUnavailable: 1, complete: true });
    expect(plan.rollouts[0]!.steps).toEqual(steps([0, 2, 2], [1, 2, 2], [1, 1, 2], [2, 1, 2], [2, 0, 2], [3, 0, 2]));
  });

  it('runs Job pods in waves of parallelism; CronJobs create nothing', () => {
    const plan = runScenario('job-waves');
    expect(plan.jobs.map((j) => [j.name, j.waves])).toEqual([
      ['backfill', [['backfill-0', 'backfill-1'], ['backfill-2', 'backfill-3'], ['backfill-4']]],
      ['shard', [['shard-0-0', 'shard-1-0', 'shard-2-0']]],
    ]);
    expect(plan.pods.some((p) => p.name.startsWith('nightly'))).toBe(false);
    expect(plan.nodes.every((n) => n.requested.pods === 0)).toBe(true);
  });
});

describe('admission', () => {
  it('applies LimitRange defaults and min/max, and quota rejects the pod that exceeds it', () => {
    const plan = runScenario('limitrange-quota');
    expect(podsOf(plan, 'api-')).toHaveLength(2);
    expect(podsOf(plan, 'tiny-')).toHaveLength(0);
    expect(podsOf(plan, 'huge-')).toHaveLength(0);
    const messages = Object.fromEntries(plan.problems.map((p) => [p.name.replace(/-[4-9bcdf]+$/, ''), p.message]));
    // 2 api pods (limit-only: request = limit 800m) + sidecarless (defaultRequest 250m) = 1850m used.
    expect(messages.api).toMatch(
      /^Error creating: pods "api-[4-9bcdf]+-2" is forbidden: exceeded quota: compute, requested: requests\.cpu=800m, used: requests\.cpu=1850m, limited: requests\.cpu=2$/,
    );
    expect(messages.tiny).toMatch(/is forbidden: minimum cpu usage per Container is 100m, but request is 50m$/);
    expect(messages.huge).toMatch(
      /is forbidden: \[maximum cpu usage per Container is 2, but limit is 4, maximum memory usage per Container is 2Gi, but limit is 4Gi\]$/,
    );
    const requested = plan.nodes.map((n) => n.requested.cpu).sort();
    expect(requested).toEqual(['250m', '800m', '800m']);
    expect(plan.rollouts.find((r) => r.name === 'api')!.stalled).toContain('cannot create pods');
  });

  it('refuses objects in namespaces that do not exist and pods with an unknown PriorityClass', () => {
    const plan = runScenario('admission-namespaces');
    expect(plan.problems.map((p) => [p.reason, `${p.namespace}/${p.name}`, p.message])).toEqual([
      ['NamespaceNotFound', 'billing/invoices', 'namespaces "billing" not found'],
      ['Forbidden', 'payments/urgent', 'pods "urgent" is forbidden: no PriorityClass with name very-high was found'],
    ]);
    expect(plan.pods.map((p) => p.name)).toEqual(['critical', 'gateway-' + plan.pods[1]!.name.split('-')[1] + '-0']);
  });

  it('refuses objects beyond count quotas; a RuntimeClass adds its overhead and node selector', () => {
    const plan = runScenario('object-quotas-runtimeclass');
    expect(plan.problems.map((p) => p.message)).toEqual([
      'deployments.apps "second" is forbidden: exceeded quota: objects, requested: count/deployments.apps=1, used: count/deployments.apps=1, limited: count/deployments.apps=1',
      'pods "kata" is forbidden: pod rejected: RuntimeClass "kata" not found',
      'services "edge" is forbidden: exceeded quota: objects, requested: services.nodeports=2, used: services.nodeports=0, limited: services.nodeports=1',
    ]);
    // 2 × (500m + 250m overhead) and 2 × (256Mi + 120Mi), both on the sandbox node.
    expect(plan.nodes.find((n) => n.name === 'sandbox-1')!.requested).toEqual({ cpu: '1500m', memory: '752Mi', pods: 2 });
  });

  it('sums init containers and sidecars as the scheduler does', () => {
    const plan = runScenario('init-sidecar-resources');
    expect(plan.nodes.map((n) => n.requested)).toEqual([
      { cpu: '2500m', memory: '1152Mi', pods: 1 },
      { cpu: '2500m', memory: '1152Mi', pods: 1 },
      { cpu: '2500m', memory: '1152Mi', pods: 1 },
    ]);
    expect(plan.pods.filter((p) => p.node === null).map((p) => p.reason)).toEqual(['0/3 nodes are available: 3 Insufficient cpu.']);
  });
});

describe('scheduling', () => {
  it('places by score: least allocated, then default spreading, ties by name', () => {
    const plan = runScenario('spread-least-allocated');
    expect(podsOf(plan, 'web-').map((p) => p.node)).toEqual(['node-2', 'node-3', 'node-1', 'node-2', 'node-3']);
  });

  it('explains each unschedulable pod in the scheduler’s words', () => {
    expect(placement(runScenario('unschedulable-reasons'))).toEqual({
      'too-big': '0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 Insufficient cpu.',
      'wrong-disk':
        "0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector.",
      'zone-d-only':
        "0/3 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 2 node(s) didn't match Pod's node affinity/selector.",
      trainer: 'gpu-1',
      'trainer-2': '0/3 nodes are available: 3 Insufficient nvidia.com/gpu.',
    });
  });

  it('applies anti-affinity, topology spread and host ports', () => {
    const plan = runScenario('affinity-spread-ports');
    const zoneOf: Record<string, string> = { 'node-1': 'a', 'node-2': 'b', 'node-3': 'c' };
    const apiZones = podsOf(plan, 'api-').map((p) => zoneOf[p.node!]);
    for (const zone of ['a', 'b', 'c']) expect(apiZones.filter((z) => z === zone).length).toBeGreaterThanOrEqual(1);
    expect(podsOf(plan, 'cache-').filter((p) => p.node === null).map((p) => p.reason)).toEqual([
      "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules.",
    ]);
    expect(podsOf(plan, 'ingress-').filter((p) => p.node === null).map((p) => p.reason)).toEqual([
      "0/3 nodes are available: 3 node(s) didn't have free ports for the requested pod ports.",
    ]);
  });
});

describe('objects and services', () => {
  it('reports immutable changes as must-be-replaced and keeps the objects as they are', () => {
    const plan = runScenario('immutable-fields');
    expect(plan.problems.map((p) => [p.kind, p.reason])).toEqual([
      ['Deployment', 'FieldImmutable'],
      ['Job', 'FieldImmutable'],
      ['Service', 'FieldImmutable'],
      ['StatefulSet', 'FieldImmutable'],
    ]);
    expect(plan.problems.every((p) => p.message.endsWith('the object must be replaced (delete and recreate it, e.g. kubectl replace --force)'))).toBe(true);
    expect(plan.problems[0]!.message).toContain('Deployment.apps "web" is invalid: spec.selector: Invalid value:');
    expect(plan.rollouts).toEqual([]);
  });

  it('finds endpoints that become empty and NodePort/ClusterIP collisions with the current state', () => {
    const plan = runScenario('services-endpoints-nodeports');
    const byName = (name: string) => plan.problems.filter((p) => p.name === name).map((p) => p.message);
    expect(byName('shop')).toEqual([
      "Service shop has 2 ready endpoint(s) now and none after the plan: 2 running pod(s) match app=shop but none declares the Service's target port",
    ]);
    expect(byName('public')).toEqual([
      'Service "public" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.20.20"}: failed to allocate IP 10.96.20.20: provided IP is already allocated',
      'Service "public" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    ]);
    expect(byName('metrics')).toEqual([
      'Service "metrics" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
    ]);
    expect(byName('preview')).toContain(
      'spec.ports[0].nodePort: the cluster assigns a free port (at random); the plan assumes 30086, the lowest free port of the dynamic band',
    );
  });

  it('masks Secret values in the diff as kubectl diff does', () => {
    const { diff } = runScenario('secret-masking');
    for (const secret of ['YXBw', 'b2xkLXBhc3N3b3Jk', 'bmV3LXBhc3N3b3Jk', 's3cr3t-t0k3n', 'do-not-print-me']) expect(diff).not.toContain(secret);
    expect(diff).toContain('-  password: "*** (before)"\n+  password: "*** (after)"\n+  token: "***"\n   username: "***"\n');
    expect(diff).toContain('-  LOG_LEVEL: info\n+  LOG_LEVEL: debug\n');
  });

  it('masks secret env values and secret ConfigMap values the same way, a change still shown as one', () => {
    const { diff } = runScenario('secret-env-masking');
    for (const secret of ['hunter2', 'ghp_', 'AKIA', 'sk-added-key', 'mail-pass']) expect(diff).not.toContain(secret);
    expect(diff).toContain('-  LOG_FORMAT: text\n-  SMTP_PASSWORD: "*** (before)"\n+  LOG_FORMAT: json\n+  SMTP_PASSWORD: "*** (after)"\n');
    expect(diff).toContain(
      [
        '         - name: DB_PASSWORD',
        '-          value: "*** (before)"',
        '+          value: "*** (after)"',
        '         - name: GITHUB_TOKEN',
        '           value: "***"',
        '         - name: LOG_LEVEL',
        '-          value: info',
        '+          value: debug',
        '+        - name: STRIPE_API_KEY',
        '+          value: "***"',
        '+        - name: CONFIG',
        '+          value: "***"',
        '         image: api:1.0',
      ].join('\n'),
    );
    expect(diff).toContain('       initContainers:\n       - env:\n         - name: DB_PASSWORD\n-          value: "*** (before)"\n+          value: "*** (after)"\n');
  });
});
