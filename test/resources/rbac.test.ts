import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/resources/parse-inputs';
import { formatSubjects, policyRulesOf, roleRefOf, ruleCovers } from '../../src/resources/rbac';
import { yaml } from '../support/rule-tester';

const parse = (text: string) => {
  const { resources, findings } = parseInputs([{ file: 'm.yaml', text }]);
  expect(findings).toEqual([]);
  return resources;
};

describe('rbac helpers', () => {
  const [role, aggregated, binding, many] = parse(yaml`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: r }
    rules:
      - { apiGroups: [""], resources: [secrets, configmaps], verbs: [get] }
      - { apiGroups: ["*"], resources: ["*"], verbs: ["*"] }
      - { nonResourceURLs: ["/metrics"], verbs: [get] }
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: agg }
    aggregationRule: { clusterRoleSelectors: [{ matchLabels: { a: b } }] }
    rules:
      - { apiGroups: [""], resources: [secrets], verbs: [get] }
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata: { name: b, namespace: shop }
    roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
    subjects:
      - { kind: ServiceAccount, name: api }
      - { kind: ServiceAccount, name: ci, namespace: tools }
      - { kind: User, name: alice }
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: { name: many }
    roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: "" }
    subjects: [{ kind: Group, name: a }, { kind: Group, name: b }, { kind: Group, name: c }, { kind: Group, name: d }]
  `);

  it('reads policy rules with their paths, and none of an aggregated ClusterRole', () => {
    const rules = policyRulesOf(role!.object);
    expect(rules.map((r) => r.path)).toEqual([['rules', 0], ['rules', 1], ['rules', 2]]);
    expect(rules[2]!.nonResourceURLs).toEqual(['/metrics']);
    expect(policyRulesOf(aggregated!.object)).toEqual([]);
  });

  it('matches resources and groups, with wildcards', () => {
    const [core, all, urls] = policyRulesOf(role!.object);
    expect(ruleCovers(core!, '', 'secrets')).toBe(true);
    expect(ruleCovers(core!, 'apps', 'secrets')).toBe(false);
    expect(ruleCovers(core!, '', 'pods')).toBe(false);
    expect(ruleCovers(all!, 'apps', 'deployments')).toBe(true);
    expect(ruleCovers(urls!, '', 'secrets')).toBe(false);
  });

  it('reads role references and formats subjects', () => {
    expect(roleRefOf(binding!)).toEqual({ kind: 'ClusterRole', name: 'edit' });
    expect(roleRefOf(many!)).toBeUndefined();
    expect(formatSubjects(binding!)).toBe('ServiceAccount "shop/api", ServiceAccount "tools/ci", User "alice"');
    expect(formatSubjects(many!)).toBe('Group "a", Group "b", Group "c" and 1 more');
    expect(formatSubjects(role!)).toBe('no subjects');
  });
});
