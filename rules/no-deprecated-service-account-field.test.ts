import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-deprecated-service-account-field';

const pod = (fields: string) =>
  yaml`
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers: [{ name: app, image: app:1 }]
  ` +
  fields
    .split('\n')
    .map((l) => `  ${l}\n`)
    .join('');

testRule(rule, {
  valid: [
    { name: 'serviceAccountName', code: pod('serviceAccountName: builder') },
    { name: 'an empty serviceAccount', code: pod('serviceAccount: ""') },
  ],
  invalid: [
    {
      name: 'serviceAccount alone',
      code: pod('serviceAccount: builder'),
      errors: [{ messageId: 'deprecated', line: 6, column: 3, message: 'spec.serviceAccount is deprecated: write serviceAccountName: builder', path: 'spec.serviceAccount' }],
    },
    {
      name: 'both, equal',
      code: pod('serviceAccount: builder\nserviceAccountName: builder'),
      errors: [{ messageId: 'redundant', line: 6, column: 3 }],
    },
    {
      name: 'both, different',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              serviceAccountName: web
              serviceAccount: admin
              containers: [{ name: web, image: web:1 }]
      `,
      errors: [{ messageId: 'ignored', line: 10, column: 23, message: 'spec.serviceAccount "admin" is ignored: the pods run as serviceAccountName "web"' }],
    },
  ],
});
