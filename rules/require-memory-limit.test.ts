import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-memory-limit';

testRule(rule, {
  valid: [
    {
      name: 'a memory limit',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - { name: app, image: app:1, resources: { limits: { memory: 256Mi } } }
      `,
    },
    {
      name: 'a LimitRange max gives the default limit',
      code: yaml`
        apiVersion: v1
        kind: LimitRange
        metadata: { name: caps }
        spec:
          limits:
            - type: Container
              max: { memory: 1Gi }
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: web:1 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a memory request is not a limit',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              resources:
                requests: { memory: 256Mi }
                limits: { cpu: "1" }
      `,
      errors: [{ messageId: 'missing', line: 10, column: 9, message: 'container "app" has no memory limit', path: 'spec.containers[0].resources.limits' }],
    },
    {
      name: 'a Pod-type LimitRange gives no container default',
      code: yaml`
        apiVersion: v1
        kind: LimitRange
        metadata: { name: caps }
        spec:
          limits:
            - type: Pod
              max: { memory: 1Gi }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              resources:
                requests: { memory: 256Mi }
      `,
      errors: [{ messageId: 'missing', line: 16, column: 7, path: 'spec.containers[0].resources' }],
    },
  ],
});
