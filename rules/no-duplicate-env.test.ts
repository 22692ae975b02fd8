import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-duplicate-env';

testRule(rule, {
  valid: [
    {
      name: 'distinct names, and the same name in two containers',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              env:
                - { name: MODE, value: prod }
                - { name: mode, value: lower-case is another variable }
            - name: sidecar
              image: sidecar:1
              env:
                - { name: MODE, value: prod }
      `,
    },
    {
      name: 'env overriding envFrom is intended',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              envFrom: [{ configMapRef: { name: settings } }]
              env: [{ name: MODE, value: prod }]
      `,
    },
  ],
  invalid: [
    {
      name: 'the same variable twice',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers:
                - name: web
                  image: web:1
                  env:
                    - name: LOG_LEVEL
                      value: info
                    - name: PORT
                      value: "8080"
                    - name: LOG_LEVEL
                      value: debug
      `,
      errors: [
        {
          messageId: 'duplicate',
          line: 17,
          column: 21,
          message: 'container "web" sets env var "LOG_LEVEL" twice (env[0] and env[2]); the last one wins',
          path: 'spec.template.spec.containers[0].env[2].name',
        },
      ],
    },
    {
      name: 'in an init container, three times',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - name: init
              image: init:1
              env:
                - { name: A, value: "1" }
                - { name: A, value: "2" }
                - { name: A, value: "3" }
          containers: [{ name: app, image: app:1 }]
      `,
      errors: [
        { messageId: 'duplicate', line: 10, column: 19, message: 'container "init" sets env var "A" twice (env[0] and env[1]); the last one wins' },
        { messageId: 'duplicate', line: 11, column: 19, message: 'container "init" sets env var "A" twice (env[0] and env[2]); the last one wins' },
      ],
    },
  ],
});
