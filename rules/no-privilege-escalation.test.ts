import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-privilege-escalation';

testRule(rule, {
  valid: [
    {
      name: 'allowPrivilegeEscalation: false on every container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - { name: init, image: busybox:1.36, securityContext: { allowPrivilegeEscalation: false } }
          containers:
            - name: app
              image: app:1
              securityContext:
                allowPrivilegeEscalation: false
                capabilities: { add: [NET_BIND_SERVICE], drop: [ALL] }
      `,
    },
    {
      name: 'unset is accepted with allowUnset',
      options: { allowUnset: true },
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
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
      name: 'explicit true',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              securityContext:
                allowPrivilegeEscalation: true
      `,
      errors: [
        {
          messageId: 'allowed',
          line: 9,
          column: 35,
          message: 'container "app" sets allowPrivilegeEscalation: true',
          path: 'spec.containers[0].securityContext.allowPrivilegeEscalation',
        },
      ],
    },
    {
      name: 'implied by privileged and by CAP_SYS_ADMIN, even with allowUnset',
      options: { allowUnset: true },
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
                  securityContext: { privileged: true }
                - name: mounter
                  image: mounter:1
                  securityContext:
                    capabilities:
                      add: [NET_ADMIN, CAP_SYS_ADMIN]
      `,
      errors: [
        { messageId: 'privileged', line: 12, column: 42, message: 'container "agent" is privileged, which always allows privilege escalation' },
        {
          messageId: 'sysAdmin',
          line: 17,
          column: 32,
          message: 'container "mounter" adds SYS_ADMIN, which allows privilege escalation',
          path: 'spec.template.spec.containers[1].securityContext.capabilities.add[1]',
        },
      ],
    },
    {
      name: 'unset: reported at the securityContext when there is one, else at the container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - name: init
              image: busybox:1.36
          containers:
            - name: app
              image: app:1
              securityContext:
                runAsNonRoot: true
      `,
      errors: [
        { messageId: 'notDisabled', line: 11, column: 7, message: 'container "app" does not set allowPrivilegeEscalation: false', path: 'spec.containers[0].securityContext' },
        { messageId: 'notDisabled', line: 6, column: 7, path: 'spec.initContainers[0]' },
      ],
    },
  ],
});
