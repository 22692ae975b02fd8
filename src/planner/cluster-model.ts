/**
 * The cluster the plan runs against: the embedded default (3 workers node-1..node-3, 4 CPU,
 * 16Gi memory, 100Gi ephemeral-storage, 110 pods, zones a/b/c), node pools written in `.kubeplan.yaml` (`cluster:` section, schema
 * `schemas/cluster.schema.json`, validated by src/config before it gets here), or real Node objects
 * (`kubectl get nodes -o yaml`; with `kubectl get nodes,csinodes -o yaml`, the CSINodes' volume
 * limits too).
 */
import { type ClusterSection, type NodePoolSection, parseNodePortRange } from '../core/cluster-section';
import { type Quantity, exceedsInt64Milli, parseQuantity, tryParseQuantity, unitValue } from '../core/quantity';
import type { Path } from '../core/types';
import { asArray, asObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import type { ClusterModel, NodeImage, NodeModel, NodePortRange, ResourceList, Taint, TaintEffect } from './types';

export const DEFAULT_NODE_PORT_RANGE: NodePortRange = { min: 30000, max: 32767 };
export const LABEL_HOSTNAME = 'kubernetes.io/hostname';
export const LABEL_ZONE = 'topology.kubernetes.io/zone';
/** The zone label's deprecated name, which the kubelet still sets beside it. */
const LABEL_BETA_ZONE = 'failure-domain.beta.kubernetes.io/zone';
export const TAINT_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
/** A Node's allocatable key for a CSI driver's volume limit (volumeutil.GetCSIAttachLimitKey, short names). */
const CSI_LIMIT_PREFIX = 'attachable-volumes-csi-';

/** A node pool of the `cluster:` section (validated by the configuration layer). */
export type NodePoolConfig = NodePoolSection;

/** The `cluster:` section of `.kubeplan.yaml` or a `--cluster` file in short form, validated. */
export type ClusterConfig = ClusterSection;

/** A problem in the cluster section (path from the section's root) or in a Node object (path in the object). */
export interface ClusterProblem {
  path: Path;
  message: string;
  /** The Node object the problem is in, when it comes from Node resources. */
  resource?: Resource;
}

/** The embedded default: one pool "node" of 3 workers over zones a, b, c. */
export const DEFAULT_NODE_POOL: NodePoolConfig = {
  name: 'node',
  count: 3,
  zones: ['a', 'b', 'c'],
};

/**
 * What a generated node (the default cluster, a node pool) has unless its pool says otherwise.
 * A kubelet always reports ephemeral-storage, the size of the node's root filesystem: 100Gi is a
 * common boot disk (GKE's default is 100 GB; EKS managed node groups default to 20 GiB, AKS to
 * 128 GiB). Allocatable defaults to it too, as the other resources do.
 */
export const DEFAULT_CAPACITY: Readonly<Record<string, string | number>> = { cpu: '4', memory: '16Gi', 'ephemeral-storage': '100Gi', pods: 110 };
const EFFECTS: readonly TaintEffect[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export interface ClusterModelSource {
  /** A validated `cluster:` section (node pools and the NodePort range): src/config checks it. */
  config?: ClusterConfig;
  /** Node objects (e.g. from `kubectl get nodes -o yaml`); when non-empty they replace the pools. */
  nodes?: readonly Resource[];
}

/**
 * Builds the cluster model: Node resources when given, else the configured node pools, else the
 * embedded default. Node objects with unusable quantities become problems (and are skipped).
 */
export function buildClusterModel(source: ClusterModelSource = {}): { model: ClusterModel; problems: ClusterProblem[] } {
  const problems: ClusterProblem[] = [];
  const range = source.config?.nodePortRange === undefined ? DEFAULT_NODE_PORT_RANGE : parseNodePortRange(source.config.nodePortRange);
  if (typeof range === 'string') problems.push({ path: ['nodePortRange'], message: range });
  const nodePortRange = typeof range === 'string' ? DEFAULT_NODE_PORT_RANGE : range;
  let nodes: NodeModel[];
  let kind: ClusterModel['source'];
  const nodeResources = (source.nodes ?? []).filter((r) => r.kind === 'Node');
  if (nodeResources.length > 0) {
    nodes = nodeResources.flatMap((r) => nodeFromResource(r, problems));
    addCsiNodeLimits(nodes, source.nodes ?? []);
    kind = 'nodes';
  } else if (source.config?.nodePools && source.config.nodePools.length > 0) {
    nodes = source.config.nodePools.flatMap(nodesOfPool);
    kind = 'node-pools';
  } else {
    nodes = nodesOfPool(DEFAULT_NODE_POOL);
    kind = 'default';
  }
  nodes.sort((a, b) => compareStrings(a.name, b.name));
  for (let i = 1; i < nodes.length; i++) {
    if (nodes[i]!.name === nodes[i - 1]!.name) problems.push({ path: [], message: `duplicate node name "${nodes[i]!.name}"` });
  }
  return { model: { nodes, nodePortRange, source: kind }, problems };
}

function nodesOfPool(pool: NodePoolConfig): NodeModel[] {
  const capacity = toResourceList({ ...DEFAULT_CAPACITY, ...(pool.capacity ?? {}) });
  const allocatable = { ...capacity, ...toResourceList(pool.allocatable ?? {}) };
  const taints: Taint[] = (pool.taints ?? []).map((t) => ({ key: t.key, value: t.value ?? '', effect: t.effect }));
  const unschedulable = pool.unschedulable === true;
  if (unschedulable && !taints.some((t) => t.key === TAINT_UNSCHEDULABLE)) {
    // The node lifecycle controller taints cordoned nodes (TaintNodesByCondition).
    taints.push({ key: TAINT_UNSCHEDULABLE, value: '', effect: 'NoSchedule' });
  }
  const out: NodeModel[] = [];
  for (let i = 0; i < pool.count; i++) {
    const name = `${pool.name}-${i + 1}`;
    // the labels the kubelet registers a node with, the deprecated beta ones included (still set,
    // and still found in manifests' nodeSelectors)
    const labels: Record<string, string> = {
      'beta.kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/os': 'linux',
      ...(pool.labels ?? {}),
      [LABEL_HOSTNAME]: name,
    };
    if (pool.zones && pool.zones.length > 0) {
      const zone = pool.zones[i % pool.zones.length]!;
      labels[LABEL_ZONE] = zone;
      labels[LABEL_BETA_ZONE] = zone;
    }
    out.push({ name, labels, taints, unschedulable, capacity, allocatable, ...(pool.volumeLimits ? { volumeLimits: pool.volumeLimits } : {}) });
  }
  return out;
}

function toResourceList(values: Record<string, string | number>): Record<string, Quantity> {
  const out: Record<string, Quantity> = {};
  for (const [key, value] of Object.entries(values)) out[key] = parseQuantity(value);
  return out;
}

function nodeFromResource(resource: Resource, problems: ClusterProblem[]): NodeModel[] {
  const object = resource.object;
  const metadata = asObject(object.metadata);
  const spec = asObject(object.spec);
  const status = asObject(object.status);
  const name = resource.name;
  if (name === '') {
    problems.push({ path: ['metadata', 'name'], message: 'a Node needs metadata.name', resource });
    return [];
  }
  const readList = (field: 'capacity' | 'allocatable'): Record<string, Quantity> => {
    const out: Record<string, Quantity> = {};
    for (const [key, value] of Object.entries(asObject(status[field]))) {
      const q = tryParseQuantity(value);
      if (q === undefined || q.nano < 0n) {
        problems.push({ path: ['status', field, key], message: `Node ${name}: ${key} is not a valid quantity`, resource });
      } else if (exceedsInt64Milli(q)) {
        problems.push({ path: ['status', field, key], message: `Node ${name}: ${key} ${JSON.stringify(String(value))} is more than Kubernetes can hold`, resource });
      } else out[key] = q;
    }
    return out;
  };
  const capacity = readList('capacity');
  const allocatable: ResourceList = { ...capacity, ...readList('allocatable') };
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(asObject(metadata.labels))) {
    if (typeof value === 'string') labels[key] = value;
  }
  if (labels[LABEL_HOSTNAME] === undefined) labels[LABEL_HOSTNAME] = name;
  const taints: Taint[] = [];
  for (const raw of asArray(spec.taints)) {
    const t = asObject(raw);
    if (typeof t.key !== 'string' || !EFFECTS.includes(t.effect as TaintEffect)) continue;
    taints.push({ key: t.key, value: typeof t.value === 'string' ? t.value : '', effect: t.effect as TaintEffect });
  }
  const unschedulable = spec.unschedulable === true;
  if (unschedulable && !taints.some((t) => t.key === TAINT_UNSCHEDULABLE)) {
    taints.push({ key: TAINT_UNSCHEDULABLE, value: '', effect: 'NoSchedule' });
  }
  if (allocatable.pods === undefined) {
    // kubelet's maxPods default.
    (allocatable as Record<string, Quantity>).pods = parseQuantity(110);
  }
  // the limits a Node reports itself (before CSINode objects, which override them)
  const volumeLimits: Record<string, number> = {};
  for (const [key, q] of Object.entries(allocatable)) {
    if (key.startsWith(CSI_LIMIT_PREFIX)) volumeLimits[key.slice(CSI_LIMIT_PREFIX.length)] = unitValue(q);
  }
  const limits = Object.keys(volumeLimits).length > 0 ? { volumeLimits } : {};
  const images = imagesOf(status);
  return [{ name, labels, taints, unschedulable, capacity, allocatable, ...limits, ...(images.length > 0 ? { images } : {}) }];
}

/** A Node's `status.images` (the kubelet reports up to 50, largest first); malformed entries are skipped. */
function imagesOf(status: Record<string, unknown>): NodeImage[] {
  const out: NodeImage[] = [];
  for (const raw of asArray(status.images)) {
    const image = asObject(raw);
    const names = asArray(image.names).filter((n): n is string => typeof n === 'string');
    const size = image.sizeBytes;
    if (names.length > 0 && typeof size === 'number' && Number.isSafeInteger(size) && size >= 0) out.push({ names, sizeBytes: size });
  }
  return out;
}

/**
 * The volume limits of CSINode objects (named after their node): spec.drivers[].allocatable.count,
 * as the scheduler's NodeVolumeLimits plugin reads them. A driver without a count has no limit.
 */
function addCsiNodeLimits(nodes: NodeModel[], objects: readonly Resource[]): void {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  for (const r of objects) {
    const node = r.kind === 'CSINode' ? byName.get(r.name) : undefined;
    if (!node) continue;
    const limits: Record<string, number> = { ...node.volumeLimits };
    for (const raw of asArray(asObject(r.object.spec).drivers)) {
      const driver = asObject(raw);
      const count = asObject(driver.allocatable).count;
      if (typeof driver.name === 'string' && typeof count === 'number' && Number.isInteger(count) && count >= 0) limits[driver.name] = count;
    }
    if (Object.keys(limits).length > 0) node.volumeLimits = limits;
  }
}

/** Plain code-unit order, as Go compares strings: the only string order the planner uses. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
