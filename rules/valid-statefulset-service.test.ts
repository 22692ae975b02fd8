import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-statefulset-service';

/** A StatefulSet db with pods labelled app=db (lines 1-10) and the separator (line 11). */
const statefulSet = yaml`
  apiVersion: apps/v1
  kind: StatefulSet
  metadata: { name: db }
  spec:
    serviceName: db
    selector: { matchLabels: { app: db } }
    template:
      metadata: { labels: { app: db } }
      spec:
        containers: [{ name: db, image: postgres:16 }]
`;
const withStatefulSet = (code: string) => `${statefulSet}---\n${code}`;

testRule(rule, {
  valid: [
    {
      name: 'a headless Service that selects the pods',
      code: withStatefulSet(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: db }
        spec:
          clusterIP: None
          selector: { app: db }
          ports: [{ port: 5432 }]
      `),
    },
    {
      name: 'no serviceName: nothing to check',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: cache }
        spec:
          selector: { matchLabels: { app: cache } }
          template:
            metadata: { labels: { app: cache } }
            spec:
              containers: [{ name: c, image: redis:7 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'the governing Service does not exist',
      code: statefulSet,
      errors: [
        {
          messageId: 'missing',
          line: 5,
          column: 16,
          message: 'Service "db" named by spec.serviceName not found in namespace default',
          path: 'spec.serviceName',
        },
      ],
    },
    {
      name: 'a Service that is not headless and selects other pods',
      code: withStatefulSet(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: db }
        spec:
          selector: { app: postgres }
          ports: [{ port: 5432 }]
      `),
      errors: [
        { messageId: 'notSelecting', line: 5, column: 16, severity: 'warning', message: 'Service "db" does not select the pods of this StatefulSet' },
        { messageId: 'notHeadless', line: 5, column: 16, severity: 'info', message: 'Service "db" is not headless (clusterIP: None), so the pods get no per-pod DNS names' },
      ],
    },
  ],
});
