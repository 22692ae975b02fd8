/**
 * What `kubectl apply` would do to each object: create, update, delete or leave it, comparing
 * defaulted objects (quantities by value, empty values as absent). A live object (read back from a
 * cluster) is compared on the fields the manifest sets, plus the fields its last-applied
 * configuration set (removed ones show), so server-set fields do not count as changes.
 *
 * Deletion: an object of a manifest-based current state (files, `--base`) that the desired
 * manifests no longer contain is deleted (as a GitOps prune would); live objects that the
 * manifests do not mention are kept (`kubectl apply` does not prune). Controller-owned objects
 * (ReplicaSets of Deployments, pods, Endpoints, …) are the simulation's business, not the plan's.
 *
 * Creates and updates the API server refuses (invalid objects, immutable fields — "must be
 * replaced" —, missing namespaces, object-count quotas) are not changes: they are listed as
 * refused, have no diff, and an updated object keeps its current form in the simulation.
 */
import { type FieldError, formatFieldError, parseFieldError } from '../core/field-error';
import { formatQuantity, tryParseQuantity } from '../core/quantity';
import { asObject, isObject } from '../resources/kinds';
import type { KubeObject, Refusals, Resource } from '../resources/resource';
import { BUILTIN_NAMESPACES } from './admission';
import { canonicalJson, cloneJson, defaultObject, normalizeObject } from './defaults';
import { controllerOf, isLive } from './objects';
import type { PlanChange, PlanProblem, PlanRefusal } from './types';
import { validateObject } from './validate-object';

/** Kinds that clusters manage themselves; never planned as changes. */
const MANAGED_KINDS = new Set(['Event', 'Endpoints', 'EndpointSlice', 'ControllerRevision', 'Lease', 'Node', 'ComponentStatus', 'Binding']);

export interface ObjectDiff {
  resource: Resource;
  action: PlanChange['action'];
  /** Comparable forms, for the state diff. */
  before: KubeObject | null;
  after: KubeObject | null;
}

export interface ObjectPlan {
  /** Creates, updates and deletes the API server accepts. */
  changes: PlanChange[];
  /** Creates and updates it refuses (each with a problem of the same reason). */
  refused: PlanRefusal[];
  unchanged: number;
  /** The objects that exist once the plan is applied: what the simulation's next state is built from. */
  next: Resource[];
  /** Resource keys of objects created or updated (and accepted). */
  changed: Set<string>;
  problems: PlanProblem[];
  diffs: ObjectDiff[];
}

/** Last occurrence wins, as a later `kubectl apply` of the same object would. */
export function uniqueObjects(resources: readonly Resource[]): Map<string, Resource> {
  const map = new Map<string, Resource>();
  for (const r of resources) if (r.name !== '') map.set(r.key, r);
  return map;
}

export function isManaged(r: Resource): boolean {
  if (MANAGED_KINDS.has(r.kind)) return true;
  const owner = controllerOf(r.object);
  return owner !== null && (r.kind === 'Pod' || r.kind === 'ReplicaSet' || r.kind === 'Job' || r.kind === 'PersistentVolumeClaim');
}

/**
 * `refusals`: what the API server would refuse in the desired objects beyond the workload checks
 * of validateObject (schema errors, the lint rules' refusals), as `path: message` field errors.
 */
export function buildObjectPlan(
  desiredList: readonly Resource[],
  currentList: readonly Resource[],
  kubernetesVersion: string,
  refusals: Refusals = new Map(),
): ObjectPlan {
  const desired = uniqueObjects(desiredList);
  const current = uniqueObjects(currentList);
  const plan: ObjectPlan = { changes: [], refused: [], unchanged: 0, next: [], changed: new Set(), problems: [], diffs: [] };

  const namespaces = new Set(BUILTIN_NAMESPACES);
  for (const r of [...current.values(), ...desired.values()]) {
    if (r.kind === 'Namespace' && r.group === '') namespaces.add(r.name);
  }
  // The current state's own objects live in namespaces that exist.
  for (const r of current.values()) if (r.namespace) namespaces.add(r.namespace);

  // An object without a name is not applied: kubectl apply stops at it (the API server would
  // generate a name only for kubectl create). The plan says so rather than leave it out.
  for (const r of desiredList) {
    if (r.name !== '') continue;
    const generateName = asObject(r.object.metadata).generateName;
    if (typeof generateName === 'string' && generateName !== '') {
      // kubectl's own refusal, before anything reaches the API server
      const message = `from ${generateName}: cannot use generate name with apply (kubectl create can create it; give it a name to apply it)`;
      plan.problems.push(problem('error', GENERATE_NAME_WITH_APPLY, r, message));
      plan.refused.push(refusal('create', r, GENERATE_NAME_WITH_APPLY));
      continue;
    }
    const causes = withRefusals([], refusals.get(r));
    if (causes.length === 0) causes.push(NAME_REQUIRED);
    plan.problems.push(invalidProblem('Invalid', r, causes));
    plan.refused.push(refusal('create', r, 'Invalid'));
  }

  for (const r of desired.values()) {
    const existing = current.get(r.key);
    if (!existing) {
      if (r.namespace !== null && !namespaces.has(r.namespace)) {
        plan.problems.push(problem('error', 'NamespaceNotFound', r, `namespaces "${r.namespace}" not found`));
        plan.refused.push(refusal('create', r, 'NamespaceNotFound'));
        continue;
      }
      const invalid = withRefusals(validateObject(r.group, r.kind, defaultObject(r.object, kubernetesVersion)), refusals.get(r));
      if (invalid.length > 0) {
        plan.problems.push(invalidProblem('Invalid', r, invalid));
        plan.refused.push(refusal('create', r, 'Invalid'));
        continue;
      }
      plan.changes.push(change('create', r));
      plan.next.push(r);
      plan.changed.add(r.key);
      plan.diffs.push({ resource: r, action: 'create', before: null, after: normalizeObject(r.object) });
      continue;
    }
    const after = normalizeObject(defaultObject(r.object, kubernetesVersion));
    const fullBefore = normalizeObject(defaultObject(existing.object, kubernetesVersion));
    const before = isLive(existing.object) ? projectLive(fullBefore, after, lastApplied(existing.object, kubernetesVersion)) : fullBefore;
    if (canonicalJson(before) === canonicalJson(after)) {
      plan.unchanged++;
      plan.next.push(existing);
      continue;
    }
    const immutable = immutableChange(r, fullBefore, after);
    if (immutable) {
      plan.problems.push(invalidProblem('FieldImmutable', r, [parseFieldError(immutable)], '; the object must be replaced (delete and recreate it, e.g. kubectl replace --force)'));
      plan.refused.push(refusal('update', r, 'FieldImmutable'));
      plan.next.push(existing);
      continue;
    }
    const invalid = withRefusals(validateObject(r.group, r.kind, after), refusals.get(r));
    if (invalid.length > 0) {
      plan.problems.push(invalidProblem('Invalid', r, invalid));
      plan.refused.push(refusal('update', r, 'Invalid'));
      plan.next.push(existing);
      continue;
    }
    plan.changes.push(change('update', r));
    plan.diffs.push({ resource: r, action: 'update', before: before as KubeObject, after });
    plan.next.push(r);
    plan.changed.add(r.key);
  }

  for (const r of current.values()) {
    if (desired.has(r.key)) continue;
    if (isManaged(r) || isLive(r.object)) {
      plan.next.push(r);
      continue;
    }
    plan.changes.push(change('delete', r));
    plan.diffs.push({ resource: r, action: 'delete', before: normalizeObject(r.object), after: null });
  }

  checkObjectCountQuotas(desiredList, plan);
  plan.changes.sort(compareChanges);
  plan.refused.sort(compareChanges);
  plan.diffs.sort((a, b) => compareChanges(change(a.action, a.resource), change(b.action, b.resource)));
  return plan;
}

/** An accepted create or update that a later check refuses, and why. */
export interface LateRefusal {
  readonly resource: Resource;
  readonly reason: string;
}

/**
 * Accepted creates and updates that a later check refuses (a quota, a port allocation): out of the
 * changes, the diffs and the changed set, into the refused list. The caller restores `next`. All
 * at once, in one pass over each list: a large input refuses hundreds (quotas of copies of one
 * namespace), and a pass per refusal over ten thousand changes took seconds.
 */
export function refuseChanges(plan: ObjectPlan, refusals: readonly LateRefusal[]): void {
  if (refusals.length === 0) return;
  const byIdentity = new Map(refusals.map((x) => [identity(x.resource), x]));
  const refusedKeys = new Set<string>();
  plan.changes = plan.changes.filter((c) => {
    const refused = c.action === 'delete' ? undefined : byIdentity.get(identity(c));
    if (!refused) return true;
    plan.refused.push(refusal(c.action as PlanRefusal['action'], refused.resource, refused.reason));
    refusedKeys.add(refused.resource.key);
    return false;
  });
  plan.refused.sort(compareChanges);
  plan.diffs = plan.diffs.filter((d) => !refusedKeys.has(d.resource.key));
  for (const key of refusedKeys) plan.changed.delete(key);
}

/** What tells a change from another: its apiVersion, kind, namespace and name. */
function identity(c: Pick<PlanChange, 'apiVersion' | 'kind' | 'namespace' | 'name'>): string {
  return `${c.apiVersion}\u0000${c.kind}\u0000${c.namespace ?? ''}\u0000${c.name}`;
}

/** The resource (plural) name of a kind, as quotas and API errors spell it. */
export function resourceName(r: Resource): string {
  const kind = r.kind.toLowerCase();
  const plural = kind === 'endpoints' ? kind : kind.endsWith('s') ? `${kind}es` : /[^aeiou]y$/.test(kind) ? `${kind.slice(0, -1)}ies` : `${kind}s`;
  return r.group === '' ? plural : `${plural}.${r.group}`;
}

/** What a created object charges to object-count quotas (ResourceQuota count/<resource> and the legacy names). */
function objectQuotaUsage(r: Resource): Map<string, number> {
  const usage = new Map<string, number>();
  if (r.kind === 'Pod' && r.group === '') return usage; // pods are charged when the simulation creates them
  const resource = resourceName(r);
  usage.set(`count/${resource}`, 1);
  if (r.group === '' && ['services', 'configmaps', 'secrets', 'persistentvolumeclaims', 'replicationcontrollers', 'resourcequotas'].includes(resource)) {
    usage.set(resource, 1);
  }
  if (r.kind === 'Service' && r.group === '') {
    const spec = asObject(r.object.spec);
    const ports = Array.isArray(spec.ports) ? spec.ports.length : 0;
    if (spec.type === 'NodePort' || (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false)) usage.set('services.nodeports', ports);
    if (spec.type === 'LoadBalancer') usage.set('services.loadbalancers', 1);
  }
  return usage;
}

/**
 * ResourceQuota on object counts: objects created beyond a namespace's count quota are refused
 * (`exceeded quota: …`), in the order the manifests give them.
 */
function checkObjectCountQuotas(desiredList: readonly Resource[], plan: ObjectPlan): void {
  const quotas = new Map<string, { name: string; hard: Map<string, bigint> }[]>();
  for (const r of plan.next) {
    if (r.kind !== 'ResourceQuota' || r.group !== '' || !r.namespace) continue;
    const hard = new Map<string, bigint>();
    for (const [key, value] of Object.entries(asObject(asObject(r.object.spec).hard))) {
      const q = tryParseQuantity(value);
      if (q) hard.set(key, q.nano);
    }
    const list = quotas.get(r.namespace) ?? [];
    list.push({ name: r.name, hard });
    quotas.set(r.namespace, list.sort((a, b) => cmp(a.name, b.name)));
  }
  if (quotas.size === 0) return;
  const creating = new Set(plan.diffs.filter((d) => d.action === 'create').map((d) => d.resource.key));
  const created = new Set([...plan.changed].filter((key) => creating.has(key)));
  const used = new Map<string, number>();
  const charge = (r: Resource, sign: number): void => {
    for (const [name, amount] of objectQuotaUsage(r)) {
      const key = `${r.namespace}\u0000${name}`;
      used.set(key, (used.get(key) ?? 0) + sign * amount);
    }
  };
  for (const r of plan.next) if (r.namespace && !created.has(r.key)) charge(r, 1);
  const refused: LateRefusal[] = [];
  const seen = new Set<string>();
  for (const r of desiredList) {
    if (!r.namespace || !created.has(r.key) || seen.has(r.key)) continue;
    seen.add(r.key);
    const usage = objectQuotaUsage(r);
    let error: string | null = null;
    for (const quota of quotas.get(r.namespace) ?? []) {
      for (const [name, amount] of usage) {
        const hard = quota.hard.get(name);
        if (hard === undefined || amount === 0) continue;
        const now = used.get(`${r.namespace}\u0000${name}`) ?? 0;
        if (BigInt(now + amount) * 1_000_000_000n > hard) {
          const limit = formatQuantity({ nano: hard, format: 'DecimalSI' });
          error = `${resourceName(r)} "${r.name}" is forbidden: exceeded quota: ${quota.name}, requested: ${name}=${amount}, used: ${name}=${now}, limited: ${name}=${limit}`;
          break;
        }
      }
      if (error) break;
    }
    if (error) {
      plan.problems.push(problem('error', 'QuotaExceeded', r, error));
      refused.push({ resource: r, reason: 'QuotaExceeded' });
    } else charge(r, 1);
  }
  if (refused.length === 0) return;
  refuseChanges(plan, refused);
  const keys = new Set(refused.map((x) => x.resource.key));
  plan.next = plan.next.filter((r) => !keys.has(r.key));
}

function change(action: PlanChange['action'], r: Resource): PlanChange {
  return { action, apiVersion: r.apiVersion, kind: r.kind, namespace: r.namespace, name: r.name };
}

function refusal(action: PlanRefusal['action'], r: Resource, reason: string): PlanRefusal {
  return { action, apiVersion: r.apiVersion, kind: r.kind, namespace: r.namespace, name: r.name, reason };
}

/** The JSON contract's order: by kind, namespace, name. */
export function compareChanges(a: PlanChange | PlanRefusal, b: PlanChange | PlanRefusal): number {
  return cmp(a.kind, b.kind) || cmp(a.namespace ?? '', b.namespace ?? '') || cmp(a.name, b.name) || cmp(a.action, b.action);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function problem(severity: PlanProblem['severity'], reason: string, r: Resource, message: string): PlanProblem {
  return { severity, reason, kind: r.kind, namespace: r.namespace, name: r.name, message };
}

/**
 * An object the API server refuses, as its Status reads: `Kind.group "name" is invalid: …` with the
 * field errors aggregated as utilerrors.NewAggregate prints them (one as is, several in brackets),
 * and each of them in `causes`.
 */
function invalidProblem(reason: string, r: Resource, causes: readonly FieldError[], advice = ''): PlanProblem {
  const errors = causes.map(formatFieldError);
  const aggregate = errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`;
  return { ...problem('error', reason, r, `${kindWithGroup(r)} "${r.name}" is invalid: ${aggregate}${advice}`), causes };
}

/** Why the API server refuses an object without a name or generateName, in its words. */
const NAME_REQUIRED: FieldError = { field: 'metadata.name', message: 'Required value: name or generateName is required' };
/** The reason of kubectl apply's refusal of an object with only a generateName. */
const GENERATE_NAME_WITH_APPLY = 'GenerateNameWithApply';

/** The field errors of validateObject, then the refusals about other fields. */
function withRefusals(errors: FieldError[], refusals: readonly FieldError[] | undefined): FieldError[] {
  if (!refusals) return errors;
  const fields = new Set(errors.map((e) => e.field));
  return [...errors, ...refusals.filter((e) => !fields.has(e.field))];
}

function kindWithGroup(r: Resource): string {
  return r.group === '' ? r.kind : `${r.kind}.${r.group}`;
}

function lastApplied(object: KubeObject, kubernetesVersion: string): KubeObject | null {
  const text = asObject(asObject(object.metadata).annotations)['kubectl.kubernetes.io/last-applied-configuration'];
  if (typeof text !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? normalizeObject(defaultObject(parsed, kubernetesVersion)) : null;
  } catch {
    return null;
  }
}

/**
 * The live object as the manifest sees it: fields the manifest sets, and fields the last applied
 * configuration set (so removing them is a change); server-set fields dropped.
 */
export function projectLive(live: unknown, desired: unknown, applied: unknown): unknown {
  if (isObject(live) && isObject(desired)) {
    const out: Record<string, unknown> = {};
    const appliedMap = isObject(applied) ? applied : {};
    for (const [key, value] of Object.entries(live)) {
      if (key in desired) out[key] = projectLive(value, desired[key], appliedMap[key]);
      else if (key in appliedMap) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(live) && Array.isArray(desired)) {
    const appliedList = Array.isArray(applied) ? applied : [];
    return live.map((item, i) => (i < desired.length ? projectLive(item, desired[i], appliedList[i]) : item));
  }
  return live;
}

const STATEFULSET_MUTABLE = ['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];

/** The API server's validation of an update, for the fields that cannot change. */
function immutableChange(r: Resource, before: KubeObject, after: KubeObject): string | null {
  const b = asObject(before.spec);
  const a = asObject(after.spec);
  const same = (x: unknown, y: unknown): boolean => canonicalJson(x ?? null) === canonicalJson(y ?? null);
  const immutable = (field: string, value: unknown): string => `${field}: Invalid value: ${JSON.stringify(value ?? null)}: field is immutable`;
  switch (r.kind) {
    case 'Deployment':
    case 'ReplicaSet':
    case 'DaemonSet':
      if (!same(b.selector, a.selector)) return immutable('spec.selector', a.selector);
      return null;
    case 'StatefulSet': {
      const strip = (spec: Record<string, unknown>): Record<string, unknown> => {
        const copy = cloneJson(spec);
        for (const key of STATEFULSET_MUTABLE) delete copy[key];
        return copy;
      };
      if (!same(strip(b), strip(a))) {
        return `spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden`;
      }
      return null;
    }
    case 'Job':
      if (!same(b.selector, a.selector) && a.selector !== undefined) return immutable('spec.selector', a.selector);
      if (!same(withoutJobLabels(b.template), withoutJobLabels(a.template))) return 'spec.template: Invalid value: the pod template: field is immutable';
      if (!same(b.completionMode, a.completionMode)) return immutable('spec.completionMode', a.completionMode);
      return null;
    case 'Service': {
      const was = b.clusterIP;
      const now = a.clusterIP;
      if (typeof was === 'string' && was !== '' && typeof now === 'string' && now !== '' && was !== now) {
        return `spec.clusterIPs[0]: Invalid value: []string{${JSON.stringify(now)}}: may not change once set`;
      }
      return null;
    }
    case 'PersistentVolumeClaim': {
      const strip = (spec: Record<string, unknown>): Record<string, unknown> => {
        const copy = cloneJson(spec);
        delete copy.resources;
        delete copy.volumeAttributesClassName;
        delete copy.volumeName;
        return copy;
      };
      if (!same(strip(b), strip(a))) return 'spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';
      return null;
    }
    case 'ConfigMap':
    case 'Secret':
      if (before.immutable === true && (!same(before.data, after.data) || !same(before.binaryData, after.binaryData))) {
        return 'data: Forbidden: field is immutable when `immutable` is set';
      }
      return null;
    case 'Pod': {
      const strip = (spec: Record<string, unknown>): Record<string, unknown> => {
        const copy = cloneJson(spec);
        for (const list of ['containers', 'initContainers']) {
          if (Array.isArray(copy[list])) copy[list] = (copy[list] as unknown[]).map((c) => ({ ...asObject(c), image: undefined }));
        }
        delete copy.activeDeadlineSeconds;
        delete copy.tolerations;
        return copy;
      };
      if (!same(strip(b), strip(a))) {
        return 'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';
      }
      return null;
    }
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      if (!same(before.roleRef, after.roleRef)) return `roleRef: Invalid value: ${JSON.stringify(after.roleRef ?? null)}: cannot change roleRef`;
      return null;
    default:
      return null;
  }
}

/** The labels the Job controller adds to a template (and its generated selector). */
function withoutJobLabels(template: unknown): unknown {
  const copy = cloneJson(asObject(template));
  const labels = asObject(asObject(copy.metadata).labels);
  for (const key of ['controller-uid', 'batch.kubernetes.io/controller-uid', 'job-name', 'batch.kubernetes.io/job-name']) delete labels[key];
  return copy;
}
