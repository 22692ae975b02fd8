/**
 * Pod resource sums as k8s.io/component-helpers `resource/helpers.go` computes them
 * (PodRequests, PodLimits): regular containers summed, sidecars (init containers with
 * `restartPolicy: Always`) added and carried, each normal init container needing its own request
 * plus the sidecars started before it, the per-resource max of both, pod-level resources for cpu
 * and memory, and the overhead.
 *
 * Quantities add as Go's Quantity.Add does: the sum keeps the format of the first non-zero term,
 * which is what quota messages print.
 */
import { type Quantity, tryParseQuantity } from '../core/quantity';
import { asArray, asObject } from '../resources/kinds';

export type QuantityMap = Map<string, Quantity>;

const POD_LEVEL_RESOURCES = new Set(['cpu', 'memory']);

export function addQuantity(a: Quantity, b: Quantity): Quantity {
  return { nano: a.nano + b.nano, format: a.nano === 0n ? b.format : a.format };
}

/** addResourceList: adds every entry of `extra` into `into`. */
export function addInto(into: QuantityMap, extra: ReadonlyMap<string, Quantity>): void {
  for (const [key, value] of extra) {
    const have = into.get(key);
    into.set(key, have ? addQuantity(have, value) : value);
  }
}

/** maxResourceList: per key, the larger of the two. */
function maxInto(into: QuantityMap, other: ReadonlyMap<string, Quantity>): void {
  for (const [key, value] of other) {
    const have = into.get(key);
    if (!have || value.nano > have.nano) into.set(key, value);
  }
}

/** Reads a ResourceList (requests, limits, overhead); entries that do not parse are left out. */
export function readResourceList(raw: unknown): QuantityMap {
  const out: QuantityMap = new Map();
  for (const [key, value] of Object.entries(asObject(raw))) {
    const q = tryParseQuantity(value);
    if (q) out.set(key, q);
  }
  return out;
}

interface ContainerResources {
  requests: QuantityMap;
  limits: QuantityMap;
  sidecar: boolean;
}

function containerResources(raw: unknown, sidecar: boolean): ContainerResources {
  const resources = asObject(asObject(raw).resources);
  return { requests: readResourceList(resources.requests), limits: readResourceList(resources.limits), sidecar };
}

function containersOf(spec: Record<string, unknown>): { containers: ContainerResources[]; inits: ContainerResources[] } {
  return {
    containers: asArray(spec.containers).map((c) => containerResources(c, false)),
    inits: asArray(spec.initContainers).map((c) => containerResources(c, asObject(c).restartPolicy === 'Always')),
  };
}

function aggregate(
  spec: Record<string, unknown>,
  pick: (c: ContainerResources) => QuantityMap,
): QuantityMap {
  const { containers, inits } = containersOf(spec);
  const total: QuantityMap = new Map();
  for (const c of containers) addInto(total, pick(c));
  const sidecars: QuantityMap = new Map();
  const initMax: QuantityMap = new Map();
  for (const c of inits) {
    let need: QuantityMap;
    if (c.sidecar) {
      addInto(total, pick(c));
      addInto(sidecars, pick(c));
      need = sidecars;
    } else {
      need = new Map();
      addInto(need, pick(c));
      addInto(need, sidecars);
    }
    maxInto(initMax, need);
  }
  maxInto(total, initMax);
  return total;
}

/** The default requests the scheduler assumes for scoring (pkg/scheduler/util/pod_resources.go). */
export const NON_ZERO_DEFAULTS: ReadonlyMap<string, Quantity> = new Map([
  ['cpu', { nano: 100_000_000n, format: 'DecimalSI' } as Quantity],
  ['memory', { nano: 200n * 1024n * 1024n * 1_000_000_000n, format: 'BinarySI' } as Quantity],
]);

/**
 * PodRequests. With `nonMissing`, each container (init containers too) lacking a key gets the
 * default for it: the scheduler's non-zero requests, used for scoring only.
 */
export function podRequests(spec: Record<string, unknown>, nonMissing?: ReadonlyMap<string, Quantity>): QuantityMap {
  const total = aggregate(spec, (c) => {
    if (!nonMissing) return c.requests;
    const filled = new Map(c.requests);
    for (const [key, value] of nonMissing) if (!filled.has(key)) filled.set(key, value);
    return filled;
  });
  const podLevel = readResourceList(asObject(spec.resources).requests);
  for (const [key, value] of podLevel) if (POD_LEVEL_RESOURCES.has(key)) total.set(key, value);
  addInto(total, readResourceList(spec.overhead));
  return total;
}

/** PodLimits: like requests; the overhead is added only to limits that are set. */
export function podLimits(spec: Record<string, unknown>): QuantityMap {
  const total = aggregate(spec, (c) => c.limits);
  const podLevel = readResourceList(asObject(spec.resources).limits);
  for (const [key, value] of podLevel) if (POD_LEVEL_RESOURCES.has(key)) total.set(key, value);
  for (const [key, value] of readResourceList(spec.overhead)) {
    const have = total.get(key);
    if (have) total.set(key, addQuantity(have, value));
  }
  return total;
}

/** QoS BestEffort: no container (nor the pod level) requests or limits cpu or memory. */
export function isBestEffort(spec: Record<string, unknown>): boolean {
  const { containers, inits } = containersOf(spec);
  const podLevel = asObject(spec.resources);
  const lists = [
    ...[...containers, ...inits].flatMap((c) => [c.requests, c.limits]),
    readResourceList(podLevel.requests),
    readResourceList(podLevel.limits),
  ];
  for (const list of lists) {
    for (const key of POD_LEVEL_RESOURCES) {
      const q = list.get(key);
      if (q && q.nano !== 0n) return false;
    }
  }
  return true;
}
