/**
 * Services after the plan: endpoints that become empty (same-namespace Running pods matching the
 * selector; a named targetPort must be declared by the pod with the same protocol, as FindPort
 * requires), and the allocations the API server makes or refuses: NodePorts (in range, not already
 * allocated, regardless of protocol) and explicit ClusterIPs already held by another Service.
 *
 * NodePorts the cluster would pick at random are picked deterministically: the lowest free port of
 * the dynamic band (above the static band of min(max(16, size/32), 128) ports, none for a range of
 * 16 ports or fewer), then the static band.
 */
import { asArray, asObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import { compileMapSelector, matchesSelector } from './selectors';
import type { NodePortRange, PlanProblem } from './types';

export interface EndpointPod {
  namespace: string;
  labels: Readonly<Record<string, string>>;
  running: boolean;
  spec: Record<string, unknown>;
}

interface ServicePort {
  name: string;
  protocol: string;
  targetPort: unknown;
  nodePort: number | null;
}

function servicePorts(service: Resource): ServicePort[] {
  return asArray(asObject(service.object.spec).ports).map((raw) => {
    const p = asObject(raw);
    return {
      name: typeof p.name === 'string' ? p.name : '',
      protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
      targetPort: p.targetPort ?? p.port,
      nodePort: typeof p.nodePort === 'number' ? p.nodePort : null,
    };
  });
}

function selectorOf(service: Resource): Record<string, string> | null {
  const spec = asObject(service.object.spec);
  if (spec.type === 'ExternalName') return null;
  const selector = asObject(spec.selector);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(selector)) out[k] = String(v);
  return Object.keys(out).length === 0 ? null : out;
}

/** FindPort: numeric target ports always resolve; names need a container (or sidecar) port with that name and protocol. */
function podServesPort(pod: EndpointPod, port: ServicePort): boolean {
  if (typeof port.targetPort !== 'string') return true;
  const containers = [
    ...asArray(pod.spec.containers),
    ...asArray(pod.spec.initContainers).filter((c) => asObject(c).restartPolicy === 'Always'),
  ];
  for (const c of containers) {
    for (const raw of asArray(asObject(c).ports)) {
      const p = asObject(raw);
      const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
      if (p.name === port.targetPort && protocol === port.protocol) return true;
    }
  }
  return false;
}

/** Ready endpoints of a Service: matching Running pods that serve at least one of its ports. */
export function readyEndpoints(service: Resource, pods: readonly EndpointPod[]): { ready: number; matching: number } {
  const selectorMap = selectorOf(service);
  if (!selectorMap) return { ready: 0, matching: 0 };
  const selector = compileMapSelector(selectorMap);
  const ports = servicePorts(service);
  let ready = 0;
  let matching = 0;
  for (const pod of pods) {
    if (pod.namespace !== (service.namespace ?? 'default') || !pod.running || !matchesSelector(selector, pod.labels)) continue;
    matching++;
    if (ports.length === 0 || ports.some((p) => podServesPort(pod, p))) ready++;
  }
  return { ready, matching };
}

/**
 * Services of the next state with a selector and no ready endpoint: a warning when they had some
 * before, or when the plan creates or changes them.
 */
export function checkEndpoints(
  before: ReadonlyMap<string, Resource>,
  after: readonly Resource[],
  changed: ReadonlySet<string>,
  podsBefore: readonly EndpointPod[],
  podsAfter: readonly EndpointPod[],
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const service of after) {
    if (service.kind !== 'Service' || service.group !== '') continue;
    const selectorMap = selectorOf(service);
    if (!selectorMap) continue;
    const now = readyEndpoints(service, podsAfter);
    if (now.ready > 0) continue;
    const previous = before.get(service.key);
    const had = previous ? readyEndpoints(previous, podsBefore).ready : 0;
    const selector = Object.keys(selectorMap)
      .sort()
      .map((k) => `${k}=${selectorMap[k]}`)
      .join(',');
    const why =
      now.matching > 0
        ? `${now.matching} running pod(s) match ${selector} but none declares the Service's target port`
        : `no running pod matches ${selector}`;
    if (had > 0) {
      problems.push(problemFor('warning', 'EndpointsEmpty', service, `Service ${service.name} has ${had} ready endpoint(s) now and none after the plan: ${why}`));
    } else if (changed.has(service.key)) {
      problems.push(problemFor('warning', 'EndpointsEmpty', service, `Service ${service.name} has no ready endpoints after the plan: ${why}`));
    }
  }
  return problems;
}

function problemFor(severity: PlanProblem['severity'], reason: string, r: Resource, message: string): PlanProblem {
  return { severity, reason, kind: r.kind, namespace: r.namespace, name: r.name, message };
}

/**
 * NodePort and ClusterIP allocation for the Services the plan creates or changes, against every
 * other Service of the next state (current ones first, then in the order the manifests give).
 * Errors are refusals: `FieldValueInvalid` for a port or IP the Service asks for, `InternalError`
 * (the API server's status) when the range has no free port left.
 */
export function checkServiceAllocations(
  kept: readonly Resource[],
  applied: readonly Resource[],
  current: ReadonlyMap<string, Resource>,
  range: NodePortRange,
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const ports = new Map<number, string>();
  const ips = new Map<string, string>();
  const appliedKeys = new Set(applied.map((r) => r.key));
  for (const svc of kept) {
    if (svc.kind !== 'Service' || svc.group !== '' || appliedKeys.has(svc.key)) continue;
    for (const p of servicePorts(svc)) if (p.nodePort !== null) ports.set(p.nodePort, svc.key);
    const ip = asObject(svc.object.spec).clusterIP;
    if (typeof ip === 'string' && ip !== '' && ip !== 'None') ips.set(ip, svc.key);
  }
  // Explicit ports and IPs first (a Service with any refused one holds none of them), then the
  // ports the cluster assigns, each Service's all or nothing (the API server's allocation is a
  // transaction).
  const toAssign = new Map<Resource, number[]>();
  for (const svc of applied) {
    if (svc.kind !== 'Service' || svc.group !== '') continue;
    const spec = asObject(svc.object.spec);
    const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
    const usesNodePorts = type === 'NodePort' || (type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);
    const errors: string[] = [];
    const heldPorts: number[] = [];
    const auto: number[] = [];
    const previous = current.get(svc.key);
    const previousPorts = previous ? servicePorts(previous) : [];
    servicePorts(svc).forEach((p, i) => {
      if (p.nodePort === null) {
        // An update keeps the port the Service already has.
        const kept = previousPorts[i]?.nodePort ?? null;
        if (kept !== null && usesNodePorts) {
          if (!ports.has(kept)) heldPorts.push(kept);
          ports.set(kept, svc.key);
        } else if (usesNodePorts) auto.push(i);
        return;
      }
      if (type !== 'NodePort' && type !== 'LoadBalancer') {
        errors.push(`spec.ports[${i}].nodePort: Forbidden: may not be used when \`type\` is '${type}'`);
        return;
      }
      if (p.nodePort < range.min || p.nodePort > range.max) {
        errors.push(
          `spec.ports[${i}].nodePort: Invalid value: ${p.nodePort}: provided port is not in the valid range. The range of valid ports is ${range.min}-${range.max}`,
        );
        return;
      }
      const holder = ports.get(p.nodePort);
      if (holder !== undefined && holder !== svc.key) {
        errors.push(`spec.ports[${i}].nodePort: Invalid value: ${p.nodePort}: provided port is already allocated`);
        return;
      }
      if (holder === undefined) heldPorts.push(p.nodePort);
      ports.set(p.nodePort, svc.key);
    });
    const ip = spec.clusterIP;
    let heldIp: string | null = null;
    if (typeof ip === 'string' && ip !== '' && ip !== 'None') {
      const holder = ips.get(ip);
      if (holder !== undefined && holder !== svc.key) {
        errors.push(`spec.clusterIPs: Invalid value: []string{"${ip}"}: failed to allocate IP ${ip}: provided IP is already allocated`);
      } else if (holder === undefined) {
        ips.set(ip, svc.key);
        heldIp = ip;
      }
    }
    if (errors.length === 0) {
      if (auto.length > 0) toAssign.set(svc, auto);
      continue;
    }
    for (const error of errors) problems.push(problemFor('error', 'FieldValueInvalid', svc, `Service "${svc.name}" is invalid: ${error}`));
    for (const port of heldPorts) ports.delete(port);
    if (heldIp !== null) ips.delete(heldIp);
  }
  const allocator = nodePortAllocator(range, ports);
  for (const [svc, indexes] of toAssign) {
    const assigned: { index: number; port: number; band: string; position: number }[] = [];
    let full: number | null = null;
    for (const index of indexes) {
      const next = allocator.next();
      if (next === null) {
        full = index;
        break;
      }
      ports.set(next.port, svc.key);
      assigned.push({ index, ...next });
    }
    if (full !== null) {
      for (const a of assigned) ports.delete(a.port);
      if (assigned.length > 0) allocator.rewind(assigned[0]!.position);
      const size = range.max - range.min + 1;
      problems.push(
        problemFor(
          'error',
          'InternalError',
          svc,
          `Internal error occurred: failed to allocate a nodePort: range is full (spec.ports[${full}]: all ${size} port(s) of ${range.min}-${range.max} are allocated)`,
        ),
      );
      continue;
    }
    for (const { index, port, band } of assigned) {
      problems.push(
        problemFor(
          'info',
          'NodePortAssigned',
          svc,
          `spec.ports[${index}].nodePort: the cluster assigns a free port (at random); the plan assumes ${port}, the lowest free port of ${band}`,
        ),
      );
    }
  }
  return problems;
}

/**
 * The port allocator's static band (pkg/registry/core/service/portallocator calculateRangeOffset):
 * min(max(16, size/32), 128) ports at the bottom of the range, none when the range has 16 ports or
 * fewer (the offset must stay below the range size).
 */
export function nodePortRangeOffset(range: NodePortRange): number {
  const size = range.max - range.min + 1;
  if (size <= 16) return 0;
  return Math.min(Math.max(16, Math.floor(size / 32)), 128);
}

/**
 * Free ports in the plan's deterministic order: the dynamic band (above the static band) from its
 * lowest port, then the static band; null when every port of the range is taken. Ports it gave
 * that are released again: `rewind` to the position of the first one.
 */
function nodePortAllocator(
  range: NodePortRange,
  taken: ReadonlyMap<number, string>,
): { next(): { port: number; band: string; position: number } | null; rewind(position: number): void } {
  const offset = nodePortRangeOffset(range);
  const size = range.max - range.min + 1;
  // position k: the k-th port of the order (dynamic band first)
  const portAt = (k: number): number => (k < size - offset ? range.min + offset + k : range.min + k - (size - offset));
  let k = 0;
  return {
    next() {
      while (k < size && taken.has(portAt(k))) k++;
      if (k >= size) return null;
      const band = offset === 0 ? 'the range' : k < size - offset ? 'the dynamic band' : 'the static band (the dynamic band is full)';
      return { port: portAt(k), band, position: k };
    },
    rewind(position) {
      k = Math.min(k, position);
    },
  };
}
