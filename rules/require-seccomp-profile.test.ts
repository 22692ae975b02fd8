import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-seccomp-profile';

testRule(rule, {
  valid: [
    {
      name: 'RuntimeDefault on the pod, Localhost on a container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          securityContext:
            seccompProfile: { type: RuntimeDefault }
          initContainers: [{ name: init, image: busybox:1.36 }]
          containers:
            - name: app
              image: app:1
              securityContext:
                seccompProfile: { type: Localhost, localhostProfile: profiles/app.json }
      `,
    },
    {
      name: 'a container overrides an Unconfined pod',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          securityContext:
            seccompProfile: { type: Unconfined }
          containers:
            - { name: app, image: app:1, securityContext: { seccompProfile: { type: RuntimeDefault } } }
      `,
    },
    {
      name: 'Windows pods are skipped',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: win }
        spec:
          os: { name: windows }
          containers: [{ name: app, image: mcr.microsoft.com/windows/nanoserver:ltsc2022 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'missing, with the legacy annotation (ignored)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: runtime/default
        spec:
          containers:
            - name: app
              image: app:1
      `,
      errors: [
        {
          messageId: 'missing',
          line: 9,
          column: 7,
          message: 'container "app" has no seccomp profile (set seccompProfile.type: RuntimeDefault on the pod or the container)',
          path: 'spec.containers[0]',
        },
      ],
    },
    {
      name: 'Unconfined on the pod is reported once; on a container at the container',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              securityContext:
                seccompProfile:
                  type: Unconfined
              containers:
                - { name: a, image: app:1 }
                - { name: b, image: app:1 }
                - { name: c, image: app:1, securityContext: { seccompProfile: { type: Unconfined } } }
      `,
      errors: [
        { messageId: 'unconfined', line: 15, column: 79, message: 'container "c" runs with seccomp profile Unconfined' },
        {
          messageId: 'podUnconfined',
          line: 11,
          column: 17,
          message: 'seccompProfile Unconfined in the pod securityContext leaves containers "a" and "b" without seccomp',
          path: 'spec.template.spec.securityContext.seccompProfile.type',
        },
      ],
    },
  ],
});
