import { testRule, yaml } from '../test/support/rule-tester';
import rule from './pdb-unhealthy-eviction-policy';

const pdb = (policy: string) => yaml`
  apiVersion: policy/v1
  kind: PodDisruptionBudget
  metadata: { name: web }
  spec:
    maxUnavailable: 1
    selector: { matchLabels: { app: web } }
    ${policy}
`;

testRule(rule, {
  valid: [
    { name: 'AlwaysAllow', code: pdb('unhealthyPodEvictionPolicy: AlwaysAllow') },
    { name: 'an explicit IfHealthyBudget is a deliberate choice', code: pdb('unhealthyPodEvictionPolicy: IfHealthyBudget') },
    { name: 'before Kubernetes 1.27 the field is not available', kubernetesVersion: '1.26', code: pdb('') },
  ],
  invalid: [
    {
      name: 'not set',
      code: pdb(''),
      errors: [
        {
          messageId: 'missing',
          line: 4,
          column: 1,
          message: 'unhealthyPodEvictionPolicy is not set, so it is IfHealthyBudget: running but unready pods block node drains while the budget is exhausted',
          path: 'spec',
        },
      ],
    },
    {
      name: 'IfHealthyBudget when AlwaysAllow is required',
      options: { requireAlwaysAllow: true },
      code: pdb('unhealthyPodEvictionPolicy: IfHealthyBudget'),
      errors: [{ messageId: 'notAlwaysAllow', line: 7, column: 31 }],
    },
  ],
});
