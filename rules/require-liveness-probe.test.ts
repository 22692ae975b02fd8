import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-liveness-probe';

testRule(rule, {
  valid: [
    {
      name: 'a liveness probe; the sidecar needs none',
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
                - { name: proxy, image: proxy:1, restartPolicy: Always }
              containers:
                - name: web
                  image: web:1
                  livenessProbe:
                    httpGet: { path: /healthz, port: 8080 }
      `,
    },
    {
      name: 'a CronJob is not checked',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{ name: run, image: run:1 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a DaemonSet container without liveness probe',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec:
              containers:
                - name: agent
                  image: agent:1
                  readinessProbe:
                    tcpSocket: { port: 9100 }
      `,
      errors: [{ messageId: 'missing', line: 10, column: 17, message: 'container "agent" has no liveness probe', path: 'spec.template.spec.containers[0].name' }],
    },
  ],
});
