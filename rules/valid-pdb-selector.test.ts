import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-pdb-selector';

/** A Deployment labelled app=db, tier=data (lines 1-9) and the separator (line 10); the PDB starts on line 11. */
const deployment = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: db }
  spec:
    selector: { matchLabels: { app: db } }
    template:
      metadata: { labels: { app: db, tier: data } }
      spec:
        containers: [{ name: db, image: postgres:16 }]
`;
const withDeployment = (code: string) => `${deployment}---\n${code}`;

testRule(rule, {
  valid: [
    {
      name: 'matchLabels and matchExpressions that match; an empty policy/v1 selector selects all pods',
      code: withDeployment(yaml`
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: db }
        spec:
          minAvailable: 1
          selector: { matchLabels: { app: db } }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: data }
        spec:
          maxUnavailable: 1
          selector:
            matchExpressions: [{ key: tier, operator: In, values: [data, cache] }]
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: all }
        spec:
          maxUnavailable: 1
          selector: {}
      `),
    },
  ],
  invalid: [
    {
      name: 'a selector that matches nothing names the closest template',
      code: withDeployment(yaml`
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: db }
        spec:
          minAvailable: 1
          selector:
            matchLabels: { app: postgres, tier: data }
      `),
      errors: [
        {
          messageId: 'noMatch',
          line: 16,
          column: 3,
          severity: 'warning',
          message: 'PodDisruptionBudget selector app=postgres,tier=data matches no pod template in namespace default (closest: Deployment db with app=db,tier=data)',
          path: 'spec.selector',
        },
      ],
    },
    {
      name: 'no selector at all, and an empty policy/v1beta1 selector',
      code: yaml`
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: none }
        spec:
          minAvailable: 1
        ---
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata: { name: empty }
        spec:
          minAvailable: 1
          selector: {}
      `,
      errors: [
        { messageId: 'noSelector', line: 4, column: 1, message: 'PodDisruptionBudget has no selector: it protects no pods' },
        { messageId: 'emptyBeta', line: 12, column: 3 },
      ],
    },
  ],
});
