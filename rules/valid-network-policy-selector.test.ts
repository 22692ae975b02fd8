import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-network-policy-selector';

testRule(rule, {
  valid: [
    {
      name: 'a podSelector that matches a Pod; an empty podSelector (every pod of the namespace)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: db, namespace: shop, labels: { app: db } }
        spec:
          containers: [{ name: db, image: postgres:16 }]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: db, namespace: shop }
        spec:
          podSelector:
            matchExpressions: [{ key: app, operator: Exists }]
          policyTypes: [Ingress]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: default-deny, namespace: empty }
        spec:
          podSelector: {}
          policyTypes: [Ingress]
      `,
    },
  ],
  invalid: [
    {
      name: 'a podSelector that matches nothing in its namespace',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: db, namespace: shop, labels: { app: db } }
        spec:
          containers: [{ name: db, image: postgres:16 }]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: db }
        spec:
          podSelector:
            matchLabels: { app: db }
          policyTypes: [Ingress]
      `,
      errors: [
        {
          messageId: 'noMatch',
          line: 11,
          column: 3,
          message: 'NetworkPolicy podSelector app=db matches no pod template in namespace default',
          path: 'spec.podSelector',
        },
      ],
    },
  ],
});
