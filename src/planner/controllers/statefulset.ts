/**
 * StatefulSet controller (k8s pkg/controller/statefulset/stateful_set_control.go): pods
 * `<name>-<ordinal>` for ordinals start..start+replicas−1 and PVCs `<claim>-<name>-<ordinal>`.
 * OrderedReady creates one pod at a time, each only after all lower ordinals are Running and
 * Ready (so a pod that cannot be scheduled stops every higher ordinal), and deletes from the top,
 * one at a time; Parallel does both at once. RollingUpdate replaces pods from the highest ordinal
 * down to the partition, one at a time; ordinals below the partition keep the current revision,
 * even when recreated. With `maxUnavailable` (1.35+, where it defaults to 1; dropped before) it
 * deletes that many at once less those unavailable already, from the top
 * (updateStatefulSetAfterInvariantEstablished); OrderedReady still recreates them one by one.
 * OnDelete replaces nothing.
 */
import { asArray, asObject } from '../../resources/kinds';
import type { KubeObject } from '../../resources/resource';
import { type ClusterState, type Controller, type SimPod, type TemplateAdmission, deletionCostOf, templateLabels } from '../cluster-state';
import { templateHash, templateKey } from '../defaults';
import { RolloutRecorder, scaledValue } from '../rollout';
import { type Requirement, compileLabelSelector } from '../selectors';
import type { PlanVolumeClaim } from '../types';

export interface StatefulSetSpec {
  replicas: number;
  start: number;
  parallel: boolean;
  onDelete: boolean;
  partition: number;
  /** rollingUpdate.maxUnavailable scaled against replicas (at least 1); null where the API server dropped it. */
  maxUnavailable: number | null;
  template: KubeObject;
  selector: readonly Requirement[];
  claimTemplates: { name: string; storage: string | null; spec: Record<string, unknown> }[];
}

/** Reads a defaulted StatefulSet (defaultObject), whose maxUnavailable is there only where the API server keeps it. */
export function readStatefulSetSpec(object: KubeObject, replicas: number): StatefulSetSpec {
  const spec = asObject(object.spec);
  const strategy = asObject(spec.updateStrategy);
  const { partition, maxUnavailable } = asObject(strategy.rollingUpdate);
  return {
    replicas,
    start: typeof asObject(spec.ordinals).start === 'number' ? (asObject(spec.ordinals).start as number) : 0,
    parallel: spec.podManagementPolicy === 'Parallel',
    onDelete: strategy.type === 'OnDelete',
    partition: typeof partition === 'number' ? partition : 0,
    // getStatefulSetMaxUnavailable: rounded up, and never below 1
    maxUnavailable: maxUnavailable === undefined ? null : Math.max(1, scaledValue(maxUnavailable, replicas, true)),
    template: asObject(spec.template),
    selector: compileLabelSelector(spec.selector).requirements,
    claimTemplates: asArray(spec.volumeClaimTemplates).map((raw) => {
      const claim = asObject(raw);
      const storage = asObject(asObject(asObject(claim.spec).resources).requests).storage;
      return {
        name: String(asObject(claim.metadata).name ?? ''),
        storage: typeof storage === 'string' || typeof storage === 'number' ? String(storage) : null,
        spec: asObject(claim.spec),
      };
    }),
  };
}

interface Revision {
  key: string;
  hash: string;
  template: KubeObject;
  admitted: { epoch: number; result: TemplateAdmission } | null;
}

export class SimStatefulSet implements Controller {
  readonly kind = 'StatefulSet';
  readonly key: string;
  readonly pods = new Map<number, SimPod>();
  readonly claims = new Map<string, Omit<PlanVolumeClaim, 'volume'>>();
  spec!: StatefulSetSpec;
  recorder: RolloutRecorder | null = null;
  /** The revision pods below the partition keep (the one before the update). */
  private current!: Revision;
  private update!: Revision;
  createError: string | null = null;

  constructor(
    readonly namespace: string,
    readonly name: string,
    spec: StatefulSetSpec,
  ) {
    this.key = `StatefulSet/${namespace}/${name}`;
    const revision = this.revisionOf(spec.template);
    this.current = revision;
    this.update = revision;
    this.spec = spec;
  }

  get owner(): string {
    return `StatefulSet/${this.name}`;
  }

  setSpec(spec: StatefulSetSpec): void {
    const key = templateKey(spec.template);
    // The update revision becomes current once every pod runs it.
    if (this.isUpdated()) this.current = this.update;
    if (key !== this.update.key) this.update = key === this.current.key ? this.current : this.revisionOf(spec.template);
    this.spec = spec;
  }

  private revisionOf(template: KubeObject): Revision {
    const key = templateKey(template);
    return { key, hash: `${this.name}-${templateHash(key)}`, template, admitted: null };
  }

  startRecording(): void {
    const strategy = this.spec.onDelete ? 'OnDelete' : 'RollingUpdate';
    const { onDelete, maxUnavailable } = this.spec;
    this.recorder = new RolloutRecorder('StatefulSet', this.namespace, this.name, strategy, onDelete ? null : 0, onDelete ? null : (maxUnavailable ?? 1));
    this.recorder.observe(this.pods.values());
  }

  adopt(pod: SimPod & { ordinal: number }): void {
    this.pods.set(pod.ordinal, pod);
  }

  expectedScale(): number {
    return this.spec.replicas;
  }

  forget(pod: SimPod): void {
    if (pod.ordinal !== null && this.pods.get(pod.ordinal) === pod) this.pods.delete(pod.ordinal);
  }

  sync(state: ClusterState): boolean {
    const changed = this.syncOnce(state);
    if (changed && this.recorder) {
      let fresh = 0;
      let old = 0;
      let available = 0;
      for (const pod of this.pods.values()) {
        if (pod.revision === this.update.key) fresh++;
        else old++;
        if (pod.phase === 'Running') available++;
      }
      this.recorder.record({ new: fresh, old, available }, this.pods.values());
    }
    return changed;
  }

  private syncOnce(state: ClusterState): boolean {
    const { start, replicas, parallel } = this.spec;
    const end = start + replicas;
    let changed = false;
    for (let ordinal = start; ordinal < end; ordinal++) {
      const pod = this.pods.get(ordinal);
      if (!pod) {
        const created = this.createPod(state, ordinal);
        if (!created) return changed;
        changed = true;
        if (!parallel) return true;
        continue;
      }
      if (!parallel && pod.phase !== 'Running') return changed;
    }
    // Scale down: the highest condemned ordinal first.
    const condemned = [...this.pods.keys()].filter((o) => o < start || o >= end).sort((a, b) => b - a);
    for (const ordinal of condemned) {
      this.deletePod(state, ordinal);
      changed = true;
      if (!parallel) return true;
    }
    if (changed || this.spec.onDelete) return changed;
    if (this.spec.maxUnavailable !== null) return this.deleteUnavailable(state, this.spec.maxUnavailable);
    // RollingUpdate: from the highest ordinal down to the partition.
    const ordinals = [...this.pods.keys()].sort((a, b) => b - a);
    for (const ordinal of ordinals) {
      if (ordinal < start + this.spec.partition) break;
      const pod = this.pods.get(ordinal)!;
      if (pod.revision !== this.update.key) {
        this.deletePod(state, ordinal);
        return true;
      }
      if (pod.phase !== 'Running') return false;
    }
    return false;
  }

  /**
   * RollingUpdate with maxUnavailable: while fewer than `max` pods are unavailable, deletes old
   * revision pods from the highest ordinal down to the partition, up to the difference.
   */
  private deleteUnavailable(state: ClusterState, max: number): boolean {
    let unavailable = 0;
    for (const pod of this.pods.values()) if (pod.phase !== 'Running') unavailable++;
    const floor = this.spec.start + this.spec.partition;
    let deleted = 0;
    for (const ordinal of [...this.pods.keys()].sort((a, b) => b - a)) {
      if (ordinal < floor || deleted >= max - unavailable) break;
      if (this.pods.get(ordinal)!.revision === this.update.key) continue;
      this.deletePod(state, ordinal);
      deleted++;
    }
    return deleted > 0;
  }

  private deletePod(state: ClusterState, ordinal: number): void {
    state.deletePod(this.pods.get(ordinal)!);
    this.pods.delete(ordinal);
  }

  private createPod(state: ClusterState, ordinal: number): boolean {
    const revision = !this.spec.onDelete && ordinal < this.spec.start + this.spec.partition ? this.current : this.update;
    if (revision.admitted?.epoch !== state.epoch) {
      revision.admitted = {
        epoch: state.epoch,
        result: state.admitTemplate(this.namespace, this.labelsFor(revision), asObject(revision.template.spec), this.spec.selector),
      };
    }
    const admitted = revision.admitted.result;
    const name = `${this.name}-${ordinal}`;
    if ('error' in admitted) return this.failCreate(state, state.formatAdmissionError(admitted.error, name));
    // createPersistentVolumeClaims comes first: a claim that cannot be created holds the pod back.
    for (const claim of this.spec.claimTemplates) {
      const claimName = `${claim.name}-${this.name}-${ordinal}`;
      if (this.claims.has(claimName)) continue;
      const error = state.createClaim(this.namespace, claimName, claim.spec);
      if (error) return this.failCreate(state, error, `create Claim ${claimName} for Pod ${name} in StatefulSet ${this.name} failed error: ${error}`);
      this.claims.set(claimName, { namespace: this.namespace, name: claimName, owner: this.owner, storage: claim.storage });
    }
    const labels = {
      ...this.labelsFor(revision),
      'statefulset.kubernetes.io/pod-name': name,
      'apps.kubernetes.io/pod-index': String(ordinal),
    };
    const result = state.createPod({
      namespace: this.namespace,
      name,
      labels,
      admitted,
      owner: this.owner,
      controller: this,
      revision: revision.key,
      ordinal,
      deletionCost: deletionCostOf(revision.template),
      claims: this.spec.claimTemplates.map((claim) => `${claim.name}-${this.name}-${ordinal}`),
    });
    if (typeof result === 'string') return this.failCreate(state, result);
    if (this.createError !== null) state.clearProblem('FailedCreate', 'StatefulSet', this.namespace, this.name);
    this.createError = null;
    this.pods.set(ordinal, result);
    return true;
  }

  private labelsFor(revision: Revision): Record<string, string> {
    return { ...templateLabels(revision.template), 'controller-revision-hash': revision.hash };
  }

  private failCreate(state: ClusterState, error: string, event?: string): false {
    this.createError = error;
    const message = event ?? `create Pod ${error.match(/"([^"]+)"/)?.[1] ?? ''} in StatefulSet ${this.name} failed error: ${error}`;
    state.problem('error', 'FailedCreate', 'StatefulSet', this.namespace, this.name, message, true);
    return false;
  }

  destroy(state: ClusterState): void {
    for (const pod of this.pods.values()) state.deletePod(pod);
    this.pods.clear();
  }

  /** Every pod at or above the partition runs the update revision, all wanted pods exist and run. */
  isUpdated(): boolean {
    const { start, replicas, partition, onDelete } = this.spec;
    if (this.pods.size !== replicas) return false;
    for (const [ordinal, pod] of this.pods) {
      if (ordinal < start || ordinal >= start + replicas || pod.phase !== 'Running') return false;
      if (!onDelete && ordinal >= start + partition && pod.revision !== this.update.key) return false;
    }
    return true;
  }

  finish(): void {
    const recorder = this.recorder;
    if (!recorder) return;
    const updated = this.isUpdated();
    const allNew = [...this.pods.values()].every((p) => p.revision === this.update.key);
    recorder.complete = updated && (!this.spec.onDelete || allNew);
    if (recorder.complete) return;
    if (this.spec.onDelete && updated) return; // OnDelete: waits for the user to delete pods.
    recorder.stalledAtStep = recorder.steps.length;
    const step = `step ${recorder.steps.length}`;
    const pending = [...this.pods.values()].filter((p) => p.node === null).sort((a, b) => a.ordinal! - b.ordinal!);
    const missing: string[] = [];
    for (let o = this.spec.start; o < this.spec.start + this.spec.replicas; o++) if (!this.pods.has(o)) missing.push(`${this.name}-${o}`);
    recorder.heldPods = [...pending.map((p) => p.name), ...missing].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (pending.length > 0) {
      const first = pending[0]!;
      const notCreated =
        !this.spec.parallel && missing.length > 0
          ? ` OrderedReady does not create ${missing.join(', ')} until ${first.name} is Running and Ready.`
          : '';
      recorder.stalled = `${step}: pod ${first.name} cannot be scheduled: ${first.reason}${notCreated}`;
    } else if (this.createError) {
      recorder.stalled = `${step}: cannot create pods: ${this.createError}`;
    } else {
      recorder.stalled = `${step}: the rollout does not progress`;
    }
  }
}
