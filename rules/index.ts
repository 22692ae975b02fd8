import type { AnyRule } from '../src/engine/rule';
import hpaReplicasConflict from './hpa-replicas-conflict';
import noDeprecatedServiceAccountField from './no-deprecated-service-account-field';
import noDuplicateContainerPort from './no-duplicate-container-port';
import noDuplicateEnv from './no-duplicate-env';
import noHostPortConflict from './no-host-port-conflict';
import noLatestTag from './no-latest-tag';
import noSuspiciousQuantity from './no-suspicious-quantity';
import pdbAllowsEviction from './pdb-allows-eviction';
import pdbUnhealthyEvictionPolicy from './pdb-unhealthy-eviction-policy';
import requireAntiAffinity from './require-anti-affinity';
import requireCpuLimit from './require-cpu-limit';
import requireCronjobDeadline from './require-cronjob-deadline';
import requireImagePullPolicy from './require-image-pull-policy';
import requireJobTtl from './require-job-ttl';
import requireLivenessProbe from './require-liveness-probe';
import requireMemoryLimit from './require-memory-limit';
import requirePdb from './require-pdb';
import requirePriorityClass from './require-priority-class';
import requireReadinessProbe from './require-readiness-probe';
import requireResourceRequests from './require-resource-requests';
import requireRollingUpdate from './require-rolling-update';
import validHpaReplicas from './valid-hpa-replicas';
import validProbePort from './valid-probe-port';
import validResourceLimits from './valid-resource-limits';
import validRolloutStrategy from './valid-rollout-strategy';
import validWorkloadSelector from './valid-workload-selector';

/** Every rule, by id, sorted. Explicit on purpose: no directory scan at run time. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map<string, AnyRule>([
  ['hpa-replicas-conflict', hpaReplicasConflict],
  ['no-deprecated-service-account-field', noDeprecatedServiceAccountField],
  ['no-duplicate-container-port', noDuplicateContainerPort],
  ['no-duplicate-env', noDuplicateEnv],
  ['no-host-port-conflict', noHostPortConflict],
  ['no-latest-tag', noLatestTag],
  ['no-suspicious-quantity', noSuspiciousQuantity],
  ['pdb-allows-eviction', pdbAllowsEviction],
  ['pdb-unhealthy-eviction-policy', pdbUnhealthyEvictionPolicy],
  ['require-anti-affinity', requireAntiAffinity],
  ['require-cpu-limit', requireCpuLimit],
  ['require-cronjob-deadline', requireCronjobDeadline],
  ['require-image-pull-policy', requireImagePullPolicy],
  ['require-job-ttl', requireJobTtl],
  ['require-liveness-probe', requireLivenessProbe],
  ['require-memory-limit', requireMemoryLimit],
  ['require-pdb', requirePdb],
  ['require-priority-class', requirePriorityClass],
  ['require-readiness-probe', requireReadinessProbe],
  ['require-resource-requests', requireResourceRequests],
  ['require-rolling-update', requireRollingUpdate],
  ['valid-hpa-replicas', validHpaReplicas],
  ['valid-probe-port', validProbePort],
  ['valid-resource-limits', validResourceLimits],
  ['valid-rollout-strategy', validRolloutStrategy],
  ['valid-workload-selector', validWorkloadSelector],
]);
