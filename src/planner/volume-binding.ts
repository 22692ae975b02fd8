/**
 * PersistentVolumes and where they let pods go, as far as the manifests say it: the PV controller's
 * immediate binding, the scheduler's VolumeBinding plugin (pkg/scheduler/framework/plugins/volumebinding)
 * and the VolumeZone plugin after it (volumezone/volume_zone.go).
 *
 * - Static binding, for the claims that need an existing PersistentVolume (a class with the
 *   `kubernetes.io/no-provisioner` provisioner, such as local volumes, or `storageClassName: ""`):
 *   the PV's node affinity and zone labels decide the nodes.
 * - Dynamic provisioning in a StorageClass of the input with `allowedTopologies`: a claim that waits
 *   for its consumer is provisioned only on nodes of those topologies; once a pod has used it, the
 *   volume stays in the topology of that pod's node (the provisioner gives the PV node affinity
 *   there), so later pods of the claim must follow. An Immediate claim's volume is in one of the
 *   allowed topologies, the one its first pod lands in.
 *
 * What the manifests do not say is assumed to work: a claim of a StorageClass not in the input, or
 * without a class when the input has no default StorageClass, or of a class without
 * allowedTopologies, is provisioned wherever the pod goes (the cluster's own classes and drivers);
 * a claim bound to a PersistentVolume not in the input is satisfied on every node.
 */
import { parseQuantity, tryParseQuantity } from '../core/quantity';
import { asArray, asObject, isObject } from '../resources/kinds';
import type { KubeObject, Resource } from '../resources/resource';
import {
  type NodeIdentity,
  type NodeSelector,
  type NodeTerm,
  type Selector,
  compileLabelSelector,
  compileNodeTerm,
  matchesNodeSelector,
  matchesSelector,
  stringMap,
} from './selectors';

/** VolumeBinding's reasons (volume_binding.go), in the order it appends them. */
export const REASON_VOLUME_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const REASON_VOLUME_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
/** VolumeZone: a bound PV's zone or region labels exclude the node. */
export const REASON_VOLUME_ZONE = 'node(s) had no available volume zone';
/** VolumeBinding PreFilter: a claim that must be bound before scheduling is not. */
export const MESSAGE_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';

const NO_PROVISIONER = 'kubernetes.io/no-provisioner';
const DEFAULT_CLASS_ANNOTATIONS = ['storageclass.kubernetes.io/is-default-class', 'storageclass.beta.kubernetes.io/is-default-class'];
/** The PV labels VolumeZone compares with the node's, each with the GA key it also accepts on a node. */
const ZONE_LABELS: Readonly<Record<string, string>> = {
  'topology.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region': 'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
};

/**
 * In-tree volume plugins and the CSI drivers Kubernetes migrates them to (csi-translation-lib): a
 * class or PV of the old name counts against the driver's volume limit.
 */
const MIGRATED_DRIVERS: Readonly<Record<string, string>> = {
  'kubernetes.io/aws-ebs': 'ebs.csi.aws.com',
  'kubernetes.io/gce-pd': 'pd.csi.storage.gke.io',
  'kubernetes.io/azure-disk': 'disk.csi.azure.com',
  'kubernetes.io/azure-file': 'file.csi.azure.com',
  'kubernetes.io/cinder': 'cinder.csi.openstack.org',
  'kubernetes.io/vsphere-volume': 'csi.vsphere.vmware.com',
  'kubernetes.io/portworx-volume': 'pxd.portworx.com',
};
/** PV sources of in-tree plugins, by the driver they migrate to. */
const IN_TREE_SOURCES: Readonly<Record<string, string>> = {
  awsElasticBlockStore: 'ebs.csi.aws.com',
  gcePersistentDisk: 'pd.csi.storage.gke.io',
  azureDisk: 'disk.csi.azure.com',
  azureFile: 'file.csi.azure.com',
  cinder: 'cinder.csi.openstack.org',
  vsphereVolume: 'csi.vsphere.vmware.com',
  portworxVolume: 'pxd.portworx.com',
};

/** A TopologySelectorTerm: every requirement (a label key and its allowed values) must hold. */
type TopologyTerm = readonly { readonly key: string; readonly values: readonly string[] }[];

interface StorageClass {
  readonly name: string;
  readonly provisioner: string;
  readonly waitForFirstConsumer: boolean;
  readonly isDefault: boolean;
  /** allowedTopologies: where the provisioner may create volumes (empty: anywhere). */
  readonly allowedTopologies: readonly TopologyTerm[];
}

interface Volume {
  readonly name: string;
  readonly storageClassName: string;
  readonly capacity: bigint;
  readonly accessModes: readonly string[];
  readonly volumeMode: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly nodeAffinity: NodeSelector | null;
  /** Zone and region labels (VolumeZone): the node's label must be one of the values of each. */
  readonly zones: TopologyTerm;
  /** `namespace/name` of the claim the PV is reserved for (spec.claimRef), or null. */
  readonly claimRef: string | null;
  /** The CSI driver of the volume (an in-tree source counts as the driver it migrates to), or null. */
  readonly driver: string | null;
}

interface Claim {
  readonly key: string;
  readonly storageClassName: string;
  readonly volumeName: string;
  readonly request: bigint;
  readonly accessModes: readonly string[];
  readonly volumeMode: string;
  readonly selector: Selector | null;
  /** Needs an existing PV: no provisioner can make one. */
  readonly static: boolean;
  /** Bound by the PV controller when created, not when a pod is scheduled. */
  readonly immediate: boolean;
  /** Names a PV the input does not have. */
  readonly unknownVolume: boolean;
  /** Where a provisioned volume may be: its class's allowedTopologies (null: anywhere, or static). */
  readonly topologies: readonly TopologyTerm[] | null;
}

/** What scheduling a pod must respect: a PreFilter failure, or a per-node filter (null: none). */
export interface PodVolumes {
  readonly unboundImmediate: boolean;
  readonly filter: ((node: NodeIdentity) => string[] | null) | null;
}

const NO_CONSTRAINT: PodVolumes = { unboundImmediate: false, filter: null };

export class VolumeBinder {
  private readonly classes = new Map<string, StorageClass>();
  private readonly defaultClass: StorageClass | undefined;
  private readonly volumes = new Map<string, Volume>();
  /** The volumes by name: the order FindMatchingVolume's ties go by here. */
  private readonly volumeList: readonly Volume[];
  private readonly claims = new Map<string, Claim>();
  /** Static claims bound when created that no PV matched yet. */
  private readonly waiting = new Set<string>();
  /** Claim key → PV name, and the reverse. */
  private readonly boundTo = new Map<string, string>();
  private readonly claimOf = new Map<string, string>();
  /** Provisioned claims with topologies → the topology labels of the node their first pod went to. */
  private readonly provisionedAt = new Map<string, Readonly<Record<string, string>>>();

  /**
   * The StorageClasses, PersistentVolumes and PersistentVolumeClaims among the objects. Bindings of
   * an earlier binder (the state before the change) are kept where the PV and the claim still exist.
   */
  constructor(objects: readonly Resource[], previous?: VolumeBinder) {
    const claims: Resource[] = [];
    for (const r of objects) {
      if (r.group === 'storage.k8s.io' && r.kind === 'StorageClass') this.addClass(r.name, r.object);
      else if (r.group === '' && r.kind === 'PersistentVolume') this.addVolume(r.name, r.object);
      else if (r.group === '' && r.kind === 'PersistentVolumeClaim') claims.push(r);
    }
    this.volumeList = [...this.volumes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const defaults = [...this.classes.values()].filter((c) => c.isDefault).sort((a, b) => (a.name < b.name ? -1 : 1));
    this.defaultClass = defaults[0];
    for (const r of claims) this.register(r.namespace ?? 'default', r.name, asObject(r.object.spec));
    if (previous) {
      for (const [claim, volume] of previous.boundTo) {
        if (this.claims.has(claim) && this.volumes.has(volume) && !this.boundTo.has(claim) && !this.claimOf.has(volume)) this.bindClaim(claim, volume);
      }
      for (const [claim, labels] of previous.provisionedAt) if (this.claims.get(claim)?.topologies) this.provisionedAt.set(claim, labels);
    }
    this.bindImmediate();
  }

  /** A claim the simulation creates (a StatefulSet's volumeClaimTemplates). */
  addClaim(namespace: string, name: string, spec: KubeObject): void {
    this.register(namespace, name, spec);
    this.bindImmediate();
  }

  private register(namespace: string, name: string, spec: KubeObject): void {
    const key = `${namespace}/${name}`;
    const written = spec.storageClassName;
    const className = typeof written === 'string' ? written : (this.defaultClass?.name ?? null);
    const storageClass = className === null ? undefined : this.classes.get(className);
    const volumeName = typeof spec.volumeName === 'string' ? spec.volumeName : '';
    const request = tryParseQuantity(asObject(asObject(spec.resources).requests).storage);
    // "" asks for a PV without class and a class of the input decides; any other is provisioned
    const isStatic = className === '' || storageClass?.provisioner === NO_PROVISIONER;
    const claim: Claim = {
      key,
      storageClassName: className ?? '',
      volumeName,
      request: request?.nano ?? 0n,
      accessModes: asArray(spec.accessModes).filter((m): m is string => typeof m === 'string'),
      volumeMode: typeof spec.volumeMode === 'string' ? spec.volumeMode : 'Filesystem',
      selector: isObject(spec.selector) ? compileLabelSelector(spec.selector) : null,
      static: isStatic,
      immediate: className === '' || !storageClass?.waitForFirstConsumer,
      // a PV named by the claim but not in the input is the cluster's: assumed to serve it
      unknownVolume: volumeName !== '' && !this.volumes.has(volumeName),
      topologies: !isStatic && volumeName === '' && storageClass && storageClass.allowedTopologies.length > 0 ? storageClass.allowedTopologies : null,
    };
    this.claims.set(key, claim);
    if (claim.static && claim.immediate && !claim.unknownVolume) this.waiting.add(key);
    // a claim and a PV that name each other are bound, whatever the class
    const reserved = volumeName !== '' ? this.volumes.get(volumeName) : this.volumeList.find((v) => v.claimRef === key);
    if (reserved && !this.claimOf.has(reserved.name) && (reserved.claimRef === null || reserved.claimRef === key)) this.bindClaim(key, reserved.name);
  }

  /** The constraints of a pod's claims (their names, in its namespace). */
  forPod(namespace: string, claimNames: readonly string[]): PodVolumes {
    if (claimNames.length === 0) return NO_CONSTRAINT;
    const bound: Volume[] = [];
    const toBind: Claim[] = [];
    // provisioned volumes: where they already are (node labels, or the allowed topologies of an
    // Immediate claim's volume), and where the ones still to provision may be created
    const placed: Readonly<Record<string, string>>[] = [];
    const existing: (readonly TopologyTerm[])[] = [];
    const toProvision: (readonly TopologyTerm[])[] = [];
    for (const name of claimNames) {
      const claim = this.claims.get(`${namespace}/${name}`);
      if (!claim || claim.unknownVolume) continue;
      const volume = this.boundVolume(claim);
      if (volume) {
        if (volume.nodeAffinity || volume.zones.length > 0) bound.push(volume);
      } else if (claim.static) {
        if (claim.immediate) return { unboundImmediate: true, filter: null };
        toBind.push(claim);
      } else if (claim.topologies) {
        const at = this.provisionedAt.get(claim.key);
        if (at) placed.push(at);
        else (claim.immediate ? existing : toProvision).push(claim.topologies);
      }
    }
    if (bound.length === 0 && toBind.length === 0 && placed.length === 0 && existing.length === 0 && toProvision.length === 0) return NO_CONSTRAINT;
    return {
      unboundImmediate: false,
      filter: (node) => {
        const reasons: string[] = [];
        if (
          bound.some((v) => v.nodeAffinity && !matchesNodeSelector(v.nodeAffinity, node)) ||
          placed.some((at) => Object.keys(at).some((key) => node.labels[key] !== at[key])) ||
          existing.some((terms) => !matchesTopology(terms, node.labels))
        ) {
          reasons.push(REASON_VOLUME_NODE_CONFLICT);
        }
        if ((toBind.length > 0 && this.pickVolumes(toBind, node) === null) || toProvision.some((terms) => !matchesTopology(terms, node.labels))) {
          reasons.push(REASON_VOLUME_BIND_CONFLICT);
        }
        if (reasons.length > 0) return reasons;
        // VolumeZone, the next filter plugin
        return bound.some((v) => !inVolumeZones(v, node.labels)) ? [REASON_VOLUME_ZONE] : null;
      },
    };
  }

  /** The pod is bound to the node: its claims that wait for a consumer take their PVs there. */
  bindPod(namespace: string, claimNames: readonly string[], node: NodeIdentity): void {
    if (claimNames.length === 0) return;
    const claims = claimNames.map((name) => this.claims.get(`${namespace}/${name}`)).filter((c): c is Claim => c !== undefined);
    const toBind = claims.filter((c) => c.static && !c.unknownVolume && !this.boundVolume(c));
    for (const [claim, volume] of this.pickVolumes(toBind, node) ?? []) this.bindClaim(claim.key, volume.name);
    for (const claim of claims) {
      if (!claim.topologies || this.provisionedAt.has(claim.key)) continue;
      // the volume takes the node's values of the topology keys it was allowed by
      const term = claim.topologies.find((t) => matchesTopologyTerm(t, node.labels));
      if (term) this.provisionedAt.set(claim.key, Object.fromEntries(term.map((r) => [r.key, node.labels[r.key]!])));
    }
  }

  /**
   * The CSI driver of a claim's volume (`namespace/name`), as far as the input says: its PV's, else
   * its class's provisioner. Null when unknown or not a CSI volume (local volumes).
   */
  driverOf(claimKey: string): string | null {
    const claim = this.claims.get(claimKey);
    if (!claim) return null;
    const volume = this.boundVolume(claim) ?? (claim.volumeName !== '' ? this.volumes.get(claim.volumeName) : undefined);
    if (volume) return volume.driver;
    const provisioner = claim.static ? undefined : this.classes.get(claim.storageClassName)?.provisioner;
    return provisioner ? (MIGRATED_DRIVERS[provisioner] ?? provisioner) : null;
  }

  /** The PV of the input a claim is bound to, or null. */
  volumeOf(namespace: string, claimName: string): string | null {
    return this.boundTo.get(`${namespace}/${claimName}`) ?? null;
  }

  private boundVolume(claim: Claim): Volume | undefined {
    const name = this.boundTo.get(claim.key);
    return name === undefined ? undefined : this.volumes.get(name);
  }

  /** A distinct PV for each claim on the node (the smallest that fits, claims in order), or null. */
  private pickVolumes(claims: readonly Claim[], node: NodeIdentity | null): [Claim, Volume][] | null {
    const taken = new Set<string>();
    const out: [Claim, Volume][] = [];
    for (const claim of claims) {
      const volume = this.findMatchingVolume(claim, node, taken);
      if (!volume) return null;
      taken.add(volume.name);
      out.push([claim, volume]);
    }
    return out;
  }

  /**
   * FindMatchingVolume (pkg/controller/volume/persistentvolume/util): a PV reserved for the claim
   * first; else the smallest free PV of the claim's class, volume mode and access modes, with the
   * capacity, matching the claim's selector and, on a node, whose node affinity allows the node.
   */
  private findMatchingVolume(claim: Claim, node: NodeIdentity | null, taken: ReadonlySet<string>): Volume | undefined {
    let best: Volume | undefined;
    for (const volume of this.volumeList) {
      if (taken.has(volume.name) || volume.volumeMode !== claim.volumeMode) continue;
      const holder = this.claimOf.get(volume.name) ?? volume.claimRef;
      if (holder === claim.key) {
        if (node === null || !volume.nodeAffinity || matchesNodeSelector(volume.nodeAffinity, node)) return volume;
        continue;
      }
      if (holder !== null) continue;
      if (claim.volumeName !== '' && claim.volumeName !== volume.name) continue;
      if (node !== null && volume.nodeAffinity && !matchesNodeSelector(volume.nodeAffinity, node)) continue;
      if (volume.storageClassName !== claim.storageClassName) continue;
      if (!claim.accessModes.every((m) => volume.accessModes.includes(m))) continue;
      if (claim.selector && !matchesSelector(claim.selector, volume.labels)) continue;
      if (volume.capacity < claim.request) continue;
      if (!best || volume.capacity < best.capacity) best = volume;
    }
    return best;
  }

  /** The PV controller binds claims that do not wait for a consumer as soon as a PV matches (claims by name). */
  private bindImmediate(): void {
    if (this.waiting.size === 0) return;
    for (const key of [...this.waiting].sort()) {
      const claim = this.claims.get(key)!;
      const volume = this.boundTo.has(key) ? undefined : this.findMatchingVolume(claim, null, new Set());
      if (volume) this.bindClaim(key, volume.name);
      if (this.boundTo.has(key)) this.waiting.delete(key);
    }
  }

  private bindClaim(claim: string, volume: string): void {
    this.boundTo.set(claim, volume);
    this.claimOf.set(volume, claim);
  }

  private addClass(name: string, object: KubeObject): void {
    const annotations = stringMap(asObject(object.metadata).annotations);
    this.classes.set(name, {
      name,
      provisioner: typeof object.provisioner === 'string' ? object.provisioner : '',
      waitForFirstConsumer: object.volumeBindingMode === 'WaitForFirstConsumer',
      isDefault: DEFAULT_CLASS_ANNOTATIONS.some((a) => annotations[a] === 'true'),
      allowedTopologies: asArray(object.allowedTopologies).map((term) =>
        asArray(asObject(term).matchLabelExpressions)
          .filter(isObject)
          .map((r) => ({ key: String(r.key), values: asArray(r.values).map(String) })),
      ),
    });
  }

  private addVolume(name: string, object: KubeObject): void {
    const spec = asObject(object.spec);
    const terms: NodeTerm[] = [];
    for (const raw of asArray(asObject(asObject(spec.nodeAffinity).required).nodeSelectorTerms)) {
      const term = compileNodeTerm(raw);
      if (term && term !== 'invalid') terms.push(term);
    }
    const claimRef = asObject(spec.claimRef);
    const csiDriver = asObject(spec.csi).driver;
    const inTree = Object.keys(IN_TREE_SOURCES).find((source) => isObject(spec[source]));
    const labels = stringMap(asObject(object.metadata).labels);
    const capacity = tryParseQuantity(asObject(spec.capacity).storage) ?? parseQuantity(0);
    this.volumes.set(name, {
      name,
      storageClassName: typeof spec.storageClassName === 'string' ? spec.storageClassName : '',
      capacity: capacity.nano,
      accessModes: asArray(spec.accessModes).filter((m): m is string => typeof m === 'string'),
      volumeMode: typeof spec.volumeMode === 'string' ? spec.volumeMode : 'Filesystem',
      labels,
      nodeAffinity: isObject(asObject(spec.nodeAffinity).required) ? { terms } : null,
      // a multi-zone volume lists its zones joined by "__"
      zones: Object.keys(labels)
        .filter((key) => key in ZONE_LABELS)
        .map((key) => ({ key, values: labels[key]!.split('__') })),
      claimRef: typeof claimRef.name === 'string' ? `${typeof claimRef.namespace === 'string' ? claimRef.namespace : 'default'}/${claimRef.name}` : null,
      driver: typeof csiDriver === 'string' && csiDriver !== '' ? csiDriver : inTree ? IN_TREE_SOURCES[inTree]! : null,
    });
  }
}

/** MatchTopologySelectorTerms: no term allows every node; an empty term allows none. */
function matchesTopology(terms: readonly TopologyTerm[], labels: Readonly<Record<string, string>>): boolean {
  return terms.length === 0 || terms.some((term) => matchesTopologyTerm(term, labels));
}

function matchesTopologyTerm(term: TopologyTerm, labels: Readonly<Record<string, string>>): boolean {
  return term.length > 0 && term.every((r) => labels[r.key] !== undefined && r.values.includes(labels[r.key]!));
}

/** VolumeZone: the node has each zone label of the PV (or its GA key) with one of its values. */
function inVolumeZones(volume: Volume, labels: Readonly<Record<string, string>>): boolean {
  return volume.zones.every(({ key, values }) => {
    const value = labels[key] ?? labels[ZONE_LABELS[key]!];
    return value !== undefined && values.includes(value);
  });
}
