/**
 * The simulated cluster: pods, the scheduler's node state, admission, and what controllers and
 * the API server report along the way. Controllers create and delete pods through it; the
 * simulation loop (simulate.ts) runs controller syncs and scheduling passes over it.
 */
import { asArray, asObject } from '../resources/kinds';
import type { KubeObject, Resource } from '../resources/resource';
import { type Admission, type PodUsage } from './admission';
import { type BudgetPod, type DisruptionBudget, budgetSelects, budgetViolations, disruptionsAllowed } from './disruption-budgets';
import { missingDeviceClaim } from './device-claims';
import { type PodShape, buildPodShape } from './pod-shape';
import { MESSAGE_GATED, Scheduler, type VolumeFilter } from './scheduler/schedule';
import type { NodeState, SchedPod } from './scheduler/node-state';
import { formatFitError, insufficientResources, matchesRequiredNodeAffinity, portsFit, wordingFor } from './scheduler/filters';
import { type Labels, type Requirement, type Selector, buildSelector, compileMapSelector, matchesSelector } from './selectors';
import type { ClusterModel, PlanProblem, ProblemSeverity } from './types';
import { MESSAGE_UNBOUND_IMMEDIATE, VolumeBinder } from './volume-binding';
import { AttachedVolumes } from './volume-limits';
import { toleratesAll } from './pod-shape';

export type PodPhase = 'Pending' | 'Running' | 'Succeeded';

export interface SimPod extends SchedPod {
  /** Creation order: the scheduling queue's enqueue time and the "newer" in deletion ranking. */
  readonly seq: number;
  /** Top-level controller, `Deployment/web`; null for a bare pod. */
  readonly owner: string | null;
  /** The controller that manages the pod directly (ReplicaSet, StatefulSet, …). */
  readonly controller: Controller | null;
  /** The template revision the pod was made from (a template key). */
  readonly revision: string;
  readonly ordinal: number | null;
  readonly usage: PodUsage;
  readonly priority: number;
  /** Annotations that matter to controllers (pod-deletion-cost). */
  readonly deletionCost: number;
  /** Came from the current state as a placed, running pod. */
  readonly live: boolean;
  /** The PersistentVolumeClaims it mounts (a StatefulSet's per-pod claims included). */
  readonly claims: readonly string[];
  phase: PodPhase;
  reason: string | null;
  /** Scheduler version at the last failed attempt (-1: never tried). */
  attemptedAt: number;
  /** Simulation round in which the pod was bound. */
  boundRound: number;
  removed: boolean;
}

export interface Controller {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  /** `kind/namespace/name`. */
  readonly key: string;
  /** One controller sync; true when it changed anything. */
  sync(state: ClusterState): boolean;
  /** The object is deleted: remove everything it owns (foreground cascading deletion). */
  destroy(state: ClusterState): void;
  /** One of its pods was deleted by someone else (preemption): stop tracking it. */
  forget(pod: SimPod): void;
  /**
   * The replica count a PodDisruptionBudget expects of its pods (the scale subresource; a
   * Deployment's for its ReplicaSets); null for a controller without one (DaemonSet, Job, Pod).
   */
  expectedScale(): number | null;
}

/** A template admitted for a namespace: the pod spec as created, its shape and its quota usage. */
export type TemplateAdmission =
  | { spec: Record<string, unknown>; shape: PodShape; priority: number; usage: PodUsage }
  | { error: string };

export interface NewPod {
  namespace: string;
  name: string;
  labels: Labels;
  admitted: Extract<TemplateAdmission, { shape: PodShape }>;
  owner: string | null;
  controller: Controller | null;
  revision: string;
  ordinal?: number;
  pinnedNode?: string;
  deletionCost?: number;
  /** Claims the controller adds to the pod's volumes (a StatefulSet's volumeClaimTemplates). */
  claims?: readonly string[];
}

const NAME_PLACEHOLDER = '\u0000pod\u0000';
/** A bound on the simulation's size: a manifest asking for a billion replicas must not exhaust memory. */
export const MAX_PODS = 250_000;

export class ClusterState {
  readonly scheduler: Scheduler;
  readonly pods = new Set<SimPod>();
  private readonly pending = new Set<SimPod>();
  private readonly names = new Set<string>();
  private readonly problemMap = new Map<string, PlanProblem>();
  /** Claims the simulation created (StatefulSet volumeClaimTemplates), by `namespace/name`: their specs. */
  private readonly claims = new Map<string, { namespace: string; name: string; spec: Record<string, unknown> }>();
  /** Services by namespace, for the scheduler's default spreading selector. */
  private services = new Map<string, Selector[]>();
  /** PodDisruptionBudgets of the state being applied, for preemption. */
  private budgets: readonly DisruptionBudget[] = [];
  /** PersistentVolumes, StorageClasses and claims of the state being applied, and their bindings. */
  private volumes = new VolumeBinder([]);
  /** Volumes attached to each node, for the volume limits of nodes that have them (else null). */
  private readonly attached: AttachedVolumes | null;
  admission: Admission;
  namespaceLabels = new Map<string, Labels>();
  /** Increments when the admission rules change (the current → desired switch). */
  epoch = 0;
  round = 0;
  private seq = 0;

  constructor(
    readonly cluster: ClusterModel,
    admission: Admission,
    kubernetesVersion: string,
  ) {
    this.scheduler = new Scheduler(cluster.nodes, wordingFor(kubernetesVersion));
    this.admission = admission;
    this.attached = cluster.nodes.some((n) => n.volumeLimits) ? new AttachedVolumes() : null;
  }

  /**
   * Installs the admission rules, Services, namespaces, disruption budgets and volumes (of `objects`)
   * of a new phase; quota usage is recounted, volume bindings kept.
   */
  setPolicies(
    admission: Admission,
    services: readonly KubeObject[],
    namespaceLabels: Map<string, Labels>,
    budgets: readonly DisruptionBudget[],
    objects: readonly Resource[],
  ): void {
    this.admission = admission;
    this.namespaceLabels = namespaceLabels;
    this.budgets = budgets;
    const volumes = new VolumeBinder(objects, this.volumes);
    this.volumes = volumes;
    this.epoch++;
    this.services = new Map();
    for (const svc of services) {
      const spec = asObject(svc.spec);
      const selector = asObject(spec.selector);
      if (Object.keys(selector).length === 0) continue;
      const namespace = typeof asObject(svc.metadata).namespace === 'string' ? (asObject(svc.metadata).namespace as string) : 'default';
      const list = this.services.get(namespace) ?? [];
      list.push(compileMapSelector(selector));
      this.services.set(namespace, list);
    }
    for (const claim of this.claims.values()) {
      if (!admission.hasClaim(claim.namespace, claim.name)) admission.chargeClaim(claim.namespace, claim.name, claim.spec, false);
      volumes.addClaim(claim.namespace, claim.name, claim.spec);
    }
    for (const pod of this.pods) {
      admission.recordUsage(pod.namespace, pod.shape.spec, pod.phase === 'Succeeded' ? terminalUsage(pod.usage) : pod.usage, 1);
    }
  }

  /**
   * Records what the API server or a controller reports. With `latest`, a later report of the same
   * reason on the same object replaces the earlier one (a controller retrying: its last event counts).
   */
  problem(
    severity: ProblemSeverity,
    reason: string,
    kind: string,
    namespace: string | null,
    name: string,
    message: string,
    latest = false,
  ): void {
    const key = `${kind}\u0000${namespace ?? ''}\u0000${name}\u0000${reason}${latest ? '' : `\u0000${message}`}`;
    if (latest || !this.problemMap.has(key)) this.problemMap.set(key, { severity, reason, kind, namespace, name, message });
  }

  /** A controller that succeeds after failing: its last failure no longer stands. */
  clearProblem(reason: string, kind: string, namespace: string | null, name: string): void {
    this.problemMap.delete(`${kind}\u0000${namespace ?? ''}\u0000${name}\u0000${reason}`);
  }

  problems(): PlanProblem[] {
    return [...this.problemMap.values()];
  }

  /**
   * Admits a pod template for a namespace (defaulting, Priority, LimitRanger, validation) and
   * computes its scheduling shape. Error messages carry a placeholder for the pod name.
   */
  admitTemplate(namespace: string, labels: Labels, spec: Record<string, unknown>, ownerSelector: readonly Requirement[] | null): TemplateAdmission {
    const result = this.admission.admitSpec(namespace, NAME_PLACEHOLDER, spec);
    if ('error' in result) return result;
    const shape = buildPodShape(namespace, labels, result.spec, {
      namespaceLabels: this.namespaceLabels,
      priority: result.priority,
      defaultSpreadSelector: this.defaultSpreadSelector(namespace, labels, ownerSelector),
    });
    return { spec: result.spec, shape, priority: result.priority, usage: this.admission.podUsage(result.spec) };
  }

  /** helper.DefaultSelector: selectors of the Services selecting the pod, plus its owner's selector. */
  private defaultSpreadSelector(namespace: string, labels: Labels, ownerSelector: readonly Requirement[] | null): Selector | null {
    const merged = new Map<string, string>();
    for (const selector of this.services.get(namespace) ?? []) {
      if (!matchesSelector(selector, labels)) continue;
      for (const r of selector.requirements) merged.set(r.key, r.values[0]!);
    }
    const requirements: Requirement[] = [...merged].map(([key, value]) => ({ key, operator: 'In', values: [value] }));
    if (ownerSelector) requirements.push(...ownerSelector);
    return requirements.length === 0 ? null : buildSelector(requirements);
  }

  formatAdmissionError(error: string, podName: string): string {
    return error.split(NAME_PLACEHOLDER).join(podName);
  }

  /**
   * Creates a PersistentVolumeClaim through ResourceQuota admission unless it exists. Returns the
   * error message on rejection.
   */
  createClaim(namespace: string, name: string, spec: Record<string, unknown>): string | null {
    const key = `${namespace}/${name}`;
    if (this.claims.has(key) || this.admission.hasClaim(namespace, name)) return null;
    const error = this.admission.chargeClaim(namespace, name, spec);
    if (error) return error;
    this.claims.set(key, { namespace, name, spec });
    this.volumes.addClaim(namespace, name, spec);
    return null;
  }

  /** The PersistentVolume of the input a claim is bound to, or null. */
  volumeOf(namespace: string, claimName: string): string | null {
    return this.volumes.volumeOf(namespace, claimName);
  }

  nameInUse(namespace: string, name: string): boolean {
    return this.names.has(`${namespace}/${name}`);
  }

  /**
   * Creates a pod through ResourceQuota admission. Returns the error message on rejection (the
   * caller reports FailedCreate and creates no more this sync).
   */
  createPod(request: NewPod): SimPod | string {
    const { admitted } = request;
    if (this.pods.size >= MAX_PODS) return `kubeplan simulates at most ${MAX_PODS} pods: pods "${request.name}" is not created`;
    const quotaError = this.admission.chargeQuota(request.namespace, request.name, admitted.spec, admitted.usage);
    if (quotaError) return quotaError;
    const pod: SimPod = {
      seq: this.seq++,
      namespace: request.namespace,
      name: request.name,
      labels: request.labels,
      shape: admitted.shape,
      pinnedNode: request.pinnedNode ?? null,
      node: null,
      owner: request.owner,
      controller: request.controller,
      revision: request.revision,
      ordinal: request.ordinal ?? null,
      usage: admitted.usage,
      priority: admitted.priority,
      deletionCost: request.deletionCost ?? 0,
      live: false,
      claims: request.claims ? [...new Set([...claimNamesOf(admitted.shape.spec), ...request.claims])] : claimNamesOf(admitted.shape.spec),
      phase: 'Pending',
      reason: null,
      attemptedAt: -1,
      boundRound: -1,
      removed: false,
    };
    this.addPod(pod);
    return pod;
  }

  /** Adds a pod of the current state as it is (already admitted, maybe already on a node). */
  addExistingPod(pod: SimPod, node: NodeState | null): void {
    this.addPod(pod);
    this.admission.recordUsage(pod.namespace, pod.shape.spec, pod.phase === 'Succeeded' ? terminalUsage(pod.usage) : pod.usage, 1);
    if (node) {
      this.pending.delete(pod);
      this.bind(pod, node);
      pod.phase = 'Running';
      pod.boundRound = this.round;
    }
  }

  /** The pod runs on the node: it holds the node's resources and its volumes are attached there. */
  private bind(pod: SimPod, node: NodeState): void {
    this.scheduler.bind(pod, node);
    this.attached?.attach(node.name, claimKeys(pod));
  }

  private unbind(pod: SimPod): void {
    if (pod.node) this.attached?.detach(pod.node.name, claimKeys(pod));
    this.scheduler.unbind(pod);
  }

  private addPod(pod: SimPod): void {
    this.pods.add(pod);
    this.names.add(`${pod.namespace}/${pod.name}`);
    if (pod.phase === 'Pending') this.pending.add(pod);
  }

  nextSeq(): number {
    return this.seq++;
  }

  deletePod(pod: SimPod): void {
    if (pod.removed) return;
    pod.removed = true;
    this.pods.delete(pod);
    this.pending.delete(pod);
    this.names.delete(`${pod.namespace}/${pod.name}`);
    if (pod.node && pod.phase !== 'Succeeded') this.unbind(pod);
    this.admission.recordUsage(pod.namespace, pod.shape.spec, pod.phase === 'Succeeded' ? terminalUsage(pod.usage) : pod.usage, -1);
  }

  /** A Job pod runs to completion: it stays, but no longer holds node resources or compute quota. */
  completePod(pod: SimPod): void {
    if (pod.phase !== 'Running') return;
    const node = pod.node;
    this.unbind(pod);
    pod.node = node;
    pod.phase = 'Succeeded';
    const released = new Map(pod.usage);
    released.delete('count/pods');
    this.admission.recordUsage(pod.namespace, pod.shape.spec, released, -1);
  }

  /**
   * One scheduling pass over the pending pods: priority first, then creation order. A pod that
   * failed is retried only after the cluster changed. Returns the number of pods bound.
   */
  schedulePending(): number {
    if (this.pending.size === 0) return 0;
    const queue = [...this.pending].sort((a, b) => b.priority - a.priority || a.seq - b.seq);
    let bound = 0;
    for (const pod of queue) {
      if (pod.attemptedAt === this.scheduler.version) continue;
      const shape = pod.shape;
      let node: NodeState | null;
      let reason: string | null;
      if (shape.nodeName !== null) ({ node, reason } = this.kubeletAdmit(pod));
      else if (shape.schedulerName !== 'default-scheduler') {
        node = null;
        reason = `pod uses scheduler "${shape.schedulerName}", which kubeplan does not model: it stays Pending`;
      } else if (shape.gated) {
        node = null;
        reason = MESSAGE_GATED;
      } else {
        const nodes = this.scheduler.nodes.length;
        const missing = nodes > 0 ? this.missingClaim(pod) : null;
        const volumes = this.volumes.forPod(pod.namespace, pod.claims);
        const unbound = nodes > 0 && volumes.unboundImmediate;
        const noDevices = nodes > 0 && missing === null && !unbound ? this.missingDeviceClaim(pod) : null;
        if (missing !== null || unbound || noDevices !== null) {
          node = null;
          reason = formatFitError(nodes, new Map(), missing !== null ? `persistentvolumeclaim "${missing}" not found` : (noDevices ?? MESSAGE_UNBOUND_IMMEDIATE));
        } else {
          const filter = this.volumeFilter(pod, volumes.filter);
          ({ node, reason } = this.scheduler.schedule(pod, filter));
          if (!node && this.preempt(pod, filter)) ({ node, reason } = this.scheduler.schedule(pod, filter));
        }
      }
      if (node) {
        this.bind(pod, node);
        this.volumes.bindPod(pod.namespace, pod.claims, node);
        this.pending.delete(pod);
        pod.phase = 'Running';
        pod.reason = null;
        pod.boundRound = this.round;
        bound++;
      } else {
        pod.reason = reason;
        pod.attemptedAt = this.scheduler.version;
      }
    }
    return bound;
  }

  /**
   * VolumeBinding PreFilter: the first persistentVolumeClaim volume whose claim does not exist (an
   * object of the plan, or one a StatefulSet created); null when all exist.
   */
  private missingClaim(pod: SimPod): string | null {
    for (const claimName of pod.claims) {
      if (!this.claims.has(`${pod.namespace}/${claimName}`) && !this.admission.hasClaim(pod.namespace, claimName)) return claimName;
    }
    return null;
  }

  /** DynamicResources PreFilter: a ResourceClaim (or the template of one) the pod names that does not exist. */
  private missingDeviceClaim(pod: SimPod): string | null {
    return missingDeviceClaim(pod.shape.spec, pod.namespace, pod.name, this.admission);
  }

  /** NodeVolumeLimits, then VolumeBinding and VolumeZone (the binder's filter), as the scheduler runs them. */
  private volumeFilter(pod: SimPod, binding: VolumeFilter | null): VolumeFilter | null {
    if (pod.claims.length === 0) return binding;
    const limits = this.attached?.filter(claimKeys(pod), (claim) => this.volumes.driverOf(claim)) ?? null;
    if (!limits) return binding;
    return (node) => limits(node) ?? (binding ? binding(node) : null);
  }

  /**
   * PostFilter: evicts the lower-priority pods the scheduler chose on one node (their controllers
   * replace them), so that the preemptor can take their place. Returns whether it preempted.
   */
  private preempt(pod: SimPod, volumes: VolumeFilter | null): boolean {
    const allowed = this.disruptionsAllowed();
    const found = this.scheduler.preempt(pod, (p) => (p as SimPod).seq, (victims) => budgetViolations(victims, this.budgets, allowed), volumes);
    if (!found) return false;
    // the budgets the evictions take below zero: kube-scheduler evicts anyway when every node needs it
    const overdrawn = this.budgets.filter((b) => found.victims.filter((v) => budgetSelects(b, v)).length > allowed(b));
    for (const victim of found.victims as SimPod[]) {
      this.deletePod(victim);
      victim.controller?.forget(victim);
      const violated = found.violating.includes(victim) ? overdrawn.filter((b) => budgetSelects(b, victim)).map((b) => `${b.namespace}/${b.name}`) : [];
      const note = violated.length > 0 ? `, violating PodDisruptionBudget ${violated.join(', ')}` : '';
      this.problem('warning', 'Preempted', 'Pod', victim.namespace, victim.name, `Preempted by pod ${pod.namespace}/${pod.name} on node ${found.node.name}${note}`);
    }
    return true;
  }

  /** Each budget's status.disruptionsAllowed as the pods stand now, computed when first asked for. */
  private disruptionsAllowed(): (budget: DisruptionBudget) => number {
    let pods: BudgetPod[] | undefined;
    const allowed = new Map<DisruptionBudget, number>();
    return (budget) => {
      let n = allowed.get(budget);
      if (n !== undefined) return n;
      pods ??= [...this.pods].map((p) => ({
        namespace: p.namespace,
        labels: p.labels,
        healthy: p.phase === 'Running', // pods are Ready as soon as they run
        scale: p.owner === null ? null : { key: p.owner, replicas: p.controller?.expectedScale() ?? null },
      }));
      allowed.set(budget, (n = disruptionsAllowed(budget, pods)));
      return n;
    };
  }

  /** A pod created with spec.nodeName skips the scheduler; only kubelet admission checks it. */
  private kubeletAdmit(pod: SimPod): { node: NodeState | null; reason: string | null } {
    const shape = pod.shape;
    const node = this.scheduler.byName.get(shape.nodeName!);
    if (!node) return { node: null, reason: `node "${shape.nodeName}" is not in the cluster model: the pod stays Pending` };
    if (!matchesRequiredNodeAffinity(shape, node)) return { node: null, reason: 'Pod was rejected: Predicate NodeAffinity failed' };
    for (const taint of node.model.taints) {
      if (taint.effect === 'NoExecute' && !toleratesAll(shape.tolerations, taint)) {
        return { node: null, reason: 'Pod was rejected: Predicate TaintToleration failed' };
      }
    }
    if (!portsFit(shape, node)) return { node: null, reason: 'Pod was rejected: Predicate NodePorts failed' };
    const insufficient = insufficientResources(shape, node);
    if (insufficient.length > 0) {
      const resource = insufficient[0]!.replace(/^Insufficient /, '');
      if (resource === 'Too many pods') return { node: null, reason: `Pod was rejected: Node didn't have enough resource: pods, requested: 1, used: ${node.pods.size}, capacity: ${node.allocPods}` };
      const [requested, used, capacity] =
        resource === 'cpu'
          ? [shape.request.cpu, node.reqCpu, node.allocCpu]
          : resource === 'memory'
            ? [shape.request.memory, node.reqMemory, node.allocMemory]
            : [0, 0, 0];
      return {
        node: null,
        reason: `Pod was rejected: Node didn't have enough resource: ${resource}, requested: ${requested}, used: ${used}, capacity: ${capacity}`,
      };
    }
    return { node, reason: null };
  }
}

function terminalUsage(usage: PodUsage): PodUsage {
  const count = usage.get('count/pods');
  return count ? new Map([['count/pods', count]]) : new Map();
}

/** Pod template labels as a string map. */
export function templateLabels(template: KubeObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(asObject(asObject(template.metadata).labels))) out[k] = String(v);
  return out;
}

/** controller.kubernetes.io/pod-deletion-cost of a template, 0 when absent or not an integer. */
export function deletionCostOf(template: KubeObject): number {
  const raw = asObject(asObject(template.metadata).annotations)['controller.kubernetes.io/pod-deletion-cost'];
  const n = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : 0;
  return Number.isSafeInteger(n) ? n : 0;
}

/** The `namespace/name` keys of a pod's claims. */
function claimKeys(pod: SimPod): string[] {
  return pod.claims.map((name) => `${pod.namespace}/${name}`);
}

/** The claims a pod spec mounts (persistentVolumeClaim volumes), in volume order. */
export function claimNamesOf(spec: KubeObject): string[] {
  const names: string[] = [];
  for (const volume of asArray(spec.volumes)) {
    const claimName = asObject(asObject(volume).persistentVolumeClaim).claimName;
    if (typeof claimName === 'string' && claimName !== '') names.push(claimName);
  }
  return names;
}
