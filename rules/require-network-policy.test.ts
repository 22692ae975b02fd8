import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-network-policy';

const deployment = (name: string, namespace: string, labels: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: ${name}, namespace: ${namespace} }
  spec:
    selector: { matchLabels: ${labels} }
    template:
      metadata:
        labels: ${labels}
      spec:
        containers: [{ name: c, image: app:1 }]
`;

testRule(rule, {
  valid: [
    {
      name: 'selected by matchLabels and by matchExpressions',
      code: deployment('web', 'shop', '{ app: web }') + '---\n' + deployment('api', 'shop', '{ app: api, tier: backend }'),
      context: yaml`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: web, namespace: shop }
        spec:
          podSelector: { matchLabels: { app: web } }
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: backend, namespace: shop }
        spec:
          podSelector:
            matchExpressions: [{ key: tier, operator: In, values: [backend] }]
      `,
    },
    {
      name: 'a default-deny policy covers the namespace; so does an omitted podSelector',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p, namespace: a }
        spec:
          containers: [{ name: c, image: app:1 }]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: deny, namespace: a }
        spec:
          podSelector: {}
          policyTypes: [Ingress]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly, namespace: b }
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{ name: c, image: job:1 }]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: deny, namespace: b }
        spec:
          policyTypes: [Egress]
      `,
    },
    {
      name: 'host-network pods and PodTemplates are out of scope',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          hostNetwork: true
          containers: [{ name: c, image: app:1 }]
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: { name: t }
        template:
          metadata: { labels: { app: t } }
          spec:
            containers: [{ name: c, image: app:1 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'policies in another namespace, or for other labels, do not count',
      code: deployment('web', 'shop', '{ app: web }'),
      context: yaml`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: deny, namespace: other }
        spec:
          podSelector: {}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: db, namespace: shop }
        spec:
          podSelector: { matchLabels: { app: db } }
      `,
      errors: [
        {
          messageId: 'notIsolated',
          line: 8,
          column: 7,
          message: 'Deployment "web" is not selected by any NetworkPolicy in namespace "shop": its pods allow all traffic',
          path: 'spec.template.metadata.labels',
        },
      ],
    },
    {
      name: 'a Pod without labels, in the default namespace',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers: [{ name: c, image: app:1 }]
      `,
      errors: [{ messageId: 'notIsolated', line: 3, column: 1, message: 'Pod "p" is not selected by any NetworkPolicy in namespace "default": its pods allow all traffic', path: 'metadata' }],
    },
  ],
});
