import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-default-service-account';

testRule(rule, {
  valid: [
    {
      name: 'its own ServiceAccount, or the deprecated field',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: a }
        spec:
          serviceAccountName: app
          containers: [{ name: app, image: app:1 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: b }
        spec:
          serviceAccount: legacy
          containers: [{ name: app, image: app:1 }]
      `,
    },
    {
      name: 'no token mounted',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          automountServiceAccountToken: false
          containers: [{ name: app, image: app:1 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'no serviceAccountName: at the pod spec',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
      `,
      errors: [
        {
          messageId: 'implicitDefault',
          line: 4,
          column: 1,
          message: 'Pod "p" has no serviceAccountName: it runs as the "default" ServiceAccount',
          path: 'spec',
        },
      ],
    },
    {
      name: 'explicit default, in either field; an empty name is no name',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec:
              serviceAccountName: ""
              serviceAccount: default
              containers: [{ name: agent, image: agent:1 }]
      `,
      errors: [
        {
          messageId: 'explicitDefault',
          line: 10,
          column: 23,
          message: 'DaemonSet "agent" runs as the "default" ServiceAccount',
          path: 'spec.template.spec.serviceAccount',
        },
      ],
    },
  ],
});
