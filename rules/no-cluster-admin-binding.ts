import { createRule } from '../src/engine/rule';
import { formatSubjects, policyRulesOf, roleRefOf } from '../src/resources/rbac';

export default createRule({
  id: 'no-cluster-admin-binding',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Bindings should not grant cluster-admin, or a ClusterRole that allows everything.',
    rationale:
      'cluster-admin allows every action on every resource: whoever holds it (or steals a token of a ServiceAccount ' +
      'bound to it) owns the cluster. It is meant for break-glass use by people, not for workloads. ' +
      '(CIS Kubernetes Benchmark 5.1.1.)',
    fix: 'bind a role that grants only what the subject needs; for namespace administration, bind the built-in "admin" ClusterRole with a RoleBinding',
    messages: {
      clusterAdmin: '{{kind}} "{{name}}" grants cluster-admin{{scope}} to {{subjects}}',
      equivalent: '{{kind}} "{{name}}" grants ClusterRole "{{role}}", which allows every verb on every resource,{{scope}} to {{subjects}}',
    },
    defaultOptions: {},
    kinds: ['ClusterRoleBinding', 'RoleBinding'],
    optIn: true,
  },
  check({ resource, index, report }) {
    const ref = roleRefOf(resource);
    if (ref?.kind !== 'ClusterRole') return;
    const data = {
      kind: resource.kind,
      name: resource.name,
      scope: resource.kind === 'RoleBinding' ? ` in namespace "${resource.namespace}"` : '',
      subjects: formatSubjects(resource),
    };
    const path = ['roleRef', 'name'];
    if (ref.name === 'cluster-admin') {
      report({ messageId: 'clusterAdmin', data, path });
      return;
    }
    const role = index.get('ClusterRole', null, ref.name);
    if (!role) return;
    const all = policyRulesOf(role.object).find(
      (r) => r.apiGroups.includes('*') && r.resources.includes('*') && r.verbs.includes('*') && r.resourceNames.length === 0,
    );
    if (all) {
      report({
        messageId: 'equivalent',
        data: { ...data, role: ref.name },
        path,
        related: [{ resource: role, path: all.path, message: `ClusterRole "${ref.name}" allows "*" verbs on "*" resources` }],
      });
    }
  },
});
