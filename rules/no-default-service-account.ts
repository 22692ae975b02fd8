import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';

export default createRule({
  id: 'no-default-service-account',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Pods should run as their own ServiceAccount, not the namespace\'s "default" one.',
    rationale:
      'Every pod without serviceAccountName runs as the "default" ServiceAccount of its namespace and shares its ' +
      'token and permissions with every other such pod: a RoleBinding added for one workload silently grants ' +
      'the others too. A dedicated ServiceAccount per workload keeps permissions and audit logs apart.',
    fix: 'create a ServiceAccount for the workload and set spec.serviceAccountName (or set automountServiceAccountToken: false if it needs no API access)',
    messages: {
      implicitDefault: '{{kind}} "{{name}}" has no serviceAccountName: it runs as the "default" ServiceAccount',
      explicitDefault: '{{kind}} "{{name}}" runs as the "default" ServiceAccount',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const spec = template.spec;
    if (spec.automountServiceAccountToken === false) return; // no token, no permissions to share
    const data = { kind: resource.kind, name: resource.name };
    for (const field of ['serviceAccountName', 'serviceAccount'] as const) {
      const value = spec[field];
      if (typeof value !== 'string' || value === '') continue;
      if (value === 'default') report({ messageId: 'explicitDefault', data, path: [...template.specPath, field] });
      return; // serviceAccountName wins over the deprecated serviceAccount
    }
    report({ messageId: 'implicitDefault', data, path: template.specPath });
  },
});
