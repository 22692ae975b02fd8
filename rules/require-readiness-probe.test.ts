import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-readiness-probe';

testRule(rule, {
  valid: [
    {
      name: 'a readiness probe; the sidecar and init container need none',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              initContainers:
                - { name: migrate, image: migrate:1 }
                - { name: proxy, image: proxy:1, restartPolicy: Always }
              containers:
                - name: web
                  image: web:1
                  readinessProbe:
                    httpGet: { path: /ready, port: 8080 }
      `,
    },
    {
      name: 'a Job runs to completion',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: once }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: run:1 }]
      `,
    },
    {
      name: 'a bare Pod with restartPolicy OnFailure',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: task }
        spec:
          restartPolicy: OnFailure
          containers: [{ name: task, image: task:1 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a StatefulSet container without readiness probe',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec:
              containers:
                - name: db
                  image: postgres:16
                  livenessProbe:
                    tcpSocket: { port: 5432 }
      `,
      errors: [{ messageId: 'missing', line: 11, column: 17, message: 'container "db" has no readiness probe', path: 'spec.template.spec.containers[0].name' }],
    },
    {
      name: 'only the container without probe of a Pod',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              readinessProbe: { exec: { command: [ready] } }
            - name: log
              image: log:1
      `,
      errors: [{ messageId: 'missing', line: 9, column: 13, message: 'container "log" has no readiness probe' }],
    },
  ],
});
