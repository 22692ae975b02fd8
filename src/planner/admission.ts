/**
 * What happens to a pod between "the controller creates it" and "it exists": API defaulting
 * (limit → request), the Priority plugin, LimitRanger (defaults, then min/max/ratio), validation of
 * request ≤ limit, and ResourceQuota (last), with the API server's messages.
 * Sources: k8s plugin/pkg/admission/{limitranger,resourcequota}, pkg/quota/v1/evaluator/core/pods.go,
 * pkg/apis/core/v1/defaults.go, pkg/apis/core/validation.
 */
import { type Quantity, compareQuantities, formatQuantity, tryParseQuantity } from '../core/quantity';
import { asArray, asObject, isObject } from '../resources/kinds';
import type { Resource } from '../resources/resource';
import { cloneJson } from './defaults';
import { type QuantityMap, addQuantity, podLimits, podRequests, readResourceList } from './pod-resources';
import { compileLabelSelector, matchesSelector } from './selectors';

/** Namespaces every cluster has. */
export const BUILTIN_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];
export const SYSTEM_PRIORITY_CLASSES: ReadonlyMap<string, number> = new Map([
  ['system-cluster-critical', 2_000_000_000],
  ['system-node-critical', 2_000_001_000],
]);

interface LimitRangeItem {
  type: string;
  default: QuantityMap;
  defaultRequest: QuantityMap;
  min: QuantityMap;
  max: QuantityMap;
  maxLimitRequestRatio: QuantityMap;
}

interface LimitRangeModel {
  name: string;
  items: LimitRangeItem[];
}

interface QuotaModel {
  name: string;
  namespace: string;
  hard: QuantityMap;
  scopes: string[];
  scopeSelector: { scopeName: string; operator: string; values: string[] }[];
  used: QuantityMap;
}

/** The usage a pod charges to quotas (PodUsageFunc). */
export type PodUsage = QuantityMap;

export type AdmitResult = { spec: Record<string, unknown>; priority: number } | { error: string };

/** Compute resources a pod quota evaluator handles. */
const POD_COMPUTE = new Set([
  'pods', 'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage',
  'limits.cpu', 'limits.memory', 'limits.ephemeral-storage',
]);
const REQUIRES_EXPLICIT = new Set(['cpu', 'memory', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory']);
const ONE: Quantity = { nano: 1_000_000_000n, format: 'DecimalSI' };

export class Admission {
  readonly namespaces: ReadonlySet<string>;
  private readonly limitRanges = new Map<string, LimitRangeModel[]>();
  private readonly quotas = new Map<string, QuotaModel[]>();
  private readonly priorityClasses = new Map<string, number>(SYSTEM_PRIORITY_CLASSES);
  private readonly preemptionPolicies = new Map<string, string>();
  private globalDefaultPriority = 0;
  private globalDefaultPolicy = 'PreemptLowerPriority';
  private readonly runtimeClasses = new Map<string, Record<string, unknown>>();
  /** `namespace/name` of the PersistentVolumeClaim objects that exist. */
  private readonly claims = new Set<string>();
  /** `Kind namespace/name` of the ResourceClaims and ResourceClaimTemplates (DRA) that exist. */
  private readonly deviceClaims = new Set<string>();
  /** Claims of the objects applied that the API server refuses (LimitRange, ResourceQuota), with its words. */
  readonly refusedClaims: { resource: Resource; reason: 'Forbidden' | 'QuotaExceeded'; error: string }[] = [];

  /**
   * Built from the objects that exist (the current or the desired state). The claims among them
   * whose key is in `applied` are admitted as the API server admits a claim it is sent, in order.
   */
  constructor(objects: readonly Resource[], applied: ReadonlySet<string> = new Set()) {
    const namespaces = new Set(BUILTIN_NAMESPACES);
    for (const r of objects) {
      if (r.kind === 'Namespace' && r.group === '' && r.name !== '') namespaces.add(r.name);
      else if (r.kind === 'LimitRange' && r.namespace) push(this.limitRanges, r.namespace, readLimitRange(r));
      else if (r.kind === 'ResourceQuota' && r.namespace) push(this.quotas, r.namespace, readQuota(r));
      else if (r.kind === 'PriorityClass' && r.group === 'scheduling.k8s.io') {
        const value = typeof r.object.value === 'number' ? r.object.value : 0;
        this.priorityClasses.set(r.name, value);
        const policy = typeof r.object.preemptionPolicy === 'string' ? r.object.preemptionPolicy : 'PreemptLowerPriority';
        this.preemptionPolicies.set(r.name, policy);
        if (r.object.globalDefault === true) {
          this.globalDefaultPriority = value;
          this.globalDefaultPolicy = policy;
        }
      } else if (r.kind === 'RuntimeClass' && r.group === 'node.k8s.io') this.runtimeClasses.set(r.name, r.object);
      else if ((r.kind === 'ResourceClaim' || r.kind === 'ResourceClaimTemplate') && r.group === 'resource.k8s.io' && r.namespace) {
        this.deviceClaims.add(`${r.kind} ${r.namespace}/${r.name}`);
      }
    }
    this.namespaces = namespaces;
    for (const list of this.limitRanges.values()) list.sort((a, b) => compare(a.name, b.name));
    for (const list of this.quotas.values()) list.sort((a, b) => compare(a.name, b.name));
    // PersistentVolumeClaims that exist count against the quotas their simulated siblings meet;
    // the ones applied now are admitted after them
    const sent: Resource[] = [];
    for (const r of objects) {
      if (r.kind !== 'PersistentVolumeClaim' || r.group !== '' || !r.namespace || r.name === '') continue;
      if (applied.has(r.key)) sent.push(r);
      else {
        this.claims.add(`${r.namespace}/${r.name}`);
        this.chargeClaim(r.namespace, r.name, asObject(r.object.spec), false);
      }
    }
    for (const r of sent) {
      const spec = asObject(r.object.spec);
      const limited = this.claimLimitError(r.namespace!, r.name, spec);
      const error = limited ?? this.chargeClaimQuota(r.namespace!, r.name, spec, true);
      if (error) this.refusedClaims.push({ resource: r, reason: limited ? 'Forbidden' : 'QuotaExceeded', error });
      else this.claims.add(`${r.namespace}/${r.name}`);
    }
  }

  hasClaim(namespace: string, name: string): boolean {
    return this.claims.has(`${namespace}/${name}`);
  }

  /** Whether a ResourceClaim or ResourceClaimTemplate exists. */
  hasDeviceClaim(kind: 'ResourceClaim' | 'ResourceClaimTemplate', namespace: string, name: string): boolean {
    return this.deviceClaims.has(`${kind} ${namespace}/${name}`);
  }

  hasNamespace(namespace: string): boolean {
    return this.namespaces.has(namespace);
  }

  /**
   * Defaulting, Priority, LimitRanger and validation for a pod about to be created. The result
   * depends only on the namespace and the spec, so callers cache it per template.
   */
  admitSpec(namespace: string, podName: string, rawSpec: Record<string, unknown>): AdmitResult {
    const spec = cloneJson(rawSpec);
    defaultRequestsFromLimits(spec);
    // Priority admission: the class (or the global default) gives the priority and the
    // preemptionPolicy; a pod may not state other values itself.
    let priority = this.globalDefaultPriority;
    let policy = this.globalDefaultPolicy;
    if (typeof spec.priorityClassName === 'string' && spec.priorityClassName !== '') {
      const value = this.priorityClasses.get(spec.priorityClassName);
      if (value === undefined) {
        return { error: `pods "${podName}" is forbidden: no PriorityClass with name ${spec.priorityClassName} was found` };
      }
      priority = value;
      policy = this.preemptionPolicies.get(spec.priorityClassName) ?? 'PreemptLowerPriority';
    }
    if (typeof spec.priority === 'number' && spec.priority !== priority) {
      return {
        error: `pods "${podName}" is forbidden: the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`,
      };
    }
    if (typeof spec.preemptionPolicy === 'string' && spec.preemptionPolicy !== policy) {
      return {
        error: `pods "${podName}" is forbidden: the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${policy} from the given PriorityClass name`,
      };
    }
    spec.preemptionPolicy = policy;
    const runtimeError = this.applyRuntimeClass(spec);
    if (runtimeError) return { error: `pods "${podName}" is forbidden: ${runtimeError}` };
    // LimitRanger mutates (every LimitRange's defaults), then validates (the first failing one).
    const limitRanges = this.limitRanges.get(namespace) ?? [];
    for (const limitRange of limitRanges) applyLimitRangeDefaults(spec, limitRange);
    for (const limitRange of limitRanges) {
      const errors = validateLimitRange(spec, limitRange);
      if (errors.length > 0) return { error: `pods "${podName}" is forbidden: ${aggregate(errors)}` };
    }
    const invalid = validateRequestsWithinLimits(spec);
    if (invalid.length > 0) return { error: `Pod "${podName}" is invalid: ${aggregate(invalid)}` };
    return { spec, priority };
  }

  /**
   * The RuntimeClass plugin: the class must exist; its pod overhead is set and its scheduling
   * constraints (nodeSelector, tolerations) merged into the pod. A pod may not bring an overhead
   * of its own that no RuntimeClass defines (plugin/pkg/admission/runtimeclass setOverhead).
   */
  private applyRuntimeClass(spec: Record<string, unknown>): string | null {
    const name = spec.runtimeClassName;
    const ownOverhead = isObject(spec.overhead) && Object.keys(spec.overhead).length > 0;
    const noClassOverhead = 'pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead';
    if (typeof name !== 'string' || name === '') return ownOverhead ? noClassOverhead : null;
    const runtimeClass = this.runtimeClasses.get(name);
    if (!runtimeClass) return `pod rejected: RuntimeClass "${name}" not found`;
    const podFixed = asObject(runtimeClass.overhead).podFixed;
    if (!isObject(podFixed) && ownOverhead) return noClassOverhead;
    if (isObject(podFixed)) {
      if (isObject(spec.overhead) && JSON.stringify(spec.overhead) !== JSON.stringify(podFixed)) {
        return "pod rejected: Pod's Overhead doesn't match RuntimeClass's defined Overhead";
      }
      spec.overhead = cloneJson(podFixed);
    }
    const scheduling = asObject(runtimeClass.scheduling);
    if (isObject(scheduling.nodeSelector)) {
      const selector: Record<string, unknown> = isObject(spec.nodeSelector) ? spec.nodeSelector : {};
      for (const [key, value] of Object.entries(scheduling.nodeSelector)) {
        if (selector[key] !== undefined && selector[key] !== value) {
          return `conflict: runtimeClass.scheduling.nodeSelector[${key}] = ${String(value)}; pod.spec.nodeSelector[${key}] = ${String(selector[key])}`;
        }
        selector[key] = value;
      }
      spec.nodeSelector = selector;
    }
    if (Array.isArray(scheduling.tolerations)) spec.tolerations = [...asArray(spec.tolerations), ...cloneJson(scheduling.tolerations)];
    return null;
  }

  /** PodUsageFunc: what a (non-terminal) pod charges. */
  podUsage(spec: Record<string, unknown>): PodUsage {
    const requests = podRequests(spec);
    const limits = podLimits(spec);
    const usage: PodUsage = new Map([['count/pods', ONE], ['pods', ONE]]);
    const put = (from: QuantityMap, resource: string, names: string[]): void => {
      const q = from.get(resource);
      if (q) for (const name of names) usage.set(name, q);
    };
    put(requests, 'cpu', ['cpu', 'requests.cpu']);
    put(limits, 'cpu', ['limits.cpu']);
    put(requests, 'memory', ['memory', 'requests.memory']);
    put(limits, 'memory', ['limits.memory']);
    put(requests, 'ephemeral-storage', ['ephemeral-storage', 'requests.ephemeral-storage']);
    put(limits, 'ephemeral-storage', ['limits.ephemeral-storage']);
    for (const [name, q] of requests) {
      if (name.startsWith('hugepages-')) {
        usage.set(name, q);
        usage.set(`requests.${name}`, q);
      } else if (name.includes('/') && !name.startsWith('kubernetes.io/')) {
        usage.set(`requests.${name}`, q);
      }
    }
    return usage;
  }

  /**
   * ResourceQuota admission (CheckRequest): the constraint check ("must specify") and the usage
   * check ("exceeded quota") against each matching quota, in name order. Returns the error, or
   * null after charging the usage to the quotas.
   */
  chargeQuota(namespace: string, podName: string, spec: Record<string, unknown>, usage: PodUsage): string | null {
    const quotas = (this.quotas.get(namespace) ?? []).filter((q) => quotaMatchesPod(q, spec));
    if (quotas.length === 0) return null;
    for (const quota of quotas) {
      const restricted = [...quota.hard.keys()].filter((r) => isPodResource(r));
      const missing = missingExplicitResources(spec, restricted);
      if (missing) return `pods "${podName}" is forbidden: failed quota: ${quota.name}: must specify ${missing}`;
    }
    const updates: [QuotaModel, QuantityMap][] = [];
    for (const quota of quotas) {
      const requested = mask(usage, [...quota.hard.keys()]);
      const newUsage = addLists(quota.used, requested);
      const exceeded: string[] = [];
      for (const name of requested.keys()) {
        const hard = quota.hard.get(name)!;
        if (compareQuantities(newUsage.get(name)!, hard) > 0) exceeded.push(name);
      }
      if (exceeded.length > 0) {
        return (
          `pods "${podName}" is forbidden: exceeded quota: ${quota.name}, requested: ${prettyPrint(mask(requested, exceeded))}, ` +
          `used: ${prettyPrint(mask(quota.used, exceeded))}, limited: ${prettyPrint(mask(quota.hard, exceeded))}`
        );
      }
      updates.push([quota, newUsage]);
    }
    for (const [quota, newUsage] of updates) quota.used = newUsage;
    return null;
  }

  /** LimitRanger on a claim: the first LimitRange whose PersistentVolumeClaim min or max it breaks refuses it. */
  private claimLimitError(namespace: string, name: string, claimSpec: Record<string, unknown>): string | null {
    const requests = readResourceList(asObject(claimSpec.resources).requests);
    for (const limitRange of this.limitRanges.get(namespace) ?? []) {
      const errors = validateClaimLimits(requests, limitRange);
      if (errors.length > 0) return `persistentvolumeclaims "${name}" is forbidden: ${aggregate(errors)}`;
    }
    return null;
  }

  /**
   * Admission of a PersistentVolumeClaim: LimitRanger checks its requests against the
   * PersistentVolumeClaim items' min and max (the first failing LimitRange refuses it), then
   * ResourceQuota (pkg/quota/v1/evaluator/core/persistent_volume_claims.go) charges its count and
   * storage request, also per storage class, to the namespace's unscoped quotas (scopes select
   * pods). With `check` false it only records the usage (a claim that exists).
   */
  chargeClaim(namespace: string, name: string, claimSpec: Record<string, unknown>, check = true): string | null {
    return (check ? this.claimLimitError(namespace, name, claimSpec) : null) ?? this.chargeClaimQuota(namespace, name, claimSpec, check);
  }

  /** ResourceQuota's part of chargeClaim. */
  private chargeClaimQuota(namespace: string, name: string, claimSpec: Record<string, unknown>, check: boolean): string | null {
    const usage: QuantityMap = new Map([
      ['persistentvolumeclaims', ONE],
      ['count/persistentvolumeclaims', ONE],
    ]);
    const storage = tryParseQuantity(asObject(asObject(claimSpec.resources).requests).storage);
    if (storage) usage.set('requests.storage', storage);
    const className = claimSpec.storageClassName;
    if (typeof className === 'string' && className !== '') {
      usage.set(`${className}.storageclass.storage.k8s.io/persistentvolumeclaims`, ONE);
      if (storage) usage.set(`${className}.storageclass.storage.k8s.io/requests.storage`, storage);
    }
    const quotas = (this.quotas.get(namespace) ?? []).filter((q) => q.scopes.length === 0 && q.scopeSelector.length === 0);
    const updates: [QuotaModel, QuantityMap][] = [];
    for (const quota of quotas) {
      const requested = mask(usage, [...quota.hard.keys()]);
      const newUsage = addLists(quota.used, requested);
      const exceeded = [...requested.keys()].filter((k) => compareQuantities(newUsage.get(k)!, quota.hard.get(k)!) > 0);
      if (check && exceeded.length > 0) {
        return (
          `persistentvolumeclaims "${name}" is forbidden: exceeded quota: ${quota.name}, requested: ${prettyPrint(mask(requested, exceeded))}, ` +
          `used: ${prettyPrint(mask(quota.used, exceeded))}, limited: ${prettyPrint(mask(quota.hard, exceeded))}`
        );
      }
      updates.push([quota, newUsage]);
    }
    for (const [quota, newUsage] of updates) quota.used = newUsage;
    return null;
  }

  /** The quota controller: usage of pods that exist, charged without checks (e.g. pods already running). */
  recordUsage(namespace: string, spec: Record<string, unknown>, usage: PodUsage, delta: 1 | -1): void {
    for (const quota of this.quotas.get(namespace) ?? []) {
      if (!quotaMatchesPod(quota, spec)) continue;
      const charged = mask(usage, [...quota.hard.keys()]);
      quota.used = delta === 1 ? addLists(quota.used, charged) : subtractLists(quota.used, charged);
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function readLimitRange(resource: Resource): LimitRangeModel {
  const items = asArray(asObject(resource.object.spec).limits).map((raw): LimitRangeItem => {
    const item = asObject(raw);
    const result: LimitRangeItem = {
      type: typeof item.type === 'string' ? item.type : '',
      default: readResourceList(item.default),
      defaultRequest: readResourceList(item.defaultRequest),
      min: readResourceList(item.min),
      max: readResourceList(item.max),
      maxLimitRequestRatio: readResourceList(item.maxLimitRequestRatio),
    };
    // SetDefaults_LimitRangeItem: default ← max, defaultRequest ← default, then ← min.
    if (result.type === 'Container') {
      for (const [k, v] of result.max) if (!result.default.has(k)) result.default.set(k, v);
      for (const [k, v] of result.default) if (!result.defaultRequest.has(k)) result.defaultRequest.set(k, v);
      for (const [k, v] of result.min) if (!result.defaultRequest.has(k)) result.defaultRequest.set(k, v);
    }
    return result;
  });
  return { name: resource.name, items };
}

function readQuota(resource: Resource): QuotaModel {
  const spec = asObject(resource.object.spec);
  const hard = readResourceList(spec.hard);
  const used: QuantityMap = new Map();
  for (const [key, q] of hard) used.set(key, { nano: 0n, format: q.format });
  return {
    name: resource.name,
    namespace: resource.namespace ?? 'default',
    hard,
    scopes: asArray(spec.scopes).filter((s): s is string => typeof s === 'string'),
    scopeSelector: asArray(asObject(spec.scopeSelector).matchExpressions).map((raw) => {
      const e = asObject(raw);
      return {
        scopeName: String(e.scopeName ?? ''),
        operator: String(e.operator ?? ''),
        values: asArray(e.values).map(String),
      };
    }),
    used,
  };
}

/** SetDefaults_Pod: a container with a limit and no request for that resource gets request = limit. */
function defaultRequestsFromLimits(spec: Record<string, unknown>): void {
  for (const list of ['containers', 'initContainers']) {
    for (const c of asArray(spec[list])) {
      if (!isObject(c) || !isObject(c.resources) || !isObject(c.resources.limits)) continue;
      const resources = c.resources;
      const requests = isObject(resources.requests) ? resources.requests : {};
      for (const [key, value] of Object.entries(resources.limits as Record<string, unknown>)) {
        if (requests[key] === undefined) requests[key] = value;
      }
      resources.requests = requests;
    }
  }
}

function containersWithKind(spec: Record<string, unknown>): { c: Record<string, unknown>; path: string }[] {
  const out: { c: Record<string, unknown>; path: string }[] = [];
  asArray(spec.containers).forEach((c, i) => isObject(c) && out.push({ c, path: `spec.containers[${i}]` }));
  asArray(spec.initContainers).forEach((c, i) => isObject(c) && out.push({ c, path: `spec.initContainers[${i}]` }));
  return out;
}

/** mergeContainerResources: LimitRange defaults fill only missing keys. */
function applyLimitRangeDefaults(spec: Record<string, unknown>, limitRange: LimitRangeModel): void {
  const requests: QuantityMap = new Map();
  const limits: QuantityMap = new Map();
  for (const item of limitRange.items) {
    if (item.type !== 'Container') continue;
    for (const [k, v] of item.defaultRequest) requests.set(k, v);
    for (const [k, v] of item.default) limits.set(k, v);
  }
  if (requests.size === 0 && limits.size === 0) return;
  for (const { c } of containersWithKind(spec)) {
    const resources = isObject(c.resources) ? c.resources : {};
    const cLimits = isObject(resources.limits) ? resources.limits : {};
    const cRequests = isObject(resources.requests) ? resources.requests : {};
    for (const [k, v] of limits) if (cLimits[k] === undefined) cLimits[k] = formatQuantity(v);
    for (const [k, v] of requests) if (cRequests[k] === undefined) cRequests[k] = formatQuantity(v);
    resources.limits = cLimits;
    resources.requests = cRequests;
    c.resources = resources;
  }
}

/** PodValidateLimitFunc, with resources in name order (Go iterates a map). */
function validateLimitRange(spec: Record<string, unknown>, limitRange: LimitRangeModel): string[] {
  const errors: string[] = [];
  for (const item of limitRange.items) {
    if (item.type === 'Container') {
      for (const { c } of containersWithKind(spec)) {
        const resources = asObject(c.resources);
        check('Container', item, readResourceList(resources.requests), readResourceList(resources.limits), errors);
      }
    } else if (item.type === 'Pod') {
      check('Pod', item, podRequests({ ...spec, overhead: undefined }), podLimits({ ...spec, overhead: undefined }), errors);
    }
  }
  return errors;
}

/**
 * PersistentVolumeClaimValidateLimitFunc: a claim's requests against min and max of the
 * PersistentVolumeClaim items (a claim has no limits: max bounds the request).
 */
function validateClaimLimits(requests: QuantityMap, limitRange: LimitRangeModel): string[] {
  const type = 'PersistentVolumeClaim';
  const errors: string[] = [];
  for (const item of limitRange.items) {
    if (item.type !== type) continue;
    for (const [name, enforced] of sorted(item.min)) {
      const req = requests.get(name);
      if (!req) errors.push(`minimum ${name} usage per ${type} is ${formatQuantity(enforced)}.  No request is specified`);
      else if (compareQuantities(req, enforced) < 0) {
        errors.push(`minimum ${name} usage per ${type} is ${formatQuantity(enforced)}, but request is ${formatQuantity(req)}`);
      }
    }
    for (const [name, enforced] of sorted(item.max)) {
      const req = requests.get(name);
      if (!req) errors.push(`maximum ${name} usage per ${type} is ${formatQuantity(enforced)}.  No request is specified`);
      else if (compareQuantities(req, enforced) > 0) {
        errors.push(`maximum ${name} usage per ${type} is ${formatQuantity(enforced)}, but request is ${formatQuantity(req)}`);
      }
    }
  }
  return errors;
}

function check(type: string, item: LimitRangeItem, requests: QuantityMap, limits: QuantityMap, errors: string[]): void {
  for (const [name, enforced] of sorted(item.min)) {
    const req = requests.get(name);
    const lim = limits.get(name);
    if (!req) errors.push(`minimum ${name} usage per ${type} is ${formatQuantity(enforced)}.  No request is specified`);
    else if (compareQuantities(req, enforced) < 0) {
      errors.push(`minimum ${name} usage per ${type} is ${formatQuantity(enforced)}, but request is ${formatQuantity(req)}`);
    } else if (lim && compareQuantities(lim, enforced) < 0) {
      errors.push(`minimum ${name} usage per ${type} is ${formatQuantity(enforced)}, but limit is ${formatQuantity(lim)}`);
    }
  }
  for (const [name, enforced] of sorted(item.max)) {
    const req = requests.get(name);
    const lim = limits.get(name);
    if (!lim) errors.push(`maximum ${name} usage per ${type} is ${formatQuantity(enforced)}.  No limit is specified`);
    else if (compareQuantities(lim, enforced) > 0) {
      errors.push(`maximum ${name} usage per ${type} is ${formatQuantity(enforced)}, but limit is ${formatQuantity(lim)}`);
    } else if (req && compareQuantities(req, enforced) > 0) {
      errors.push(`maximum ${name} usage per ${type} is ${formatQuantity(enforced)}, but request is ${formatQuantity(req)}`);
    }
  }
  for (const [name, enforced] of sorted(item.maxLimitRequestRatio)) {
    const req = requests.get(name);
    const lim = limits.get(name);
    const ratio = formatQuantity(enforced);
    if (!req || req.nano === 0n) {
      errors.push(`${name} max limit to request ratio per ${type} is ${ratio}, but no request is specified or request is 0`);
    } else if (!lim || lim.nano === 0n) {
      errors.push(`${name} max limit to request ratio per ${type} is ${ratio}, but no limit is specified or limit is 0`);
    } else {
      const observed = Number(lim.nano) / Number(req.nano);
      if (observed * 1e9 > Number(enforced.nano)) {
        errors.push(`${name} max limit to request ratio per ${type} is ${ratio}, but provided ratio is ${observed.toFixed(6)}`);
      }
    }
  }
}

function sorted(map: QuantityMap): [string, Quantity][] {
  return [...map].sort((a, b) => compare(a[0], b[0]));
}

/** Validation: a request must not exceed its limit (and must equal it for extended resources). */
function validateRequestsWithinLimits(spec: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const { c, path } of containersWithKind(spec)) {
    const resources = asObject(c.resources);
    const requests = readResourceList(resources.requests);
    const limits = readResourceList(resources.limits);
    for (const [name, req] of sorted(requests)) {
      const lim = limits.get(name);
      if (!lim) continue;
      const overcommit = name === 'cpu' || name === 'memory' || name === 'ephemeral-storage' || !name.includes('/');
      const at = `${path}.resources.requests`;
      if (!overcommit && compareQuantities(req, lim) !== 0) {
        errors.push(`${at}: Invalid value: "${formatQuantity(req)}": must be equal to ${name} limit of ${formatQuantity(lim)}`);
      } else if (compareQuantities(req, lim) > 0) {
        errors.push(`${at}: Invalid value: "${formatQuantity(req)}": must be less than or equal to ${name} limit of ${formatQuantity(lim)}`);
      }
    }
  }
  return errors;
}

/** utilerrors.NewAggregate(...).Error(). */
function aggregate(errors: string[]): string {
  const unique = [...new Set(errors)];
  return unique.length === 1 ? unique[0]! : `[${unique.join(', ')}]`;
}

function isPodResource(name: string): boolean {
  return POD_COMPUTE.has(name) || name === 'count/pods' || name.startsWith('hugepages-') || name.startsWith('requests.');
}

/** podEvaluator.Constraints: cpu/memory quotas need every container to state them. */
function missingExplicitResources(spec: Record<string, unknown>, restricted: string[]): string | null {
  const required = restricted.filter((r) => REQUIRES_EXPLICIT.has(r));
  if (required.length === 0) return null;
  const missing = new Map<string, Set<string>>();
  for (const { c } of containersWithKind(spec)) {
    const resources = asObject(c.resources);
    const have = new Set<string>();
    const requests = readResourceList(resources.requests);
    const limits = readResourceList(resources.limits);
    if (requests.has('cpu')) have.add('cpu').add('requests.cpu');
    if (requests.has('memory')) have.add('memory').add('requests.memory');
    if (limits.has('cpu')) have.add('limits.cpu');
    if (limits.has('memory')) have.add('limits.memory');
    const name = typeof c.name === 'string' ? c.name : '';
    for (const r of required) {
      if (have.has(r)) continue;
      if (!missing.has(r)) missing.set(r, new Set());
      missing.get(r)!.add(name);
    }
  }
  if (missing.size === 0) return null;
  return [...missing]
    .sort((a, b) => compare(a[0], b[0]))
    .map(([r, names]) => `${r} for: ${[...names].sort().join(',')}`)
    .join('; ');
}

function quotaMatchesPod(quota: QuotaModel, spec: Record<string, unknown>): boolean {
  const scopes = quota.scopes.map((s) => ({ scopeName: s, operator: 'Exists', values: [] as string[] }));
  for (const scope of [...scopes, ...quota.scopeSelector]) {
    if (!scopeMatches(scope, spec)) return false;
  }
  return true;
}

function scopeMatches(scope: { scopeName: string; operator: string; values: string[] }, spec: Record<string, unknown>): boolean {
  const terminating = typeof spec.activeDeadlineSeconds === 'number';
  let matched: boolean;
  switch (scope.scopeName) {
    case 'Terminating':
      matched = terminating;
      break;
    case 'NotTerminating':
      matched = !terminating;
      break;
    case 'BestEffort':
      matched = isBestEffortSpec(spec);
      break;
    case 'NotBestEffort':
      matched = !isBestEffortSpec(spec);
      break;
    case 'PriorityClass': {
      const name = typeof spec.priorityClassName === 'string' ? spec.priorityClassName : undefined;
      const selector = compileLabelSelector({
        matchExpressions: [{ key: 'priorityClassName', operator: scope.operator, values: scope.values }],
      });
      return matchesSelector(selector, name === undefined ? {} : { priorityClassName: name });
    }
    default:
      return true;
  }
  return scope.operator === 'DoesNotExist' || scope.operator === 'NotIn' ? !matched : matched;
}

function isBestEffortSpec(spec: Record<string, unknown>): boolean {
  for (const { c } of containersWithKind(spec)) {
    const resources = asObject(c.resources);
    for (const list of [readResourceList(resources.requests), readResourceList(resources.limits)]) {
      for (const key of ['cpu', 'memory']) if ((list.get(key)?.nano ?? 0n) > 0n) return false;
    }
  }
  return true;
}

function mask(list: QuantityMap, names: readonly string[]): QuantityMap {
  const out: QuantityMap = new Map();
  for (const name of names) {
    const q = list.get(name);
    if (q) out.set(name, q);
  }
  return out;
}

function addLists(a: QuantityMap, b: QuantityMap): QuantityMap {
  const out: QuantityMap = new Map(a);
  for (const [k, v] of b) {
    const have = out.get(k);
    out.set(k, have ? addQuantity(have, v) : v);
  }
  return out;
}

function subtractLists(a: QuantityMap, b: QuantityMap): QuantityMap {
  const out: QuantityMap = new Map(a);
  for (const [k, v] of b) {
    const have = out.get(k);
    if (have) out.set(k, { nano: have.nano - v.nano, format: have.format });
  }
  return out;
}

/** resourcequota prettyPrint: `name=value` in name order, joined by ",". */
function prettyPrint(list: QuantityMap): string {
  return sorted(list)
    .map(([name, q]) => `${name}=${formatQuantity(q)}`)
    .join(',');
}

