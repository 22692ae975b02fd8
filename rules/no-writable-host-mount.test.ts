import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-writable-host-mount';

testRule(rule, {
  valid: [
    {
      name: 'read-only hostPath mounts, writable emptyDir, an unmounted hostPath volume',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              volumeMounts:
                - { name: logs, mountPath: /logs, readOnly: true }
                - { name: scratch, mountPath: /tmp }
          volumes:
            - { name: logs, hostPath: { path: /var/log } }
            - { name: unused, hostPath: { path: /data } }
            - { name: scratch, emptyDir: {} }
      `,
    },
  ],
  invalid: [
    {
      name: 'writable mounts in app and init containers',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - name: init
              image: busybox:1.36
              volumeMounts: [{ name: data, mountPath: /data, readOnly: false }]
          containers:
            - name: app
              image: app:1
              volumeMounts:
                - name: data
                  mountPath: /data
          volumes:
            - { name: data, hostPath: { path: /srv/data, type: DirectoryOrCreate } }
      `,
      errors: [
        {
          messageId: 'writable',
          line: 13,
          column: 11,
          message: 'container "app" mounts hostPath volume "data" (/srv/data) writable',
          path: 'spec.containers[0].volumeMounts[0]',
        },
        { messageId: 'writable', line: 8, column: 64, message: 'container "init" mounts hostPath volume "data" (/srv/data) writable', path: 'spec.initContainers[0].volumeMounts[0].readOnly' },
      ],
    },
  ],
});
