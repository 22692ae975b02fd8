import type { AnyRule } from '../src/engine/rule';
import noDuplicateObject from './no-duplicate-object';
import validConfigmapRef from './valid-configmap-ref';
import validLabels from './valid-labels';
import validName from './valid-name';
import validNodePort from './valid-node-port';
import validPortRange from './valid-port-range';
import validSecretRef from './valid-secret-ref';
import validServiceSelector from './valid-service-selector';
import validTargetPort from './valid-target-port';
import validWorkloadSelector from './valid-workload-selector';

/** Every rule, by id, sorted. Explicit on purpose: no directory scan at run time. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map<string, AnyRule>([
  ['no-duplicate-object', noDuplicateObject],
  ['valid-configmap-ref', validConfigmapRef],
  ['valid-labels', validLabels],
  ['valid-name', validName],
  ['valid-node-port', validNodePort],
  ['valid-port-range', validPortRange],
  ['valid-secret-ref', validSecretRef],
  ['valid-service-selector', validServiceSelector],
  ['valid-target-port', validTargetPort],
  ['valid-workload-selector', validWorkloadSelector],
]);
