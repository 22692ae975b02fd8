import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-drop-net-raw';

testRule(rule, {
  valid: [
    {
      name: 'drop ALL, drop NET_RAW, drop cap_net_raw',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - { name: init, image: busybox:1.36, securityContext: { capabilities: { drop: [all] } } }
          containers:
            - { name: a, image: app:1, securityContext: { capabilities: { drop: [NET_RAW] } } }
            - { name: b, image: app:1, securityContext: { capabilities: { drop: [cap_net_raw], add: [NET_ADMIN] } } }
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
      name: 'no capabilities at all',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
      `,
      errors: [
        {
          messageId: 'notDropped',
          line: 6,
          column: 7,
          message: 'container "app" does not drop NET_RAW (capabilities.drop has neither NET_RAW nor ALL)',
          path: 'spec.containers[0]',
        },
      ],
    },
    {
      name: 'reported at the deepest written part: securityContext, capabilities, drop',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: a
              image: app:1
              securityContext: { runAsNonRoot: true }
            - name: b
              image: app:1
              securityContext:
                capabilities: { add: [NET_BIND_SERVICE] }
            - name: c
              image: app:1
              securityContext:
                capabilities:
                  drop: [SYS_ADMIN]
      `,
      errors: [
        { messageId: 'notDropped', line: 8, column: 7, path: 'spec.containers[0].securityContext' },
        { messageId: 'notDropped', line: 12, column: 9, path: 'spec.containers[1].securityContext.capabilities' },
        { messageId: 'notDropped', line: 17, column: 11, path: 'spec.containers[2].securityContext.capabilities.drop' },
      ],
    },
    {
      name: 'NET_RAW or ALL added back after dropping ALL',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: a
              image: app:1
              securityContext:
                capabilities: { drop: [ALL], add: [CAP_NET_RAW] }
            - name: b
              image: app:1
              securityContext:
                capabilities: { drop: [ALL], add: [ALL] }
      `,
      errors: [
        { messageId: 'addsNetRaw', line: 9, column: 44, message: 'container "a" adds NET_RAW', path: 'spec.containers[0].securityContext.capabilities.add[0]' },
        { messageId: 'addsAll', line: 13, column: 44, message: 'container "b" adds ALL capabilities, NET_RAW among them' },
      ],
    },
  ],
});
