/**
 * Rollout arithmetic and bookkeeping shared by the workload controllers: int-or-percent fenceposts
 * (apimachinery intstr.GetScaledValueFromIntOrPercent, deployment util ResolveFenceposts), and a
 * recorder of the steps a rollout goes through and the peak resources it holds.
 */
import { parseIntOrPercent, scaleIntOrPercent } from '../core/int-or-percent';
import { formatQuantity } from '../core/quantity';
import type { SimPod } from './cluster-state';
import type { PlanRollout, PlanRolloutDetail, RolloutStep } from './types';

/**
 * An int-or-string scaled against `total`: percentages round up or down; anything unparsable
 * (rejected by validation) counts as 0.
 */
export function scaledValue(value: unknown, total: number, roundUp: boolean): number {
  const parsed = parseIntOrPercent(value);
  return parsed === undefined ? 0 : scaleIntOrPercent(parsed, total, roundUp);
}

/** ResolveFenceposts: surge rounds up, unavailable down; both 0 → unavailable 1. */
export function resolveFenceposts(maxSurge: unknown, maxUnavailable: unknown, desired: number): { surge: number; unavailable: number } {
  const surge = scaledValue(maxSurge ?? 0, desired, true);
  let unavailable = scaledValue(maxUnavailable ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

/** Records one rollout: a step after every sync that changed something, and the peak it held. */
export class RolloutRecorder {
  readonly steps: RolloutStep[] = [];
  private peakCpu = 0n;
  private peakMemory = 0n;
  private peakPods = 0;
  stalled: string | null = null;
  stalledAtStep: number | null = null;
  heldPods: string[] = [];
  complete = false;

  constructor(
    readonly kind: PlanRollout['kind'],
    readonly namespace: string,
    readonly name: string,
    public strategy: string,
    public maxSurge: number | null,
    public maxUnavailable: number | null,
  ) {}

  /** Records the step, and the workload's pods (pending ones included) for the peak. */
  record(step: RolloutStep, pods: Iterable<SimPod>): void {
    this.steps.push(step);
    this.observe(pods);
  }

  observe(pods: Iterable<SimPod>): void {
    let cpu = 0n;
    let memory = 0n;
    let count = 0;
    for (const pod of pods) {
      if (pod.phase === 'Succeeded') continue;
      cpu += pod.shape.requests.get('cpu')?.nano ?? 0n;
      memory += pod.shape.requests.get('memory')?.nano ?? 0n;
      count++;
    }
    if (cpu > this.peakCpu) this.peakCpu = cpu;
    if (memory > this.peakMemory) this.peakMemory = memory;
    if (count > this.peakPods) this.peakPods = count;
  }

  toPlan(): PlanRollout {
    return {
      kind: this.kind,
      namespace: this.namespace,
      name: this.name,
      strategy: this.strategy,
      maxSurge: this.maxSurge,
      maxUnavailable: this.maxUnavailable,
      steps: this.steps,
      complete: this.complete,
      stalled: this.stalled,
    };
  }

  toDetail(): PlanRolloutDetail {
    return {
      kind: this.kind,
      namespace: this.namespace,
      name: this.name,
      peak: {
        cpu: formatCpu(this.peakCpu),
        memory: formatMemory(this.peakMemory),
        pods: this.peakPods,
      },
      stalledAtStep: this.stalledAtStep,
      heldPods: this.heldPods,
    };
  }
}

/** CPU totals print in DecimalSI (`2500m`, `3`). */
export function formatCpu(nano: bigint): string {
  return formatQuantity({ nano, format: 'DecimalSI' });
}

/** Memory totals print in BinarySI when whole multiples of 1024 (`3Gi`), DecimalSI otherwise. */
export function formatMemory(nano: bigint): string {
  const units = nano / 1_000_000_000n;
  const binary = nano % 1_000_000_000n === 0n && units % 1024n === 0n;
  return formatQuantity({ nano, format: binary ? 'BinarySI' : 'DecimalSI' });
}
