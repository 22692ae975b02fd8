import type { Path } from '../core/types';
import { asArray, asObject, isObject } from './kinds';
import type { KubeObject, Resource } from './resource';

/** One entry of a Role's or ClusterRole's `rules`, with its path. */
export interface PolicyRuleView {
  readonly index: number;
  readonly path: Path;
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
  readonly nonResourceURLs: readonly string[];
  readonly resourceNames: readonly string[];
}

/** The rules of a Role or ClusterRole (empty for an aggregated ClusterRole: the controller fills them). */
export function policyRulesOf(role: KubeObject): PolicyRuleView[] {
  if (isObject(role.aggregationRule)) return [];
  const out: PolicyRuleView[] = [];
  asArray(role.rules).forEach((rule, index) => {
    if (!isObject(rule)) return;
    out.push({
      index,
      path: ['rules', index],
      apiGroups: strings(rule.apiGroups),
      resources: strings(rule.resources),
      verbs: strings(rule.verbs),
      nonResourceURLs: strings(rule.nonResourceURLs),
      resourceNames: strings(rule.resourceNames),
    });
  });
  return out;
}

/**
 * Where `value` stands in a field of the role's rule as written (its index there; -1 when absent):
 * the views leave out entries that are not strings, so their indexes may differ.
 */
export function indexInRule(role: KubeObject, rule: PolicyRuleView, field: 'verbs' | 'resources' | 'nonResourceURLs', value: string): number {
  return asArray(asObject(asArray(role.rules)[rule.index])[field]).indexOf(value);
}

/** Whether a policy rule applies to a resource of an API group ('' is the core group); `*` matches anything. */
export function ruleCovers(rule: PolicyRuleView, apiGroup: string, resource: string): boolean {
  return (
    (rule.apiGroups.includes('*') || rule.apiGroups.includes(apiGroup)) &&
    (rule.resources.includes('*') || rule.resources.includes(resource))
  );
}

/** The role a RoleBinding or ClusterRoleBinding refers to: kind and name, or undefined when malformed. */
export function roleRefOf(binding: Resource): { kind: 'Role' | 'ClusterRole'; name: string } | undefined {
  const ref = asObject(binding.object.roleRef);
  if ((ref.kind !== 'Role' && ref.kind !== 'ClusterRole') || typeof ref.name !== 'string' || ref.name === '') return undefined;
  return { kind: ref.kind, name: ref.name };
}

/**
 * `User "alice"`, `Group "ops"`, `ServiceAccount "ci/deployer"` — the subjects of a binding for
 * messages; a ServiceAccount without namespace is in the binding's namespace. At most `max` are
 * named, then "and N more".
 */
export function formatSubjects(binding: Resource, max = 3): string {
  const names: string[] = [];
  for (const subject of asArray(binding.object.subjects)) {
    if (!isObject(subject) || typeof subject.kind !== 'string' || typeof subject.name !== 'string') continue;
    const namespace = typeof subject.namespace === 'string' && subject.namespace !== '' ? subject.namespace : binding.namespace;
    const name = subject.kind === 'ServiceAccount' && namespace ? `${namespace}/${subject.name}` : subject.name;
    names.push(`${subject.kind} "${name}"`);
  }
  if (names.length === 0) return 'no subjects';
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

function strings(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}
