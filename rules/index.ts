import type { AnyRule } from '../src/engine/rule';
import noDuplicateContainerPort from './no-duplicate-container-port';
import noDuplicateEnv from './no-duplicate-env';
import noHostPortConflict from './no-host-port-conflict';
import noLatestTag from './no-latest-tag';
import noSuspiciousQuantity from './no-suspicious-quantity';
import pdbAllowsEviction from './pdb-allows-eviction';
import pdbUnhealthyEvictionPolicy from './pdb-unhealthy-eviction-policy';
import requireAntiAffinity from './require-anti-affinity';
import requireCpuLimit from './require-cpu-limit';
import requireLivenessProbe from './require-liveness-probe';
import requireMemoryLimit from './require-memory-limit';
import requirePdb from './require-pdb';
import requireReadinessProbe from './require-readiness-probe';
import requireResourceRequests from './require-resource-requests';
import requireRollingUpdate from './require-rolling-update';
import validProbePort from './valid-probe-port';
import validResourceLimits from './valid-resource-limits';
import validRolloutStrategy from './valid-rollout-strategy';
import validWorkloadSelector from './valid-workload-selector';

/** Every rule, by id, sorted. Explicit on purpose: no directory scan at run time. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map<string, AnyRule>([
  ['no-duplicate-container-port', noDuplicateContainerPort],
  ['no-duplicate-env', noDuplicateEnv],
  ['no-host-port-conflict', noHostPortConflict],
  ['no-latest-tag', noLatestTag],
  ['no-suspicious-quantity', noSuspiciousQuantity],
  ['pdb-allows-eviction', pdbAllowsEviction],
  ['pdb-unhealthy-eviction-policy', pdbUnhealthyEvictionPolicy],
  ['require-anti-affinity', requireAntiAffinity],
  ['require-cpu-limit', requireCpuLimit],
  ['require-liveness-probe', requireLivenessProbe],
  ['require-memory-limit', requireMemoryLimit],
  ['require-pdb', requirePdb],
  ['require-readiness-probe', requireReadinessProbe],
  ['require-resource-requests', requireResourceRequests],
  ['require-rolling-update', requireRollingUpdate],
  ['valid-probe-port', validProbePort],
  ['valid-resource-limits', validResourceLimits],
  ['valid-rollout-strategy', validRolloutStrategy],
  ['valid-workload-selector', validWorkloadSelector],
]);
