import { describe, expect, it } from 'vitest';
import {
  MESSAGE_UNBOUND_IMMEDIATE,
  REASON_VOLUME_BIND_CONFLICT,
  REASON_VOLUME_NODE_CONFLICT,
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
});
