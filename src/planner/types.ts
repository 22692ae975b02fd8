/**
 * The planner's vocabulary: its input (desired and current resources, a cluster model, options)
 * and its output, the Plan, whose JSON form is a stable contract.
 */
import type { FieldError } from '../core/field-error';
import type { NodePortRange } from '../core/cluster-section';
import type { Quantity } from '../core/quantity';
import type { Refusals, Resource } from '../resources/resource';

// ---------------------------------------------------------------------------------------------
// Cluster model
// ---------------------------------------------------------------------------------------------

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';

export interface Taint {
  key: string;
  value: string;
  effect: TaintEffect;
}

/** Resource names to quantities (`cpu`, `memory`, `pods`, `ephemeral-storage`, extended resources). */
export type ResourceList = Readonly<Record<string, Quantity>>;

export interface NodeModel {
  name: string;
  labels: Readonly<Record<string, string>>;
  taints: readonly Taint[];
  unschedulable: boolean;
  capacity: ResourceList;
  /** Defaults to capacity, per resource. */
  allocatable: ResourceList;
  /** CSI driver name → how many of its volumes the node can have attached (NodeVolumeLimits). */
  volumeLimits?: Readonly<Record<string, number>>;
  /** Images the node holds (a Node's `status.images`), for the ImageLocality score. */
  images?: readonly NodeImage[];
}

/** An image on a node: every name it is known by, and its size. */
export interface NodeImage {
  names: readonly string[];
  sizeBytes: number;
}

/** The NodePort range, shared with the configuration's cluster section. */
export type { NodePortRange };

export interface ClusterModel {
  /** Sorted by name (plain code-unit order): the scheduler's deterministic node order. */
  nodes: readonly NodeModel[];
  nodePortRange: NodePortRange;
  /** Where the nodes come from, for the text output. */
  source: 'default' | 'node-pools' | 'nodes';
}

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

export interface PlanOptions {
  /** Target Kubernetes minor version, e.g. "1.34"; selects version-dependent message wording. */
  kubernetesVersion: string;
}

export interface PlanInput {
  /** The manifests to apply. */
  desired: readonly Resource[];
  /** What is in the cluster now: manifests (converged as if applied long ago) or a live export. */
  current: readonly Resource[];
  cluster: ClusterModel;
  options: PlanOptions;
  /**
   * Desired objects the API server would refuse, with its reasons (`path: message`), found by lint
   * (schema errors, rule refusals): they are not applied, like those validateObject refuses.
   */
  refusals?: Refusals;
}

// ---------------------------------------------------------------------------------------------
// Output: a stable contract. The unmarked fields of summary, nodes, changes, pods and rollouts
// entries are its core; fields marked "extension" add to it.
// ---------------------------------------------------------------------------------------------

export type ChangeAction = 'create' | 'update' | 'delete';

export interface PlanSummary {
  /** Objects created, updated, deleted: what the API server accepts (refused ones are not counted). */
  create: number;
  update: number;
  delete: number;
  /** Extension: objects apply sends and the API server refuses (the `refused` list). */
  refused: number;
  unchanged: number;
  podsBefore: number;
  podsAfter: number;
  unschedulable: number;
  stalledRollouts: number;
}

export interface PlanNode {
  name: string;
  allocatable: { cpu: string; memory: string; pods: number };
  requested: { cpu: string; memory: string; pods: number };
}

export interface PlanChange {
  action: ChangeAction;
  apiVersion: string;
  kind: string;
  namespace: string | null;
  name: string;
}

/**
 * Extension: an object `kubectl apply` would create or update and the API server refuses; nothing
 * is created or changed (an update keeps the current object). A problem of the same object, with
 * this reason, says why.
 */
export interface PlanRefusal {
  /** What apply attempts. */
  action: 'create' | 'update';
  apiVersion: string;
  kind: string;
  namespace: string | null;
  name: string;
  /** The refusing problem's reason: Invalid, FieldImmutable, NamespaceNotFound, QuotaExceeded, FieldValueInvalid, InternalError. */
  reason: string;
}

export interface PlanPod {
  namespace: string;
  name: string;
  /** The top-level controller, `Deployment/web`; null for a bare Pod. */
  owner: string | null;
  node: string | null;
  /** The scheduler's message when the pod cannot be placed; null otherwise. */
  reason: string | null;
}

export interface RolloutStep {
  new: number;
  old: number;
  available: number;
}

export interface PlanRollout {
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  namespace: string;
  name: string;
  strategy: string;
  maxSurge: number | null;
  maxUnavailable: number | null;
  steps: RolloutStep[];
  complete: boolean;
  stalled: string | null;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** Extension: what the API server, a controller or the plan itself would report about an object. */
export interface PlanProblem {
  severity: ProblemSeverity;
  /** A Kubernetes-style reason: FailedCreate, FieldImmutable, PortAllocated, EndpointsEmpty, … */
  reason: string;
  kind: string;
  namespace: string | null;
  name: string;
  message: string;
  /** Invalid and FieldImmutable: each field error, as the API server's Status lists them in `details.causes`. */
  causes?: readonly FieldError[];
}

/** Extension: per rollout, what it holds at its peak and where it stopped. */
export interface PlanRolloutDetail {
  kind: string;
  namespace: string;
  name: string;
  /** Requests of all the workload's pods at the step where they are largest (pending pods included). */
  peak: { cpu: string; memory: string; pods: number };
  /** 1-based index of the last step before the rollout stopped progressing; null when complete. */
  stalledAtStep: number | null;
  /** Pods that hold the rollout (pending, or not created); empty when complete. */
  heldPods: string[];
}

/** Extension: PersistentVolumeClaims that StatefulSet controllers create. */
export interface PlanVolumeClaim {
  namespace: string;
  name: string;
  owner: string;
  storage: string | null;
  /** The PersistentVolume of the input it is bound to; null when it is provisioned, or not bound. */
  volume: string | null;
}

/** Extension: Jobs and the waves of pods they run (ceil(completions / parallelism) on the happy path). */
export interface PlanJob {
  namespace: string;
  name: string;
  owner: string;
  completions: number | null;
  parallelism: number;
  /** Pod names created by each sync that created pods, in order. */
  waves: string[][];
  complete: boolean;
}

export interface Plan {
  version: 1;
  summary: PlanSummary;
  nodes: PlanNode[];
  /** What the API server accepts: refused objects are in `refused`. */
  changes: PlanChange[];
  /** Extension. Objects the API server refuses, in the order of changes. */
  refused: PlanRefusal[];
  pods: PlanPod[];
  rollouts: PlanRollout[];
  /** Extension. Sorted by kind, namespace, name, message. */
  problems: PlanProblem[];
  /** Extension. Same order as rollouts. */
  rolloutDetails: PlanRolloutDetail[];
  /** Extension. Sorted by namespace, name. */
  volumeClaims: PlanVolumeClaim[];
  /** Extension. Jobs the plan runs, sorted by namespace, name. */
  jobs: PlanJob[];
  /** Extension: unified diff of the applied objects, secret values masked (`***`: Secret data, secret env and ConfigMap values, see state-diff.ts). */
  diff: string;
}
