import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-privileged-container';

testRule(rule, {
  valid: [
    {
      name: 'no securityContext',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
      `,
    },
    {
      name: 'privileged: false, and a pod-level securityContext (which has no privileged field)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              securityContext: { runAsUser: 1000 }
              containers:
                - name: web
                  image: nginx:1.27
                  securityContext: { privileged: false }
      `,
    },
    {
      name: 'a quoted "true" string is not the boolean (the schema reports it)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              securityContext: { privileged: "true" }
      `,
    },
  ],
  invalid: [
    {
      name: 'a privileged app container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              securityContext:
                privileged: true
      `,
      errors: [
        {
          messageId: 'privileged',
          line: 9,
          column: 21,
          message: 'container "app" is privileged: it has full access to the node',
          path: 'spec.containers[0].securityContext.privileged',
        },
      ],
    },
    {
      name: 'privileged init and ephemeral containers in a CronJob and a Pod (YAML 1.1 yes)',
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
                  restartPolicy: Never
                  initContainers:
                    - name: setup
                      image: busybox:1.36
                      securityContext: { privileged: yes }
                  containers:
                    - name: run
                      image: job:2
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
              securityContext: { privileged: true }
      `,
      errors: [
        { messageId: 'privileged', line: 14, column: 46, path: 'spec.jobTemplate.spec.template.spec.initContainers[0].securityContext.privileged' },
        { messageId: 'privileged', line: 27, column: 38, message: 'container "debug" is privileged: it has full access to the node' },
      ],
    },
    {
      name: 'Windows HostProcess containers: on the pod once, else per container',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: win-agent }
        spec:
          selector: { matchLabels: { app: win-agent } }
          template:
            metadata: { labels: { app: win-agent } }
            spec:
              os: { name: windows }
              hostNetwork: true
              securityContext:
                windowsOptions: { hostProcess: true }
              containers:
                - { name: a, image: agent:1 }
                - { name: b, image: agent:1, securityContext: { windowsOptions: { hostProcess: true } } }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          os: { name: windows }
          hostNetwork: true
          containers:
            - name: c
              image: agent:1
              securityContext:
                windowsOptions:
                  hostProcess: true
      `,
      errors: [
        {
          messageId: 'podHostProcess',
          line: 12,
          column: 40,
          message: 'DaemonSet "win-agent" runs Windows HostProcess containers: they run on the node with full access',
          path: 'spec.template.spec.securityContext.windowsOptions.hostProcess',
        },
        {
          messageId: 'hostProcess',
          line: 28,
          column: 24,
          message: 'container "c" is a Windows HostProcess container: it runs on the node with full access',
          path: 'spec.containers[0].securityContext.windowsOptions.hostProcess',
        },
      ],
    },
  ],
});
