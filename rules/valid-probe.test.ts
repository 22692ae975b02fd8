import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-probe';

testRule(rule, {
  valid: [
    {
      name: 'one handler per probe and hook, a readiness probe needing 3 successes, a sidecar with probes, a preStop sleep',
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
                - name: proxy
                  image: proxy:1
                  restartPolicy: Always
                  ports: [{ name: admin, containerPort: 15000 }]
                  startupProbe:
                    httpGet: { path: /ready, port: admin }
                    failureThreshold: 30
                    successThreshold: 1
                  livenessProbe:
                    tcpSocket: { port: admin }
                    terminationGracePeriodSeconds: 5
                  readinessProbe:
                    grpc: { port: 15000 }
                  lifecycle:
                    preStop: { exec: { command: [sh, -c, "sleep 5"] } }
              containers:
                - name: web
                  image: nginx:1.27
                  ports: [{ name: http, containerPort: 80 }]
                  livenessProbe:
                    httpGet: { path: /healthz, port: http }
                  readinessProbe:
                    httpGet: { path: /ready, port: http }
                    successThreshold: 3
                    initialDelaySeconds: 0
                    periodSeconds: 0
                  lifecycle:
                    postStart: { httpGet: { path: /warm, port: http } }
                    preStop: { sleep: { seconds: 30 } }
      `,
    },
    {
      name: 'successThreshold 0 is defaulted to 1; an empty lifecycle and null probes are nothing to check',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          terminationGracePeriodSeconds: 120
          containers:
            - name: app
              image: app:1
              livenessProbe: { exec: { command: [cat, /tmp/healthy] }, successThreshold: 0, timeoutSeconds: 0 }
              startupProbe: null
              lifecycle: {}
            - name: worker
              image: worker:1
              lifecycle:
                preStop: { sleep: { seconds: 90 } }
      `,
    },
    {
      name: 'a zero sleep is allowed since 1.33',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              lifecycle:
                preStop: { sleep: { seconds: 0 } }
      `,
    },
    {
      name: 'probes and hooks of a plain init container are left to valid-restart-policy',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              restartPolicy: Never
              initContainers:
                - name: wait
                  image: busybox:1.36
                  livenessProbe: { successThreshold: 3 }
                  lifecycle: { preStop: {} }
              containers:
                - name: migrate
                  image: migrate:1
      `,
    },
    {
      name: 'a misspelt handler is the schema finding (unknown field), not a probe without a handler',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              livenessProbe:
                httpget: { path: /healthz, port: 8080 }
              lifecycle:
                preStop:
                  Exec: { command: [stop] }
      `,
    },
  ],
  invalid: [
    {
      name: 'a probe and a hook without a handler, and with two',
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
                  image: nginx:1.27
                  livenessProbe:
                    initialDelaySeconds: 10
                  readinessProbe:
                    tcpSocket: { port: 80 }
                    httpGet: { path: /ready, port: 80 }
                    exec: { command: [cat, /tmp/ready] }
                  lifecycle:
                    postStart: {}
                    preStop:
                      exec: { command: [nginx, -s, quit] }
                      sleep: { seconds: 5 }
      `,
      errors: [
        {
          messageId: 'noHandler',
          line: 12,
          column: 11,
          message: 'liveness probe of container "web" has no handler: set one of exec, httpGet, tcpSocket, grpc',
        },
        {
          messageId: 'manyHandlers',
          line: 16,
          column: 13,
          message: 'readiness probe of container "web" sets httpGet beside exec: a probe may have only one handler',
        },
        { messageId: 'manyHandlers', line: 15, column: 13, message: 'readiness probe of container "web" sets tcpSocket beside exec: a probe may have only one handler' },
        { messageId: 'noHandler', line: 19, column: 13, message: 'postStart hook of container "web" has no handler: set one of exec, httpGet, sleep' },
        { messageId: 'manyHandlers', line: 22, column: 15, message: 'preStop hook of container "web" sets sleep beside exec: a hook may have only one handler' },
      ],
    },
    {
      name: 'successThreshold other than 1 on liveness and startup probes, of an app container and a sidecar',
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
                - name: proxy
                  image: proxy:1
                  restartPolicy: Always
                  startupProbe: { tcpSocket: { port: 6432 }, successThreshold: 2 }
              containers:
                - name: db
                  image: postgres:16
                  livenessProbe:
                    exec: { command: [pg_isready] }
                    successThreshold: 3
                  readinessProbe:
                    exec: { command: [pg_isready] }
                    successThreshold: 3
                  startupProbe:
                    exec: { command: [pg_isready] }
                    successThreshold: -1
      `,
      errors: [
        {
          messageId: 'successThreshold',
          line: 20,
          column: 31,
          message:
            'liveness probe of container "db" has successThreshold 3, but liveness and startup probes require 1 (only a readiness probe may need several successes)',
        },
        { messageId: 'successThreshold', line: 26, column: 31 },
        {
          messageId: 'successThreshold',
          line: 14,
          column: 72,
          message:
            'startup probe of container "proxy" has successThreshold 2, but liveness and startup probes require 1 (only a readiness probe may need several successes)',
        },
      ],
    },
    {
      name: 'negative counts and delays, and the probe-level grace period',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              livenessProbe:
                httpGet: { path: /healthz, port: 8080 }
                initialDelaySeconds: -5
                timeoutSeconds: -1
                periodSeconds: -10
                failureThreshold: -3
                terminationGracePeriodSeconds: 0
              readinessProbe:
                httpGet: { path: /ready, port: 8080 }
                successThreshold: -2
                terminationGracePeriodSeconds: 10
              startupProbe:
                httpGet: { path: /started, port: 8080 }
                terminationGracePeriodSeconds: -1
      `,
      errors: [
        { messageId: 'negative', line: 10, column: 30, message: 'liveness probe of container "app" has initialDelaySeconds -5: it must not be negative' },
        { messageId: 'negative', line: 11, column: 25 },
        { messageId: 'negative', line: 12, column: 24 },
        { messageId: 'negative', line: 13, column: 27 },
        {
          messageId: 'gracePeriod',
          line: 14,
          column: 40,
          message: 'liveness probe of container "app" has terminationGracePeriodSeconds 0: it must be greater than 0',
        },
        { messageId: 'negative', line: 17, column: 27, message: 'readiness probe of container "app" has successThreshold -2: it must not be negative' },
        {
          messageId: 'readinessGracePeriod',
          line: 18,
          column: 9,
          message: 'readiness probe of container "app" sets terminationGracePeriodSeconds, which only liveness and startup probes may set',
        },
        { messageId: 'gracePeriod', line: 21, column: 40 },
      ],
    },
    {
      name: "a sleep longer than the pod's grace period (given or defaulted), negative, or zero before 1.33",
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: a }
        spec:
          containers:
            - name: app
              image: app:1
              lifecycle:
                preStop: { sleep: { seconds: 60 } }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: b }
        spec:
          terminationGracePeriodSeconds: 45
          containers:
            - name: app
              image: app:1
              lifecycle:
                postStart: { sleep: { seconds: -1 } }
                preStop: { sleep: { seconds: 50 } }
      `,
      errors: [
        {
          messageId: 'sleepTooLong',
          line: 9,
          column: 38,
          message: `preStop hook of container "app" sleeps 60 seconds, longer than the pod's terminationGracePeriodSeconds (30, the default)`,
        },
        { messageId: 'sleepBelow', line: 20, column: 40, message: 'postStart hook of container "app" sleeps -1 seconds: the sleep must be zero or more' },
        {
          messageId: 'sleepTooLong',
          line: 21,
          column: 38,
          message: `preStop hook of container "app" sleeps 50 seconds, longer than the pod's terminationGracePeriodSeconds (45)`,
        },
      ],
    },
    {
      name: 'a zero sleep before 1.33',
      kubernetesVersion: '1.32',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              lifecycle:
                preStop: { sleep: { seconds: 0 } }
      `,
      errors: [{ messageId: 'sleepBelow', line: 9, column: 38, message: 'preStop hook of container "app" sleeps 0 seconds: the sleep must be greater than 0' }],
    },
    {
      name: 'a tcpSocket hook: accepted by the API server, never run by the kubelet (a warning)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              lifecycle:
                postStart:
                  tcpSocket: { port: 8080 }
      `,
      errors: [
        {
          messageId: 'hookTcpSocket',
          line: 10,
          column: 11,
          severity: 'warning',
          message: 'postStart hook of container "app" uses tcpSocket, which the kubelet does not run as a hook: the hook fails every time',
        },
      ],
    },
    {
      name: 'probes and hooks on an ephemeral container, whatever their content',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
              readinessProbe:
                exec: { command: [cat, /tmp/ready] }
              livenessProbe: {}
              lifecycle:
                preStop: { sleep: { seconds: 5 } }
      `,
      errors: [
        {
          messageId: 'ephemeral',
          line: 13,
          column: 7,
          message: 'ephemeral container "debug" sets livenessProbe: probes and lifecycle hooks cannot be set for ephemeral containers',
        },
        { messageId: 'ephemeral', line: 11, column: 7, message: 'ephemeral container "debug" sets readinessProbe: probes and lifecycle hooks cannot be set for ephemeral containers' },
        { messageId: 'ephemeral', line: 14, column: 7 },
      ],
    },
  ],
});
