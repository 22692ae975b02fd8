/**
 * ReplicaSet (and ReplicationController) controller (k8s pkg/controller/replicaset): keeps
 * `replicas` pods, creating through admission (a rejected pod is a FailedCreate event and the
 * controller creates no more this sync) and deleting by rank (controller_utils ActivePodsWithRanks).
 *
 * Pod names: `<replicaset>-<n>` with n = 0, 1, 2, … per ReplicaSet (Kubernetes appends 5 random
 * characters; kubeplan counts, so names are stable).
 */
import type { KubeObject } from '../../resources/resource';
import { type ClusterState, type Controller, type SimPod, type TemplateAdmission, deletionCostOf, templateLabels } from '../cluster-state';
import { asObject } from '../../resources/kinds';
import type { Requirement } from '../selectors';

export interface ReplicaSetInit {
  kind: 'ReplicaSet' | 'ReplicationController';
  namespace: string;
  name: string;
  /** The pod template as the ReplicaSet holds it (with the pod-template-hash label for Deployments). */
  template: KubeObject;
  /** Comparable template text (templateKey), for EqualIgnoreHash. */
  templateKey: string;
  /** The ReplicaSet's selector requirements (owner selector for default spreading). */
  selector: readonly Requirement[];
  replicas: number;
  /** Top-level owner label, `Deployment/web` or `ReplicaSet/web-1`. */
  ownerLabel: string;
  /** Creation order among ReplicaSets (ReplicaSetsByCreationTimestamp). */
  created: number;
  revision: number;
  desiredAnnotation: number | null;
  maxAnnotation: number | null;
}

export class SimReplicaSet implements Controller {
  readonly kind: 'ReplicaSet' | 'ReplicationController';
  readonly namespace: string;
  readonly name: string;
  readonly key: string;
  readonly template: KubeObject;
  readonly templateKey: string;
  readonly selector: readonly Requirement[];
  readonly ownerLabel: string;
  readonly created: number;
  readonly pods = new Set<SimPod>();
  replicas: number;
  revision: number;
  desiredAnnotation: number | null;
  maxAnnotation: number | null;
  /** The last admission error while creating pods; cleared when a pod is created. */
  createError: string | null = null;
  /** Pods of sibling ReplicaSets (same Deployment), for the co-location rank when deleting. */
  related: () => Iterable<SimPod> = () => this.pods;
  /** Its own replicas, or its Deployment's (see Controller.expectedScale). */
  expectedScale: () => number | null = () => this.replicas;
  private readonly labels: Record<string, string>;
  private admitted: { epoch: number; result: TemplateAdmission } | null = null;
  private nextIndex = 0;

  constructor(init: ReplicaSetInit) {
    this.kind = init.kind;
    this.namespace = init.namespace;
    this.name = init.name;
    this.key = `${init.kind}/${init.namespace}/${init.name}`;
    this.template = init.template;
    this.templateKey = init.templateKey;
    this.selector = init.selector;
    this.replicas = init.replicas;
    this.ownerLabel = init.ownerLabel;
    this.created = init.created;
    this.revision = init.revision;
    this.desiredAnnotation = init.desiredAnnotation;
    this.maxAnnotation = init.maxAnnotation;
    this.labels = templateLabels(init.template);
  }

  /** Pods that are bound and running: available (minReadySeconds is treated as elapsed). */
  get available(): number {
    let n = 0;
    for (const pod of this.pods) if (pod.phase === 'Running') n++;
    return n;
  }

  /** Adopts a pod of the current state. */
  adopt(pod: SimPod): void {
    this.pods.add(pod);
    const match = /-(\d+)$/.exec(pod.name);
    if (match && pod.name.startsWith(`${this.name}-`)) this.nextIndex = Math.max(this.nextIndex, Number(match[1]) + 1);
  }

  sync(state: ClusterState): boolean {
    return this.reconcile(state);
  }

  forget(pod: SimPod): void {
    this.pods.delete(pod);
  }

  /** One ReplicaSet controller sync: create or delete pods towards `replicas`. */
  reconcile(state: ClusterState): boolean {
    const diff = this.pods.size - this.replicas;
    if (diff < 0) return this.createPods(state, -diff);
    if (diff > 0) {
      for (const pod of this.podsToDelete(diff)) {
        state.deletePod(pod);
        this.pods.delete(pod);
      }
      return true;
    }
    return false;
  }

  destroy(state: ClusterState): void {
    for (const pod of this.pods) state.deletePod(pod);
    this.pods.clear();
    this.replicas = 0;
  }

  private admission(state: ClusterState): TemplateAdmission {
    if (this.admitted?.epoch !== state.epoch) {
      this.admitted = {
        epoch: state.epoch,
        result: state.admitTemplate(this.namespace, this.labels, asObject(this.template.spec), this.selector),
      };
    }
    return this.admitted.result;
  }

  private createPods(state: ClusterState, count: number): boolean {
    const admitted = this.admission(state);
    let created = 0;
    for (let i = 0; i < count; i++) {
      const name = this.nextName(state);
      if ('error' in admitted) {
        this.failCreate(state, state.formatAdmissionError(admitted.error, name));
        break;
      }
      const result = state.createPod({
        namespace: this.namespace,
        name,
        labels: this.labels,
        admitted,
        owner: this.ownerLabel,
        controller: this,
        revision: this.templateKey,
        deletionCost: deletionCostOf(this.template),
      });
      if (typeof result === 'string') {
        this.failCreate(state, result);
        break;
      }
      this.nextIndex++;
      this.pods.add(result);
      if (this.createError !== null) state.clearProblem('FailedCreate', this.kind, this.namespace, this.name);
    this.createError = null;
      created++;
    }
    return created > 0;
  }

  private failCreate(state: ClusterState, error: string): void {
    this.createError = error;
    state.problem('error', 'FailedCreate', this.kind, this.namespace, this.name, `Error creating: ${error}`, true);
  }

  private nextName(state: ClusterState): string {
    while (state.nameInUse(this.namespace, `${this.name}-${this.nextIndex}`)) this.nextIndex++;
    return `${this.name}-${this.nextIndex}`;
  }

  /**
   * getPodsToDelete: unassigned first, then not running, then lower deletion cost, then more
   * related pods on the same node, then more recently ready, then newer.
   */
  private podsToDelete(count: number): SimPod[] {
    const onNode = new Map<string, number>();
    for (const pod of this.related()) {
      if (pod.node) onNode.set(pod.node.name, (onNode.get(pod.node.name) ?? 0) + 1);
    }
    const rank = (pod: SimPod): number => (pod.node ? (onNode.get(pod.node.name) ?? 0) : 0);
    const pods = [...this.pods];
    pods.sort((a, b) => {
      const assigned = Number(a.node !== null) - Number(b.node !== null);
      if (assigned !== 0) return assigned;
      const running = Number(a.phase === 'Running') - Number(b.phase === 'Running');
      if (running !== 0) return running;
      if (a.deletionCost !== b.deletionCost) return a.deletionCost - b.deletionCost;
      const ranks = rank(b) - rank(a);
      if (ranks !== 0) return ranks;
      if (a.boundRound !== b.boundRound) return b.boundRound - a.boundRound;
      return b.seq - a.seq;
    });
    return pods.slice(0, count);
  }
}
