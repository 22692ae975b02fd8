import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-hpa-replicas';

const hpa = (bounds: string) =>
  yaml`
    apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata: { name: web }
    spec:
      scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  ` +
  bounds
    .split('\n')
    .map((l) => `  ${l}\n`)
    .join('');

testRule(rule, {
  valid: [
    { name: 'min below max', code: hpa('minReplicas: 2\nmaxReplicas: 5') },
    { name: 'equal bounds', code: hpa('minReplicas: 3\nmaxReplicas: 3') },
    { name: 'min left to the default of 1', code: hpa('maxReplicas: 1') },
  ],
  invalid: [
    {
      name: 'min above max',
      code: hpa('minReplicas: 5\nmaxReplicas: 3'),
      errors: [{ messageId: 'minAboveMax', line: 7, column: 16, message: 'maxReplicas 3 is below minReplicas 5', path: 'spec.maxReplicas' }],
    },
    { name: 'max 0', code: hpa('maxReplicas: 0'), errors: [{ messageId: 'maxBelowOne', line: 6, column: 16, message: 'maxReplicas 0 must be at least 1' }] },
    { name: 'min 0', code: hpa('minReplicas: 0\nmaxReplicas: 4'), errors: [{ messageId: 'minZero', line: 6, column: 16 }] },
  ],
});
