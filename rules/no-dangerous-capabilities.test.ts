import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-dangerous-capabilities';

testRule(rule, {
  valid: [
    {
      name: 'baseline capabilities, dropping anything is fine',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              securityContext:
                capabilities:
                  drop: [ALL, SYS_ADMIN]
                  add: [NET_BIND_SERVICE, cap_chown, KILL, SYS_CHROOT]
      `,
    },
    {
      name: 'a capability allowed by option',
      options: { allowed: ['NET_ADMIN'] },
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - { name: app, image: app:1, securityContext: { capabilities: { add: [CAP_NET_ADMIN] } } }
      `,
    },
  ],
  invalid: [
    {
      name: 'SYS_ADMIN and a capability without a description',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - name: init
              image: busybox:1.36
              securityContext:
                capabilities:
                  add: [SYS_ADMIN, NET_BROADCAST]
          containers: [{ name: app, image: app:1 }]
      `,
      errors: [
        {
          messageId: 'added',
          line: 10,
          column: 17,
          message: 'container "init" adds capability SYS_ADMIN (mounts, namespaces and much more: close to full root)',
          path: 'spec.initContainers[0].securityContext.capabilities.add[0]',
        },
        {
          messageId: 'added',
          line: 10,
          column: 28,
          message: 'container "init" adds capability NET_BROADCAST (not in the Pod Security Standards baseline set)',
        },
      ],
    },
    {
      name: 'ALL, and the restricted list as an option',
      options: { allowed: ['NET_BIND_SERVICE'] },
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
                  securityContext:
                    capabilities: { add: [ALL, CHOWN] }
      `,
      errors: [
        { messageId: 'addsAll', line: 13, column: 35, message: 'container "web" adds ALL capabilities: it is as powerful as root on the node' },
        { messageId: 'added', line: 13, column: 40, message: 'container "web" adds capability CHOWN (not in the Pod Security Standards baseline set)' },
      ],
    },
  ],
});
