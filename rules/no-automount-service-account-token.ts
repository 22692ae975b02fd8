import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';

export default createRule({
  id: 'no-automount-service-account-token',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Pods should not mount a ServiceAccount token unless they call the Kubernetes API.',
    rationale:
      'By default every pod gets a token of its ServiceAccount mounted at /var/run/secrets/kubernetes.io/serviceaccount. ' +
      'Most applications never call the Kubernetes API; for them the token only helps an attacker who gets code ' +
      'execution to explore and act on the cluster with the ServiceAccount\'s permissions.',
    fix: 'set automountServiceAccountToken: false on the pod spec (or on its ServiceAccount), and true only for pods that call the API',
    messages: {
      explicit: '{{kind}} "{{name}}" sets automountServiceAccountToken: true',
      implicit:
        '{{kind}} "{{name}}" mounts a token of ServiceAccount "{{serviceAccount}}": neither the pod nor the ServiceAccount sets automountServiceAccountToken: false',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true,
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const spec = template.spec;
    const data = { kind: resource.kind, name: resource.name };
    if (spec.automountServiceAccountToken === false) return;
    if (spec.automountServiceAccountToken === true) {
      report({ messageId: 'explicit', data, path: [...template.specPath, 'automountServiceAccountToken'] });
      return;
    }
    const serviceAccount = serviceAccountOf(spec);
    const account = index.get('ServiceAccount', resource.namespace, serviceAccount);
    if (account?.object.automountServiceAccountToken === false) return;
    report({
      messageId: 'implicit',
      data: { ...data, serviceAccount },
      path: template.specPath,
      related: account
        ? [{ resource: account, path: relatedPath(account.object), message: `ServiceAccount "${serviceAccount}"` }]
        : undefined,
    });
  },
});

function serviceAccountOf(spec: Record<string, unknown>): string {
  const name = spec.serviceAccountName;
  if (typeof name === 'string' && name !== '') return name;
  const deprecated = spec.serviceAccount;
  return typeof deprecated === 'string' && deprecated !== '' ? deprecated : 'default';
}

/** The ServiceAccount's automount setting when written, else its name. */
function relatedPath(account: Record<string, unknown>): Path {
  return 'automountServiceAccountToken' in account ? ['automountServiceAccountToken'] : ['metadata', 'name'];
}
