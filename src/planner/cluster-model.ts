/**
 * The cluster the plan runs against: the embedded default (3 workers node-1..node-3, 4 CPU,
 * 16Gi, 110 pods, zones a/b/c), node pools written in `.kubeplan.yaml` (`cluster:` section, schema
 * `schemas/cluster.schema.json`), or real Node objects (`kubectl get nodes -o yaml`).
 */
import { type Quantity, parseQuantity, tryParseQuantity } from '../core/quantity';
import type { Path } from '../core/types';
import { asArray, asObject, isObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import type { ClusterModel, NodeModel, NodePortRange, ResourceList, Taint, TaintEffect } from './types';

export const DEFAULT_NODE_PORT_RANGE: NodePortRange = { min: 30000, max: 32767 };
export const LABEL_HOSTNAME = 'kubernetes.io/hostname';
export const LABEL_ZONE = 'topology.kubernetes.io/zone';
export const TAINT_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

export interface NodePoolConfig {
  name: string;
  count: number;
  capacity?: Record<string, string | number>;
  allocatable?: Record<string, string | number>;
  labels?: Record<string, string>;
  taints?: { key: string; value?: string; effect: TaintEffect }[];
  zones?: string[];
  unschedulable?: boolean;
}

/** The `cluster:` section of `.kubeplan.yaml`, validated. */
export interface ClusterConfig {
  nodePortRange?: NodePortRange;
  nodePools?: NodePoolConfig[];
}

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
  capacity: { cpu: '4', memory: '16Gi', pods: 110 },
  zones: ['a', 'b', 'c'],
};

const DEFAULT_CAPACITY: Record<string, string | number> = { cpu: '4', memory: '16Gi', pods: 110 };
const EFFECTS: readonly TaintEffect[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const POOL_KEYS = new Set(['name', 'count', 'capacity', 'allocatable', 'labels', 'taints', 'zones', 'unschedulable']);
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_NODES = 100_000;

/**
 * Validates the `cluster:` section (already parsed). Returns every problem at once; `config` is
 * set only when there are none.
 */
export function resolveClusterConfig(value: unknown): { config?: ClusterConfig; problems: ClusterProblem[] } {
  const problems: ClusterProblem[] = [];
  if (value === undefined || value === null) return { config: {}, problems };
  if (!isObject(value)) return { problems: [{ path: [], message: 'cluster must be a mapping' }] };
  const config: ClusterConfig = {};
  for (const key of Object.keys(value)) {
    if (key !== 'nodePortRange' && key !== 'nodePools') {
      problems.push({ path: [key], message: `unknown field "${key}" (expected nodePortRange or nodePools)` });
    }
  }
  if (value.nodePortRange !== undefined) {
    const range = parseNodePortRange(value.nodePortRange);
    if (typeof range === 'string') problems.push({ path: ['nodePortRange'], message: range });
    else config.nodePortRange = range;
  }
  if (value.nodePools !== undefined) {
    if (!Array.isArray(value.nodePools) || value.nodePools.length === 0) {
      problems.push({ path: ['nodePools'], message: 'nodePools must be a non-empty list' });
    } else {
      const names = new Set<string>();
      let total = 0;
      config.nodePools = [];
      value.nodePools.forEach((raw, i) => {
        const pool = validatePool(raw, ['nodePools', i], problems);
        if (!pool) return;
        if (names.has(pool.name)) problems.push({ path: ['nodePools', i, 'name'], message: `duplicate node pool "${pool.name}"` });
        names.add(pool.name);
        total += pool.count;
        config.nodePools!.push(pool);
      });
      if (total > MAX_NODES) problems.push({ path: ['nodePools'], message: `at most ${MAX_NODES} nodes are supported (got ${total})` });
    }
  }
  return problems.length > 0 ? { problems } : { config, problems };
}

/** `30000-32767` → {min, max}; an error message when malformed. */
export function parseNodePortRange(value: unknown): NodePortRange | string {
  const match = typeof value === 'string' ? /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(value) : null;
  if (!match) return `nodePortRange must look like "30000-32767" (got ${JSON.stringify(value)})`;
  const min = Number(match[1]);
  const max = Number(match[2]);
  if (min < 1 || max > 65535 || min > max) return `nodePortRange ${min}-${max} is not a valid port range`;
  return { min, max };
}

function validatePool(raw: unknown, at: Path, problems: ClusterProblem[]): NodePoolConfig | undefined {
  if (!isObject(raw)) {
    problems.push({ path: at, message: 'a node pool must be a mapping' });
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(raw)) {
    if (!POOL_KEYS.has(key)) problems.push({ path: [...at, key], message: `unknown field "${key}" in a node pool` });
  }
  const name = raw.name;
  if (typeof name !== 'string' || !DNS1123_LABEL.test(name) || name.length > 50) {
    problems.push({ path: [...at, 'name'], message: 'name must be a DNS-1123 label of at most 50 characters (nodes are named <name>-1, <name>-2, …)' });
  }
  const count = raw.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    problems.push({ path: [...at, 'count'], message: 'count must be an integer of at least 1' });
  }
  for (const field of ['capacity', 'allocatable'] as const) {
    const list = raw[field];
    if (list === undefined) continue;
    if (!isObject(list)) {
      problems.push({ path: [...at, field], message: `${field} must be a mapping of resource names to quantities` });
      continue;
    }
    for (const [resource, quantity] of Object.entries(list)) {
      const problem = quantityProblem(resource, quantity);
      if (problem) problems.push({ path: [...at, field, resource], message: problem });
    }
  }
  if (raw.labels !== undefined) {
    if (!isObject(raw.labels)) problems.push({ path: [...at, 'labels'], message: 'labels must be a mapping of strings' });
    else {
      for (const [key, label] of Object.entries(raw.labels)) {
        if (typeof label !== 'string') problems.push({ path: [...at, 'labels', key], message: 'label values must be strings' });
      }
    }
  }
  if (raw.taints !== undefined) {
    if (!Array.isArray(raw.taints)) problems.push({ path: [...at, 'taints'], message: 'taints must be a list' });
    else {
      raw.taints.forEach((taint, i) => {
        const path: Path = [...at, 'taints', i];
        if (!isObject(taint)) return void problems.push({ path, message: 'a taint must be a mapping with key, value and effect' });
        if (typeof taint.key !== 'string' || taint.key === '') problems.push({ path: [...path, 'key'], message: 'key is required' });
        if (taint.value !== undefined && typeof taint.value !== 'string') problems.push({ path: [...path, 'value'], message: 'value must be a string' });
        if (!EFFECTS.includes(taint.effect as TaintEffect)) {
          problems.push({ path: [...path, 'effect'], message: `effect must be one of ${EFFECTS.join(', ')}` });
        }
      });
    }
  }
  if (raw.zones !== undefined) {
    if (!Array.isArray(raw.zones) || raw.zones.length === 0 || raw.zones.some((z) => typeof z !== 'string' || z === '')) {
      problems.push({ path: [...at, 'zones'], message: 'zones must be a non-empty list of zone names' });
    }
  }
  if (raw.unschedulable !== undefined && typeof raw.unschedulable !== 'boolean') {
    problems.push({ path: [...at, 'unschedulable'], message: 'unschedulable must be true or false' });
  }
  if (problems.length > before) return undefined;
  return raw as unknown as NodePoolConfig;
}

function quantityProblem(resource: string, value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return `${resource} must be a quantity such as "4", "3800m" or "16Gi"`;
  try {
    const q = parseQuantity(value);
    if (q.nano < 0n) return `${resource} must not be negative`;
    if (resource === 'pods' && q.nano % 1_000_000_000n !== 0n) return 'pods must be a whole number';
  } catch (error) {
    return `${resource}: ${(error as Error).message}`;
  }
  return undefined;
}

export interface ClusterModelSource {
  /** A validated `cluster:` section (node pools and the NodePort range). */
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
  const nodePortRange = source.config?.nodePortRange ?? DEFAULT_NODE_PORT_RANGE;
  let nodes: NodeModel[];
  let kind: ClusterModel['source'];
  const nodeResources = (source.nodes ?? []).filter((r) => r.kind === 'Node');
  if (nodeResources.length > 0) {
    nodes = nodeResources.flatMap((r) => nodeFromResource(r, problems));
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
    const labels: Record<string, string> = {
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/os': 'linux',
      ...(pool.labels ?? {}),
      [LABEL_HOSTNAME]: name,
    };
    if (pool.zones && pool.zones.length > 0) labels[LABEL_ZONE] = pool.zones[i % pool.zones.length]!;
    out.push({ name, labels, taints, unschedulable, capacity, allocatable });
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
  return [{ name, labels, taints, unschedulable, capacity, allocatable }];
}

/**
 * A `--cluster` file: Node objects (`kubectl get nodes -o yaml`), or the short form, either as a
 * `cluster:` section (a `.kubeplan.yaml`) or as the section's content. Problems carry paths in the
 * file's first document.
 */
export function clusterSourceFromFile(resources: readonly Resource[], firstDocument: unknown): { source: ClusterModelSource; problems: ClusterProblem[] } {
  const nodes = resources.filter((r) => r.kind === 'Node');
  if (nodes.length > 0) return { source: { nodes }, problems: [] };
  const inSection = isObject(firstDocument) && 'cluster' in firstDocument;
  const section = inSection ? (firstDocument as Record<string, unknown>).cluster : firstDocument;
  if (!isObject(section) || !('nodePools' in section || 'nodePortRange' in section)) {
    return {
      source: {},
      problems: [{ path: [], message: 'expected Node objects (kubectl get nodes -o yaml) or node pools (nodePools: …, or cluster: { nodePools: … })' }],
    };
  }
  const { config, problems } = resolveClusterConfig(section);
  return { source: config ? { config } : {}, problems: problems.map((p) => ({ ...p, path: inSection ? ['cluster', ...p.path] : p.path })) };
}

/** Plain code-unit order, as Go compares strings: the only string order the planner uses. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
