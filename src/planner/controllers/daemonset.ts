/**
 * DaemonSet controller (k8s pkg/controller/daemon/{daemon_controller,update}.go): one pod per
 * eligible node (nodeName, nodeSelector, required node affinity, taints with the automatic
 * tolerations), resources not checked. The pods are pinned to their node (required affinity
 * replaced by matchFields metadata.name) and placed by the scheduler, so they may stay Pending.
 * RollingUpdate: maxUnavailable/maxSurge scaled against the desired node count, rounding up;
 * surge 0 deletes an old pod before its replacement, surge > 0 starts the new pod beside the old.
 * Pod names: `<daemonset>-<n>`, n counting per DaemonSet.
 */
import { asArray, asObject, isObject } from '../../resources/kinds';
import type { KubeObject } from '../../resources/resource';
import { type ClusterState, type Controller, type SimPod, type TemplateAdmission, templateLabels } from '../cluster-state';
import { cloneJson, templateHash, templateKey } from '../defaults';
import {
  type FilterWording,
  REASON_NODE_AFFINITY,
  REASON_NODE_NAME,
  matchesRequiredNodeAffinity,
  untoleratedHardTaint,
  untoleratedTaintReason,
} from '../scheduler/filters';
import { compareStrings } from '../cluster-model';
import { type PodShape, buildPodShape } from '../pod-shape';
import { RolloutRecorder, scaledValue } from '../rollout';
import { type Requirement, compileLabelSelector } from '../selectors';
import type { NodeState } from '../scheduler/node-state';

/** Tolerations the DaemonSet controller adds to every pod (util.AddOrUpdateDaemonPodTolerations). */
const AUTO_TOLERATIONS = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];
const HOST_NETWORK_TOLERATION = { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' };

export interface DaemonSetSpec {
  onDelete: boolean;
  maxSurge: unknown;
  maxUnavailable: unknown;
  template: KubeObject;
  selector: readonly Requirement[];
}

export function readDaemonSetSpec(object: KubeObject): DaemonSetSpec {
  const spec = asObject(object.spec);
  const strategy = asObject(spec.updateStrategy);
  const rolling = asObject(strategy.rollingUpdate);
  return {
    onDelete: strategy.type === 'OnDelete',
    maxSurge: rolling.maxSurge ?? 0,
    maxUnavailable: rolling.maxUnavailable ?? 1,
    template: withDaemonTolerations(asObject(spec.template)),
    selector: compileLabelSelector(spec.selector).requirements,
  };
}

/** The template as the controller creates pods from it: automatic tolerations added. */
function withDaemonTolerations(template: KubeObject): KubeObject {
  const copy = cloneJson(template);
  const spec = isObject(copy.spec) ? copy.spec : {};
  const tolerations = asArray(spec.tolerations).slice();
  const extra = spec.hostNetwork === true ? [...AUTO_TOLERATIONS, HOST_NETWORK_TOLERATION] : AUTO_TOLERATIONS;
  for (const t of extra) {
    if (!tolerations.some((have) => isObject(have) && have.key === t.key && have.effect === t.effect)) tolerations.push({ ...t });
  }
  spec.tolerations = tolerations;
  copy.spec = spec;
  return copy;
}

interface Revision {
  key: string;
  hash: string;
  template: KubeObject;
  admitted: { epoch: number; result: TemplateAdmission } | null;
  eligible: Set<string> | null;
  /** Why the other nodes are not eligible: reason → node count, in the scheduler's words. */
  ineligible: Map<string, number>;
}

export class SimDaemonSet implements Controller {
  readonly kind = 'DaemonSet';
  readonly key: string;
  /** Pods by the node they are pinned to. */
  readonly pods = new Map<string, SimPod[]>();
  spec!: DaemonSetSpec;
  recorder: RolloutRecorder | null = null;
  private update!: Revision;
  private nextIndex = 0;
  createError: string | null = null;

  constructor(
    readonly namespace: string,
    readonly name: string,
    spec: DaemonSetSpec,
  ) {
    this.key = `DaemonSet/${namespace}/${name}`;
    this.setSpec(spec);
  }

  get owner(): string {
    return `DaemonSet/${this.name}`;
  }

  setSpec(spec: DaemonSetSpec): void {
    const key = templateKey(spec.template);
    if (!this.update || this.update.key !== key) {
      this.update = { key, hash: templateHash(key), template: spec.template, admitted: null, eligible: null, ineligible: new Map() };
    }
    this.spec = spec;
  }

  /** maxSurge / maxUnavailable against the number of eligible nodes, rounding up. */
  fenceposts(desired: number): { surge: number; unavailable: number } {
    const surge = scaledValue(this.spec.maxSurge, desired, true);
    let unavailable = scaledValue(this.spec.maxUnavailable, desired, true);
    if (surge === 0 && unavailable === 0) unavailable = 1;
    return { surge, unavailable };
  }

  startRecording(state: ClusterState): void {
    const desired = this.eligibleNodes(state).size;
    const { surge, unavailable } = this.fenceposts(desired);
    const strategy = this.spec.onDelete ? 'OnDelete' : 'RollingUpdate';
    this.recorder = new RolloutRecorder('DaemonSet', this.namespace, this.name, strategy, this.spec.onDelete ? null : surge, this.spec.onDelete ? null : unavailable);
    this.recorder.observe(this.allPods());
  }

  *allPods(): Iterable<SimPod> {
    for (const list of this.pods.values()) yield* list;
  }

  adopt(pod: SimPod, node: string): void {
    const list = this.pods.get(node) ?? [];
    list.push(pod);
    this.pods.set(node, list);
    const match = /-(\d+)$/.exec(pod.name);
    if (match && pod.name.startsWith(`${this.name}-`)) this.nextIndex = Math.max(this.nextIndex, Number(match[1]) + 1);
  }

  /** nodeShouldRunDaemonPod: nodeName, nodeSelector/affinity, taints (NoSchedule/NoExecute) with the automatic tolerations. */
  eligibleNodes(state: ClusterState): Set<string> {
    if (this.update.eligible) return this.update.eligible;
    const spec = asObject(this.update.template.spec);
    const shape = buildPodShape(this.namespace, templateLabels(this.update.template), spec, {
      namespaceLabels: new Map(),
      priority: 0,
      defaultSpreadSelector: null,
    });
    const eligible = new Set<string>();
    const ineligible = this.update.ineligible;
    for (const node of state.scheduler.nodes) {
      const reason = whyNotEligible(shape, node, state.scheduler.wording);
      if (reason === null) eligible.add(node.name);
      else ineligible.set(reason, (ineligible.get(reason) ?? 0) + 1);
    }
    this.update.eligible = eligible;
    return eligible;
  }

  expectedScale(): null {
    return null;
  }

  forget(pod: SimPod): void {
    for (const [node, list] of this.pods) {
      const rest = list.filter((p) => p !== pod);
      if (rest.length === list.length) continue;
      if (rest.length > 0) this.pods.set(node, rest);
      else this.pods.delete(node);
    }
  }

  sync(state: ClusterState): boolean {
    const managed = this.manage(state);
    const changed = this.rollingUpdate(state) || managed;
    if (changed && this.recorder) {
      let fresh = 0;
      let old = 0;
      let available = 0;
      for (const pod of this.allPods()) {
        if (pod.revision === this.update.key) fresh++;
        else old++;
        if (pod.phase === 'Running') available++;
      }
      this.recorder.record({ new: fresh, old, available }, this.allPods());
    }
    return changed;
  }

  /** manage(): create a pod on every eligible node without one, delete pods from ineligible nodes. */
  private manage(state: ClusterState): boolean {
    const eligible = this.eligibleNodes(state);
    let changed = false;
    for (const node of state.scheduler.nodes) {
      const pods = this.pods.get(node.name) ?? [];
      if (eligible.has(node.name)) {
        if (pods.length === 0) {
          if (!this.createPod(state, node)) return changed;
          changed = true;
        }
      } else if (pods.length > 0) {
        for (const pod of pods) state.deletePod(pod);
        this.pods.delete(node.name);
        changed = true;
      }
    }
    return changed;
  }

  private rollingUpdate(state: ClusterState): boolean {
    if (this.spec.onDelete) return false;
    const eligible = this.eligibleNodes(state);
    const { surge, unavailable } = this.fenceposts(eligible.size);
    const key = this.update.key;
    const toDelete: SimPod[] = [];
    const toCreate: NodeState[] = [];
    if (surge === 0) {
      let numUnavailable = 0;
      const replacements: SimPod[] = [];
      const candidates: SimPod[] = [];
      for (const node of state.scheduler.nodes) {
        const pods = this.pods.get(node.name);
        if (!pods || pods.length === 0) continue;
        const fresh = pods.find((p) => p.revision === key);
        const old = pods.find((p) => p.revision !== key);
        if (fresh && old) numUnavailable++;
        else if (fresh) {
          if (fresh.phase !== 'Running') numUnavailable++;
        } else if (old) {
          if (old.phase !== 'Running') replacements.push(old);
          else if (numUnavailable < unavailable) candidates.push(old);
        }
      }
      const remaining = Math.max(0, Math.min(unavailable - numUnavailable, candidates.length));
      toDelete.push(...replacements, ...candidates.slice(0, remaining));
    } else {
      let numSurge = 0;
      const allowed: NodeState[] = [];
      const candidates: NodeState[] = [];
      for (const node of state.scheduler.nodes) {
        const pods = this.pods.get(node.name);
        if (!pods || pods.length === 0) continue;
        const fresh = pods.find((p) => p.revision === key);
        const old = pods.find((p) => p.revision !== key);
        if (!old) continue;
        if (!fresh) {
          if (old.phase !== 'Running') allowed.push(node);
          else if (numSurge < surge) candidates.push(node);
        } else if (fresh.phase !== 'Running') numSurge++;
        else toDelete.push(old);
      }
      const remaining = Math.max(0, Math.min(surge - numSurge, candidates.length));
      toCreate.push(...allowed, ...candidates.slice(0, remaining));
    }
    let changed = false;
    for (const pod of toDelete) {
      const node = pod.pinnedNode!;
      state.deletePod(pod);
      const rest = (this.pods.get(node) ?? []).filter((p) => p !== pod);
      if (rest.length > 0) this.pods.set(node, rest);
      else this.pods.delete(node);
      changed = true;
    }
    for (const node of toCreate) {
      if (!this.createPod(state, node)) break;
      changed = true;
    }
    return changed;
  }

  private createPod(state: ClusterState, node: NodeState): boolean {
    const revision = this.update;
    if (revision.admitted?.epoch !== state.epoch) {
      revision.admitted = {
        epoch: state.epoch,
        result: state.admitTemplate(this.namespace, this.labelsFor(revision), withoutRequiredNodeAffinity(revision.template), this.spec.selector),
      };
    }
    const admitted = revision.admitted.result;
    while (state.nameInUse(this.namespace, `${this.name}-${this.nextIndex}`)) this.nextIndex++;
    const name = `${this.name}-${this.nextIndex}`;
    if ('error' in admitted) return this.failCreate(state, state.formatAdmissionError(admitted.error, name));
    const result = state.createPod({
      namespace: this.namespace,
      name,
      labels: this.labelsFor(revision),
      admitted,
      owner: this.owner,
      controller: this,
      revision: revision.key,
      pinnedNode: node.name,
    });
    if (typeof result === 'string') return this.failCreate(state, result);
    this.nextIndex++;
    if (this.createError !== null) state.clearProblem('FailedCreate', 'DaemonSet', this.namespace, this.name);
    this.createError = null;
    this.adopt(result, node.name);
    return true;
  }

  private labelsFor(revision: Revision): Record<string, string> {
    return { ...templateLabels(revision.template), 'controller-revision-hash': revision.hash, 'pod-template-generation': '1' };
  }

  private failCreate(state: ClusterState, error: string): false {
    this.createError = error;
    state.problem('error', 'FailedCreate', 'DaemonSet', this.namespace, this.name, `Error creating: ${error}`, true);
    return false;
  }

  destroy(state: ClusterState): void {
    for (const pod of this.allPods()) state.deletePod(pod);
    this.pods.clear();
  }

  isComplete(state: ClusterState): boolean {
    const eligible = this.eligibleNodes(state);
    for (const node of eligible) {
      const pods = this.pods.get(node) ?? [];
      if (pods.length !== 1 || pods[0]!.revision !== this.update.key || pods[0]!.phase !== 'Running') return false;
    }
    for (const node of this.pods.keys()) if (!eligible.has(node)) return false;
    return true;
  }

  finish(state: ClusterState): void {
    const recorder = this.recorder;
    if (!recorder) return;
    const nodes = state.scheduler.nodes.length;
    if (nodes > 0 && this.eligibleNodes(state).size === 0) {
      const reasons = [...this.update.ineligible].map(([reason, count]) => `${count} ${reason}`).sort(compareStrings);
      state.problem('warning', 'NoEligibleNodes', 'DaemonSet', this.namespace, this.name, `runs on 0/${nodes} nodes: ${reasons.join(', ')}.`);
    }
    recorder.complete = this.isComplete(state);
    if (recorder.complete) return;
    const pending = [...this.allPods()].filter((p) => p.node === null).sort((a, b) => (a.name < b.name ? -1 : 1));
    const stale = [...this.allPods()].some((p) => p.revision !== this.update.key);
    if (this.spec.onDelete && pending.length === 0 && stale) return; // waits for the user to delete pods
    recorder.stalledAtStep = recorder.steps.length;
    recorder.heldPods = pending.map((p) => p.name);
    const step = `step ${recorder.steps.length}`;
    if (pending.length > 0) {
      const more = pending.length > 1 ? ` (and ${pending.length - 1} more)` : '';
      recorder.stalled = `${step}: pod ${pending[0]!.name} on node ${pending[0]!.pinnedNode} cannot be scheduled${more}: ${pending[0]!.reason}`;
    } else if (this.createError) recorder.stalled = `${step}: cannot create pods: ${this.createError}`;
    else recorder.stalled = `${step}: the rollout does not progress`;
  }
}

/** Why a DaemonSet's pods do not belong on a node, in nodeShouldRunDaemonPod's order and the scheduler's words; null when they do. */
function whyNotEligible(shape: PodShape, node: NodeState, wording: FilterWording): string | null {
  if (shape.nodeName !== null && shape.nodeName !== node.name) return REASON_NODE_NAME;
  if (!matchesRequiredNodeAffinity(shape, node)) return REASON_NODE_AFFINITY;
  const taint = untoleratedHardTaint(shape, node);
  return taint ? untoleratedTaintReason(taint, wording) : null;
}

/** The controller replaces the template's required node affinity with the per-node pin. */
function withoutRequiredNodeAffinity(template: KubeObject): Record<string, unknown> {
  const spec = cloneJson(asObject(template.spec));
  const affinity = asObject(spec.affinity);
  const nodeAffinity = asObject(affinity.nodeAffinity);
  if (isObject(nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution)) {
    delete nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution;
  }
  return spec;
}
