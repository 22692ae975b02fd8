import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-pdb';

const deployment = (replicas: number, namespace = 'default') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web, namespace: ${namespace} }
  spec:
    replicas: ${replicas}
    selector: { matchLabels: { app: web } }
    template:
      metadata: { labels: { app: web } }
      spec: { containers: [{ name: web, image: web:1 }] }
`;

const budget = yaml`
  apiVersion: policy/v1
  kind: PodDisruptionBudget
  metadata: { name: web }
  spec:
    maxUnavailable: 1
    selector: { matchLabels: { app: web } }
`;

testRule(rule, {
  valid: [
    { name: 'a budget selects the pods', context: budget, code: deployment(3) },
    { name: 'a single replica', code: deployment(1) },
  ],
  invalid: [
    {
      name: 'no budget',
      code: deployment(3),
      errors: [
        {
          messageId: 'missing',
          line: 5,
          column: 13,
          message: 'no PodDisruptionBudget selects the pods of this Deployment: a node drain may evict all 3 replicas at once',
          path: 'spec.replicas',
        },
      ],
    },
    { name: 'a budget in another namespace', context: budget, code: deployment(2, 'team'), errors: [{ messageId: 'missing', line: 5, column: 13 }] },
  ],
});
