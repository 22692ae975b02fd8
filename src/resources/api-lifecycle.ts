/**
 * When built-in API versions were deprecated and removed, and what replaces them.
 *
 * Pure data plus lookups, shared by schema validation (a removed apiVersion gets a message naming
 * its replacement instead of "no schema") and the `no-removed-api` / `no-deprecated-api` rules.
 *
 * Sources: the Kubernetes deprecated API migration guide and release notes; every removal within
 * the shipped schema versions (1.27–1.36) is cross-checked against the bundled schemas by
 * test/schema/api-lifecycle.test.ts. Alpha versions have no deprecation period (deprecatedIn null).
 * Entries for releases without shipped schemas (1.31 and 1.35) were checked against other
 * published API surfaces where one exists (1.31) and are marked where none does (1.35).
 */

export interface ApiReplacement {
  readonly apiVersion: string;
  /** Set when the replacement is a different kind (`ResourceClass` → `DeviceClass`). */
  readonly kind?: string;
  /** The Kubernetes version that first served the replacement. */
  readonly since: string;
}

export interface ApiLifecycle {
  readonly apiVersion: string;
  readonly kind: string;
  /** The Kubernetes minor version that deprecated it (`1.16`), null when never formally deprecated. */
  readonly deprecatedIn: string | null;
  /** The first Kubernetes minor version that no longer serves it, null while it is still served. */
  readonly removedIn: string | null;
  /** What to use instead; null when it was removed without a replacement (see `note`). */
  readonly replacement: ApiReplacement | null;
  /** A short hint when the migration is more than changing apiVersion, or there is no replacement. */
  readonly note?: string;
}

type Row = [apiVersion: string, kinds: string, deprecatedIn: string | null, removedIn: string | null,
  replacement: string | null, since: string, note?: string];

// [apiVersion, kinds (space separated), deprecatedIn, removedIn, replacement apiVersion[/Kind], since, note]
const ROWS: Row[] = [
  // Removed in 1.16
  ['extensions/v1beta1', 'Deployment DaemonSet ReplicaSet', '1.9', '1.16', 'apps/v1', '1.9'],
  ['apps/v1beta1', 'Deployment StatefulSet ReplicaSet ControllerRevision', '1.9', '1.16', 'apps/v1', '1.9'],
  ['apps/v1beta2', 'Deployment StatefulSet DaemonSet ReplicaSet ControllerRevision', '1.9', '1.16', 'apps/v1', '1.9'],
  ['extensions/v1beta1', 'NetworkPolicy', '1.9', '1.16', 'networking.k8s.io/v1', '1.8'],
  // Its successor, policy/v1beta1, was removed in 1.25 too: no version that serves neither has a replacement.
  ['extensions/v1beta1', 'PodSecurityPolicy', '1.11', '1.16', null, '1.16',
    'use Pod Security Admission (pod-security.kubernetes.io namespace labels) or a policy engine'],
  // Removed in 1.20 and 1.21 (alpha versions)
  ['settings.k8s.io/v1alpha1', 'PodPreset', null, '1.20', null, '1.20',
    'PodPreset was dropped; use a mutating admission webhook or set the fields in the workloads'],
  ['batch/v2alpha1', 'CronJob', null, '1.21', 'batch/v1', '1.21'],
  // Removed in 1.22
  ['admissionregistration.k8s.io/v1beta1', 'MutatingWebhookConfiguration ValidatingWebhookConfiguration', '1.16', '1.22',
    'admissionregistration.k8s.io/v1', '1.16'],
  ['apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition', '1.16', '1.22', 'apiextensions.k8s.io/v1', '1.16',
    'v1 requires a structural schema per version (spec.versions[*].schema.openAPIV3Schema)'],
  ['apiregistration.k8s.io/v1beta1', 'APIService', '1.19', '1.22', 'apiregistration.k8s.io/v1', '1.10'],
  ['authentication.k8s.io/v1beta1', 'TokenReview', '1.19', '1.22', 'authentication.k8s.io/v1', '1.6'],
  ['authorization.k8s.io/v1beta1', 'LocalSubjectAccessReview SelfSubjectAccessReview SubjectAccessReview SelfSubjectRulesReview',
    '1.19', '1.22', 'authorization.k8s.io/v1', '1.6'],
  ['certificates.k8s.io/v1beta1', 'CertificateSigningRequest', '1.19', '1.22', 'certificates.k8s.io/v1', '1.19'],
  ['coordination.k8s.io/v1beta1', 'Lease', '1.19', '1.22', 'coordination.k8s.io/v1', '1.14'],
  ['extensions/v1beta1', 'Ingress', '1.14', '1.22', 'networking.k8s.io/v1', '1.19',
    'networking.k8s.io/v1 renames serviceName/servicePort to service.name/service.port and requires pathType'],
  ['networking.k8s.io/v1beta1', 'Ingress', '1.19', '1.22', 'networking.k8s.io/v1', '1.19',
    'networking.k8s.io/v1 renames serviceName/servicePort to service.name/service.port and requires pathType'],
  ['networking.k8s.io/v1beta1', 'IngressClass', '1.19', '1.22', 'networking.k8s.io/v1', '1.19'],
  ['rbac.authorization.k8s.io/v1beta1', 'ClusterRole ClusterRoleBinding Role RoleBinding', '1.17', '1.22',
    'rbac.authorization.k8s.io/v1', '1.8'],
  ['rbac.authorization.k8s.io/v1alpha1', 'ClusterRole ClusterRoleBinding Role RoleBinding', '1.17', '1.22',
    'rbac.authorization.k8s.io/v1', '1.8'],
  ['scheduling.k8s.io/v1beta1', 'PriorityClass', '1.14', '1.22', 'scheduling.k8s.io/v1', '1.14'],
  ['storage.k8s.io/v1beta1', 'CSIDriver', '1.19', '1.22', 'storage.k8s.io/v1', '1.18'],
  ['storage.k8s.io/v1beta1', 'CSINode', '1.17', '1.22', 'storage.k8s.io/v1', '1.17'],
  ['storage.k8s.io/v1beta1', 'StorageClass', '1.19', '1.22', 'storage.k8s.io/v1', '1.6'],
  ['storage.k8s.io/v1beta1', 'VolumeAttachment', '1.19', '1.22', 'storage.k8s.io/v1', '1.13'],
  // Removed in 1.25
  ['batch/v1beta1', 'CronJob', '1.21', '1.25', 'batch/v1', '1.21'],
  ['discovery.k8s.io/v1beta1', 'EndpointSlice', '1.21', '1.25', 'discovery.k8s.io/v1', '1.21',
    'discovery.k8s.io/v1 replaces topology with nodeName and zone'],
  ['events.k8s.io/v1beta1', 'Event', '1.19', '1.25', 'events.k8s.io/v1', '1.19'],
  ['autoscaling/v2beta1', 'HorizontalPodAutoscaler', '1.22', '1.25', 'autoscaling/v2', '1.23'],
  ['policy/v1beta1', 'PodDisruptionBudget', '1.21', '1.25', 'policy/v1', '1.21',
    'in policy/v1 an empty spec.selector selects every pod in the namespace'],
  ['policy/v1beta1', 'PodSecurityPolicy', '1.21', '1.25', null, '1.25',
    'use Pod Security Admission (pod-security.kubernetes.io namespace labels) or a policy engine'],
  ['node.k8s.io/v1beta1', 'RuntimeClass', '1.20', '1.25', 'node.k8s.io/v1', '1.20'],
  // Removed in 1.26
  ['flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema PriorityLevelConfiguration', '1.23', '1.26',
    'flowcontrol.apiserver.k8s.io/v1', '1.29', 'use flowcontrol.apiserver.k8s.io/v1beta3 before 1.29'],
  ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.23', '1.26', 'autoscaling/v2', '1.23'],
  // Removed in 1.27
  ['storage.k8s.io/v1beta1', 'CSIStorageCapacity', '1.24', '1.27', 'storage.k8s.io/v1', '1.24'],
  // Removed in 1.29
  ['flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema PriorityLevelConfiguration', '1.26', '1.29',
    'flowcontrol.apiserver.k8s.io/v1', '1.29', 'use flowcontrol.apiserver.k8s.io/v1beta3 before 1.29'],
  ['networking.k8s.io/v1alpha1', 'ClusterCIDR', null, '1.29', null, '1.29', 'the alpha multi-CIDR feature was dropped'],
  // Removed in 1.31
  ['networking.k8s.io/v1alpha1', 'IPAddress ServiceCIDR', null, '1.31', 'networking.k8s.io/v1', '1.33'],
  ['resource.k8s.io/v1alpha2', 'ResourceClaim ResourceClaimTemplate ResourceSlice', null, '1.31', 'resource.k8s.io/v1', '1.34',
    'dynamic resource allocation was redesigned around devices (structured parameters)'],
  ['resource.k8s.io/v1alpha2', 'ResourceClass', null, '1.31', 'resource.k8s.io/v1/DeviceClass', '1.34',
    'dynamic resource allocation was redesigned around devices (structured parameters)'],
  ['resource.k8s.io/v1alpha2', 'PodSchedulingContext ResourceClaimParameters ResourceClassParameters', null, '1.31', null, '1.31',
    'dynamic resource allocation moved to structured parameters (resource.k8s.io/v1)'],
  // Removed in 1.32
  ['flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema PriorityLevelConfiguration', '1.29', '1.32',
    'flowcontrol.apiserver.k8s.io/v1', '1.29'],
  ['admissionregistration.k8s.io/v1alpha1', 'ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding', null, '1.32',
    'admissionregistration.k8s.io/v1', '1.30'],
  ['authentication.k8s.io/v1alpha1', 'SelfSubjectReview', null, '1.32', 'authentication.k8s.io/v1', '1.28'],
  ['coordination.k8s.io/v1alpha1', 'LeaseCandidate', null, '1.32', 'coordination.k8s.io/v1beta1', '1.33'],
  ['resource.k8s.io/v1alpha3', 'PodSchedulingContext', null, '1.32', null, '1.32',
    'classic dynamic resource allocation was dropped for structured parameters (resource.k8s.io/v1)'],
  // Removed in 1.33
  ['authentication.k8s.io/v1beta1', 'SelfSubjectReview', '1.28', '1.33', 'authentication.k8s.io/v1', '1.28'],
  // Removed in 1.34
  ['admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding', '1.30', '1.34',
    'admissionregistration.k8s.io/v1', '1.30'],
  ['resource.k8s.io/v1alpha3', 'DeviceClass ResourceClaim ResourceClaimTemplate ResourceSlice', null, '1.34',
    'resource.k8s.io/v1', '1.34'],
  // Removed in 1.35 (no 1.35 schemas ship to confirm the exact release; all are gone in 1.36)
  ['certificates.k8s.io/v1alpha1', 'PodCertificateRequest', null, '1.35', 'certificates.k8s.io/v1beta1', '1.35'],
  ['storage.k8s.io/v1alpha1', 'VolumeAttributesClass', null, '1.35', 'storage.k8s.io/v1', '1.34'],
  ['storagemigration.k8s.io/v1alpha1', 'StorageVersionMigration', null, '1.35', 'storagemigration.k8s.io/v1beta1', '1.35'],
  // Deprecated, still served
  ['v1', 'Endpoints', '1.33', null, 'discovery.k8s.io/v1/EndpointSlice', '1.21',
    'Endpoints is still served; EndpointSlices are what kube-proxy and most controllers read'],
  ['v1', 'ComponentStatus', '1.19', null, null, '1.19', 'query the components\' health endpoints instead'],
  ['networking.k8s.io/v1beta1', 'IPAddress ServiceCIDR', '1.33', null, 'networking.k8s.io/v1', '1.33'],
  ['storage.k8s.io/v1beta1', 'VolumeAttributesClass', '1.34', null, 'storage.k8s.io/v1', '1.34'],
];

function expand(rows: readonly Row[]): ApiLifecycle[] {
  const out: ApiLifecycle[] = [];
  for (const [apiVersion, kinds, deprecatedIn, removedIn, target, since, note] of rows) {
    for (const kind of kinds.split(' ')) {
      let replacement: ApiReplacement | null = null;
      if (target !== null) {
        const parts = target.split('/');
        const last = parts[parts.length - 1]!;
        replacement = /^[A-Z]/.test(last)
          ? { apiVersion: parts.slice(0, -1).join('/'), kind: last, since }
          : { apiVersion: target, since };
      }
      out.push({ apiVersion, kind, deprecatedIn, removedIn, replacement, ...(note ? { note } : {}) });
    }
  }
  return out.sort((a, b) => compareText(`${a.apiVersion}/${a.kind}`, `${b.apiVersion}/${b.kind}`));
}

/** Every entry, sorted by apiVersion and kind. */
export const API_LIFECYCLE: readonly ApiLifecycle[] = expand(ROWS);

// by apiVersion, then kind: two lookups of strings the parser made (their hashes are kept) instead
// of building and hashing a joined key for every object
const BY_VERSION = new Map<string, Map<string, ApiLifecycle>>();
for (const entry of API_LIFECYCLE) {
  const kinds = BY_VERSION.get(entry.apiVersion) ?? BY_VERSION.set(entry.apiVersion, new Map()).get(entry.apiVersion)!;
  kinds.set(entry.kind, entry);
}

/** The lifecycle entry of a built-in apiVersion and kind, or undefined when it has none. */
export function lookupApiLifecycle(apiVersion: string, kind: string): ApiLifecycle | undefined {
  return BY_VERSION.get(apiVersion)?.get(kind);
}

/** Whether `kubernetesVersion` (a minor version such as `1.34`) no longer serves the entry. */
export function isRemovedIn(entry: ApiLifecycle, kubernetesVersion: string): boolean {
  return entry.removedIn !== null && compareMinorVersions(kubernetesVersion, entry.removedIn) >= 0;
}

/** Whether `kubernetesVersion` serves the entry but it is deprecated there. */
export function isDeprecatedIn(entry: ApiLifecycle, kubernetesVersion: string): boolean {
  return (
    entry.deprecatedIn !== null &&
    compareMinorVersions(kubernetesVersion, entry.deprecatedIn) >= 0 &&
    !isRemovedIn(entry, kubernetesVersion)
  );
}

/** `apps/v1`, or `resource.k8s.io/v1 DeviceClass` when the kind changes; undefined without a replacement. */
export function formatReplacement(entry: ApiLifecycle): string | undefined {
  const r = entry.replacement;
  if (!r) return undefined;
  return r.kind && r.kind !== entry.kind ? `${r.apiVersion} ${r.kind}` : r.apiVersion;
}

/** What to do instead of a removed or deprecated apiVersion: `; use apps/v1` and a fix hint. */
export function describeReplacement(entry: ApiLifecycle): { advice: string; fix?: string } {
  const replacement = formatReplacement(entry);
  if (!replacement || !entry.replacement) {
    return { advice: ` without a replacement${entry.note ? `: ${entry.note}` : ''}` };
  }
  const note = entry.note ? ` (${entry.note})` : '';
  const fix =
    entry.replacement.kind && entry.replacement.kind !== entry.kind
      ? `migrate to ${replacement}`
      : `change apiVersion to "${entry.replacement.apiVersion}"`;
  return { advice: `; use ${replacement}${note}`, fix };
}

/** Compares `1.9` and `1.16` as versions (major, then minor). */
export function compareMinorVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
