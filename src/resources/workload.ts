import { isObject } from './kinds';
import type { Resource } from './resource';

/** Workload kinds whose pod count is `spec.replicas` (default 1), scalable by an autoscaler. */
export const REPLICATED_KINDS: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);

/** `spec.replicas` when written as a non-negative integer, else undefined. */
export function declaredReplicas(resource: Resource): number | undefined {
  const spec = resource.object.spec;
  if (!isObject(spec)) return undefined;
  const replicas = spec.replicas;
  return typeof replicas === 'number' && Number.isInteger(replicas) && replicas >= 0 ? replicas : undefined;
}

/**
 * How many pods the object asks for: `spec.replicas` (default 1) for replicated kinds, 1 for a
 * Pod, undefined for kinds whose count the input cannot tell (DaemonSet, Job, CronJob, …).
 */
export function desiredReplicas(resource: Resource): number | undefined {
  if (resource.kind === 'Pod') return 1;
  if (!REPLICATED_KINDS.has(resource.kind)) return undefined;
  return declaredReplicas(resource) ?? 1;
}
