import { describe, expect, it } from 'vitest';
import { planYaml } from './plan-yaml';

/**
 * The StatefulSet controller creates each pod's claims before the pod
 * (stateful_pod_control.go createPersistentVolumeClaims); ResourceQuota admission charges each
 * claim its count and storage request, and a refused claim holds its pod back.
 */
const statefulSet = (replicas: number) => `
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: ${replicas}
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: c, image: postgres:16}]
  volumeClaimTemplates:
  - metadata: {name: data}
    spec: {accessModes: [ReadWriteOnce], storageClassName: fast, resources: {requests: {storage: 1Gi}}}
`;
const quota = (hard: string) => `
apiVersion: v1
kind: ResourceQuota
metadata: {name: storage}
spec:
  hard: {${hard}}
`;

describe('claims and ResourceQuota', () => {
  it('stops an OrderedReady StatefulSet at the claim the quota refuses', () => {
    const plan = planYaml([quota('requests.storage: 2Gi'), statefulSet(4)].join('---'));
    expect(plan.volumeClaims.map((c) => c.name)).toEqual(['data-db-0', 'data-db-1']);
    expect(plan.pods.map((p) => `${p.name}@${p.node}`)).toEqual(['db-0@node-1', 'db-1@node-2']);
    expect(plan.problems.map((p) => [p.reason, p.kind, p.name, p.message])).toEqual([
      [
        'FailedCreate',
        'StatefulSet',
        'db',
        'create Claim data-db-2 for Pod db-2 in StatefulSet db failed error: persistentvolumeclaims "data-db-2" is forbidden: exceeded quota: storage, requested: requests.storage=1Gi, used: requests.storage=2Gi, limited: requests.storage=2Gi',
      ],
    ]);
    expect(plan.rollouts[0]).toMatchObject({ complete: false, stalled: expect.stringContaining('cannot create pods: persistentvolumeclaims "data-db-2" is forbidden') });
  });

  it('counts claims that exist (objects and those created before) and per storage class', () => {
    const claim = `
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: scratch}
spec: {accessModes: [ReadWriteOnce], storageClassName: fast, resources: {requests: {storage: 5Gi}}}
`;
    const hard = 'fast.storageclass.storage.k8s.io/persistentvolumeclaims: "3", requests.storage: 100Gi';
    const current = [quota(hard), claim, statefulSet(1)].join('---');
    const plan = planYaml([quota(hard), claim, statefulSet(3)].join('---'), current);
    // scratch and data-db-0 exist: data-db-1 is the third claim of class fast, data-db-2 the fourth.
    expect(plan.volumeClaims.map((c) => c.name)).toEqual(['data-db-0', 'data-db-1']);
    expect(plan.problems.map((p) => p.message)).toEqual([
      'create Claim data-db-2 for Pod db-2 in StatefulSet db failed error: persistentvolumeclaims "data-db-2" is forbidden: exceeded quota: storage, ' +
        'requested: fast.storageclass.storage.k8s.io/persistentvolumeclaims=1, used: fast.storageclass.storage.k8s.io/persistentvolumeclaims=3, ' +
        'limited: fast.storageclass.storage.k8s.io/persistentvolumeclaims=3',
    ]);
  });

  it('LimitRanger refuses a claim outside the PersistentVolumeClaim min and max, before any quota', () => {
    const limits = (bounds: string) => `
apiVersion: v1
kind: LimitRange
metadata: {name: claims}
spec:
  limits:
  - {type: PersistentVolumeClaim, ${bounds}}
  - {type: Container, default: {memory: 64Mi}}
`;
    const refused = (bounds: string) => planYaml([limits(bounds), quota('requests.storage: 100Gi'), statefulSet(2)].join('---'));
    const plan = refused('max: {storage: 500Mi}');
    expect(plan.volumeClaims).toEqual([]);
    expect(plan.pods).toEqual([]);
    expect(plan.problems.map((p) => [p.reason, p.kind, p.name, p.message])).toEqual([
      [
        'FailedCreate',
        'StatefulSet',
        'db',
        'create Claim data-db-0 for Pod db-0 in StatefulSet db failed error: persistentvolumeclaims "data-db-0" is forbidden: maximum storage usage per PersistentVolumeClaim is 500Mi, but request is 1Gi',
      ],
    ]);
    expect(refused('min: {storage: 2Gi}').problems.map((p) => p.message.replace(/.* is forbidden: /, ''))).toEqual([
      'minimum storage usage per PersistentVolumeClaim is 2Gi, but request is 1Gi',
    ]);
    // within bounds: both claims, and both pods (the Container item only gives them a memory limit)
    const within = refused('min: {storage: 1Gi}, max: {storage: 1Gi}');
    expect(within.volumeClaims.map((c) => c.name)).toEqual(['data-db-0', 'data-db-1']);
    expect(within.pods.map((p) => p.node)).toEqual(['node-1', 'node-2']);
    expect(within.problems).toEqual([]);
  });
});

describe('claims the pods mount', () => {
  const app = (claim: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  replicas: 1
  selector: {matchLabels: {app: app}}
  template:
    metadata: {labels: {app: app}}
    spec:
      containers: [{name: c, image: app:1}]
      volumes:
      - {name: cache, emptyDir: {}}
      - {name: data, persistentVolumeClaim: {claimName: ${claim}}}
`;
  const pvc = `
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: app-data}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

  it('a pod whose claim does not exist stays Pending: VolumeBinding PreFilter', () => {
    const plan = planYaml(app('app-data'));
    expect(plan.pods.map((p) => p.reason)).toEqual(['0/3 nodes are available: persistentvolumeclaim "app-data" not found.']);
    expect(plan.summary.unschedulable).toBe(1);
  });

  it('schedules once the claim is part of the plan, and the claim of another namespace does not count', () => {
    expect(planYaml([pvc, app('app-data')].join('---')).pods.map((p) => p.node)).toEqual(['node-1']);
    const elsewhere = pvc.replace('{name: app-data}', '{name: app-data, namespace: other}');
    const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: other}\n';
    expect(planYaml([namespace, elsewhere, app('app-data')].join('---')).pods.map((p) => p.node)).toEqual([null]);
  });

  it('a claim of the manifests is admitted like the API server admits it: LimitRange, then quota, in order', () => {
    const claim = (name: string, storage: string) => `
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: ${name}}
spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: ${storage}}}}
`;
    const limits = `
apiVersion: v1
kind: LimitRange
metadata: {name: claims}
spec:
  limits: [{type: PersistentVolumeClaim, max: {storage: 10Gi}}]
`;
    const plan = planYaml([limits, quota('requests.storage: 8Gi'), claim('big', '20Gi'), claim('first', '5Gi'), claim('second', '5Gi'), app('second')].join('---'));
    expect(plan.problems.map((p) => [p.reason, p.kind, p.name, p.message])).toEqual([
      ['Forbidden', 'PersistentVolumeClaim', 'big', 'persistentvolumeclaims "big" is forbidden: maximum storage usage per PersistentVolumeClaim is 10Gi, but request is 20Gi'],
      [
        'QuotaExceeded',
        'PersistentVolumeClaim',
        'second',
        'persistentvolumeclaims "second" is forbidden: exceeded quota: storage, requested: requests.storage=5Gi, used: requests.storage=5Gi, limited: requests.storage=8Gi',
      ],
    ]);
    // the refused claim is never created: the pod that mounts it waits for it
    expect(plan.pods.map((p) => p.reason)).toEqual(['0/3 nodes are available: persistentvolumeclaim "second" not found.']);
    // a claim that already exists is counted, not admitted again
    expect(planYaml([quota('requests.storage: 8Gi'), claim('first', '5Gi'), claim('second', '5Gi')].join('---'), [quota('requests.storage: 8Gi'), claim('first', '5Gi'), claim('second', '5Gi')].join('---')).problems).toEqual([]);
  });

  it('a StatefulSet pod mounts the claims its controller created', () => {
    const plan = planYaml(statefulSet(2));
    expect(plan.pods.map((p) => p.node)).toEqual(['node-1', 'node-2']);
  });
});
