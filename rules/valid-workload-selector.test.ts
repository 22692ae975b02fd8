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
    {
      name: 'a Job without selector (the API server generates it)',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: once }
        spec:
          template:
            metadata: { labels: { app: once } }
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: busybox:1.36 }]
      `,
    },
    {
      name: 'a Job with an empty selector and no manualSelector (the API server fills in controller-uid)',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: once }
        spec:
          selector: {}
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: busybox:1.36 }]
      `,
    },
    {
      name: 'every operator, matching: In, NotIn, Exists, DoesNotExist',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector:
            matchLabels: { app: web }
            matchExpressions:
              - { key: tier, operator: In, values: [front, back] }
              - { key: track, operator: NotIn, values: [canary] }
              - { key: team, operator: Exists }
              - { key: legacy, operator: DoesNotExist }
          template:
            metadata: { labels: { app: web, tier: front, team: a } }
            spec:
              containers: [{ name: web, image: nginx:1.27 }]
      `,
    },
    {
      name: 'a malformed selector (In without values) is left to valid-labels, as the API server never compares it',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector:
            matchLabels: { app: web }
            matchExpressions:
              - { key: tier, operator: In, values: [] }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: nginx:1.27 }]
      `,
    },
    {
      name: 'a CronJob without a jobTemplate selector',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                metadata: { labels: { app: nightly } }
                spec:
                  restartPolicy: Never
                  containers: [{ name: run, image: busybox:1.36 }]
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
    {
      name: 'a CronJob whose jobTemplate sets a selector and manualSelector',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              manualSelector: true
              selector:
                matchLabels: { app: nightly }
              template:
                metadata: { labels: { app: nightly } }
                spec:
                  restartPolicy: Never
                  containers: [{ name: run, image: busybox:1.36 }]
      `,
      errors: [
        {
          messageId: 'cronJobSelector',
          line: 9,
          column: 7,
          message: 'spec.jobTemplate.spec.selector is set; the CronJob controller generates the selector of its Jobs',
        },
        { messageId: 'cronJobManualSelector', line: 8, column: 23 },
      ],
    },
    {
      name: 'a Job with matchExpressions but without manualSelector',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: once }
        spec:
          selector:
            matchExpressions: [{ key: app, operator: Exists }]
          template:
            metadata: { labels: { app: once } }
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: busybox:1.36 }]
      `,
      errors: [{ messageId: 'jobSelector', line: 5, column: 3 }],
    },
    {
      name: 'a Job with manualSelector: true but no selector (spec.selector: Required value)',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: once }
        spec:
          manualSelector: true
          template:
            metadata: { labels: { app: once } }
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: busybox:1.36 }]
      `,
      errors: [{ messageId: 'manualWithoutSelector', line: 5, column: 19 }],
    },
  ],
});
