/**
 * PodDisruptionBudgets as preemption sees them (reference §1.7): the disruption controller's
 * status.disruptionsAllowed (pkg/controller/disruption), and the scheduler's split of potential
 * victims into those whose eviction would violate a budget and the others
 * (framework/preemption filterPodsWithPDBViolation).
 */
import { type IntOrPercent, parseIntOrPercent, scaleIntOrPercent } from '../core/int-or-percent';
import { asObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import { type Labels, NOTHING, type Selector, compileLabelSelector, matchesSelector } from './selectors';

export interface DisruptionBudget {
  readonly namespace: string;
  readonly name: string;
  /** The disruption controller's reading: policy/v1 `{}` selects every pod of the namespace. */
  readonly selector: Selector;
  readonly minAvailable: IntOrPercent | undefined;
  readonly maxUnavailable: IntOrPercent | undefined;
}

/** What a budget's selector is matched against. */
interface LabelledPod {
  readonly namespace: string;
  readonly labels: Labels;
}

/** A pod as the disruption controller counts it. */
export interface BudgetPod extends LabelledPod {
  /** Ready and not being deleted. */
  readonly healthy: boolean;
  /**
   * The controller whose scale the pod counts towards (a Deployment for its ReplicaSets' pods):
   * null for a pod without a controller (ignored, as "unmanaged"); a null `replicas` for a
   * controller without a scale subresource (DaemonSet, Job), which leaves the budget at 0.
   */
  readonly scale: { readonly key: string; readonly replicas: number | null } | null;
}

/** The PodDisruptionBudgets among the objects of a state (policy/v1 and v1beta1). */
export function readDisruptionBudgets(objects: readonly Resource[]): DisruptionBudget[] {
  const out: DisruptionBudget[] = [];
  for (const r of objects) {
    if (r.kind !== 'PodDisruptionBudget' || r.group !== 'policy') continue;
    const spec = asObject(r.object.spec);
    // policy/v1beta1 read an empty selector as selecting nothing
    const empty = Object.keys(asObject(spec.selector)).length === 0;
    out.push({
      namespace: r.namespace ?? 'default',
      name: r.name,
      selector: r.version === 'v1beta1' && empty ? NOTHING : compileLabelSelector(spec.selector),
      minAvailable: parseIntOrPercent(spec.minAvailable),
      maxUnavailable: parseIntOrPercent(spec.maxUnavailable),
    });
  }
  return out;
}

/**
 * status.disruptionsAllowed: healthy pods minus the pods the budget wants healthy, never below 0.
 * An integer minAvailable counts the matching pods; a percentage and maxUnavailable count the
 * replicas of the pods' controllers, each once.
 */
export function disruptionsAllowed(budget: DisruptionBudget, pods: Iterable<BudgetPod>): number {
  const matching: BudgetPod[] = [];
  for (const pod of pods) if (pod.namespace === budget.namespace && matchesSelector(budget.selector, pod.labels)) matching.push(pod);
  const { minAvailable, maxUnavailable } = budget;
  let expected = 0;
  let desired = 0;
  if (maxUnavailable !== undefined || (minAvailable !== undefined && minAvailable.kind !== 'int')) {
    const scales = new Map<string, number>();
    for (const pod of matching) {
      if (pod.scale === null) continue;
      if (pod.scale.replicas === null) return 0; // the controller's sync fails: the budget stays at 0
      scales.set(pod.scale.key, pod.scale.replicas);
    }
    for (const replicas of scales.values()) expected += replicas;
    if (maxUnavailable !== undefined) desired = Math.max(0, expected - scaleIntOrPercent(maxUnavailable, expected, true));
    else desired = scaleIntOrPercent(minAvailable!, expected, true);
  } else if (minAvailable?.kind === 'int') {
    expected = matching.length;
    desired = minAvailable.value;
  }
  const healthy = matching.filter((p) => p.healthy).length;
  return expected <= 0 ? 0 : Math.max(0, healthy - desired);
}

/**
 * The potential victims (most important first) whose eviction would take a budget below zero,
 * each eviction spending one disruption of every budget that selects the pod. The scheduler reads
 * a budget with an empty selector as selecting nothing, and never matches a pod without labels.
 */
export function budgetViolations<P extends LabelledPod>(
  victims: readonly P[],
  budgets: readonly DisruptionBudget[],
  allowed: (budget: DisruptionBudget) => number,
): Set<P> {
  const left = new Map<DisruptionBudget, number>();
  const violating = new Set<P>();
  if (budgets.length === 0) return violating;
  for (const pod of victims) {
    for (const budget of budgets) {
      if (!budgetSelects(budget, pod)) continue;
      const remaining = (left.get(budget) ?? allowed(budget)) - 1;
      left.set(budget, remaining);
      if (remaining < 0) violating.add(pod);
    }
  }
  return violating;
}

/** Whether the scheduler counts the pod against the budget: same namespace, a labelled pod, a selector that is not empty. */
export function budgetSelects(budget: DisruptionBudget, pod: LabelledPod): boolean {
  return (
    budget.namespace === pod.namespace &&
    budget.selector.requirements.length > 0 &&
    Object.keys(pod.labels).length > 0 &&
    matchesSelector(budget.selector, pod.labels)
  );
}
