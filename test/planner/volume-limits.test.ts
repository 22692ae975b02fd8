import { describe, expect, it } from 'vitest';
import { VolumeBinder } from '../../src/planner/volume-binding';
import { AttachedVolumes, REASON_MAX_VOLUME_COUNT } from '../../src/planner/volume-limits';
import { resources } from './helpers';

const node = (name: string, volumeLimits?: Record<string, number>) => ({ name, model: { volumeLimits } });
const DRIVERS: Record<string, string> = { 'default/a': 'ebs', 'default/b': 'ebs', 'default/c': 'ebs', 'default/f': 'efs' };
const driverOf = (claim: string) => DRIVERS[claim] ?? null;

describe('AttachedVolumes (NodeVolumeLimits)', () => {
  it("counts a node's attached volumes per driver against its limit, each volume once", () => {
    const attached = new AttachedVolumes();
    attached.attach('n1', ['default/a']);
    attached.attach('n1', ['default/a', 'default/f']);
    const limited = node('n1', { ebs: 2, efs: 1 });
    // a second ebs volume fits (a is attached once, for two pods), a third does not
    expect(attached.filter(['default/b'], driverOf)!(limited)).toBeNull();
    expect(attached.filter(['default/b', 'default/c'], driverOf)!(limited)).toEqual([REASON_MAX_VOLUME_COUNT]);
    // a volume already attached there costs nothing more
    expect(attached.filter(['default/a', 'default/b'], driverOf)!(limited)).toBeNull();
    // efs is full; a node without limits, or without one for the driver, takes anything
    expect(attached.filter(['default/f2', 'default/c'], (c) => (c === 'default/f2' ? 'efs' : driverOf(c)))!(limited)).toEqual([REASON_MAX_VOLUME_COUNT]);
    expect(attached.filter(['default/b', 'default/c'], driverOf)!(node('n2'))).toBeNull();
    expect(attached.filter(['default/b', 'default/c'], driverOf)!(node('n3', { efs: 0 }))).toBeNull();
    // claims without a known driver are not counted at all
    expect(attached.filter(['default/local'], driverOf)).toBeNull();
  });

  it('frees a volume when the last pod mounting it leaves the node', () => {
    const attached = new AttachedVolumes();
    attached.attach('n1', ['default/a']);
    attached.attach('n1', ['default/a']);
    const filter = attached.filter(['default/b'], driverOf)!;
    expect(filter(node('n1', { ebs: 1 }))).toEqual([REASON_MAX_VOLUME_COUNT]);
    attached.detach('n1', ['default/a']);
    expect(filter(node('n1', { ebs: 1 }))).toEqual([REASON_MAX_VOLUME_COUNT]);
    attached.detach('n1', ['default/a']);
    expect(filter(node('n1', { ebs: 1 }))).toBeNull();
  });
});

describe('VolumeBinder.driverOf', () => {
  it("is the PV's CSI driver, the in-tree source's migrated driver, or the class's provisioner", () => {
    const b = new VolumeBinder(
      resources(`
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: gp3 }
provisioner: ebs.csi.aws.com
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: legacy }
provisioner: kubernetes.io/gce-pd
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: { name: local }
provisioner: kubernetes.io/no-provisioner
---
apiVersion: v1
kind: PersistentVolume
metadata: { name: csi }
spec: { capacity: { storage: 1Gi }, accessModes: [ReadWriteOnce], csi: { driver: disk.csi.azure.com, volumeHandle: d1 } }
---
apiVersion: v1
kind: PersistentVolume
metadata: { name: ebs-in-tree }
spec: { capacity: { storage: 1Gi }, accessModes: [ReadWriteOnce], awsElasticBlockStore: { volumeID: vol-1 } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: provisioned }
spec: { storageClassName: gp3, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: migrated }
spec: { storageClassName: legacy, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: bound }
spec: { storageClassName: "", volumeName: csi, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: old-disk }
spec: { storageClassName: "", volumeName: ebs-in-tree, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: local-disk }
spec: { storageClassName: local, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: elsewhere }
spec: { storageClassName: cluster-class, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`),
    );
    const names = ['provisioned', 'migrated', 'bound', 'old-disk', 'local-disk', 'elsewhere', 'missing'];
    expect(Object.fromEntries(names.map((n) => [n, b.driverOf(`default/${n}`)]))).toEqual({
      provisioned: 'ebs.csi.aws.com',
      migrated: 'pd.csi.storage.gke.io',
      bound: 'disk.csi.azure.com',
      'old-disk': 'ebs.csi.aws.com',
      'local-disk': null,
      elsewhere: null,
      missing: null,
    });
  });
});
