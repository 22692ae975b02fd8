import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-pdb-budget';

testRule(rule, {
  valid: [
    {
      name: 'one of the two fields, as a count, a whole percentage, 0 or 100%',
      code: yaml`
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: a }
        spec: { minAvailable: 2, selector: { matchLabels: { app: a } } }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: b }
        spec: { maxUnavailable: "25%", selector: { matchLabels: { app: b } } }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: c }
        spec: { minAvailable: "100%", selector: { matchLabels: { app: c } } }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: d }
        spec: { maxUnavailable: 0, selector: { matchLabels: { app: d } } }
      `,
    },
  ],
  invalid: [
    {
      name: 'both fields set',
      code: yaml`
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: web }
        spec:
          minAvailable: 1
          maxUnavailable: 1
          selector: { matchLabels: { app: web } }
      `,
      errors: [{ messageId: 'both', line: 6, column: 3, message: 'minAvailable and maxUnavailable cannot both be set: keep one of them' }],
    },
    {
      name: 'a quoted count, a fraction, a negative count, a percentage above 100%',
      code: yaml`
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: a }
        spec: { minAvailable: "50", selector: { matchLabels: { app: a } } }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: b }
        spec: { maxUnavailable: "12.5%", selector: { matchLabels: { app: b } } }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: c }
        spec: { minAvailable: -1, selector: { matchLabels: { app: c } } }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: d }
        spec: { maxUnavailable: "150%", selector: { matchLabels: { app: d } } }
      `,
      errors: [
        { messageId: 'stringCount', line: 4, column: 23, message: 'minAvailable "50" is a string but not a percentage: write 50 without quotes for a count, or "50%"' },
        { messageId: 'badValue', line: 9, column: 25, message: 'maxUnavailable "12.5%" is not a valid value: write a count (2) or a whole percentage followed by "%" ("25%")' },
        { messageId: 'negative', line: 14, column: 23, message: 'minAvailable -1 must not be negative' },
        { messageId: 'over100', line: 19, column: 25, message: 'maxUnavailable 150% is more than 100%' },
      ],
    },
  ],
});
