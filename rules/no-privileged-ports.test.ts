import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-privileged-ports';

testRule(rule, {
  valid: [
    {
      name: '1024 and above',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              ports: [{ containerPort: 1024 }, { containerPort: 8080, hostPort: 80 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'low ports, any protocol',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: dns }
        spec:
          containers:
            - name: dns
              image: coredns:1.11
              ports:
                - { containerPort: 53, protocol: UDP }
                - { containerPort: 1023 }
      `,
      errors: [
        {
          messageId: 'privilegedPort',
          line: 9,
          column: 28,
          message: 'container "dns" listens on privileged port 53 (below 1024)',
          path: 'spec.containers[0].ports[0].containerPort',
        },
        { messageId: 'privilegedPort', line: 10, column: 28, message: 'container "dns" listens on privileged port 1023 (below 1024)' },
      ],
    },
  ],
});
