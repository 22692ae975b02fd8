import { type RelatedObject, createRule } from '../src/engine/rule';
import { formatSubjects, policyRulesOf, roleRefOf, ruleCovers } from '../src/resources/rbac';

/** Built-in ClusterRoles that grant access to Secrets (as in every cluster). */
const BUILTIN_SECRET_ACCESS: ReadonlyMap<string, string> = new Map([
  ['cluster-admin', 'every verb'],
  ['admin', 'get, list, watch, create, update, patch, delete, deletecollection'],
  ['edit', 'get, list, watch, create, update, patch, delete, deletecollection'],
]);

export default createRule({
  id: 'no-secret-access-rbac',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Bindings should not give subjects access to all Secrets of a namespace or of the cluster.',
    rationale:
      'Reading Secrets reveals every password, key and ServiceAccount token stored in them; creating Secrets can mint ' +
      'tokens for other ServiceAccounts. Access to Secrets should be limited to named Secrets (resourceNames) and to ' +
      'the few subjects that need it. (CIS Kubernetes Benchmark 5.1.2.)',
    fix: 'remove secrets from the role, or limit the rule to the Secrets the subject needs with resourceNames',
    messages: {
      secretAccess: '{{kind}} "{{name}}" gives {{subjects}} {{verbs}} on Secrets{{scope}} through {{role}}',
    },
    defaultOptions: {},
    kinds: ['RoleBinding', 'ClusterRoleBinding'],
    optIn: true,
  },
  check({ resource, index, report }) {
    const ref = roleRefOf(resource);
    if (!ref) return;
    const roleNamespace = ref.kind === 'Role' ? resource.namespace : null;
    const role = index.get(ref.kind, roleNamespace, ref.name);
    let verbs: string | undefined;
    let related: RelatedObject[] | undefined;
    if (role) {
      const rules = policyRulesOf(role.object).filter(
        (r) => ruleCovers(r, '', 'secrets') && r.verbs.length > 0 && r.resourceNames.length === 0,
      );
      if (rules.length === 0) return;
      const all = rules.flatMap((r) => r.verbs);
      verbs = all.includes('*') ? 'every verb' : [...new Set(all)].join(', ');
      related = [{ resource: role, path: [...rules[0]!.path, 'resources'], message: `${ref.kind} "${ref.name}" grants ${verbs} on Secrets` }];
    } else if (ref.kind === 'ClusterRole') {
      verbs = BUILTIN_SECRET_ACCESS.get(ref.name);
    }
    if (!verbs) return;
    report({
      messageId: 'secretAccess',
      data: {
        kind: resource.kind,
        name: resource.name,
        subjects: formatSubjects(resource),
        verbs,
        scope: resource.kind === 'RoleBinding' ? ` in namespace "${resource.namespace}"` : ' in every namespace',
        role: `${ref.kind} "${ref.name}"`,
      },
      path: ['roleRef', 'name'],
      related,
    });
  },
});
