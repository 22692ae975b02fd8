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
    {
      name: 'peers: a podSelector matching a pod of the namespace; namespaceSelector and ipBlock peers are not checked',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: api, namespace: shop, labels: { app: api } }
        spec:
          containers: [{ name: api, image: api:1 }]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: api, namespace: shop }
        spec:
          podSelector: {}
          ingress:
            - from:
                - podSelector: { matchLabels: { app: api } }
                - namespaceSelector: { matchLabels: { team: web } }
                  podSelector: { matchLabels: { app: frontend } }
                - ipBlock: { cidr: 10.0.0.0/8 }
          egress:
            - to: [ { podSelector: {} } ]
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
    {
      name: 'ingress and egress peers whose podSelector matches no pod of the namespace',
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
          podSelector: { matchLabels: { app: db } }
          ingress:
            - from:
                - podSelector: { matchLabels: { app: bd } }
          egress:
            - to:
                - podSelector: { matchLabels: { app: cache } }
      `,
      errors: [
        {
          messageId: 'peerNoMatch',
          line: 14,
          column: 11,
          message: 'ingress peer podSelector app=bd matches no pod template in namespace shop (closest: Pod db with app=db): the rule allows traffic from no pod',
        },
        {
          messageId: 'peerNoMatch',
          line: 17,
          column: 11,
          message: 'egress peer podSelector app=cache matches no pod template in namespace shop: the rule allows traffic to no pod',
        },
      ],
    },
  ],
});
