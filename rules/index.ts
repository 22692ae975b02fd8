import type { AnyRule } from '../src/engine/rule';
import validConfigmapRef from './valid-configmap-ref';
import validNodePort from './valid-node-port';
import validPortRange from './valid-port-range';
import validSecretRef from './valid-secret-ref';
import validServiceSelector from './valid-service-selector';
import validTargetPort from './valid-target-port';
import validWorkloadSelector from './valid-workload-selector';

/** Every rule, by id, sorted. Explicit on purpose: no directory scan at run time. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map<string, AnyRule>([
  ['valid-configmap-ref', validConfigmapRef],
  ['valid-node-port', validNodePort],
  ['valid-port-range', validPortRange],
  ['valid-secret-ref', validSecretRef],
  ['valid-service-selector', validServiceSelector],
  ['valid-target-port', validTargetPort],
  ['valid-workload-selector', validWorkloadSelector],
]);
