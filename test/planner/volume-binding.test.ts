import { describe, expect, it } from 'vitest';
import {
  MESSAGE_UNBOUND_IMMEDIATE,
  REASON_VOLUME_BIND_CONFLICT,
  REASON_VOLUME_NODE_CONFLICT,
  REASON_VOLUME_ZONE,
  VolumeBinder,
} from '../../src/planner/volume-binding';
import { resources } from './helpers';

const node = (name: string, zone = 'a') => ({ name, labels: { 'kubernetes.io/hostname': name, 'topology.kubernetes.io/zone': zone } });

/** A local PV on one node (class local unless given). */
const pv = (name: string, host: string, storage: string, extra = '') => `
apiVersion: v1
kind: PersistentVolume
metadata: { name: ${name}, labels: { disk: ${name.includes('ssd') ? 'ssd' : 'hdd'} } }
spec:
  capacity: { storage: ${storage} }
  accessModes: [ReadWriteOnce]
  storageClassName: local
  local: { path: /mnt/${name} }
  nodeAffinity:
    required:
      nodeSelectorTerms: [{ matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [${host}] }] }]
${extra}`;

const localClass = (mode: string) => `
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: local }
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: ${mode}
`;

const claim = (name: string, storage: string, extra = '') => `
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: ${name} }
spec:
  storageClassName: local
  accessModes: [ReadWriteOnce]
  resources: { requests: { storage: ${storage} } }
${extra}`;

const binder = (...docs: string[]) => new VolumeBinder(resources(docs.join('\n---\n')));

describe('VolumeBinder', () => {
  it('a claim that waits for its consumer fits the nodes with a matching free PV, and takes the smallest there', () => {
    const b = binder(localClass('WaitForFirstConsumer'), pv('big', 'node-1', '100Gi'), pv('small', 'node-1', '20Gi'), pv('tiny', 'node-2', '1Gi'), claim('data', '10Gi'));
    const { unboundImmediate, filter } = b.forPod('default', ['data']);
    expect(unboundImmediate).toBe(false);
    expect([filter!(node('node-1')), filter!(node('node-2'))]).toEqual([null, [REASON_VOLUME_BIND_CONFLICT]]);
    b.bindPod('default', ['data'], node('node-1'));
    // bound to "small" (20Gi): "big" is still free for another claim on node-1
    const other = binder(localClass('WaitForFirstConsumer'), pv('big', 'node-1', '100Gi'), pv('small', 'node-1', '20Gi'), claim('data', '10Gi'), claim('logs', '50Gi'));
    other.bindPod('default', ['data'], node('node-1'));
    expect(other.forPod('default', ['logs']).filter!(node('node-1'))).toBeNull();
    other.bindPod('default', ['logs'], node('node-1'));
    // once bound, a claim holds its node: elsewhere the PV's affinity conflicts
    expect(other.forPod('default', ['data', 'logs']).filter!(node('node-2'))).toEqual([REASON_VOLUME_NODE_CONFLICT]);
  });

  it('two claims of one pod need two PVs on the same node', () => {
    const b = binder(localClass('WaitForFirstConsumer'), pv('a1', 'node-1', '10Gi'), pv('b1', 'node-2', '10Gi'), pv('b2', 'node-2', '10Gi'), claim('logs', '1Gi'), claim('data', '1Gi'));
    const { filter } = b.forPod('default', ['logs', 'data']);
    expect([filter!(node('node-1')), filter!(node('node-2'))]).toEqual([[REASON_VOLUME_BIND_CONFLICT], null]);
  });

  it('matches class, access modes, volume mode and the claim selector', () => {
    const b = binder(
      localClass('WaitForFirstConsumer'),
      pv('hdd-1', 'node-1', '10Gi'),
      pv('ssd-2', 'node-2', '10Gi'),
      pv('rwx-3', 'node-3', '10Gi').replace('[ReadWriteOnce]', '[ReadWriteMany]'),
      claim('fast', '1Gi', '  selector: { matchLabels: { disk: ssd } }'),
      claim('shared', '1Gi').replace('[ReadWriteOnce]', '[ReadWriteMany]'),
      claim('block', '1Gi', '  volumeMode: Block'),
    );
    const feasible = (name: string) =>
      ['node-1', 'node-2', 'node-3'].filter((n) => b.forPod('default', [name]).filter!(node(n)) === null);
    expect([feasible('fast'), feasible('shared'), feasible('block')]).toEqual([['node-2'], ['node-3'], []]);
  });

  it('an immediate claim is bound when created, to a PV on any node; unmatched, it fails the PreFilter', () => {
    const b = binder(localClass('Immediate'), pv('only', 'node-2', '10Gi'), claim('first', '1Gi'), claim('second', '1Gi'));
    // claims bind in name order: "first" takes the one PV, and the pod follows it to node-2
    const first = b.forPod('default', ['first']);
    expect([first.unboundImmediate, first.filter!(node('node-1')), first.filter!(node('node-2'))]).toEqual([false, [REASON_VOLUME_NODE_CONFLICT], null]);
    expect(b.forPod('default', ['second'])).toEqual({ unboundImmediate: true, filter: null });
    expect(MESSAGE_UNBOUND_IMMEDIATE).toBe('pod has unbound immediate PersistentVolumeClaims');
  });

  it('assumes what the input does not say works: provisioned classes, unknown classes and PVs, no class without a default', () => {
    const provisioned = `
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: fast, annotations: { storageclass.kubernetes.io/is-default-class: "true" } }
provisioner: ebs.csi.aws.com
volumeBindingMode: WaitForFirstConsumer
`;
    const b = binder(
      provisioned,
      claim('gp3', '1Gi').replace('storageClassName: local', 'storageClassName: gp3'),
      claim('defaulted', '1Gi').replace('  storageClassName: local\n', ''),
      claim('named', '1Gi', '  volumeName: pv-in-the-cluster'),
    );
    for (const name of ['gp3', 'defaulted', 'named']) expect(b.forPod('default', [name])).toEqual({ unboundImmediate: false, filter: null });
    // without a default class in the input, a claim without class is the cluster's default class's
    expect(binder(claim('c', '1Gi').replace('  storageClassName: local\n', '')).forPod('default', ['c']).filter).toBeNull();
  });

  it('the default StorageClass of the input decides for claims without a class', () => {
    const b = binder(localClass('WaitForFirstConsumer').replace('metadata: { name: local }', 'metadata: { name: local, annotations: { storageclass.kubernetes.io/is-default-class: "true" } }'), claim('c', '1Gi').replace('  storageClassName: local\n', ''));
    expect(b.forPod('default', ['c']).filter!(node('node-1'))).toEqual([REASON_VOLUME_BIND_CONFLICT]);
  });

  it('keeps the bindings of the state before the change', () => {
    const docs = [localClass('WaitForFirstConsumer'), pv('p1', 'node-1', '10Gi'), pv('p2', 'node-2', '10Gi'), claim('data', '1Gi')];
    const before = binder(...docs);
    before.bindPod('default', ['data'], node('node-2'));
    const after = new VolumeBinder(resources(docs.join('\n---\n')), before);
    expect(after.forPod('default', ['data']).filter!(node('node-1'))).toEqual([REASON_VOLUME_NODE_CONFLICT]);
  });

  describe('zones', () => {
    /** A class that provisions zonal disks only in the given zones. */
    const zonal = (mode: string, zones: string) => `
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: zonal }
provisioner: ebs.csi.aws.com
volumeBindingMode: ${mode}
allowedTopologies:
  - matchLabelExpressions: [{ key: topology.kubernetes.io/zone, values: [${zones}] }]
`;
    const zonalClaim = (name: string) => claim(name, '1Gi').replace('storageClassName: local', 'storageClassName: zonal');
    const feasible = (b: VolumeBinder, claims: string[], nodes = [node('a-1', 'a'), node('b-1', 'b'), node('c-1', 'c')]) =>
      nodes.map((n) => b.forPod('default', claims).filter?.(n) ?? null);

    it('a claim that waits for its consumer is provisioned only on nodes of the allowed topologies, then stays in the first pod\'s zone', () => {
      const b = binder(zonal('WaitForFirstConsumer', 'a, b'), zonalClaim('data'));
      expect(feasible(b, ['data'])).toEqual([null, null, [REASON_VOLUME_BIND_CONFLICT]]);
      b.bindPod('default', ['data'], node('b-1', 'b'));
      // provisioned in zone b: the PV's node affinity keeps the claim's later pods there
      expect(feasible(b, ['data'])).toEqual([[REASON_VOLUME_NODE_CONFLICT], null, [REASON_VOLUME_NODE_CONFLICT]]);
      expect(feasible(b, ['data'], [node('b-2', 'b')])).toEqual([null]);
      // the state after the change keeps where the volume is
      const after = new VolumeBinder(resources([zonal('WaitForFirstConsumer', 'a, b'), zonalClaim('data')].join('\n---\n')), b);
      expect(feasible(after, ['data'])).toEqual([[REASON_VOLUME_NODE_CONFLICT], null, [REASON_VOLUME_NODE_CONFLICT]]);
    });

    it("an Immediate claim's volume already is in an allowed topology: other nodes conflict with it", () => {
      const b = binder(zonal('Immediate', 'c'), zonalClaim('data'));
      expect(feasible(b, ['data'])).toEqual([[REASON_VOLUME_NODE_CONFLICT], [REASON_VOLUME_NODE_CONFLICT], null]);
    });

    it('a class without allowedTopologies, or a claim naming its volume, provisions or binds anywhere', () => {
      const anywhere = zonal('WaitForFirstConsumer', 'a').replace(/allowedTopologies:[\s\S]*$/, '');
      expect(binder(anywhere, zonalClaim('data')).forPod('default', ['data'])).toEqual({ unboundImmediate: false, filter: null });
      expect(binder(zonal('WaitForFirstConsumer', 'a'), zonalClaim('data') + '  volumeName: pv-elsewhere\n').forPod('default', ['data']).filter).toBeNull();
    });

    it("VolumeZone: a bound PV's zone labels (several joined by __, beta keys too) must be the node's", () => {
      const zonedPv = (name: string, labels: string) => `
apiVersion: v1
kind: PersistentVolume
metadata: { name: ${name}, labels: { ${labels} } }
spec:
  capacity: { storage: 10Gi }
  accessModes: [ReadWriteOnce]
  storageClassName: ""
  claimRef: { namespace: default, name: ${name} }
  csi: { driver: ebs.csi.aws.com, volumeHandle: vol-${name} }
`;
      const b = binder(
        zonedPv('one', 'topology.kubernetes.io/zone: a'),
        zonedPv('two', 'topology.kubernetes.io/zone: a__b'),
        zonedPv('beta', 'failure-domain.beta.kubernetes.io/zone: c'),
        ...['one', 'two', 'beta'].map((n) => claim(n, '1Gi').replace('storageClassName: local', 'storageClassName: ""')),
      );
      expect(feasible(b, ['one'])).toEqual([null, [REASON_VOLUME_ZONE], [REASON_VOLUME_ZONE]]);
      expect(feasible(b, ['two'])).toEqual([null, null, [REASON_VOLUME_ZONE]]);
      // a beta label on the PV is matched against the node's GA label
      expect(feasible(b, ['beta'])).toEqual([[REASON_VOLUME_ZONE], [REASON_VOLUME_ZONE], null]);
      // a node without zone labels has no zone of the volume
      expect(b.forPod('default', ['one']).filter!({ name: 'bare', labels: {} })).toEqual([REASON_VOLUME_ZONE]);
    });
  });
});
