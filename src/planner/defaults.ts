/**
 * Kubernetes API defaulting (pkg/apis/{core,apps,batch}/v1/defaults.go) for the fields that decide
 * whether two objects are "the same", and normalisation for comparing them: live objects come back
 * defaulted, manifests do not, so both sides are defaulted, then compared without server-owned
 * fields, with quantities by value and with empty values treated as absent.
 */
import { STATEFULSET_MAX_UNAVAILABLE_SINCE, kubernetesMinor } from '../core/kubernetes-version';
import { formatQuantity, tryParseQuantity } from '../core/quantity';
import { asArray, asObject, isObject } from '../resources/kinds';
import type { KubeObject } from '../resources/resource';

type Json = unknown;

/** Deep copy of JSON-like data. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = cloneJson(value[key]);
    return out as T;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Defaulting
// ---------------------------------------------------------------------------------------------

/**
 * Returns a defaulted deep copy of an object of a known kind (others are copied unchanged), as the
 * API server of `kubernetesVersion` stores it.
 */
export function defaultObject(object: KubeObject, kubernetesVersion: string): KubeObject {
  const out = cloneJson(object);
  const spec = isObject(out.spec) ? out.spec : undefined;
  switch (out.kind) {
    case 'Deployment':
      if (spec) defaultDeploymentSpec(spec);
      break;
    case 'ReplicaSet':
    case 'ReplicationController':
      if (spec) {
        setDefault(spec, 'replicas', 1);
        if (isObject(spec.template)) defaultPodTemplate(spec.template);
      }
      break;
    case 'StatefulSet':
      if (spec) defaultStatefulSetSpec(spec, kubernetesMinor(kubernetesVersion) >= STATEFULSET_MAX_UNAVAILABLE_SINCE);
      break;
    case 'DaemonSet':
      if (spec) defaultDaemonSetSpec(spec);
      break;
    case 'Job':
      if (spec) defaultJobSpec(spec);
      break;
    case 'CronJob':
      if (spec) {
        setDefault(spec, 'concurrencyPolicy', 'Allow');
        setDefault(spec, 'suspend', false);
        setDefault(spec, 'successfulJobsHistoryLimit', 3);
        setDefault(spec, 'failedJobsHistoryLimit', 1);
        const jobSpec = asObject(asObject(spec.jobTemplate).spec);
        if (isObject(jobSpec.template)) defaultPodTemplate(jobSpec.template);
      }
      break;
    case 'Pod':
      if (spec) defaultPodSpec(spec);
      break;
    case 'PodTemplate':
      if (isObject(out.template)) defaultPodTemplate(out.template);
      break;
    case 'Service':
      if (spec) defaultServiceSpec(spec);
      break;
    case 'PersistentVolumeClaim':
      if (spec) setDefault(spec, 'volumeMode', 'Filesystem');
      break;
    case 'Secret':
      defaultSecret(out);
      break;
    case 'HorizontalPodAutoscaler':
      if (spec) setDefault(spec, 'minReplicas', 1);
      break;
    default:
      break;
  }
  return out;
}

function setDefault(target: Record<string, unknown>, key: string, value: unknown): void {
  if (target[key] === undefined || target[key] === null) target[key] = value;
}

export function defaultDeploymentSpec(spec: Record<string, unknown>): void {
  setDefault(spec, 'replicas', 1);
  setDefault(spec, 'revisionHistoryLimit', 10);
  setDefault(spec, 'progressDeadlineSeconds', 600);
  if (!isObject(spec.strategy)) spec.strategy = {};
  const strategy = spec.strategy as Record<string, unknown>;
  setDefault(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    if (!isObject(strategy.rollingUpdate)) strategy.rollingUpdate = {};
    const rolling = strategy.rollingUpdate as Record<string, unknown>;
    setDefault(rolling, 'maxUnavailable', '25%');
    setDefault(rolling, 'maxSurge', '25%');
  }
  if (isObject(spec.template)) defaultPodTemplate(spec.template);
}

function defaultStatefulSetSpec(spec: Record<string, unknown>, maxUnavailable: boolean): void {
  setDefault(spec, 'replicas', 1);
  setDefault(spec, 'podManagementPolicy', 'OrderedReady');
  setDefault(spec, 'revisionHistoryLimit', 10);
  if (!isObject(spec.updateStrategy)) spec.updateStrategy = {};
  const strategy = spec.updateStrategy as Record<string, unknown>;
  setDefault(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    if (!isObject(strategy.rollingUpdate)) strategy.rollingUpdate = {};
    setDefault(strategy.rollingUpdate as Record<string, unknown>, 'partition', 0);
    if (maxUnavailable) setDefault(strategy.rollingUpdate as Record<string, unknown>, 'maxUnavailable', 1);
  }
  if (!maxUnavailable && isObject(strategy.rollingUpdate)) delete strategy.rollingUpdate.maxUnavailable;
  if (!isObject(spec.persistentVolumeClaimRetentionPolicy)) spec.persistentVolumeClaimRetentionPolicy = {};
  const retention = spec.persistentVolumeClaimRetentionPolicy as Record<string, unknown>;
  setDefault(retention, 'whenDeleted', 'Retain');
  setDefault(retention, 'whenScaled', 'Retain');
  for (const claim of asArray(spec.volumeClaimTemplates)) {
    if (isObject(claim) && isObject(claim.spec)) setDefault(claim.spec, 'volumeMode', 'Filesystem');
  }
  if (isObject(spec.template)) defaultPodTemplate(spec.template);
}

function defaultDaemonSetSpec(spec: Record<string, unknown>): void {
  setDefault(spec, 'revisionHistoryLimit', 10);
  if (!isObject(spec.updateStrategy)) spec.updateStrategy = {};
  const strategy = spec.updateStrategy as Record<string, unknown>;
  setDefault(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    if (!isObject(strategy.rollingUpdate)) strategy.rollingUpdate = {};
    const rolling = strategy.rollingUpdate as Record<string, unknown>;
    setDefault(rolling, 'maxUnavailable', 1);
    setDefault(rolling, 'maxSurge', 0);
  }
  if (isObject(spec.template)) defaultPodTemplate(spec.template);
}

function defaultJobSpec(spec: Record<string, unknown>): void {
  if (spec.completions === undefined && spec.parallelism === undefined) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  setDefault(spec, 'parallelism', 1);
  setDefault(spec, 'backoffLimit', spec.backoffLimitPerIndex !== undefined ? 2147483647 : 6);
  setDefault(spec, 'completionMode', 'NonIndexed');
  setDefault(spec, 'suspend', false);
  setDefault(spec, 'podReplacementPolicy', isObject(spec.podFailurePolicy) ? 'Failed' : 'TerminatingOrFailed');
  if (isObject(spec.template)) defaultPodTemplate(spec.template);
}

export function defaultPodTemplate(template: Record<string, unknown>): void {
  if (!isObject(template.spec)) template.spec = {};
  defaultPodSpec(template.spec as Record<string, unknown>);
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];

export function defaultPodSpec(spec: Record<string, unknown>): void {
  setDefault(spec, 'dnsPolicy', 'ClusterFirst');
  setDefault(spec, 'restartPolicy', 'Always');
  setDefault(spec, 'terminationGracePeriodSeconds', 30);
  setDefault(spec, 'schedulerName', 'default-scheduler');
  setDefault(spec, 'enableServiceLinks', true);
  const hostNetwork = spec.hostNetwork === true;
  for (const list of ['containers', 'initContainers', 'ephemeralContainers']) {
    for (const c of asArray(spec[list])) if (isObject(c)) defaultContainer(c, hostNetwork);
  }
  for (const v of asArray(spec.volumes)) {
    if (!isObject(v)) continue;
    for (const source of ['configMap', 'secret', 'downwardAPI', 'projected']) {
      if (isObject(v[source])) setDefault(v[source] as Record<string, unknown>, 'defaultMode', 420);
    }
    if (isObject(v.hostPath)) setDefault(v.hostPath, 'type', '');
  }
}

function defaultContainer(c: Record<string, unknown>, hostNetwork: boolean): void {
  setDefault(c, 'terminationMessagePath', '/dev/termination-log');
  setDefault(c, 'terminationMessagePolicy', 'File');
  if (typeof c.image === 'string') setDefault(c, 'imagePullPolicy', defaultPullPolicy(c.image));
  for (const p of asArray(c.ports)) {
    if (!isObject(p)) continue;
    setDefault(p, 'protocol', 'TCP');
    if (hostNetwork && p.hostPort === undefined && typeof p.containerPort === 'number') p.hostPort = p.containerPort;
  }
  for (const e of asArray(c.env)) {
    const fieldRef = asObject(asObject(asObject(e).valueFrom).fieldRef);
    if (isObject(asObject(asObject(e).valueFrom).fieldRef)) setDefault(fieldRef, 'apiVersion', 'v1');
  }
  for (const name of PROBES) {
    const probe = c[name];
    if (!isObject(probe)) continue;
    setDefault(probe, 'timeoutSeconds', 1);
    setDefault(probe, 'periodSeconds', 10);
    setDefault(probe, 'successThreshold', 1);
    setDefault(probe, 'failureThreshold', 3);
    if (isObject(probe.httpGet)) {
      setDefault(probe.httpGet, 'path', '/');
      setDefault(probe.httpGet, 'scheme', 'HTTP');
    }
  }
}

/** Always for `:latest` or no tag (without a digest), IfNotPresent otherwise. */
export function defaultPullPolicy(image: string): string {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  const tag = colon > lastSlash ? image.slice(colon + 1) : '';
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultServiceSpec(spec: Record<string, unknown>): void {
  setDefault(spec, 'type', 'ClusterIP');
  setDefault(spec, 'sessionAffinity', 'None');
  if (spec.type !== 'ExternalName') setDefault(spec, 'internalTrafficPolicy', 'Cluster');
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') setDefault(spec, 'externalTrafficPolicy', 'Cluster');
  if (spec.type === 'LoadBalancer') setDefault(spec, 'allocateLoadBalancerNodePorts', true);
  for (const p of asArray(spec.ports)) {
    if (!isObject(p)) continue;
    setDefault(p, 'protocol', 'TCP');
    if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
  }
}

/** stringData is merged into data (base64), as the API server stores it; type defaults to Opaque. */
function defaultSecret(secret: Record<string, unknown>): void {
  setDefault(secret, 'type', 'Opaque');
  if (isObject(secret.stringData)) {
    const data = isObject(secret.data) ? secret.data : {};
    for (const [key, value] of Object.entries(secret.stringData)) {
      data[key] = Buffer.from(String(value), 'utf8').toString('base64');
    }
    secret.data = data;
    delete secret.stringData;
  }
}

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** Maps whose values are resource quantities. */
const QUANTITY_MAPS = new Set([
  'requests', 'limits', 'overhead', 'hard', 'capacity', 'allocatable', 'default', 'defaultRequest', 'min', 'max',
  'maxLimitRequestRatio',
]);
const QUANTITY_KEYS = new Set(['sizeLimit', 'storage']);

/** Metadata the server owns. */
const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds'];
/** Annotations the server or kubectl write. */
const SERVER_ANNOTATIONS = [
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.daemonset.template.generation',
  'autoscaling.alpha.kubernetes.io/conditions',
  'autoscaling.alpha.kubernetes.io/current-metrics',
];

/**
 * The comparable form of an object: server-owned metadata and status removed, quantities in
 * canonical form, null / empty maps / empty lists removed.
 */
export function normalizeObject(object: KubeObject): KubeObject {
  const out = cloneJson(object);
  delete out.status;
  if (isObject(out.metadata)) {
    const metadata = out.metadata;
    for (const key of SERVER_METADATA) delete metadata[key];
    // The namespace is part of the object's identity, compared by key.
    delete metadata.namespace;
    if (isObject(metadata.annotations)) for (const key of SERVER_ANNOTATIONS) delete metadata.annotations[key];
  }
  return (prune(canonicalQuantities(out, '')) ?? {}) as KubeObject;
}

function canonicalQuantities(value: Json, parentKey: string): Json {
  if (Array.isArray(value)) return value.map((v) => canonicalQuantities(v, parentKey));
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (QUANTITY_MAPS.has(parentKey) && (typeof child === 'string' || typeof child === 'number')) {
        const q = tryParseQuantity(child);
        out[key] = q ? formatQuantity(q) : child;
      } else if (QUANTITY_KEYS.has(key) && (typeof child === 'string' || typeof child === 'number')) {
        const q = tryParseQuantity(child);
        out[key] = q ? formatQuantity(q) : child;
      } else out[key] = canonicalQuantities(child, key);
    }
    return out;
  }
  return value;
}

/** Removes null, empty maps and empty lists (recursively); undefined when nothing is left. */
export function prune(value: Json): Json {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => prune(v) ?? {});
    return items.length === 0 ? undefined : items;
  }
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const pruned = prune(child);
      if (pruned !== undefined) out[key] = pruned;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

/** JSON with sorted keys: equal values give equal text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function deepEqualJson(a: Json, b: Json): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export const POD_TEMPLATE_HASH = 'pod-template-hash';

/**
 * The comparable form of a pod template (EqualIgnoreHash): defaulted, normalised, without the
 * pod-template-hash label and the server's template creationTimestamp.
 */
export function templateKey(template: unknown): string {
  const copy = cloneJson(asObject(template));
  defaultPodTemplate(copy);
  const metadata = isObject(copy.metadata) ? copy.metadata : {};
  if (isObject(metadata.labels)) delete metadata.labels[POD_TEMPLATE_HASH];
  delete metadata.creationTimestamp;
  copy.metadata = metadata;
  return canonicalJson(prune(canonicalQuantities(copy, '')) ?? {});
}

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * A pod-template-hash in the Kubernetes alphabet: FNV-32a of the canonical template text (plus the
 * collision count), its decimal digits mapped as rand.SafeEncodeString maps them — so only
 * `4 5 6 7 8 9 b c d f`, at most 10 characters. Synthetic: the real hash hashes a Go struct dump
 * that TypeScript cannot reproduce; live ReplicaSets are matched by template, not by hash.
 */
export function templateHash(key: string, collisionCount = 0): string {
  let hash = 0x811c9dc5;
  const text = collisionCount > 0 ? `${key}#${collisionCount}` : key;
  const bytes = Buffer.from(text, 'utf8');
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return [...String(hash >>> 0)].map((d) => SAFE_ALPHABET[d.charCodeAt(0) % SAFE_ALPHABET.length]).join('');
}
