/**
 * Deployment controller (k8s pkg/controller/deployment: sync.go, rolling.go, recreate.go,
 * util/deployment_util.go), one sync at a time: scaling events scale proportionally, otherwise the
 * strategy runs. RollingUpdate reconciles the new ReplicaSet first (a change ends the sync), then
 * the old ones (unhealthy first, then down to the minimum available, oldest first). Recreate scales
 * the old ReplicaSets to 0, waits for their pods to go, then creates the new one at full size.
 *
 * The new ReplicaSet is the one whose template equals the Deployment's, ignoring the hash label;
 * going back to an older template reuses its ReplicaSet (with the next revision number).
 */
import { asObject, isObject } from '../../resources/kinds';
import type { KubeObject } from '../../resources/resource';
import type { ClusterState, Controller, SimPod } from '../cluster-state';
import { POD_TEMPLATE_HASH, cloneJson, templateHash, templateKey } from '../defaults';
import { RolloutRecorder, resolveFenceposts } from '../rollout';
import { type Requirement, compileLabelSelector } from '../selectors';
import { SimReplicaSet } from './replicaset';

export interface DeploymentSpec {
  replicas: number;
  strategy: 'RollingUpdate' | 'Recreate';
  maxSurge: unknown;
  maxUnavailable: unknown;
  paused: boolean;
  revisionHistoryLimit: number;
  template: KubeObject;
  selector: readonly Requirement[];
}

/** Reads a defaulted Deployment; `replicas` is the effective count (after HPA bounds). */
export function readDeploymentSpec(object: KubeObject, replicas: number): DeploymentSpec {
  const spec = asObject(object.spec);
  const strategy = asObject(spec.strategy);
  const rolling = asObject(strategy.rollingUpdate);
  return {
    replicas,
    strategy: strategy.type === 'Recreate' ? 'Recreate' : 'RollingUpdate',
    maxSurge: rolling.maxSurge,
    maxUnavailable: rolling.maxUnavailable,
    paused: spec.paused === true,
    revisionHistoryLimit: typeof spec.revisionHistoryLimit === 'number' ? spec.revisionHistoryLimit : 10,
    template: asObject(spec.template),
    selector: compileLabelSelector(spec.selector).requirements,
  };
}

export class SimDeployment implements Controller {
  readonly kind = 'Deployment';
  readonly key: string;
  readonly rsList: SimReplicaSet[] = [];
  spec!: DeploymentSpec;
  templateKey = '';
  recorder: RolloutRecorder | null = null;
  private collisionCount = 0;

  constructor(
    readonly namespace: string,
    readonly name: string,
    spec: DeploymentSpec,
  ) {
    this.key = `Deployment/${namespace}/${name}`;
    this.setSpec(spec);
  }

  setSpec(spec: DeploymentSpec): void {
    this.spec = spec;
    this.templateKey = templateKey(spec.template);
  }

  get owner(): string {
    return `Deployment/${this.name}`;
  }

  /** maxSurge and maxUnavailable resolved against replicas (MaxSurge / MaxUnavailable). */
  fenceposts(): { surge: number; unavailable: number } {
    if (this.spec.strategy !== 'RollingUpdate') return { surge: 0, unavailable: 0 };
    const { surge, unavailable } = resolveFenceposts(this.spec.maxSurge, this.spec.maxUnavailable, this.spec.replicas);
    return { surge, unavailable: this.spec.replicas === 0 ? 0 : Math.min(unavailable, this.spec.replicas) };
  }

  startRecording(): void {
    const { surge, unavailable } = this.fenceposts();
    const rolling = this.spec.strategy === 'RollingUpdate';
    this.recorder = new RolloutRecorder('Deployment', this.namespace, this.name, this.spec.strategy, rolling ? surge : null, rolling ? unavailable : null);
    this.recorder.observe(this.pods());
  }

  adoptReplicaSet(rs: SimReplicaSet): void {
    rs.related = () => this.pods();
    rs.expectedScale = () => this.spec.replicas;
    this.rsList.push(rs);
    this.rsList.sort((a, b) => a.created - b.created);
  }

  expectedScale(): number {
    return this.spec.replicas;
  }

  *pods(): Iterable<SimPod> {
    for (const rs of this.rsList) yield* rs.pods;
  }

  /** Its pods belong to its ReplicaSets, which track them. */
  forget(): void {}

  sync(state: ClusterState): boolean {
    let rsChanged = false;
    for (const rs of this.rsList) rsChanged = rs.reconcile(state) || rsChanged;
    const changed = this.syncDeployment(state);
    if (changed && this.recorder) {
      const newRS = this.findNewRS();
      let old = 0;
      let available = 0;
      for (const rs of this.rsList) {
        if (rs !== newRS) old += rs.replicas;
        available += rs.available;
      }
      this.recorder.record({ new: newRS?.replicas ?? 0, old, available }, this.pods());
    }
    return changed || rsChanged;
  }

  destroy(state: ClusterState): void {
    for (const rs of this.rsList) rs.destroy(state);
    this.rsList.length = 0;
  }

  findNewRS(): SimReplicaSet | null {
    for (const rs of this.rsList) if (rs.templateKey === this.templateKey) return rs;
    return null;
  }

  private syncDeployment(state: ClusterState): boolean {
    if (this.spec.paused) return this.scale(state, this.findNewRS());
    if (this.isScalingEvent()) return this.scale(state, this.findNewRS());
    return this.spec.strategy === 'Recreate' ? this.rolloutRecreate(state) : this.rolloutRolling(state);
  }

  private isScalingEvent(): boolean {
    for (const rs of this.rsList) {
      if (rs.replicas > 0 && rs.desiredAnnotation !== null && rs.desiredAnnotation !== this.spec.replicas) return true;
    }
    return false;
  }

  /** scaleReplicaSet: sets the size and the desired/max annotations; true when the size changed. */
  private scaleRS(state: ClusterState, rs: SimReplicaSet, size: number): boolean {
    const { surge } = this.fenceposts();
    rs.desiredAnnotation = this.spec.replicas;
    rs.maxAnnotation = this.spec.replicas + surge;
    if (rs.replicas === size) return false;
    rs.replicas = size;
    rs.reconcile(state);
    return true;
  }

  /** scaleReplicaSetAndRecordEvent: does nothing when the size is already right. */
  private scaleRSIfNeeded(state: ClusterState, rs: SimReplicaSet, size: number): boolean {
    return rs.replicas === size ? false : this.scaleRS(state, rs, size);
  }

  private olds(newRS: SimReplicaSet | null): SimReplicaSet[] {
    return this.rsList.filter((rs) => rs !== newRS);
  }

  private totalPods(): number {
    let n = 0;
    for (const rs of this.rsList) n += rs.pods.size;
    return n;
  }

  /** getNewReplicaSet with createIfNotExisted: hash (with collision count), revision, annotations. */
  private createNewRS(state: ClusterState, replicasFor: (rs: SimReplicaSet) => number): SimReplicaSet {
    let hash = templateHash(this.templateKey, this.collisionCount);
    while (this.rsList.some((rs) => rs.name === `${this.name}-${hash}`)) {
      this.collisionCount++;
      hash = templateHash(this.templateKey, this.collisionCount);
    }
    const template = cloneJson(this.spec.template);
    const metadata = isObject(template.metadata) ? template.metadata : {};
    metadata.labels = { ...(isObject(metadata.labels) ? metadata.labels : {}), [POD_TEMPLATE_HASH]: hash };
    template.metadata = metadata;
    const { surge } = this.fenceposts();
    const rs = new SimReplicaSet({
      kind: 'ReplicaSet',
      namespace: this.namespace,
      name: `${this.name}-${hash}`,
      template,
      templateKey: this.templateKey,
      selector: [...this.spec.selector, { key: POD_TEMPLATE_HASH, operator: 'In', values: [hash] }],
      replicas: 0,
      ownerLabel: this.owner,
      created: state.nextSeq(),
      revision: this.maxRevision() + 1,
      desiredAnnotation: this.spec.replicas,
      maxAnnotation: this.spec.replicas + surge,
    });
    this.adoptReplicaSet(rs);
    rs.replicas = replicasFor(rs);
    rs.reconcile(state);
    return rs;
  }

  private maxRevision(): number {
    let max = 0;
    for (const rs of this.rsList) if (rs.revision > max) max = rs.revision;
    return max;
  }

  /** An old ReplicaSet that becomes the new one again gets the next revision. */
  private syncRevision(newRS: SimReplicaSet): void {
    const others = Math.max(0, ...this.olds(newRS).map((rs) => rs.revision));
    if (newRS.revision <= others) newRS.revision = others + 1;
  }

  /** NewRSNewReplicas for RollingUpdate. */
  private newRSNewReplicas(newRS: SimReplicaSet): number {
    const { surge } = this.fenceposts();
    let current = 0;
    for (const rs of this.rsList) current += rs.replicas;
    const maxTotal = this.spec.replicas + surge;
    if (current >= maxTotal) return newRS.replicas;
    return newRS.replicas + Math.min(maxTotal - current, this.spec.replicas - newRS.replicas);
  }

  private rolloutRolling(state: ClusterState): boolean {
    let newRS = this.findNewRS();
    let created = false;
    if (newRS === null) {
      newRS = this.createNewRS(state, (rs) => this.newRSNewReplicas(rs));
      created = true;
    } else this.syncRevision(newRS);

    // reconcileNewReplicaSet
    if (newRS.replicas > this.spec.replicas) {
      if (this.scaleRSIfNeeded(state, newRS, this.spec.replicas)) return true;
    } else if (newRS.replicas < this.spec.replicas) {
      if (this.scaleRSIfNeeded(state, newRS, this.newRSNewReplicas(newRS))) return true;
    }

    // reconcileOldReplicaSets
    const olds = this.olds(newRS);
    const oldPods = olds.reduce((n, rs) => n + rs.replicas, 0);
    if (oldPods > 0) {
      const { unavailable } = this.fenceposts();
      const all = this.rsList.reduce((n, rs) => n + rs.replicas, 0);
      const minAvailable = this.spec.replicas - unavailable;
      const newUnavailable = newRS.replicas - newRS.available;
      const maxScaledDown = all - minAvailable - newUnavailable;
      if (maxScaledDown > 0) {
        const cleaned = this.cleanupUnhealthyReplicas(state, olds, maxScaledDown);
        const scaledDown = this.scaleDownOldForRollingUpdate(state, olds, minAvailable);
        if (cleaned + scaledDown > 0) return true;
      }
    }
    if (this.isComplete(newRS)) this.cleanupOldReplicaSets(state, newRS);
    return created;
  }

  private cleanupUnhealthyReplicas(state: ClusterState, olds: SimReplicaSet[], maxCleanup: number): number {
    let total = 0;
    for (const rs of olds) {
      if (total >= maxCleanup) break;
      if (rs.replicas === 0) continue;
      const available = rs.available;
      if (rs.replicas === available) continue;
      const count = Math.min(maxCleanup - total, rs.replicas - available);
      this.scaleRSIfNeeded(state, rs, rs.replicas - count);
      total += count;
    }
    return total;
  }

  private scaleDownOldForRollingUpdate(state: ClusterState, olds: SimReplicaSet[], minAvailable: number): number {
    const available = this.rsList.reduce((n, rs) => n + rs.available, 0);
    if (available <= minAvailable) return 0;
    const totalToScaleDown = available - minAvailable;
    let total = 0;
    for (const rs of olds) {
      if (total >= totalToScaleDown) break;
      if (rs.replicas === 0) continue;
      const count = Math.min(rs.replicas, totalToScaleDown - total);
      this.scaleRSIfNeeded(state, rs, rs.replicas - count);
      total += count;
    }
    return total;
  }

  private rolloutRecreate(state: ClusterState): boolean {
    let newRS = this.findNewRS();
    let scaled = false;
    for (const rs of this.olds(newRS)) {
      if (rs.replicas > 0 && this.scaleRSIfNeeded(state, rs, 0)) scaled = true;
    }
    if (scaled) return true;
    // Do not create the new ReplicaSet while old pods still exist.
    if (this.olds(newRS).some((rs) => rs.pods.size > 0)) return false;
    let created = false;
    if (newRS === null) {
      newRS = this.createNewRS(state, () => this.spec.replicas);
      created = true;
    } else this.syncRevision(newRS);
    if (this.scaleRSIfNeeded(state, newRS, this.spec.replicas)) return true;
    if (this.isComplete(newRS)) this.cleanupOldReplicaSets(state, newRS);
    return created;
  }

  /** sync.go scale(): a scaling event, or a paused Deployment. */
  private scale(state: ClusterState, newRS: SimReplicaSet | null): boolean {
    const olds = this.olds(newRS);
    const active = this.rsList.filter((rs) => rs.replicas > 0);
    let target: SimReplicaSet | null | undefined;
    if (newRS === null && olds.length === 0) target = null;
    else if (active.length === 0) target = newRS ?? [...olds].sort((a, b) => b.created - a.created)[0]!;
    else if (active.length === 1) target = active[0]!;
    if (target) return this.scaleRSIfNeeded(state, target, this.spec.replicas);
    if (target === null) return false;

    if (newRS && newRS.replicas === this.spec.replicas && newRS.desiredAnnotation === this.spec.replicas && newRS.available === this.spec.replicas) {
      let changed = false;
      for (const rs of olds) if (rs.replicas > 0) changed = this.scaleRSIfNeeded(state, rs, 0) || changed;
      return changed;
    }
    if (this.spec.strategy !== 'RollingUpdate') return false;

    const { surge } = this.fenceposts();
    const all = active.reduce((n, rs) => n + rs.replicas, 0);
    const allowed = this.spec.replicas > 0 ? this.spec.replicas + surge : 0;
    const toAdd = allowed - all;
    const sorted = [...active];
    if (toAdd > 0) sorted.sort((a, b) => b.replicas - a.replicas || b.created - a.created);
    else if (toAdd < 0) sorted.sort((a, b) => b.replicas - a.replicas || a.created - b.created);
    let added = 0;
    const sizes = new Map<SimReplicaSet, number>();
    for (const rs of sorted) {
      if (toAdd !== 0) {
        const proportion = this.proportion(rs, toAdd, added);
        sizes.set(rs, rs.replicas + proportion);
        added += proportion;
      } else sizes.set(rs, rs.replicas);
    }
    let changed = false;
    sorted.forEach((rs, i) => {
      let size = sizes.get(rs)!;
      if (i === 0 && toAdd !== 0) size = Math.max(0, size + toAdd - added);
      changed = this.scaleRS(state, rs, size) || changed;
    });
    return changed;
  }

  /** GetProportion / getReplicaSetFraction. */
  private proportion(rs: SimReplicaSet, toAdd: number, added: number): number {
    if (rs.replicas === 0 || toAdd === 0 || toAdd === added) return 0;
    let fraction: number;
    if (this.spec.replicas === 0) fraction = -rs.replicas;
    else {
      const { surge } = this.fenceposts();
      const maxReplicas = this.spec.replicas + surge;
      let before = rs.maxAnnotation ?? 0;
      if (before === 0) before = this.totalPods();
      fraction = goRound((rs.replicas * maxReplicas) / before) - rs.replicas;
    }
    const allowed = toAdd - added;
    return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
  }

  /** DeploymentComplete: all pods updated, no others, all available. */
  isComplete(newRS: SimReplicaSet | null = this.findNewRS()): boolean {
    if (!newRS) return this.spec.replicas === 0 && this.totalPods() === 0;
    const available = this.rsList.reduce((n, rs) => n + rs.available, 0);
    return newRS.pods.size === this.spec.replicas && this.totalPods() === this.spec.replicas && available === this.spec.replicas;
  }

  /** cleanupDeployment: old ReplicaSets at 0 beyond revisionHistoryLimit, lowest revision first. */
  private cleanupOldReplicaSets(state: ClusterState, newRS: SimReplicaSet): void {
    const olds = this.olds(newRS);
    const diff = olds.length - this.spec.revisionHistoryLimit;
    if (diff <= 0) return;
    const byRevision = [...olds].sort((a, b) => a.revision - b.revision || a.created - b.created);
    for (let i = 0; i < diff; i++) {
      const rs = byRevision[i]!;
      if (rs.replicas !== 0 || rs.pods.size !== 0) continue;
      rs.destroy(state);
      this.rsList.splice(this.rsList.indexOf(rs), 1);
    }
  }

  /** Sets the rollout verdict once the simulation has settled. */
  finish(): void {
    const recorder = this.recorder;
    if (!recorder) return;
    recorder.complete = this.isComplete();
    if (recorder.complete || this.spec.paused) return;
    const newRS = this.findNewRS();
    const held = [...this.pods()].filter((p) => p.node === null).sort((a, b) => compare(a.name, b.name));
    recorder.heldPods = held.map((p) => p.name);
    recorder.stalledAtStep = recorder.steps.length;
    const step = `step ${recorder.steps.length}`;
    const newPending = held.filter((p) => newRS !== null && newRS.pods.has(p));
    if (newRS?.createError && newRS.pods.size < newRS.replicas) {
      recorder.stalled = `${step}: ReplicaSet ${newRS.name} cannot create pods: ${newRS.createError}`;
    } else if (newPending.length > 0) {
      const more = newPending.length > 1 ? ` (and ${newPending.length - 1} more)` : '';
      recorder.stalled = `${step}: new pod ${newPending[0]!.name} cannot be scheduled${more}: ${newPending[0]!.reason}`;
    } else if (held.length > 0) {
      recorder.stalled = `${step}: pod ${held[0]!.name} cannot be scheduled: ${held[0]!.reason}`;
    } else {
      const creating = this.rsList.find((rs) => rs.createError && rs.pods.size < rs.replicas);
      recorder.stalled = creating
        ? `${step}: ReplicaSet ${creating.name} cannot create pods: ${creating.createError}`
        : `${step}: the rollout does not progress`;
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function goRound(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}
