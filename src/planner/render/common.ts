/**
 * Pieces the text and markdown renderers share: the summary line, utilisation, verdicts.
 */
import { parseQuantity } from '../../core/quantity';
import type { Plan, PlanChange, PlanRefusal, PlanRollout } from '../types';

/**
 * `Plan: 3 to add, 1 to change, 0 to destroy.` (helm-diff / Terraform style), and `, 2 refused`
 * when the API server refuses objects.
 */
export function summaryLine(plan: Plan): string {
  return `Plan: ${changeCounts(plan)}.`;
}

/** `3 to add, 1 to change, 0 to destroy` and `, 2 refused` when some are: shared by the check and action summaries. */
export function changeCounts(plan: Plan): string {
  const s = plan.summary;
  return `${s.create} to add, ${s.update} to change, ${s.delete} to destroy${s.refused > 0 ? `, ${s.refused} refused` : ''}`;
}

/** `Pods: 6 → 9, 1 unschedulable; rollouts: 1 stalled.` */
export function podsLine(plan: Plan): string {
  const s = plan.summary;
  const parts = [`Pods: ${s.podsBefore} → ${s.podsAfter}`];
  if (s.unschedulable > 0) parts.push(`${s.unschedulable} unschedulable`);
  const line = parts.join(', ');
  const stalled = s.stalledRollouts > 0 ? `; rollouts: ${s.stalledRollouts} stalled` : '';
  const unchanged = s.unchanged > 0 ? ` ${s.unchanged} object${s.unchanged === 1 ? '' : 's'} unchanged.` : '';
  return `${line}${stalled}.${unchanged}`;
}

export const ACTION_SIGN: Record<PlanChange['action'], string> = { create: '+', update: '~', delete: '-' };

/** The marker of an object the API server refuses. */
export const REFUSED_SIGN = '!';

/** `create refused: Invalid`. */
export function refusalText(r: PlanRefusal): string {
  return `${r.action} refused: ${r.reason}`;
}

/** `2500m/4 (62%)`; the percentage truncates like kubectl describe node. */
export function usage(requested: string, allocatable: string): string {
  try {
    const r = parseQuantity(requested).nano;
    const a = parseQuantity(allocatable).nano;
    const percent = a === 0n ? 0n : (r * 100n) / a;
    return `${requested}/${allocatable} (${percent}%)`;
  } catch {
    return `${requested}/${allocatable}`;
  }
}

export function rolloutVerdict(rollout: PlanRollout): string {
  if (rollout.complete) return 'complete';
  if (rollout.stalled !== null) return `stalled: ${rollout.stalled}`;
  return rollout.strategy === 'OnDelete' ? 'waits for pods to be deleted (OnDelete)' : 'paused';
}

/** A rollout without steps: no pod to create or replace (no replicas, no eligible node, or a paused start). */
export const NO_STEPS = 'no pods created or replaced';

export function fenceposts(rollout: PlanRollout): string {
  if (rollout.maxSurge === null || rollout.maxUnavailable === null) return rollout.strategy;
  return `${rollout.strategy} (maxSurge ${rollout.maxSurge}, maxUnavailable ${rollout.maxUnavailable})`;
}

/** What kubeplan decides where Kubernetes is random; printed under the plan. */
export const DETERMINISM_NOTE =
  'Deterministic where Kubernetes is random: ReplicaSet hashes are synthetic (Kubernetes alphabet), ' +
  'pods are named <owner>-<n> counting from 0, scheduling ties go to the first node by name, ' +
  'and auto-assigned NodePorts are the lowest free ones.';
