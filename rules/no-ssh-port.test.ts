import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-ssh-port';

testRule(rule, {
  valid: [
    {
      name: 'other ports, 22 over UDP, 2222',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              ports:
                - { containerPort: 80 }
                - { containerPort: 22, protocol: UDP }
                - { name: ssh, containerPort: 2222 }
      `,
    },
  ],
  invalid: [
    {
      name: 'port 22 with the default and an explicit TCP protocol',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: git }
        spec:
          serviceName: git
          selector: { matchLabels: { app: git } }
          template:
            metadata: { labels: { app: git } }
            spec:
              containers:
                - name: git
                  image: gitea:1.22
                  ports:
                    - containerPort: 22
                - name: bastion
                  image: bastion:1
                  ports: [{ containerPort: 22, protocol: TCP, hostPort: 2022 }]
      `,
      errors: [
        {
          messageId: 'sshPort',
          line: 14,
          column: 30,
          message: 'container "git" exposes SSH port 22',
          path: 'spec.template.spec.containers[0].ports[0].containerPort',
        },
        { messageId: 'sshPort', line: 17, column: 36, message: 'container "bastion" exposes SSH port 22' },
      ],
    },
  ],
});
