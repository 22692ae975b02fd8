import type { AnyRule } from '../src/engine/rule';
import noPrivilegedContainer from './no-privileged-container';
import validWorkloadSelector from './valid-workload-selector';

/** Every rule, by id, sorted. Explicit on purpose: no directory scan at run time. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map<string, AnyRule>([
  ['no-privileged-container', noPrivilegedContainer],
  ['valid-workload-selector', validWorkloadSelector],
]);
