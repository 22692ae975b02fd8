import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule, yaml } from '../test/support/rule-tester';
import rule from './no-secret-access-rbac';

testRule(rule, {
  valid: [
    {
      name: 'named Secrets only, other resources, other groups; view; an unknown role',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: { name: r, namespace: shop }
        rules:
          - { apiGroups: [""], resources: [secrets], resourceNames: [tls], verbs: [get] }
          - { apiGroups: [""], resources: [configmaps, pods], verbs: ["*"] }
          - { apiGroups: [example.com], resources: [secrets], verbs: [get] }
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: { name: b, namespace: shop }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }
        subjects: [{ kind: ServiceAccount, name: api }]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: { name: viewers }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }
        subjects: [{ kind: Group, name: devs }]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: { name: elsewhere, namespace: shop }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: defined-elsewhere }
        subjects: [{ kind: User, name: bob }]
      `,
    },
    {
      name: 'a Role of the same name in another namespace does not count',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: { name: b, namespace: shop }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }
        subjects: [{ kind: User, name: bob }]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: { name: r, namespace: other }
        rules: [{ apiGroups: [""], resources: [secrets], verbs: [get] }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a Role in the input that reads Secrets',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: { name: b, namespace: shop }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
        subjects: [{ kind: ServiceAccount, name: api }]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: { name: reader, namespace: shop }
        rules:
          - { apiGroups: [""], resources: [secrets], verbs: [get, list] }
          - { apiGroups: ["*"], resources: ["*"], verbs: [watch, get] }
      `,
      errors: [
        {
          messageId: 'secretAccess',
          line: 4,
          column: 67,
          message: 'RoleBinding "b" gives ServiceAccount "shop/api" get, list, watch on Secrets in namespace "shop" through Role "reader"',
          path: 'roleRef.name',
        },
      ],
    },
    {
      name: 'built-in edit cluster-wide, and a ClusterRole with "*" verbs',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: { name: editors }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
        subjects: [{ kind: Group, name: devs }]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: { name: ops, namespace: shop }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secrets-admin }
        subjects: [{ kind: User, name: alice }]
      `,
      context: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: secrets-admin }
        rules: [{ apiGroups: [""], resources: [secrets], verbs: ["*"] }]
      `,
      errors: [
        {
          messageId: 'secretAccess',
          line: 4,
          column: 74,
          message:
            'ClusterRoleBinding "editors" gives Group "devs" get, list, watch, create, update, patch, delete, deletecollection on Secrets in every namespace through ClusterRole "edit"',
        },
        {
          messageId: 'secretAccess',
          line: 10,
          column: 74,
          message: 'RoleBinding "ops" gives User "alice" every verb on Secrets in namespace "shop" through ClusterRole "secrets-admin"',
        },
      ],
    },
  ],
});

describe('no-secret-access-rbac', () => {
  it('points at the rule of the role that grants the access', () => {
    const [result] = lintWithRule(rule, {
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: { name: b, namespace: shop }
        roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
        subjects: [{ kind: ServiceAccount, name: api }]
      `,
      context: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: { name: reader, namespace: shop }
        rules:
          - apiGroups: [""]
            resources: [secrets]
            verbs: [get]
      `,
    });
    expect(result!.finding.related).toEqual([
      { file: 'context.yaml', location: { line: 6, column: 5, endLine: 6, endColumn: 14 }, message: 'Role "reader" grants get on Secrets' },
    ]);
  });
});
