import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-cluster-admin-binding';

testRule(rule, {
  valid: [
    {
      name: 'other roles; a Role named cluster-admin is not the ClusterRole',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: { name: viewers }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
        subjects: [{ kind: Group, name: everyone }]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: { name: local, namespace: shop }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: cluster-admin }
        subjects: [{ kind: User, name: bob }]
      `,
    },
    {
      name: 'a ClusterRole with "*" limited to resourceNames, or to one group',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: { name: b }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: narrow }
        subjects: [{ kind: User, name: bob }]
      `,
      context: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: narrow }
        rules:
          - { apiGroups: ["*"], resources: ["*"], verbs: ["*"], resourceNames: [only-this] }
          - { apiGroups: [apps], resources: ["*"], verbs: ["*"] }
      `,
    },
  ],
  invalid: [
    {
      name: 'cluster-admin, cluster-wide and in a namespace',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: { name: ci-admin }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
        subjects:
          - { kind: ServiceAccount, name: deployer, namespace: ci }
          - { kind: Group, name: ops }
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: { name: team-admin, namespace: shop }
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: cluster-admin
        subjects: [{ kind: ServiceAccount, name: api }]
      `,
      errors: [
        {
          messageId: 'clusterAdmin',
          line: 4,
          column: 74,
          message: 'ClusterRoleBinding "ci-admin" grants cluster-admin to ServiceAccount "ci/deployer", Group "ops"',
          path: 'roleRef.name',
        },
        {
          messageId: 'clusterAdmin',
          line: 15,
          column: 9,
          message: 'RoleBinding "team-admin" grants cluster-admin in namespace "shop" to ServiceAccount "shop/api"',
        },
      ],
    },
    {
      name: 'a ClusterRole that allows everything under another name',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: { name: b }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: superuser }
        subjects: [{ kind: User, name: bob }]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: superuser }
        rules:
          - { apiGroups: ["*"], resources: ["*"], verbs: ["*"] }
      `,
      errors: [
        {
          messageId: 'equivalent',
          line: 4,
          column: 74,
          message: 'ClusterRoleBinding "b" grants ClusterRole "superuser", which allows every verb on every resource, to User "bob"',
        },
      ],
    },
  ],
});
