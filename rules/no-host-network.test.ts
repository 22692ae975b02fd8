import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-host-network';

testRule(rule, {
  valid: [
    {
      name: 'not set',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
      `,
    },
    {
      name: 'set to false',
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
              hostNetwork: false
              containers: [{ name: db, image: postgres:16 }]
      `,
    },
    {
      name: 'a Service is not a pod (kinds)',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: s }
        spec:
          hostNetwork: true
          ports: [{ port: 80 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Pod',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: debug
        spec:
          hostNetwork: true
          containers:
            - name: app
              image: app:1
      `,
      errors: [
        {
          messageId: 'hostNetwork',
          line: 6,
          column: 16,
          message: `Pod "debug" uses the node's network namespace (hostNetwork: true)`,
          path: 'spec.hostNetwork',
        },
      ],
    },
    {
      name: 'a CronJob, with YAML 1.1 "on"',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly }
        spec:
          schedule: "@daily"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  hostNetwork: on
                  containers: [{ name: run, image: job:2 }]
      `,
      errors: [{ messageId: 'hostNetwork', line: 11, column: 24, path: 'spec.jobTemplate.spec.template.spec.hostNetwork' }],
    },
  ],
});
