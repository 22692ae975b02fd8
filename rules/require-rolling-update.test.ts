import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-rolling-update';

testRule(rule, {
  valid: [
    {
      name: 'the default strategy, and explicit RollingUpdate',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec: { containers: [{ name: web, image: web:1 }] }
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          updateStrategy: { type: RollingUpdate }
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec: { containers: [{ name: db, image: db:1 }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'Recreate and OnDelete',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          strategy:
            type: Recreate
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec: { containers: [{ name: web, image: web:1 }] }
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          updateStrategy: { type: OnDelete }
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec: { containers: [{ name: agent, image: agent:1 }] }
      `,
      errors: [
        { messageId: 'recreate', line: 6, column: 11, message: 'this Deployment uses the Recreate strategy: every pod stops before the new ones start' },
        { messageId: 'onDelete', line: 16, column: 27, message: 'this DaemonSet uses the OnDelete update strategy: pods keep the old template until someone deletes them' },
      ],
    },
  ],
});
