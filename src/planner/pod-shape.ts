/**
 * The scheduling-relevant view of a pod spec, computed once per distinct pod template (all pods of
 * one ReplicaSet share it): requests as the scheduler counts them, tolerations, node selection,
 * host ports, pod (anti-)affinity terms and topology spread constraints.
 */
import { milliValue, unitValue } from '../core/quantity';
import { asArray, asObject, isObject } from '../resources/kinds';
import { NON_ZERO_DEFAULTS, isBestEffort, podRequests, type QuantityMap } from './pod-resources';
import {
  type Labels,
  type NodeSelector,
  type PreferredNodeTerm,
  type Requirement,
  type Selector,
  andSelector,
  compileLabelSelector,
  compilePreferredNodeAffinity,
  compileRequiredNodeAffinity,
  matchesSelector,
  stringMap,
} from './selectors';
import type { TaintEffect } from './types';

export interface Toleration {
  key: string;
  operator: string;
  value: string;
  effect: string;
}

export interface HostPort {
  ip: string;
  protocol: string;
  port: number;
}

/** A pod (anti-)affinity term: which pods (namespaces and labels) in which topology domain. */
export interface AffinityTerm {
  selector: Selector;
  /** null: every namespace. */
  namespaces: ReadonlySet<string> | null;
  topologyKey: string;
  weight: number;
  /** Canonical text for counter caches. */
  key: string;
}

export interface SpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  hard: boolean;
  selector: Selector;
  minDomains: number;
  honorNodeAffinity: boolean;
  honorNodeTaints: boolean;
}

/** Scheduler resource units: cpu in millicores, everything else in units (bytes, counts). */
export interface ResourceRequest {
  cpu: number;
  memory: number;
  ephemeral: number;
  /** Extended resources and hugepages, sorted by name. */
  scalars: readonly (readonly [string, number])[];
}

export interface PodShape {
  /** Unique per shape: caches of per-node static results hang off the object itself. */
  readonly id: number;
  readonly namespace: string;
  readonly labels: Labels;
  /** The admitted pod spec. */
  readonly spec: Record<string, unknown>;
  readonly requests: QuantityMap;
  readonly request: ResourceRequest;
  /** Requests with the scheduler's non-zero defaults (100m, 200Mi per container), for scoring. */
  readonly nonZeroCpu: number;
  readonly nonZeroMemory: number;
  readonly bestEffort: boolean;
  readonly hostPorts: readonly HostPort[];
  readonly tolerations: readonly Toleration[];
  readonly nodeSelector: Readonly<Record<string, string>>;
  readonly requiredNodeAffinity: NodeSelector | undefined;
  readonly preferredNodeAffinity: readonly PreferredNodeTerm[];
  /** NodeAffinity PreFilter: the node names every required term pins (matchFields metadata.name In). */
  readonly pinnedNodes: ReadonlySet<string> | null;
  readonly nodeName: string | null;
  readonly requiredAffinity: readonly AffinityTerm[];
  readonly requiredAntiAffinity: readonly AffinityTerm[];
  readonly preferredAffinity: readonly AffinityTerm[];
  readonly preferredAntiAffinity: readonly AffinityTerm[];
  readonly spread: readonly SpreadConstraint[];
  /** System default spreading (ScheduleAnyway) selector; null when no Service/owner selects the pod. */
  readonly defaultSpreadSelector: Selector | null;
  readonly priority: number;
  readonly schedulerName: string;
  readonly gated: boolean;
  readonly containerImages: readonly string[];
  /** Equal for shapes with the same tolerations, nodeSelector and node affinity (static filter cache key). */
  readonly nodeFitKey: string;
}

export interface ShapeContext {
  /** Namespaces and their labels, for namespaceSelector in affinity terms. */
  namespaceLabels: ReadonlyMap<string, Labels>;
  priority: number;
  defaultSpreadSelector: Selector | null;
}

let nextShapeId = 1;

export function buildPodShape(
  namespace: string,
  labels: Labels,
  spec: Record<string, unknown>,
  context: ShapeContext,
): PodShape {
  const requests = podRequests(spec);
  const nonZero = podRequests(spec, NON_ZERO_DEFAULTS);
  const scalars: [string, number][] = [];
  for (const [key, q] of requests) {
    if (key === 'cpu' || key === 'memory' || key === 'ephemeral-storage' || key === 'pods') continue;
    if (q.nano > 0n) scalars.push([key, unitValue(q)]);
  }
  scalars.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const affinity = asObject(spec.affinity);
  const requiredNodeAffinity = compileRequiredNodeAffinity(affinity);
  const podAffinity = asObject(affinity.podAffinity);
  const podAntiAffinity = asObject(affinity.podAntiAffinity);
  const termContext = { namespace, labels, namespaceLabels: context.namespaceLabels };
  const gates = asArray(spec.schedulingGates);
  return {
    id: nextShapeId++,
    namespace,
    labels,
    spec,
    requests,
    request: {
      cpu: milli(requests, 'cpu'),
      memory: units(requests, 'memory'),
      ephemeral: units(requests, 'ephemeral-storage'),
      scalars,
    },
    nonZeroCpu: milli(nonZero, 'cpu'),
    nonZeroMemory: units(nonZero, 'memory'),
    bestEffort: isBestEffort(spec),
    hostPorts: hostPortsOf(spec),
    tolerations: asArray(spec.tolerations).map((raw) => {
      const t = asObject(raw);
      return {
        key: typeof t.key === 'string' ? t.key : '',
        operator: typeof t.operator === 'string' ? t.operator : '',
        value: typeof t.value === 'string' ? t.value : '',
        effect: typeof t.effect === 'string' ? t.effect : '',
      };
    }),
    nodeSelector: stringMap(spec.nodeSelector),
    requiredNodeAffinity,
    preferredNodeAffinity: compilePreferredNodeAffinity(affinity),
    pinnedNodes: pinnedNodesOf(requiredNodeAffinity),
    nodeName: typeof spec.nodeName === 'string' && spec.nodeName !== '' ? spec.nodeName : null,
    requiredAffinity: asArray(podAffinity.requiredDuringSchedulingIgnoredDuringExecution).map((t) =>
      compileAffinityTerm(t, 1, termContext),
    ),
    requiredAntiAffinity: asArray(podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution).map((t) =>
      compileAffinityTerm(t, 1, termContext),
    ),
    preferredAffinity: compileWeighted(podAffinity.preferredDuringSchedulingIgnoredDuringExecution, termContext),
    preferredAntiAffinity: compileWeighted(podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution, termContext),
    spread: asArray(spec.topologySpreadConstraints).map((c) => compileSpread(c, labels)),
    defaultSpreadSelector: context.defaultSpreadSelector,
    priority: context.priority,
    schedulerName: typeof spec.schedulerName === 'string' && spec.schedulerName !== '' ? spec.schedulerName : 'default-scheduler',
    gated: gates.length > 0,
    nodeFitKey: JSON.stringify([spec.tolerations ?? null, spec.nodeSelector ?? null, affinity.nodeAffinity ?? null]),
    containerImages: [...asArray(spec.initContainers), ...asArray(spec.containers)]
      .map((c) => asObject(c).image)
      .filter((i): i is string => typeof i === 'string'),
  };
}

function milli(list: QuantityMap, key: string): number {
  const q = list.get(key);
  return q ? milliValue(q) : 0;
}

function units(list: QuantityMap, key: string): number {
  const q = list.get(key);
  return q ? unitValue(q) : 0;
}

/**
 * Ports the NodePorts filter counts: containers and sidecar init containers. With hostNetwork,
 * defaulting sets hostPort = containerPort.
 */
function hostPortsOf(spec: Record<string, unknown>): HostPort[] {
  const hostNetwork = spec.hostNetwork === true;
  const containers = [
    ...asArray(spec.containers),
    ...asArray(spec.initContainers).filter((c) => asObject(c).restartPolicy === 'Always'),
  ];
  const out: HostPort[] = [];
  for (const c of containers) {
    for (const raw of asArray(asObject(c).ports)) {
      const p = asObject(raw);
      let port = typeof p.hostPort === 'number' ? p.hostPort : 0;
      if (port === 0 && hostNetwork && typeof p.containerPort === 'number') port = p.containerPort;
      if (port <= 0) continue;
      out.push({
        ip: typeof p.hostIP === 'string' && p.hostIP !== '' ? p.hostIP : '0.0.0.0',
        protocol: typeof p.protocol === 'string' && p.protocol !== '' ? p.protocol : 'TCP',
        port,
      });
    }
  }
  return out;
}

function pinnedNodesOf(required: NodeSelector | undefined): ReadonlySet<string> | null {
  if (!required || required.terms.length === 0) return null;
  let all: Set<string> | null = null;
  for (const term of required.terms) {
    const pinning = term.fields.filter((r) => r.operator === 'In');
    const termNames: Set<string> | null =
      pinning.length === 0
        ? null
        : new Set(pinning[0]!.values.filter((name) => pinning.every((r) => r.values.includes(name))));
    // A term without a metadata.name In requirement admits every node (terms are ORed).
    if (termNames === null) return null;
    all = all === null ? termNames : new Set([...all, ...termNames]);
  }
  return all;
}

interface TermContext {
  namespace: string;
  labels: Labels;
  namespaceLabels: ReadonlyMap<string, Labels>;
}

function compileWeighted(raw: unknown, context: TermContext): AffinityTerm[] {
  const out: AffinityTerm[] = [];
  for (const item of asArray(raw)) {
    const weighted = asObject(item);
    const weight = typeof weighted.weight === 'number' ? weighted.weight : 0;
    if (weight === 0) continue;
    out.push(compileAffinityTerm(weighted.podAffinityTerm, weight, context));
  }
  return out;
}

/**
 * Namespaces default to the pod's own; `namespaceSelector: {}` means every namespace.
 * matchLabelKeys / mismatchLabelKeys are merged into the selector, as the API server does.
 */
export function compileAffinityTerm(raw: unknown, weight: number, context: TermContext): AffinityTerm {
  const term = asObject(raw);
  let selector = compileLabelSelector(term.labelSelector);
  const extra: Requirement[] = [];
  for (const key of asArray(term.matchLabelKeys)) {
    const value = typeof key === 'string' ? context.labels[key] : undefined;
    if (value !== undefined) extra.push({ key: key as string, operator: 'In', values: [value] });
  }
  for (const key of asArray(term.mismatchLabelKeys)) {
    const value = typeof key === 'string' ? context.labels[key] : undefined;
    if (value !== undefined) extra.push({ key: key as string, operator: 'NotIn', values: [value] });
  }
  selector = andSelector(selector, extra);
  const listed = asArray(term.namespaces).filter((n): n is string => typeof n === 'string');
  let namespaces: Set<string> | null;
  if (isObject(term.namespaceSelector)) {
    const nsSelector = compileLabelSelector(term.namespaceSelector);
    if (!nsSelector.nothing && nsSelector.requirements.length === 0) namespaces = null;
    else {
      namespaces = new Set(listed);
      for (const [name, nsLabels] of context.namespaceLabels) {
        if (matchesSelector(nsSelector, nsLabels)) namespaces.add(name);
      }
    }
  } else {
    namespaces = new Set(listed.length > 0 ? listed : [context.namespace]);
  }
  const topologyKey = typeof term.topologyKey === 'string' ? term.topologyKey : '';
  const nsKey = namespaces === null ? '*' : [...namespaces].sort().join(',');
  return { selector, namespaces, topologyKey, weight, key: `${nsKey}|${selector.key}|${selector.nothing}` };
}

function compileSpread(raw: unknown, labels: Labels): SpreadConstraint {
  const c = asObject(raw);
  let selector = compileLabelSelector(c.labelSelector);
  const extra: Requirement[] = [];
  for (const key of asArray(c.matchLabelKeys)) {
    const value = typeof key === 'string' ? labels[key] : undefined;
    if (value !== undefined) extra.push({ key: key as string, operator: 'In', values: [value] });
  }
  selector = andSelector(selector, extra);
  return {
    maxSkew: typeof c.maxSkew === 'number' && c.maxSkew > 0 ? c.maxSkew : 1,
    topologyKey: typeof c.topologyKey === 'string' ? c.topologyKey : '',
    hard: c.whenUnsatisfiable !== 'ScheduleAnyway',
    selector,
    minDomains: typeof c.minDomains === 'number' && c.minDomains > 0 ? c.minDomains : 1,
    honorNodeAffinity: c.nodeAffinityPolicy !== 'Ignore',
    honorNodeTaints: c.nodeTaintsPolicy === 'Honor',
  };
}

/** v1 Toleration.ToleratesTaint. */
export function toleratesTaint(t: Toleration, taint: { key: string; value: string; effect: TaintEffect }): boolean {
  if (t.effect !== '' && t.effect !== taint.effect) return false;
  if (t.key !== '' && t.key !== taint.key) return false;
  if (t.operator === '' || t.operator === 'Equal') return t.value === taint.value;
  return t.operator === 'Exists';
}

export function toleratesAll(
  tolerations: readonly Toleration[],
  taint: { key: string; value: string; effect: TaintEffect },
): boolean {
  for (const t of tolerations) if (toleratesTaint(t, taint)) return true;
  return false;
}
