import type { AnyRule } from '../src/engine/rule';
import hpaReplicasConflict from './hpa-replicas-conflict';
import noAutomountServiceAccountToken from './no-automount-service-account-token';
import noClusterAdminBinding from './no-cluster-admin-binding';
import noDangerousCapabilities from './no-dangerous-capabilities';
import noDefaultServiceAccount from './no-default-service-account';
import noDeprecatedApi from './no-deprecated-api';
import noDeprecatedServiceAccountField from './no-deprecated-service-account-field';
import noDuplicateContainerPort from './no-duplicate-container-port';
import noDuplicateEnv from './no-duplicate-env';
import noDuplicateObject from './no-duplicate-object';
import noEscalatingRbac from './no-escalating-rbac';
import noHostIpc from './no-host-ipc';
import noHostNetwork from './no-host-network';
import noHostPid from './no-host-pid';
import noHostPortConflict from './no-host-port-conflict';
import noIdenticalProbes from './no-identical-probes';
import noLatestTag from './no-latest-tag';
import noPrivilegeEscalation from './no-privilege-escalation';
import noPrivilegedContainer from './no-privileged-container';
import noPrivilegedPorts from './no-privileged-ports';
import noRemovedApi from './no-removed-api';
import noSecretAccessRbac from './no-secret-access-rbac';
import noSecretsInConfigmap from './no-secrets-in-configmap';
import noSecretsInEnv from './no-secrets-in-env';
import noSensitiveHostMounts from './no-sensitive-host-mounts';
import noSshPort from './no-ssh-port';
import noSuspiciousQuantity from './no-suspicious-quantity';
import noUnmaskedProcMount from './no-unmasked-proc-mount';
import noUnsafeSysctls from './no-unsafe-sysctls';
import noWildcardRbac from './no-wildcard-rbac';
import noWritableHostMount from './no-writable-host-mount';
import noYamlTypeCoercion from './no-yaml-type-coercion';
import pdbAllowsEviction from './pdb-allows-eviction';
import pdbUnhealthyEvictionPolicy from './pdb-unhealthy-eviction-policy';
import requireAntiAffinity from './require-anti-affinity';
import requireCpuLimit from './require-cpu-limit';
import requireCronjobDeadline from './require-cronjob-deadline';
import requireDropNetRaw from './require-drop-net-raw';
import requireImagePullPolicy from './require-image-pull-policy';
import requireJobTtl from './require-job-ttl';
import requireLivenessProbe from './require-liveness-probe';
import requireMemoryLimit from './require-memory-limit';
import requireNetworkPolicy from './require-network-policy';
import requirePdb from './require-pdb';
import requirePriorityClass from './require-priority-class';
import requireReadOnlyRootFs from './require-read-only-root-fs';
import requireReadinessProbe from './require-readiness-probe';
import requireResourceRequests from './require-resource-requests';
import requireRollingUpdate from './require-rolling-update';
import requireRunAsNonRoot from './require-run-as-non-root';
import requireSeccompProfile from './require-seccomp-profile';
import validClassRef from './valid-class-ref';
import validConfigData from './valid-config-data';
import validConfigmapRef from './valid-configmap-ref';
import validCronSchedule from './valid-cron-schedule';
import validEnv from './valid-env';
import validHpaMetrics from './valid-hpa-metrics';
import validHpaReplicas from './valid-hpa-replicas';
import validHpaTarget from './valid-hpa-target';
import validIngressBackend from './valid-ingress-backend';
import validIngressPath from './valid-ingress-path';
import validJobSpec from './valid-job-spec';
import validLabels from './valid-labels';
import validName from './valid-name';
import validNetworkPolicySelector from './valid-network-policy-selector';
import validNodePort from './valid-node-port';
import validPdbBudget from './valid-pdb-budget';
import validPdbSelector from './valid-pdb-selector';
import validPodNetwork from './valid-pod-network';
import validPodTemplate from './valid-pod-template';
import validPortRange from './valid-port-range';
import validProbe from './valid-probe';
import validProbePort from './valid-probe-port';
import validPvcRef from './valid-pvc-ref';
import validResourceClaims from './valid-resource-claims';
import validResourceLimits from './valid-resource-limits';
import validRestartPolicy from './valid-restart-policy';
import validRolloutStrategy from './valid-rollout-strategy';
import validRouteRefs from './valid-route-refs';
import validSchedulingConstraints from './valid-scheduling-constraints';
import validSecretRef from './valid-secret-ref';
import validServiceAccountRef from './valid-service-account-ref';
import validServiceMonitor from './valid-service-monitor';
import validServiceSelector from './valid-service-selector';
import validServiceSpec from './valid-service-spec';
import validStatefulsetService from './valid-statefulset-service';
import validTargetPort from './valid-target-port';
import validVolumeMount from './valid-volume-mount';
import validWorkloadSelector from './valid-workload-selector';

/** Every rule, by id, sorted. Explicit on purpose: no directory scan at run time. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map<string, AnyRule>([
  ['hpa-replicas-conflict', hpaReplicasConflict],
  ['no-automount-service-account-token', noAutomountServiceAccountToken],
  ['no-cluster-admin-binding', noClusterAdminBinding],
  ['no-dangerous-capabilities', noDangerousCapabilities],
  ['no-default-service-account', noDefaultServiceAccount],
  ['no-deprecated-api', noDeprecatedApi],
  ['no-deprecated-service-account-field', noDeprecatedServiceAccountField],
  ['no-duplicate-container-port', noDuplicateContainerPort],
  ['no-duplicate-env', noDuplicateEnv],
  ['no-duplicate-object', noDuplicateObject],
  ['no-escalating-rbac', noEscalatingRbac],
  ['no-host-ipc', noHostIpc],
  ['no-host-network', noHostNetwork],
  ['no-host-pid', noHostPid],
  ['no-host-port-conflict', noHostPortConflict],
  ['no-identical-probes', noIdenticalProbes],
  ['no-latest-tag', noLatestTag],
  ['no-privilege-escalation', noPrivilegeEscalation],
  ['no-privileged-container', noPrivilegedContainer],
  ['no-privileged-ports', noPrivilegedPorts],
  ['no-removed-api', noRemovedApi],
  ['no-secret-access-rbac', noSecretAccessRbac],
  ['no-secrets-in-configmap', noSecretsInConfigmap],
  ['no-secrets-in-env', noSecretsInEnv],
  ['no-sensitive-host-mounts', noSensitiveHostMounts],
  ['no-ssh-port', noSshPort],
  ['no-suspicious-quantity', noSuspiciousQuantity],
  ['no-unmasked-proc-mount', noUnmaskedProcMount],
  ['no-unsafe-sysctls', noUnsafeSysctls],
  ['no-wildcard-rbac', noWildcardRbac],
  ['no-writable-host-mount', noWritableHostMount],
  ['no-yaml-type-coercion', noYamlTypeCoercion],
  ['pdb-allows-eviction', pdbAllowsEviction],
  ['pdb-unhealthy-eviction-policy', pdbUnhealthyEvictionPolicy],
  ['require-anti-affinity', requireAntiAffinity],
  ['require-cpu-limit', requireCpuLimit],
  ['require-cronjob-deadline', requireCronjobDeadline],
  ['require-drop-net-raw', requireDropNetRaw],
  ['require-image-pull-policy', requireImagePullPolicy],
  ['require-job-ttl', requireJobTtl],
  ['require-liveness-probe', requireLivenessProbe],
  ['require-memory-limit', requireMemoryLimit],
  ['require-network-policy', requireNetworkPolicy],
  ['require-pdb', requirePdb],
  ['require-priority-class', requirePriorityClass],
  ['require-read-only-root-fs', requireReadOnlyRootFs],
  ['require-readiness-probe', requireReadinessProbe],
  ['require-resource-requests', requireResourceRequests],
  ['require-rolling-update', requireRollingUpdate],
  ['require-run-as-non-root', requireRunAsNonRoot],
  ['require-seccomp-profile', requireSeccompProfile],
  ['valid-class-ref', validClassRef],
  ['valid-config-data', validConfigData],
  ['valid-configmap-ref', validConfigmapRef],
  ['valid-cron-schedule', validCronSchedule],
  ['valid-env', validEnv],
  ['valid-hpa-metrics', validHpaMetrics],
  ['valid-hpa-replicas', validHpaReplicas],
  ['valid-hpa-target', validHpaTarget],
  ['valid-ingress-backend', validIngressBackend],
  ['valid-ingress-path', validIngressPath],
  ['valid-job-spec', validJobSpec],
  ['valid-labels', validLabels],
  ['valid-name', validName],
  ['valid-network-policy-selector', validNetworkPolicySelector],
  ['valid-node-port', validNodePort],
  ['valid-pdb-budget', validPdbBudget],
  ['valid-pdb-selector', validPdbSelector],
  ['valid-pod-network', validPodNetwork],
  ['valid-pod-template', validPodTemplate],
  ['valid-port-range', validPortRange],
  ['valid-probe', validProbe],
  ['valid-probe-port', validProbePort],
  ['valid-pvc-ref', validPvcRef],
  ['valid-resource-claims', validResourceClaims],
  ['valid-resource-limits', validResourceLimits],
  ['valid-restart-policy', validRestartPolicy],
  ['valid-rollout-strategy', validRolloutStrategy],
  ['valid-route-refs', validRouteRefs],
  ['valid-scheduling-constraints', validSchedulingConstraints],
  ['valid-secret-ref', validSecretRef],
  ['valid-service-account-ref', validServiceAccountRef],
  ['valid-service-monitor', validServiceMonitor],
  ['valid-service-selector', validServiceSelector],
  ['valid-service-spec', validServiceSpec],
  ['valid-statefulset-service', validStatefulsetService],
  ['valid-target-port', validTargetPort],
  ['valid-volume-mount', validVolumeMount],
  ['valid-workload-selector', validWorkloadSelector],
]);
