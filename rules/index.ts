import type { AnyRule } from '../src/engine/rule';
import noDuplicateObject from './no-duplicate-object';
import noYamlTypeCoercion from './no-yaml-type-coercion';
import validConfigmapRef from './valid-configmap-ref';
import validHpaTarget from './valid-hpa-target';
import validIngressBackend from './valid-ingress-backend';
import validLabels from './valid-labels';
import validName from './valid-name';
import validNetworkPolicySelector from './valid-network-policy-selector';
import validNodePort from './valid-node-port';
import validPdbSelector from './valid-pdb-selector';
import validPortRange from './valid-port-range';
import validPvcRef from './valid-pvc-ref';
import validSecretRef from './valid-secret-ref';
import validServiceAccountRef from './valid-service-account-ref';
import validServiceSelector from './valid-service-selector';
import validStatefulsetService from './valid-statefulset-service';
import validTargetPort from './valid-target-port';
import validWorkloadSelector from './valid-workload-selector';

/** Every rule, by id, sorted. Explicit on purpose: no directory scan at run time. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map<string, AnyRule>([
  ['no-duplicate-object', noDuplicateObject],
  ['no-yaml-type-coercion', noYamlTypeCoercion],
  ['valid-configmap-ref', validConfigmapRef],
  ['valid-hpa-target', validHpaTarget],
  ['valid-ingress-backend', validIngressBackend],
  ['valid-labels', validLabels],
  ['valid-name', validName],
  ['valid-network-policy-selector', validNetworkPolicySelector],
  ['valid-node-port', validNodePort],
  ['valid-pdb-selector', validPdbSelector],
  ['valid-port-range', validPortRange],
  ['valid-pvc-ref', validPvcRef],
  ['valid-secret-ref', validSecretRef],
  ['valid-service-account-ref', validServiceAccountRef],
  ['valid-service-selector', validServiceSelector],
  ['valid-statefulset-service', validStatefulsetService],
  ['valid-target-port', validTargetPort],
  ['valid-workload-selector', validWorkloadSelector],
]);
