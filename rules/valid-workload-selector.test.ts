import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-workload-selector';

testRule(rule, {
  valid: [
    {
      name: 'matchLabels a subset of the template labels',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector:
            matchLabels: { app: web }
          template:
            metadata:
              labels: { app: web, tier: frontend }
            spec:
              containers: [{ name: web, image: nginx:1.27 }]
      `,
    },
    {
      name: 'matchExpressions that do match',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          selector:
            matchExpressions:
              - { key: app, operator: In, values: [db, cache] }
              - { key: canary, operator: DoesNotExist }
          template:
            metadata:
              labels: { app: db }
            spec:
              containers: [{ name: db, image: postgres:16 }]
      `,
    },
    {
      name: 'a Job with manualSelector and a matching selector',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: once }
        spec:
          manualSelector: true
          selector: { matchLabels: { job: once } }
          template:
            metadata: { labels: { job: once } }
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: busybox:1.36 }]
      `,
    },
    {
      name: 'a ReplicationController without selector (defaults to the template labels)',
      code: yaml`
        apiVersion: v1
        kind: ReplicationController
        metadata: { name: rc }
        spec:
          template:
            metadata: { labels: { app: rc } }
            spec:
              containers: [{ name: c, image: nginx:1.27 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'matchLabels value differs from the template',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: webb
            spec:
              containers:
                - name: web
                  image: nginx:1.27
      `,
      errors: [
        {
          messageId: 'mismatch',
          line: 8,
          column: 5,
          message: 'spec.selector does not match the template labels (app=web vs app=webb)',
          path: 'spec.selector.matchLabels',
        },
      ],
    },
    {
      name: 'matchExpressions that exclude the template',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector:
            matchExpressions:
              - { key: app, operator: NotIn, values: [agent] }
          template:
            metadata: { labels: { app: agent } }
            spec:
              containers: [{ name: agent, image: agent:1.0 }]
      `,
      errors: [{ messageId: 'mismatch', line: 6, column: 5, path: 'spec.selector.matchExpressions' }],
    },
    {
      name: 'an empty selector',
      code: yaml`
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: { name: rs }
        spec:
          selector: {}
          template:
            metadata: { labels: { app: rs } }
            spec:
              containers: [{ name: c, image: nginx:1.27 }]
      `,
      errors: [{ messageId: 'empty', line: 5, column: 3 }],
    },
    {
      name: 'a Job selector without manualSelector',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: once }
        spec:
          selector: { matchLabels: { job: once } }
          template:
            metadata: { labels: { job: once } }
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: busybox:1.36 }]
      `,
      errors: [{ messageId: 'jobSelector', line: 5, column: 3 }],
    },
    {
      name: 'a ReplicationController whose selector misses the template',
      code: yaml`
        apiVersion: v1
        kind: ReplicationController
        metadata: { name: rc }
        spec:
          selector: { app: other }
          template:
            metadata: { labels: { app: rc } }
            spec:
              containers: [{ name: c, image: nginx:1.27 }]
      `,
      errors: [{ messageId: 'mismatch', line: 5, column: 3 }],
    },
  ],
});
