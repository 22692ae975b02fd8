/**
 * plan(input) → Plan: a pure function of the desired resources, the current resources, the
 * cluster model and the options. Same input, same Plan.
 *
 *   object plan ─► simulate current (converge) ─► apply next state ─► simulate (record rollouts)
 *     ─► rollout verdicts, Service checks, state diff ─► Plan
 */
import { asObject, podTemplateOf } from '../resources/kinds';
import type { SimPod } from './cluster-state';
import { type EndpointPod, checkEndpoints, checkServiceAllocations } from './endpoints';
import { SimDaemonSet } from './controllers/daemonset';
import { SimDeployment } from './controllers/deployment';
import { SimJob } from './controllers/job';
import { SimStatefulSet } from './controllers/statefulset';
import { MESSAGE_DEVICES_ASSUMED, deviceClaimsOf } from './device-claims';
import { type LateRefusal, buildObjectPlan, refuseChanges, uniqueObjects } from './object-plan';
import { formatCpu, formatMemory } from './rollout';
import { Simulation } from './simulate';
import { renderStateDiff } from './state-diff';
import { formatQuantity } from '../core/quantity';
import type { Plan, PlanInput, PlanNode, PlanPod, PlanProblem, PlanRollout, PlanRolloutDetail, PlanVolumeClaim, PlanJob } from './types';

export function plan(input: PlanInput): Plan {
  const { cluster, options } = input;
  const objectPlan = buildObjectPlan(input.desired, input.current, options.kubernetesVersion, input.refusals);
  const current = [...uniqueObjects(input.current).values()];

  // The API server refuses Services whose ports or IPs cannot be allocated: they are not applied.
  const currentByKey = uniqueObjects(input.current);
  const applied = [...uniqueObjects(input.desired).values()].filter((r) => objectPlan.changed.has(r.key));
  const kept = objectPlan.next.filter((r) => !objectPlan.changed.has(r.key));
  const allocationProblems = checkServiceAllocations(kept, applied, currentByKey, cluster.nodePortRange);
  const refused = new Map(
    allocationProblems.filter((p) => p.severity === 'error').map((p) => [`/${p.kind}/${p.namespace ?? ''}/${p.name}`, p.reason]),
  );
  const lateRefusals: LateRefusal[] = [];
  const next = objectPlan.next.flatMap((r) => {
    const reason = refused.get(r.key);
    if (reason === undefined) return [r];
    lateRefusals.push({ resource: r, reason });
    const previous = currentByKey.get(r.key);
    return previous ? [previous] : [];
  });
  refuseChanges(objectPlan, lateRefusals);

  const sim = new Simulation(cluster, options.kubernetesVersion);
  sim.loadCurrent(current);
  const settledBefore = sim.run();
  const podsBefore = sim.state.pods.size;
  const endpointPodsBefore = endpointPods(sim.state.pods);

  sim.applyNext(next, objectPlan.changed);
  const settledAfter = sim.run();
  sim.finish();

  const problems: PlanProblem[] = [...objectPlan.problems, ...allocationProblems, ...sim.state.problems()];
  if (!settledBefore || !settledAfter) {
    problems.push({
      severity: 'error',
      reason: 'NotSettled',
      kind: 'Cluster',
      namespace: null,
      name: '',
      message: 'the simulation did not settle within its round limit; the plan is incomplete',
    });
  }
  // once per object (a manifest repeated in several files is applied once, the last one), and only
  // for what is applied: an unchanged object's replicas are not written again
  for (const { resource, note } of sim.hpaNotes(next.filter((r) => objectPlan.changed.has(r.key)))) {
    problems.push({ severity: 'warning', reason: 'ReplicasManagedByHPA', kind: resource.kind, namespace: resource.namespace, name: resource.name, message: note });
  }
  for (const r of next) {
    const template = objectPlan.changed.has(r.key) ? podTemplateOf(r) : null;
    if (template && deviceClaimsOf(template.spec).length > 0) {
      problems.push({ severity: 'info', reason: 'DevicesAssumed', kind: r.kind, namespace: r.namespace, name: r.name, message: MESSAGE_DEVICES_ASSUMED });
    }
  }
  problems.push(...checkEndpoints(currentByKey, next, objectPlan.changed, endpointPodsBefore, endpointPods(sim.state.pods)));

  const pods = planPods(sim.state.pods);
  const rollouts: PlanRollout[] = [];
  const details: PlanRolloutDetail[] = [];
  const claims: PlanVolumeClaim[] = [];
  const jobs: PlanJob[] = [];
  for (const w of sim.workloads()) {
    if (w instanceof SimDeployment || w instanceof SimStatefulSet || w instanceof SimDaemonSet) {
      if (w.recorder) {
        rollouts.push(w.recorder.toPlan());
        details.push(w.recorder.toDetail());
      }
    }
    if (w instanceof SimStatefulSet) {
      for (const claim of w.claims.values()) claims.push({ ...claim, volume: sim.state.volumeOf(claim.namespace, claim.name) });
    }
    if (w instanceof SimJob && w.recording) {
      jobs.push({
        namespace: w.namespace,
        name: w.name,
        owner: w.owner,
        completions: w.spec.completions,
        parallelism: w.spec.parallelism,
        waves: w.waves,
        complete: w.isComplete(),
      });
    }
  }
  const order = (a: { kind: string; namespace: string; name: string }, b: { kind: string; namespace: string; name: string }): number =>
    cmp(a.kind, b.kind) || cmp(a.namespace, b.namespace) || cmp(a.name, b.name);
  rollouts.sort(order);
  details.sort(order);
  claims.sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name));
  jobs.sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name));
  problems.sort(
    (a, b) => cmp(a.kind, b.kind) || cmp(a.namespace ?? '', b.namespace ?? '') || cmp(a.name, b.name) || cmp(a.message, b.message),
  );

  const count = (action: string): number => objectPlan.changes.filter((c) => c.action === action).length;
  return {
    version: 1,
    summary: {
      create: count('create'),
      update: count('update'),
      delete: count('delete'),
      refused: objectPlan.refused.length,
      unchanged: objectPlan.unchanged,
      podsBefore,
      podsAfter: pods.length,
      unschedulable: pods.filter((p) => p.node === null).length,
      stalledRollouts: rollouts.filter((r) => r.stalled !== null).length,
    },
    nodes: planNodes(sim),
    changes: objectPlan.changes,
    refused: objectPlan.refused,
    pods,
    rollouts,
    problems,
    rolloutDetails: details,
    volumeClaims: claims,
    jobs,
    diff: renderStateDiff(objectPlan.diffs),
  };
}

/** Exit status of a plan: 0 when everything schedules, every rollout completes and nothing is refused. */
export function planSucceeded(p: Plan): boolean {
  return p.summary.unschedulable === 0 && p.summary.stalledRollouts === 0 && !p.problems.some((x) => x.severity === 'error');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function planPods(pods: Iterable<SimPod>): PlanPod[] {
  const out: PlanPod[] = [];
  for (const pod of pods) {
    out.push({
      namespace: pod.namespace,
      name: pod.name,
      owner: pod.owner,
      node: pod.node?.name ?? null,
      reason: pod.node ? null : (pod.reason ?? 'not scheduled yet'),
    });
  }
  return out.sort((a, b) => cmp(a.namespace, b.namespace) || cmp(a.name, b.name));
}

function planNodes(sim: Simulation): PlanNode[] {
  return sim.state.scheduler.nodes.map((node) => {
    const a = node.model.allocatable;
    return {
      name: node.name,
      allocatable: {
        cpu: a.cpu ? formatQuantity(a.cpu) : '0',
        memory: a.memory ? formatQuantity(a.memory) : '0',
        pods: node.allocPods,
      },
      requested: {
        cpu: formatCpu(BigInt(node.reqCpu) * 1_000_000n),
        memory: formatMemory(BigInt(node.reqMemory) * 1_000_000_000n),
        pods: node.pods.size,
      },
    };
  });
}

function endpointPods(pods: Iterable<SimPod>): EndpointPod[] {
  const out: EndpointPod[] = [];
  for (const pod of pods) {
    out.push({ namespace: pod.namespace, labels: pod.labels, running: pod.phase === 'Running', spec: asObject(pod.shape.spec) });
  }
  return out;
}

