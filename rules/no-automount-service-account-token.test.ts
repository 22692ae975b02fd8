import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule, yaml } from '../test/support/rule-tester';
import rule from './no-automount-service-account-token';

testRule(rule, {
  valid: [
    {
      name: 'the pod opts out',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          automountServiceAccountToken: false
          containers: [{ name: app, image: app:1 }]
      `,
    },
    {
      name: 'its ServiceAccount (in another file) opts out',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web, namespace: shop }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              serviceAccountName: web
              containers: [{ name: web, image: nginx:1.27 }]
      `,
      context: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: web, namespace: shop }
        automountServiceAccountToken: false
      `,
    },
  ],
  invalid: [
    {
      name: 'the pod opts in explicitly, over a ServiceAccount that opts out',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: operator }
        spec:
          automountServiceAccountToken: true
          containers: [{ name: app, image: app:1 }]
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: default }
        automountServiceAccountToken: false
      `,
      errors: [
        {
          messageId: 'explicit',
          line: 5,
          column: 33,
          message: 'Pod "operator" sets automountServiceAccountToken: true',
          path: 'spec.automountServiceAccountToken',
        },
      ],
    },
    {
      name: 'nothing set; the ServiceAccount of the same name in another namespace does not count',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p, namespace: team-a }
        spec:
          containers: [{ name: app, image: app:1 }]
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: default, namespace: team-b }
        automountServiceAccountToken: false
      `,
      errors: [
        {
          messageId: 'implicit',
          line: 4,
          column: 1,
          message:
            'Pod "p" mounts a token of ServiceAccount "default": neither the pod nor the ServiceAccount sets automountServiceAccountToken: false',
          path: 'spec',
        },
      ],
    },
  ],
});

describe('no-automount-service-account-token', () => {
  it('points at the ServiceAccount that leaves automount on', () => {
    const [result] = lintWithRule(rule, {
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          serviceAccountName: app
          containers: [{ name: app, image: app:1 }]
      `,
      context: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: app }
        automountServiceAccountToken: true
      `,
    });
    expect(result!.finding.related).toEqual([
      { file: 'context.yaml', location: { line: 4, column: 31, endLine: 4, endColumn: 35 }, message: 'ServiceAccount "app"' },
    ]);
  });
});
