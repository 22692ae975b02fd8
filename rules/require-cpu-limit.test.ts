import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-cpu-limit';

testRule(rule, {
  valid: [
    {
      name: 'a CPU limit',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - { name: app, image: app:1, resources: { limits: { cpu: 500m } } }
      `,
    },
    {
      name: 'a LimitRange default CPU limit',
      code: yaml`
        apiVersion: v1
        kind: LimitRange
        metadata: { name: caps, namespace: team }
        spec:
          limits:
            - { type: Container, default: { cpu: "1" } }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p, namespace: team }
        spec:
          containers: [{ name: app, image: app:1 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'no CPU limit',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              resources:
                limits:
                  memory: 1Gi
      `,
      errors: [{ messageId: 'missing', line: 9, column: 9, message: 'container "app" has no CPU limit' }],
    },
  ],
});
