import { createRule } from '../src/engine/rule';
import { indexInRule, policyRulesOf } from '../src/resources/rbac';

const FIELDS = [
  ['verbs', 'verb'],
  ['resources', 'resource'],
  ['nonResourceURLs', 'non-resource URL'],
] as const;

export default createRule({
  id: 'no-wildcard-rbac',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Roles and ClusterRoles should not grant "*" verbs or resources.',
    rationale:
      'A "*" grants every verb or resource that exists, and every one added later by Kubernetes or a CRD: ' +
      'escalate, bind, impersonate, secrets, pods/exec. Listing what the subject needs keeps least privilege ' +
      'visible in review. (CIS Kubernetes Benchmark 5.1.3.)',
    fix: 'replace "*" with the verbs and resources the subject actually uses',
    messages: {
      wildcard: '{{kind}} "{{name}}" rules[{{rule}}] grants every {{what}} ("*" in {{field}})',
    },
    defaultOptions: {},
    kinds: ['Role', 'ClusterRole'],
    optIn: true,
  },
  check({ resource, report }) {
    const rules = policyRulesOf(resource.object);
    for (let ri = 0; ri < rules.length; ri++) {
      const rule = rules[ri]!;
      for (const [field, what] of FIELDS) {
        if (!rule[field].includes('*')) continue;
        const i = indexInRule(resource.object, rule, field, '*');
        if (i === -1) continue;
        report({
          messageId: 'wildcard',
          data: { kind: resource.kind, name: resource.name, rule: rule.index, what, field },
          path: [...rule.path, field, i],
        });
      }
    }
  },
});
