import { isObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import { desiredReplicas } from '../resources/workload';
import type { ClusterIndex } from './cluster-index';

/** HorizontalPodAutoscalers of the input (or context) whose scaleTargetRef names this object. */
export function autoscalersOf(index: ClusterIndex, resource: Resource): Resource[] {
  const out: Resource[] = [];
  for (const { from, reference } of index.referencesTo(resource.kind, resource.namespace, resource.name)) {
    if (reference.kind === 'ScaleTarget' && from.kind === 'HorizontalPodAutoscaler' && from.namespace === resource.namespace) {
      out.push(from);
    }
  }
  return out;
}

/** minReplicas (default 1) and maxReplicas of an HPA; undefined parts when not integers. */
export function autoscalerBounds(hpa: Resource): { min: number; max: number | undefined } {
  const spec = isObject(hpa.object.spec) ? hpa.object.spec : {};
  const min = typeof spec.minReplicas === 'number' && Number.isInteger(spec.minReplicas) ? spec.minReplicas : 1;
  const max = typeof spec.maxReplicas === 'number' && Number.isInteger(spec.maxReplicas) ? spec.maxReplicas : undefined;
  return { min, max };
}

export interface ReplicaRange {
  /** The fewest pods the workload runs (an autoscaler's minReplicas when one manages it). */
  readonly min: number;
  /** The most pods it runs (an autoscaler's maxReplicas when one manages it). */
  readonly max: number;
  /** The autoscalers that manage it. */
  readonly autoscalers: readonly Resource[];
}

/**
 * How many pods a workload runs: `spec.replicas` (default 1), or the bounds of the autoscalers
 * that target it. Undefined for kinds whose pod count the input cannot tell (DaemonSet, Job, …).
 */
export function replicaRange(index: ClusterIndex, resource: Resource): ReplicaRange | undefined {
  const desired = desiredReplicas(resource);
  if (desired === undefined) return undefined;
  const autoscalers = resource.kind === 'Pod' ? [] : autoscalersOf(index, resource);
  if (autoscalers.length === 0) return { min: desired, max: desired, autoscalers };
  let min = Infinity;
  let max = 0;
  for (const hpa of autoscalers) {
    const bounds = autoscalerBounds(hpa);
    min = Math.min(min, bounds.min);
    max = Math.max(max, bounds.max ?? bounds.min, bounds.min);
  }
  return { min, max, autoscalers };
}
