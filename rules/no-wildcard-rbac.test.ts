import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-wildcard-rbac';

testRule(rule, {
  valid: [
    {
      name: 'named verbs and resources, "*" only in apiGroups',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: { name: r, namespace: shop }
        rules:
          - { apiGroups: ["*"], resources: [pods, pods/log], verbs: [get, list] }
      `,
    },
    {
      name: 'an aggregated ClusterRole (its rules are written by the controller)',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: monitoring }
        aggregationRule:
          clusterRoleSelectors: [{ matchLabels: { rbac.example.com/aggregate-to-monitoring: "true" } }]
        rules:
          - { apiGroups: ["*"], resources: ["*"], verbs: ["*"] }
      `,
    },
  ],
  invalid: [
    {
      name: 'every field at once',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: god }
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["*"]
          - nonResourceURLs: ["/healthz", "*"]
            verbs: [get]
      `,
      errors: [
        {
          messageId: 'wildcard',
          line: 7,
          column: 13,
          message: 'ClusterRole "god" rules[0] grants every verb ("*" in verbs)',
          path: 'rules[0].verbs[0]',
        },
        { messageId: 'wildcard', line: 6, column: 17, message: 'ClusterRole "god" rules[0] grants every resource ("*" in resources)' },
        {
          messageId: 'wildcard',
          line: 8,
          column: 35,
          message: 'ClusterRole "god" rules[1] grants every non-resource URL ("*" in nonResourceURLs)',
          path: 'rules[1].nonResourceURLs[1]',
        },
      ],
    },
  ],
});
