/**
 * The simulation loop. The current state is loaded (live pods and ReplicaSets adopted by their
 * controllers) and converged as if applied long ago; then the next state's objects replace it and
 * the controllers run again, this time recording rollout steps.
 *
 * Each round, every controller syncs once, in a fixed order (DaemonSet, Pod, StatefulSet,
 * Deployment, ReplicaSet, ReplicationController, Job; then namespace, name), creating and deleting
 * pods; then one scheduling pass binds pending pods (priority, then creation order); bound pods
 * are Running and Ready before the next round (minReadySeconds treated as elapsed, terminating pods
 * gone at once). The loop ends when a round changes nothing.
 */
import { own } from '../core/own';
import { asObject, isObject } from '../resources/kinds';
import type { KubeObject, Resource } from '../resources/resource';
import { Admission } from './admission';
import { ClusterState, type SimPod, claimNamesOf, templateLabels } from './cluster-state';
import { SimDaemonSet, readDaemonSetSpec } from './controllers/daemonset';
import { SimDeployment, readDeploymentSpec } from './controllers/deployment';
import { type HpaBounds, buildHpaIndex, effectiveReplicas } from './controllers/hpa';
import { SimJob, readJobSpec } from './controllers/job';
import { SimBarePod } from './controllers/pod';
import { SimReplicaSet } from './controllers/replicaset';
import { SimStatefulSet, readStatefulSetSpec } from './controllers/statefulset';
import { defaultObject, templateKey } from './defaults';
import { readDisruptionBudgets } from './disruption-budgets';
import { buildPodShape } from './pod-shape';
import { controllerOf, isLive } from './objects';
import { compileLabelSelector, compileMapSelector, type Labels } from './selectors';
import type { ClusterModel } from './types';

const MAX_ROUNDS = 10_000;
const KIND_ORDER = ['DaemonSet', 'Pod', 'StatefulSet', 'Deployment', 'ReplicaSet', 'ReplicationController', 'Job'];
const WORKLOAD_GROUPS: Record<string, readonly string[]> = {
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  ReplicationController: [''],
  Job: ['batch'],
  Pod: [''],
};

type Workload = SimDeployment | SimStatefulSet | SimDaemonSet | SimJob | SimReplicaSet | SimBarePod;

export function isWorkload(r: Resource): boolean {
  return own(WORKLOAD_GROUPS, r.kind)?.includes(r.group) ?? false;
}

export class Simulation {
  readonly state: ClusterState;
  private readonly controllers = new Map<string, Workload>();
  private order: Workload[] = [];
  private hpa = new Map<string, HpaBounds>();

  constructor(
    cluster: ClusterModel,
    private readonly kubernetesVersion: string,
  ) {
    this.state = new ClusterState(cluster, new Admission([]), kubernetesVersion);
  }

  /** All controllers, in sync order. */
  workloads(): readonly Workload[] {
    return this.order;
  }

  /** Loads the current state: controllers for its workloads; live ReplicaSets and pods adopted. */
  loadCurrent(objects: readonly Resource[]): void {
    this.installPolicies(objects);
    const topLevel = objects.filter((r) => isWorkload(r) && !this.isOwnedWorkload(r, objects));
    for (const r of topLevel) {
      if (r.kind === 'Pod' && isLive(r.object)) continue;
      const controller = this.buildController(r, undefined);
      if (controller) this.controllers.set(controller.key, controller);
    }
    // Live ReplicaSets owned by Deployments.
    for (const r of objects) {
      if (r.kind !== 'ReplicaSet' || !isWorkload(r)) continue;
      const owner = controllerOf(r.object);
      const deployment = owner?.kind === 'Deployment' ? this.controllers.get(`Deployment/${r.namespace}/${owner.name}`) : undefined;
      if (deployment instanceof SimDeployment) deployment.adoptReplicaSet(this.liveReplicaSet(r, deployment.owner));
    }
    // Live pods.
    for (const r of objects) {
      if (r.kind !== 'Pod' || !isWorkload(r) || !isLive(r.object)) continue;
      this.adoptLivePod(r);
    }
    this.reorder();
  }

  /**
   * Switches to the next state: objects are created, updated (setSpec) or deleted (cascade).
   * Workloads whose object is in `changed` (or whose effective replicas change) record a rollout.
   */
  applyNext(objects: readonly Resource[], changed: ReadonlySet<string>): void {
    this.installPolicies(objects, changed);
    const seen = new Set<string>();
    for (const r of objects) {
      if (!isWorkload(r) || this.isOwnedWorkload(r, objects)) continue;
      const key = `${r.kind}/${r.namespace}/${r.name}`;
      seen.add(key);
      const existing = this.controllers.get(key);
      if (!existing) {
        if (r.kind === 'Pod' && isLive(r.object)) continue;
        const controller = this.buildController(r, undefined);
        if (!controller) continue;
        this.controllers.set(key, controller);
        this.startRecording(controller);
        continue;
      }
      const replicasBefore = replicasOf(existing);
      if (changed.has(r.key) || this.effectiveReplicas(r, replicasBefore) !== replicasBefore) {
        if (this.updateController(existing, r, replicasBefore)) this.startRecording(existing);
      }
    }
    for (const [key, controller] of this.controllers) {
      if (seen.has(key)) continue;
      controller.destroy(this.state);
      this.controllers.delete(key);
    }
    this.reorder();
  }

  /** Runs rounds until nothing changes. Returns false if it did not settle. */
  run(): boolean {
    for (let i = 0; i < MAX_ROUNDS; i++) {
      this.state.round++;
      let changed = false;
      for (const controller of this.order) changed = controller.sync(this.state) || changed;
      const bound = this.state.schedulePending();
      if (!changed && bound === 0) return true;
    }
    return false;
  }

  /** Sets every recorded rollout's verdict. */
  finish(): void {
    for (const c of this.order) {
      if (c instanceof SimDaemonSet) c.finish(this.state);
      else if (c instanceof SimDeployment || c instanceof SimStatefulSet) c.finish();
    }
  }

  hpaNotes(objects: readonly Resource[]): { resource: Resource; note: string }[] {
    const out: { resource: Resource; note: string }[] = [];
    for (const r of objects) {
      if (r.kind !== 'Deployment' && r.kind !== 'StatefulSet' && r.kind !== 'ReplicaSet') continue;
      const bounds = this.hpa.get(`${r.kind}/${r.namespace}/${r.name}`);
      const written = asObject(r.object.spec).replicas;
      const { note } = effectiveReplicas(r.kind, typeof written === 'number' ? written : undefined, undefined, bounds);
      if (note) out.push({ resource: r, note });
    }
    return out;
  }

  private installPolicies(objects: readonly Resource[], applied?: ReadonlySet<string>): void {
    const namespaceLabels = new Map<string, Labels>();
    for (const r of objects) {
      if (r.kind !== 'Namespace' || r.group !== '') continue;
      namespaceLabels.set(r.name, { ...templateLabels(r.object), 'kubernetes.io/metadata.name': r.name });
    }
    for (const name of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) {
      if (!namespaceLabels.has(name)) namespaceLabels.set(name, { 'kubernetes.io/metadata.name': name });
    }
    const services = objects.filter((r) => r.kind === 'Service' && r.group === '').map((r) => withNamespace(r));
    const admission = new Admission(objects, applied);
    this.state.setPolicies(admission, services, namespaceLabels, readDisruptionBudgets(objects), objects);
    for (const { resource, reason, error } of admission.refusedClaims) {
      this.state.problem('error', reason, 'PersistentVolumeClaim', resource.namespace, resource.name, error);
    }
    this.hpa = buildHpaIndex(objects);
  }

  /** A ReplicaSet owned by a Deployment, or a Job owned by a CronJob of the set, is not top-level. */
  private isOwnedWorkload(r: Resource, objects: readonly Resource[]): boolean {
    const owner = controllerOf(r.object);
    if (!owner) return false;
    if (r.kind === 'Pod') return true;
    if (r.kind === 'ReplicaSet' && owner.kind === 'Deployment') {
      return objects.some((o) => o.kind === 'Deployment' && o.namespace === r.namespace && o.name === owner.name);
    }
    return false;
  }

  private effectiveReplicas(r: Resource, live: number | undefined): number {
    const written = asObject(r.object.spec).replicas;
    return effectiveReplicas(r.kind, typeof written === 'number' ? written : undefined, live, this.hpa.get(`${r.kind}/${r.namespace}/${r.name}`)).replicas;
  }

  private buildController(r: Resource, live: number | undefined): Workload | null {
    const namespace = r.namespace ?? 'default';
    const object = defaultObject(r.object, this.kubernetesVersion);
    switch (r.kind) {
      case 'Deployment': {
        const liveReplicas = isLive(r.object) ? (asObject(r.object.spec).replicas as number | undefined) : live;
        return new SimDeployment(namespace, r.name, readDeploymentSpec(object, this.effectiveReplicas(r, liveReplicas)));
      }
      case 'StatefulSet':
        return new SimStatefulSet(namespace, r.name, readStatefulSetSpec(object, this.effectiveReplicas(r, live)));
      case 'DaemonSet':
        return new SimDaemonSet(namespace, r.name, readDaemonSetSpec(object));
      case 'Job': {
        const owner = controllerOf(r.object);
        const job = new SimJob(namespace, r.name, readJobSpec(object), owner?.kind === 'CronJob' ? `CronJob/${owner.name}` : `Job/${r.name}`);
        const status = asObject(r.object.status);
        if (typeof status.succeeded === 'number') job.markSucceeded(status.succeeded);
        return job;
      }
      case 'ReplicaSet':
      case 'ReplicationController':
        return this.standaloneReplicaSet(r, object);
      case 'Pod':
        return new SimBarePod(namespace, r.name, r.object);
      default:
        return null;
    }
  }

  private standaloneReplicaSet(r: Resource, object: KubeObject): SimReplicaSet {
    const spec = asObject(object.spec);
    const rc = r.kind === 'ReplicationController';
    const template = asObject(spec.template);
    const selector = rc
      ? compileMapSelector(isObject(spec.selector) ? spec.selector : asObject(template.metadata).labels).requirements
      : compileLabelSelector(spec.selector).requirements;
    return new SimReplicaSet({
      kind: rc ? 'ReplicationController' : 'ReplicaSet',
      namespace: r.namespace ?? 'default',
      name: r.name,
      template,
      templateKey: templateKey(template),
      selector,
      replicas: this.effectiveReplicas(r, undefined),
      ownerLabel: `${r.kind}/${r.name}`,
      created: this.state.nextSeq(),
      revision: 0,
      desiredAnnotation: null,
      maxAnnotation: null,
    });
  }

  /** A ReplicaSet read from the cluster, owned by a Deployment. */
  private liveReplicaSet(r: Resource, ownerLabel: string): SimReplicaSet {
    const spec = asObject(r.object.spec);
    const annotations = asObject(asObject(r.object.metadata).annotations);
    const number = (value: unknown): number | null => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null);
    const template = asObject(spec.template);
    return new SimReplicaSet({
      kind: 'ReplicaSet',
      namespace: r.namespace ?? 'default',
      name: r.name,
      template,
      templateKey: templateKey(template),
      selector: compileLabelSelector(spec.selector).requirements,
      replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
      ownerLabel,
      created: this.state.nextSeq(),
      revision: number(annotations['deployment.kubernetes.io/revision']) ?? 0,
      desiredAnnotation: number(annotations['deployment.kubernetes.io/desired-replicas']),
      maxAnnotation: number(annotations['deployment.kubernetes.io/max-replicas']),
    });
  }

  /** A pod read from the cluster: attached to its controller, placed on its node when the model has it. */
  private adoptLivePod(r: Resource): void {
    const namespace = r.namespace ?? 'default';
    const spec = asObject(r.object.spec);
    const status = asObject(r.object.status);
    const labels: Record<string, string> = templateLabels(r.object);
    const owner = controllerOf(r.object);
    let controller: Workload | undefined;
    let ownerLabel: string | null = owner ? `${owner.kind}/${owner.name}` : null;
    if (owner?.kind === 'ReplicaSet') {
      for (const c of this.controllers.values()) {
        if (c instanceof SimDeployment && c.namespace === namespace) {
          const rs = c.rsList.find((x) => x.name === owner.name);
          if (rs) {
            controller = rs;
            ownerLabel = c.owner;
          }
        }
      }
    }
    controller ??= owner ? this.controllers.get(`${owner.kind}/${namespace}/${owner.name}`) : undefined;
    if (!controller && !owner) {
      const bare = new SimBarePod(namespace, r.name, r.object);
      this.controllers.set(bare.key, bare);
      controller = bare;
    }
    const nodeName = typeof spec.nodeName === 'string' ? spec.nodeName : null;
    const node = nodeName ? (this.state.scheduler.byName.get(nodeName) ?? null) : null;
    if (nodeName && !node) {
      this.state.problem('warning', 'NodeNotModelled', 'Pod', namespace, r.name, `node "${nodeName}" is not in the cluster model: the pod is scheduled again`);
      delete spec.nodeName;
    }
    const ordinalMatch = /-(\d+)$/.exec(r.name);
    const revision =
      controller instanceof SimReplicaSet
        ? controller.templateKey
        : controller instanceof SimStatefulSet || controller instanceof SimDaemonSet || controller instanceof SimJob
          ? liveRevisionOf(controller)
          : '';
    const shapeSpec = node ? spec : { ...spec, nodeName: undefined };
    const shape = buildPodShape(namespace, labels, shapeSpec, {
      namespaceLabels: this.state.namespaceLabels,
      priority: typeof spec.priority === 'number' ? spec.priority : 0,
      defaultSpreadSelector: null,
    });
    const phase = status.phase === 'Succeeded' || status.phase === 'Failed' ? 'Succeeded' : 'Pending';
    const pod: SimPod = {
      seq: this.state.nextSeq(),
      namespace,
      name: r.name,
      labels,
      shape,
      pinnedNode: controller instanceof SimDaemonSet ? nodeName : null,
      node: null,
      owner: ownerLabel,
      controller: controller ?? null,
      revision,
      ordinal: controller instanceof SimStatefulSet && ordinalMatch ? Number(ordinalMatch[1]) : null,
      usage: this.state.admission.podUsage(spec),
      priority: shape.priority,
      deletionCost: 0,
      live: true,
      claims: claimNamesOf(spec),
      phase,
      reason: null,
      attemptedAt: -1,
      boundRound: 0,
      removed: false,
    };
    if (phase === 'Succeeded') pod.node = node;
    this.state.addExistingPod(pod, phase === 'Succeeded' ? null : node);
    if (controller instanceof SimReplicaSet) controller.adopt(pod);
    else if (controller instanceof SimStatefulSet && pod.ordinal !== null) controller.adopt(pod as SimPod & { ordinal: number });
    else if (controller instanceof SimDaemonSet && nodeName) controller.adopt(pod, nodeName);
    else if (controller instanceof SimJob) controller.adopt(pod);
    else if (controller instanceof SimBarePod) controller.adopt(pod);
  }

  private updateController(controller: Workload, r: Resource, replicasBefore: number | undefined): boolean {
    const object = defaultObject(r.object, this.kubernetesVersion);
    if (controller instanceof SimDeployment) controller.setSpec(readDeploymentSpec(object, this.effectiveReplicas(r, replicasBefore)));
    else if (controller instanceof SimStatefulSet) controller.setSpec(readStatefulSetSpec(object, this.effectiveReplicas(r, replicasBefore)));
    else if (controller instanceof SimDaemonSet) controller.setSpec(readDaemonSetSpec(object));
    else if (controller instanceof SimReplicaSet) controller.replicas = this.effectiveReplicas(r, replicasBefore);
    else if (controller instanceof SimJob) controller.spec = readJobSpec(object);
    else return false;
    return true;
  }

  private startRecording(controller: Workload): void {
    if (controller instanceof SimDeployment || controller instanceof SimStatefulSet) controller.startRecording();
    else if (controller instanceof SimDaemonSet) controller.startRecording(this.state);
    else if (controller instanceof SimJob) controller.recording = true;
  }

  private reorder(): void {
    this.order = [...this.controllers.values()].sort((a, b) => {
      const kinds = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
      if (kinds !== 0) return kinds;
      return a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
  }
}

function replicasOf(controller: Workload): number | undefined {
  if (controller instanceof SimDeployment || controller instanceof SimStatefulSet) return controller.spec.replicas;
  if (controller instanceof SimReplicaSet) return controller.replicas;
  return undefined;
}

function liveRevisionOf(controller: SimStatefulSet | SimDaemonSet | SimJob): string {
  if (controller instanceof SimJob) return controller.templateKey;
  if (controller instanceof SimDaemonSet) return templateKey(controller.spec.template);
  return templateKey(controller.spec.template);
}

function withNamespace(r: Resource): KubeObject {
  return { ...r.object, metadata: { ...asObject(r.object.metadata), namespace: r.namespace ?? 'default' } };
}

