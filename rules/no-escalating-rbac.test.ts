import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-escalating-rbac';

testRule(rule, {
  valid: [
    {
      name: 'reading pods, their logs and exec-free access; creating Deployments',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: { name: r, namespace: shop }
        rules:
          - { apiGroups: [""], resources: [pods, pods/log, pods/exec, nodes/proxy], verbs: [] }
          - { apiGroups: [""], resources: [pods, pods/log, namespaces], verbs: [get, list, watch] }
          - { apiGroups: [apps], resources: [deployments], verbs: [create, update, patch] }
      `,
    },
    {
      name: 'narrowed with resourceNames (bind one role, impersonate one ServiceAccount)',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: c }
        rules:
          - { apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind, escalate], resourceNames: [view] }
          - { apiGroups: [""], resources: [serviceaccounts], verbs: [impersonate], resourceNames: [builder] }
      `,
    },
    {
      name: 'the same resource name in another API group',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: c }
        rules:
          - { apiGroups: [metrics.k8s.io], resources: [pods], verbs: [create] }
          - { apiGroups: [rbac.authorization.k8s.io], resources: [rolebindings], verbs: [create, bind] }
      `,
    },
    {
      name: 'a "*" verb is no-wildcard-rbac finding; an aggregated ClusterRole is written by the controller',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: all }
        rules:
          - { apiGroups: [""], resources: [pods], verbs: ["*"] }
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: aggregated }
        aggregationRule:
          clusterRoleSelectors: [{ matchLabels: { rbac.example.com/aggregate-to-x: "true" } }]
        rules:
          - { apiGroups: [""], resources: [pods/exec], verbs: [create] }
      `,
    },
  ],
  invalid: [
    {
      name: 'create pods, exec, bind: each resource with the verbs that carry the risk',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: { name: ci }
        rules:
          - apiGroups: [""]
            resources: [configmaps, pods]
            verbs: [get, list, create]
          - apiGroups: [""]
            resources: [pods/exec, pods/attach]
            verbs: [get, create]
          - apiGroups: [rbac.authorization.k8s.io]
            resources: [roles, clusterroles]
            verbs: [get, bind]
      `,
      errors: [
        {
          messageId: 'escalation',
          line: 6,
          column: 29,
          message: 'ClusterRole "ci" rules[0] grants create on pods: it can run a pod as any ServiceAccount of the namespace and mount any of its Secrets',
          path: 'rules[0].resources[1]',
        },
        { messageId: 'escalation', line: 9, column: 17, message: 'ClusterRole "ci" rules[1] grants get, create on pods/exec: it can run commands in the containers of pods, with their ServiceAccounts and Secrets' },
        { messageId: 'escalation', line: 9, column: 28, path: 'rules[1].resources[1]' },
        { messageId: 'escalation', line: 12, column: 17, message: 'ClusterRole "ci" rules[2] grants bind on roles: it can bind roles with permissions it does not hold, cluster-admin included' },
        { messageId: 'escalation', line: 12, column: 24, path: 'rules[2].resources[1]' },
      ],
    },
    {
      name: 'any verb on nodes/proxy; impersonation; tokens; webhooks; namespaces; with apiGroups "*"',
      code: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: { name: ops, namespace: shop }
        rules:
          - { apiGroups: [""], resources: [nodes/proxy], verbs: [get] }
          - { apiGroups: ["*"], resources: [users, serviceaccounts/token], verbs: [impersonate, create] }
          - { apiGroups: [admissionregistration.k8s.io], resources: [mutatingwebhookconfigurations], verbs: [list, patch] }
          - { apiGroups: [""], resources: [namespaces, persistentvolumes], verbs: [patch] }
      `,
      errors: [
        { messageId: 'escalation', line: 5, column: 36, message: `Role "ops" rules[0] grants get on nodes/proxy: it reaches the nodes' kubelet API, which runs commands in every pod of the node` },
        { messageId: 'escalation', line: 6, column: 44, message: 'Role "ops" rules[1] grants create on serviceaccounts/token: it can mint tokens for ServiceAccounts and act as them' },
        { messageId: 'escalation', line: 6, column: 37, message: 'Role "ops" rules[1] grants impersonate on users: it can act as other users, groups or ServiceAccounts' },
        {
          messageId: 'escalation',
          line: 7,
          column: 62,
          message: 'Role "ops" rules[2] grants patch on mutatingwebhookconfigurations: it can have the objects written to the API sent to a webhook of its choice, which may rewrite them',
        },
        { messageId: 'escalation', line: 8, column: 36, message: 'Role "ops" rules[3] grants patch on namespaces: it can relabel namespaces, which lifts their Pod Security level' },
      ],
    },
  ],
});
