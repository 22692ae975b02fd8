import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-host-ipc';

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
              hostIPC: false
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
          hostIPC: true
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
          hostIPC: true
          containers:
            - name: app
              image: app:1
      `,
      errors: [
        {
          messageId: 'hostIpc',
          line: 6,
          column: 12,
          message: `Pod "debug" shares the node's IPC namespace (hostIPC: true)`,
          path: 'spec.hostIPC',
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
                  hostIPC: on
                  containers: [{ name: run, image: job:2 }]
      `,
      errors: [{ messageId: 'hostIpc', line: 11, column: 20, path: 'spec.jobTemplate.spec.template.spec.hostIPC' }],
    },
  ],
});
