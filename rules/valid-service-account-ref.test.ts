import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-service-account-ref';

testRule(rule, {
  valid: [
    {
      name: 'an existing ServiceAccount, the implicit default one, and one from the context',
      code: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: builder, namespace: ci }
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { name: build, namespace: ci }
        spec:
          template:
            spec:
              serviceAccountName: builder
              restartPolicy: Never
              containers: [{ name: b, image: busybox:1.36 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p, namespace: ci }
        spec:
          serviceAccountName: default
          containers: [{ name: c, image: busybox:1.36 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: q }
        spec:
          serviceAccountName: deployer
          containers: [{ name: c, image: busybox:1.36 }]
      `,
      context: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: deployer }
      `,
    },
    {
      name: 'RoleBinding subjects may name ServiceAccounts created later: not this rule',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: { name: rb }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
        subjects: [{ kind: ServiceAccount, name: nobody }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a missing ServiceAccount, with a did-you-mean',
      code: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: builder }
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              serviceAccountName: buidler
              containers: [{ name: web, image: nginx:1.27 }]
      `,
      errors: [
        {
          messageId: 'missing',
          line: 13,
          column: 27,
          severity: 'warning',
          message: 'ServiceAccount "buidler" not found in namespace default (did you mean "builder"?)',
          path: 'spec.template.spec.serviceAccountName',
        },
      ],
    },
    {
      name: 'the deprecated serviceAccount field, and a ServiceAccount that exists in another namespace',
      code: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: runner, namespace: ci }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          serviceAccount: runner
          containers: [{ name: c, image: busybox:1.36 }]
      `,
      errors: [{ messageId: 'missing', line: 9, column: 19, message: 'ServiceAccount "runner" not found in namespace default (one exists in namespace ci)' }],
    },
  ],
});
