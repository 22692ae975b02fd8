import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-restart-policy';

/** A Pod whose init container "logs" is a sidecar with a readiness probe. */
const SIDECAR_POD = yaml`
  apiVersion: v1
  kind: Pod
  metadata: { name: web }
  spec:
    initContainers:
      - name: logs
        image: fluent-bit:3.1
        restartPolicy: Always
        readinessProbe: { tcpSocket: { port: 2020 } }
    containers: [{ name: web, image: nginx:1.27 }]
`;

testRule(rule, {
  valid: [
    {
      name: 'long-running controllers with restartPolicy omitted (it defaults to Always) or Always',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: nginx:1.27 }]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec:
              restartPolicy: Always
              containers: [{ name: db, image: postgres:16 }]
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: { name: legacy }
        spec:
          selector: { app: legacy }
          template:
            metadata: { labels: { app: legacy } }
            spec:
              restartPolicy: null
              containers: [{ name: legacy, image: nginx:1.27 }]
      `,
    },
    {
      name: 'a Job with Never, a CronJob with OnFailure, a Job with a podFailurePolicy and Never',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: migrate, image: app:1.4.2 }]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: backup }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{ name: backup, image: restic:0.17 }]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { name: train }
        spec:
          podFailurePolicy:
            rules: [{ action: FailJob, onExitCodes: { operator: In, values: [42] } }]
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: train, image: trainer:2.0 }]
      `,
    },
    {
      name: 'Pods and PodTemplates with any of the three policies',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: once }
        spec:
          restartPolicy: Never
          containers: [{ name: once, image: busybox:1.36 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: retry }
        spec:
          restartPolicy: OnFailure
          containers: [{ name: retry, image: busybox:1.36 }]
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: { name: worker }
        template:
          spec:
            restartPolicy: Never
            containers: [{ name: worker, image: busybox:1.36 }]
      `,
    },
    { name: 'a sidecar init container with a probe on 1.29', code: SIDECAR_POD, kubernetesVersion: '1.29' },
    { name: 'a sidecar init container with a probe on 1.30', code: SIDECAR_POD, kubernetesVersion: '1.30' },
    { name: 'a sidecar init container with a probe on 1.36', code: SIDECAR_POD, kubernetesVersion: '1.36' },
    {
      name: 'a plain init container without probes or lifecycle hooks, which may be null',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec:
              initContainers:
                - name: setup
                  image: busybox:1.36
                  livenessProbe: null
              containers: [{ name: agent, image: agent:1.0 }]
      `,
    },
    {
      name: 'values the schema rejects (unknown policies, the container field before 1.28) are left to it',
      kubernetesVersion: '1.27',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              restartPolicy: Sometimes
              initContainers: [{ name: logs, image: fluent-bit:3.1, restartPolicy: Always }]
              containers: [{ name: web, image: nginx:1.27, restartPolicy: Always }]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              restartPolicy: Sometimes
              containers: [{ name: migrate, image: app:1.4.2 }]
      `,
    },
    {
      name: 'container values the 1.33 schema rejects (only Always is known before 1.34) are left to it',
      kubernetesVersion: '1.33',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers: [{ name: setup, image: busybox:1.36, restartPolicy: Never }]
          containers: [{ name: app, image: busybox:1.36, restartPolicy: OnFailure }]
      `,
    },
    {
      name: 'past 1.34, container restart rules may be on: Never or Always on a regular container is not reported',
      kubernetesVersion: '1.36',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          restartPolicy: Never
          initContainers: [{ name: setup, image: busybox:1.36, restartPolicy: OnFailure }]
          containers: [{ name: app, image: busybox:1.36, restartPolicy: Always }]
      `,
    },
    {
      name: 'kinds of other API groups (a Volcano Job) are not Kubernetes Jobs',
      code: yaml`
        apiVersion: batch.volcano.sh/v1alpha1
        kind: Job
        metadata: { name: train }
        spec:
          template:
            spec:
              containers: [{ name: train, image: trainer:2.0 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a long-running controller whose pods would stop: Never and OnFailure',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              restartPolicy: Never
              containers: [{ name: web, image: nginx:1.27 }]
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec:
              restartPolicy: OnFailure
              containers: [{ name: agent, image: agent:1.0 }]
      `,
      errors: [
        {
          messageId: 'controllerNotAlways',
          line: 9,
          column: 22,
          severity: 'error',
          message: 'a Deployment\'s pods must restart Always: the API server rejects restartPolicy "Never"',
          path: 'spec.template.spec.restartPolicy',
        },
        {
          messageId: 'controllerNotAlways',
          line: 20,
          column: 22,
          message: 'a DaemonSet\'s pods must restart Always: the API server rejects restartPolicy "OnFailure"',
        },
      ],
    },
    {
      name: 'a Job and a CronJob without restartPolicy: it defaults to Always',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              containers: [{ name: migrate, image: app:1.4.2 }]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: backup }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: ""
                  containers: [{ name: backup, image: restic:0.17 }]
      `,
      errors: [
        {
          messageId: 'jobUnset',
          line: 6,
          column: 5,
          severity: 'error',
          message: "a Job's pods must set restartPolicy OnFailure or Never: unset, it defaults to Always, which the API server rejects for a Job",
          path: 'spec.template.spec',
        },
        { messageId: 'jobUnset', line: 18, column: 26, path: 'spec.jobTemplate.spec.template.spec.restartPolicy' },
      ],
    },
    {
      name: 'a CronJob whose pods restart Always',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: backup }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Always
                  containers: [{ name: backup, image: restic:0.17 }]
      `,
      errors: [
        {
          messageId: 'jobAlways',
          line: 10,
          column: 26,
          message: 'a CronJob\'s pods must run to completion: the API server rejects restartPolicy "Always" (supported: OnFailure, Never)',
        },
      ],
    },
    {
      name: 'a Job and a CronJob with a podFailurePolicy and OnFailure',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: train }
        spec:
          podFailurePolicy:
            rules: [{ action: FailJob, onExitCodes: { operator: In, values: [42] } }]
          template:
            spec:
              restartPolicy: OnFailure
              containers: [{ name: train, image: trainer:2.0 }]
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              podFailurePolicy:
                rules: [{ action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }]
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{ name: train, image: trainer:2.0 }]
      `,
      errors: [
        {
          messageId: 'jobPodFailurePolicy',
          line: 9,
          column: 22,
          message: 'a Job with a podFailurePolicy must use restartPolicy Never: the API server rejects "OnFailure"',
        },
        { messageId: 'jobPodFailurePolicy', line: 23, column: 26 },
      ],
    },
    {
      name: 'restartPolicy on a regular or an ephemeral container, and Never on an init container, on 1.34',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - name: setup
              image: busybox:1.36
              restartPolicy: Never
          containers:
            - name: app
              image: busybox:1.36
              restartPolicy: Always
            - name: worker
              image: busybox:1.36
              restartPolicy: OnFailure
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
              restartPolicy: Always
      `,
      errors: [
        {
          messageId: 'containerRestartPolicy',
          line: 12,
          column: 22,
          message:
            'container "app" sets restartPolicy "Always": the API server rejects it (only an init container may set restartPolicy, to Always, which makes it a sidecar)',
          path: 'spec.containers[0].restartPolicy',
        },
        { messageId: 'containerRestartPolicy', line: 15, column: 22 },
        {
          messageId: 'initRestartPolicy',
          line: 8,
          column: 22,
          message: 'init container "setup" sets restartPolicy "Never": on an init container the API server accepts only "Always" (a sidecar)',
        },
        {
          messageId: 'containerRestartPolicy',
          line: 19,
          column: 22,
          message:
            'ephemeral container "debug" sets restartPolicy "Always": the API server rejects it (only an init container may set restartPolicy, to Always, which makes it a sidecar)',
        },
      ],
    },
    {
      name: 'restartPolicy Always on an app container of a Deployment on 1.28',
      kubernetesVersion: '1.28',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: nginx:1.27, restartPolicy: Always }]
      `,
      errors: [{ messageId: 'containerRestartPolicy', line: 9, column: 67, path: 'spec.template.spec.containers[0].restartPolicy' }],
    },
    {
      name: 'a sidecar on 1.28: the API server drops its restartPolicy, and then rejects its probe',
      kubernetesVersion: '1.28',
      code: SIDECAR_POD,
      errors: [
        {
          messageId: 'sidecarDropped',
          line: 8,
          column: 22,
          severity: 'warning',
          message:
            'init container "logs" sets restartPolicy: Always, which Kubernetes 1.28 drops (sidecar containers are off by default before 1.29): it runs as a plain init container, and if it never exits the pod never starts',
        },
        {
          messageId: 'initSidecarOnly',
          line: 9,
          column: 7,
          severity: 'error',
          message:
            'init container "logs" sets readinessProbe, which the API server rejects on an init container without restartPolicy: Always (before Kubernetes 1.29 the API server ignores restartPolicy on init containers)',
        },
      ],
    },
    {
      name: 'probes and lifecycle hooks on an init container that is not a sidecar',
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
              initContainers:
                - name: migrate
                  image: app:1.4.2
                  lifecycle:
                    preStop: { exec: { command: [sh, -c, "sleep 5"] } }
                  livenessProbe: { exec: { command: [cat, /tmp/healthy] } }
                  readinessProbe: { tcpSocket: { port: 8080 } }
                  startupProbe: { tcpSocket: { port: 8080 } }
              containers: [{ name: db, image: postgres:16 }]
      `,
      errors: [
        {
          messageId: 'initSidecarOnly',
          line: 13,
          column: 11,
          message: 'init container "migrate" sets lifecycle, which the API server rejects on an init container without restartPolicy: Always',
          path: 'spec.template.spec.initContainers[0].lifecycle',
        },
        { messageId: 'initSidecarOnly', line: 15, column: 11, path: 'spec.template.spec.initContainers[0].livenessProbe' },
        { messageId: 'initSidecarOnly', line: 16, column: 11, path: 'spec.template.spec.initContainers[0].readinessProbe' },
        { messageId: 'initSidecarOnly', line: 17, column: 11, path: 'spec.template.spec.initContainers[0].startupProbe' },
      ],
    },
  ],
});
