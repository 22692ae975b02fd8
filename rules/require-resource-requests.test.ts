import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-resource-requests';

const limitRange = yaml`
  apiVersion: v1
  kind: LimitRange
  metadata: { name: defaults, namespace: team }
  spec:
    limits:
      - type: Container
        defaultRequest: { cpu: 100m }
        default: { memory: 256Mi }
`;

testRule(rule, {
  valid: [
    {
      name: 'CPU and memory requests',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              resources:
                requests: { cpu: 100m, memory: 128Mi }
      `,
    },
    {
      name: 'limits only: the requests default to the limits',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              resources:
                limits: { cpu: "1", memory: 1Gi }
      `,
    },
    {
      name: 'a LimitRange of the namespace supplies the defaults (defaultRequest, and default for memory)',
      context: limitRange,
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web, namespace: team }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: web:1 }]
      `,
    },
    {
      name: 'only memory is required by option',
      options: { resources: ['memory'] },
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - { name: app, image: app:1, resources: { requests: { memory: 64Mi } } }
      `,
    },
  ],
  invalid: [
    {
      name: 'no resources at all',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
      `,
      errors: [{ messageId: 'missing', line: 6, column: 13, message: 'container "app" has no CPU or memory request', path: 'spec.containers[0].name' }],
    },
    {
      name: 'a memory request only',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              resources:
                requests:
                  memory: 64Mi
      `,
      errors: [{ messageId: 'missing', line: 9, column: 9, message: 'container "app" has no CPU request', path: 'spec.containers[0].resources.requests' }],
    },
    {
      name: 'a memory limit only, in an init container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - name: init
              image: init:1
              resources:
                limits: { memory: 64Mi }
          containers:
            - { name: app, image: app:1, resources: { requests: { cpu: 10m, memory: 64Mi } } }
      `,
      errors: [{ messageId: 'missing', line: 8, column: 7, message: 'container "init" has no CPU request' }],
    },
    {
      name: 'a LimitRange in another namespace does not count',
      context: limitRange,
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web, namespace: other }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers:
                - name: web
                  image: web:1
      `,
      errors: [{ messageId: 'missing', line: 10, column: 17, path: 'spec.template.spec.containers[0].name' }],
    },
  ],
});
