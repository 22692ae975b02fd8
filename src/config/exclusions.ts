import { globToRegExp } from '../core/glob';
import type { Resource } from '../resources/resource';
import type { Exclusion } from './config';

/**
 * Configuration exclusions as one predicate: does `rule` skip `resource`? Kind, namespace and name
 * are globs (`kube-*`); a missing field matches anything; `rules` omitted means every rule.
 * Undefined when there are none: nothing to ask for each finding.
 */
export function buildExclusionMatcher(exclusions: readonly Exclusion[]): ((resource: Resource, rule: string) => boolean) | undefined {
  if (exclusions.length === 0) return undefined;
  const compiled = exclusions.map((e) => ({
    kind: e.kind ? globToRegExp(e.kind) : null,
    namespace: e.namespace ? globToRegExp(e.namespace) : null,
    name: e.name ? globToRegExp(e.name) : null,
    rules: e.rules ? new Set(e.rules) : null,
  }));
  return (resource, rule) =>
    compiled.some(
      (e) =>
        (!e.rules || e.rules.has(rule)) &&
        (!e.kind || e.kind.test(resource.kind)) &&
        (!e.namespace || e.namespace.test(resource.namespace ?? '')) &&
        (!e.name || e.name.test(resource.name)),
    );
}
