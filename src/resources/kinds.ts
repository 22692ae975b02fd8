import { own } from '../core/own';
import type { Path } from '../core/types';
import type { KubeObject, Resource } from './resource';
import { LastEntryCache } from '../core/last-entry-cache';

/** Built-in kinds that are not namespaced (any built-in group, any version). */
const CLUSTER_SCOPED_KINDS = new Set([
  'AdminNetworkPolicy', 'APIService', 'BaselineAdminNetworkPolicy', 'CertificateSigningRequest', 'ClusterRole',
  'ClusterRoleBinding', 'ClusterTrustBundle', 'ComponentStatus', 'CSIDriver', 'CSINode', 'CustomResourceDefinition',
  'DeviceClass', 'FlowSchema', 'GatewayClass', 'IngressClass', 'IPAddress', 'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding', 'MutatingWebhookConfiguration', 'Namespace', 'Node', 'NodeMetrics',
  'PersistentVolume', 'PodSecurityPolicy', 'PriorityClass', 'PriorityLevelConfiguration', 'ResourceSlice',
  'RuntimeClass', 'SelfSubjectAccessReview', 'SelfSubjectReview', 'SelfSubjectRulesReview', 'ServiceCIDR',
  'StorageClass', 'StorageVersion', 'StorageVersionMigration', 'SubjectAccessReview', 'TokenReview',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'ValidatingWebhookConfiguration',
  'VolumeAttachment', 'VolumeAttributesClass', 'VolumeSnapshotClass', 'VolumeSnapshotContent',
]);

/**
 * Cluster-scoped kinds of widely installed custom resources (group/kind), for manifests that use
 * them without their CRD: cert-manager, Kyverno, External Secrets, Gatekeeper, Karpenter, Calico,
 * Cilium, Argo Workflows. Gatekeeper's constraints (any kind of constraints.gatekeeper.sh) too.
 */
const CLUSTER_SCOPED_CUSTOM_KINDS = new Set([
  'cert-manager.io/ClusterIssuer', 'certmanager.k8s.io/ClusterIssuer',
  'kyverno.io/ClusterPolicy', 'kyverno.io/ClusterCleanupPolicy', 'wgpolicyk8s.io/ClusterPolicyReport',
  'external-secrets.io/ClusterSecretStore', 'external-secrets.io/ClusterExternalSecret',
  'templates.gatekeeper.sh/ConstraintTemplate',
  'karpenter.sh/NodePool', 'karpenter.sh/NodeClaim', 'karpenter.sh/Provisioner', 'karpenter.k8s.aws/EC2NodeClass',
  'karpenter.k8s.aws/AWSNodeTemplate',
  'crd.projectcalico.org/GlobalNetworkPolicy', 'crd.projectcalico.org/GlobalNetworkSet', 'crd.projectcalico.org/IPPool',
  'crd.projectcalico.org/BGPConfiguration', 'crd.projectcalico.org/BGPPeer', 'crd.projectcalico.org/FelixConfiguration',
  'crd.projectcalico.org/HostEndpoint', 'crd.projectcalico.org/ClusterInformation',
  'projectcalico.org/GlobalNetworkPolicy', 'projectcalico.org/GlobalNetworkSet', 'projectcalico.org/IPPool',
  'projectcalico.org/BGPConfiguration', 'projectcalico.org/BGPPeer', 'projectcalico.org/FelixConfiguration',
  'projectcalico.org/HostEndpoint',
  'cilium.io/CiliumClusterwideNetworkPolicy', 'cilium.io/CiliumNode', 'cilium.io/CiliumIdentity',
  'cilium.io/CiliumLoadBalancerIPPool', 'cilium.io/CiliumBGPClusterConfig',
  'argoproj.io/ClusterWorkflowTemplate',
]);

/**
 * Scope of a kind: what a CRD in the same input says (`spec.scope`, by group/kind), else the
 * cluster-scoped built-ins and well-known custom kinds. Other kinds are namespaced, as most custom
 * resources are.
 */
export function buildScopeResolver(crdScopes: ReadonlyMap<string, 'Namespaced' | 'Cluster'>) {
  return (group: string, kind: string): 'Namespaced' | 'Cluster' => {
    const key = `${group}/${kind}`;
    const declared = crdScopes.get(key);
    if (declared) return declared;
    const known =
      CLUSTER_SCOPED_CUSTOM_KINDS.has(key) || group === 'constraints.gatekeeper.sh' || (isBuiltinGroup(group) && CLUSTER_SCOPED_KINDS.has(kind));
    return known ? 'Cluster' : 'Namespaced';
  };
}

/** Whether an API group is one of Kubernetes' own ("", apps, batch, policy, *.k8s.io): anything else is a custom resource. */
export function isBuiltinGroup(group: string): boolean {
  return group === '' || group.endsWith('.k8s.io') || !group.includes('.') || group === 'policy';
}

/**
 * Kinds that older API groups served from the same storage as their current group: the same object
 * under two apiVersions (extensions/v1beta1 and apps/v1 Deployment web are one Deployment).
 */
const COHABITING_GROUPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  extensions: {
    Deployment: 'apps',
    DaemonSet: 'apps',
    ReplicaSet: 'apps',
    Ingress: 'networking.k8s.io',
    NetworkPolicy: 'networking.k8s.io',
    PodSecurityPolicy: 'policy',
  },
  'events.k8s.io': { Event: '' },
};

/** The API group an object is stored under, for identity: `extensions` Deployment → `apps`. */
export function canonicalGroup(group: string, kind: string): string {
  return own(own(COHABITING_GROUPS, group) ?? {}, kind) ?? group;
}

/** Kinds whose objects carry a pod template: where the template and its pod spec sit. */
const POD_TEMPLATE_PATHS: ReadonlyMap<string, TemplatePaths> = new Map(
  Object.entries({
    Deployment: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
    PodTemplate: ['template'],
  }).map(([kind, path]) => [kind, { path, specPath: [...path, 'spec'] }]),
);
const POD_PATHS: TemplatePaths = { path: [], specPath: ['spec'] };

interface TemplatePaths {
  readonly path: Path;
  readonly specPath: Path;
}

/** Where the pod spec of a built-in kind sits (`spec` of a Pod, the template's of a workload); undefined for other kinds. */
export function podSpecPathOf(kind: string): Path | undefined {
  return kind === 'Pod' ? POD_PATHS.specPath : POD_TEMPLATE_PATHS.get(kind)?.specPath;
}

/** "PodLike": every kind that carries a pod spec (rules that inspect containers list these). */
export const POD_SPEC_KINDS: readonly string[] = ['Pod', ...POD_TEMPLATE_PATHS.keys()];

/** Workload kinds with a `spec.selector` over their own template (the ones the API server checks). */
export const SELECTOR_WORKLOAD_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']);

export interface PodTemplateView {
  /** Path of the pod template ({metadata, spec}) in the object; [] for a Pod itself. */
  readonly path: Path;
  readonly metadata: KubeObject;
  readonly spec: KubeObject;
  /** Path of the pod spec in the object. */
  readonly specPath: Path;
}

/**
 * Some thirty rules ask for the pod template of every workload, one object after another: the view
 * of the last template object is kept, and rebuilt if its metadata or spec is replaced.
 */
const templateViews = new LastEntryCache<KubeObject, { view: PodTemplateView; metadata: unknown; spec: unknown }>();

/** "PodLike": the pod spec of a Pod, or the pod template of any workload kind. */
export function podTemplateOf(resource: Resource): PodTemplateView | undefined {
  const paths = resource.kind === 'Pod' ? POD_PATHS : POD_TEMPLATE_PATHS.get(resource.kind);
  if (!paths) return undefined;
  let holder: unknown = resource.object;
  const path = paths.path;
  for (let i = 0; i < path.length; i++) holder = isObject(holder) ? holder[path[i] as string] : undefined;
  if (!isObject(holder)) return undefined;
  const cached = templateViews.get(holder);
  if (cached && cached.view.path === paths.path && cached.metadata === holder.metadata && cached.spec === holder.spec) return cached.view;
  const view = { path: paths.path, metadata: asObject(holder.metadata), spec: asObject(holder.spec), specPath: paths.specPath };
  templateViews.set(holder, { view, metadata: holder.metadata, spec: holder.spec });
  return view;
}

export function isObject(value: unknown): value is KubeObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value if it is an object, else an empty one (shared and frozen: read it, do not fill it). */
export function asObject(value: unknown): KubeObject {
  return isObject(value) ? value : NO_FIELDS;
}

/** The value if it is a list, else an empty one (shared and frozen). */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : NO_ITEMS;
}

// most optional fields are absent: one empty value for all of them, frozen so that a mistake throws
const NO_FIELDS: KubeObject = Object.freeze({}) as KubeObject;
const NO_ITEMS: readonly unknown[] = Object.freeze([]);

/** API groups of configuration files that programs read (not objects the API server stores). */
const CONFIG_FILE_GROUPS = new Set(['apiserver.k8s.io', 'audit.k8s.io', 'client.authentication.k8s.io', 'kind.x-k8s.io', 'kubeadm.k8s.io']);

/**
 * Documents with apiVersion and kind that are configuration files rather than API objects:
 * component configuration (`*.config.k8s.io`: kubelet, kube-proxy, scheduler, admission,
 * Kustomization), audit policy, kubeconfig (`v1 Config`), kubeadm and kind cluster files. They
 * have no metadata.name and are never applied to a cluster.
 */
export function isConfigFileKind(group: string, kind: string): boolean {
  return group.endsWith('config.k8s.io') || CONFIG_FILE_GROUPS.has(group) || (group === '' && kind === 'Config');
}
