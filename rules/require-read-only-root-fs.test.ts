import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-read-only-root-fs';

testRule(rule, {
  valid: [
    {
      name: 'every container read-only',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - { name: init, image: busybox:1.36, securityContext: { readOnlyRootFilesystem: true } }
          containers:
            - { name: app, image: app:1, securityContext: { readOnlyRootFilesystem: true } }
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
      name: 'explicitly writable, in a StatefulSet',
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
              containers:
                - name: db
                  image: postgres:16
                  securityContext:
                    readOnlyRootFilesystem: false
      `,
      errors: [
        {
          messageId: 'writable',
          line: 14,
          column: 37,
          message: 'container "db" sets readOnlyRootFilesystem: false',
          path: 'spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem',
        },
      ],
    },
    {
      name: 'not set: at the securityContext, else at the container; a pod-level securityContext does not count',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          securityContext: { runAsNonRoot: true }
          containers:
            - name: app
              image: app:1
              securityContext: { runAsUser: 1000 }
            - name: side
              image: envoy:1.30
      `,
      errors: [
        { messageId: 'notSet', line: 9, column: 7, message: 'container "app" does not set readOnlyRootFilesystem: true', path: 'spec.containers[0].securityContext' },
        { messageId: 'notSet', line: 10, column: 7, message: 'container "side" does not set readOnlyRootFilesystem: true', path: 'spec.containers[1]' },
      ],
    },
  ],
});
