import type { AnyRule } from '../src/engine/rule';
import validConfigmapRef from './valid-configmap-ref';
import validSecretRef from './valid-secret-ref';
import validWorkloadSelector from './valid-workload-selector';

/** Every rule, by id, sorted. Explicit on purpose: no directory scan at run time. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map<string, AnyRule>([
  ['valid-configmap-ref', validConfigmapRef],
  ['valid-secret-ref', validSecretRef],
  ['valid-workload-selector', validWorkloadSelector],
]);
