/**
 * HorizontalPodAutoscaler bounds: the plan keeps a scale target's replicas within
 * [minReplicas (default 1), maxReplicas]; a target at 0 replicas disables the autoscaler.
 * Re-applying `spec.replicas` resets the count until the autoscaler acts, so the plan warns.
 */
import { asObject } from '../../resources/kinds';
import type { Resource } from '../../resources/resource';

export interface HpaBounds {
  name: string;
  min: number;
  max: number;
}

/** Scale targets (`Kind/namespace/name`) to the bounds of the autoscaler that manages them. */
export function buildHpaIndex(resources: readonly Resource[]): Map<string, HpaBounds> {
  const index = new Map<string, HpaBounds>();
  for (const r of resources) {
    if (r.kind !== 'HorizontalPodAutoscaler' || r.group !== 'autoscaling') continue;
    const spec = asObject(r.object.spec);
    const ref = asObject(spec.scaleTargetRef);
    if (typeof ref.kind !== 'string' || typeof ref.name !== 'string') continue;
    const max = typeof spec.maxReplicas === 'number' ? spec.maxReplicas : undefined;
    if (max === undefined) continue;
    const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
    index.set(`${ref.kind}/${r.namespace ?? 'default'}/${ref.name}`, { name: r.name, min, max });
  }
  return index;
}

export interface EffectiveReplicas {
  replicas: number;
  /** A warning when the manifest's replicas fight the autoscaler or fall outside its bounds. */
  note: string | null;
}

/**
 * The replica count the plan uses: the manifest's `spec.replicas`, else the live count, else 1,
 * clamped to the autoscaler's bounds.
 */
export function effectiveReplicas(
  kind: string,
  written: number | undefined,
  live: number | undefined,
  hpa: HpaBounds | undefined,
): EffectiveReplicas {
  const base = written ?? live ?? 1;
  if (!hpa || base === 0) return { replicas: base, note: null };
  const replicas = Math.min(Math.max(base, hpa.min), hpa.max);
  if (written === undefined) return { replicas, note: null };
  return {
    replicas,
    note:
      `spec.replicas is ${written} but HorizontalPodAutoscaler ${hpa.name} manages this ${kind} ` +
      `(minReplicas ${hpa.min}, maxReplicas ${hpa.max}): applying resets the count to ${written} until the autoscaler acts; ` +
      `the plan uses ${replicas}`,
  };
}
