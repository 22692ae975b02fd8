import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-run-as-non-root';

testRule(rule, {
  valid: [
    {
      name: 'runAsNonRoot: true on the pod covers every container',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              securityContext: { runAsNonRoot: true }
              initContainers: [{ name: init, image: busybox:1.36 }]
              containers: [{ name: web, image: nginx:1.27 }, { name: side, image: envoy:1.30 }]
      `,
    },
    {
      name: 'a runAsUser above 0 wins over runAsNonRoot: false',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          securityContext: { runAsNonRoot: false, runAsUser: 1000 }
          containers: [{ name: app, image: app:1 }]
      `,
    },
    {
      name: 'the container overrides a root pod default',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          securityContext: { runAsUser: 0 }
          containers:
            - name: app
              image: app:1
              securityContext: { runAsUser: 65534 }
      `,
    },
    {
      name: 'a Windows pod with a non-administrator user name',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: win }
        spec:
          os: { name: windows }
          securityContext:
            windowsOptions: { runAsUserName: ContainerUser }
          containers: [{ name: app, image: mcr.microsoft.com/windows/nanoserver:ltsc2022 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'nothing set anywhere: one finding per container, at the container or its securityContext',
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
                - name: side
                  image: envoy:1.30
                  securityContext:
                    readOnlyRootFilesystem: true
      `,
      errors: [
        {
          messageId: 'missing',
          line: 10,
          column: 11,
          message:
            'container "web" may run as root: neither runAsNonRoot: true nor a runAsUser above 0 is set on the container or the pod',
          path: 'spec.template.spec.containers[0]',
        },
        { messageId: 'missing', line: 14, column: 11, path: 'spec.template.spec.containers[1].securityContext' },
      ],
    },
    {
      name: 'runAsUser: 0 on the pod is reported once, naming the containers that inherit it',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          securityContext:
            runAsNonRoot: true
            runAsUser: 0
          initContainers: [{ name: init, image: busybox:1.36 }]
          containers:
            - { name: app, image: app:1 }
            - { name: ok, image: app:1, securityContext: { runAsUser: 10 } }
      `,
      errors: [
        {
          messageId: 'podRoot',
          line: 7,
          column: 16,
          message: 'runAsUser: 0 in the pod securityContext makes containers "app" and "init" run as root',
          path: 'spec.securityContext.runAsUser',
        },
      ],
    },
    {
      name: 'explicit root and runAsNonRoot: false on containers',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              restartPolicy: Never
              securityContext: { runAsNonRoot: true }
              containers:
                - name: migrate
                  image: migrate:4
                  securityContext: { runAsUser: 0 }
                - name: helper
                  image: helper:1
                  securityContext: { runAsNonRoot: false }
      `,
      errors: [
        { messageId: 'root', line: 12, column: 41, message: 'container "migrate" runs as root (runAsUser: 0)' },
        {
          messageId: 'nonRootFalse',
          line: 15,
          column: 44,
          message: 'container "helper" sets runAsNonRoot: false and no runAsUser above 0: it may run as root',
        },
      ],
    },
    {
      name: 'runAsNonRoot: false on the pod',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          securityContext: { runAsNonRoot: false }
          containers: [{ name: app, image: app:1 }]
      `,
      errors: [
        {
          messageId: 'podNonRootFalse',
          line: 5,
          column: 36,
          message: 'runAsNonRoot: false in the pod securityContext lets container "app" run as root',
        },
      ],
    },
    {
      name: 'a Windows pod running as ContainerAdministrator',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: win }
        spec:
          os: { name: windows }
          containers:
            - name: app
              image: mcr.microsoft.com/windows/nanoserver:ltsc2022
              securityContext:
                windowsOptions: { runAsUserName: ContainerAdministrator }
      `,
      errors: [{ messageId: 'missing', line: 9, column: 7, path: 'spec.containers[0].securityContext' }],
    },
  ],
});
