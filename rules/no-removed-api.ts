import { createRule } from '../src/engine/rule';
import { describeReplacement, isRemovedIn, lookupApiLifecycle } from '../src/resources/api-lifecycle';

export default createRule({
  id: 'no-removed-api',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'The apiVersion must still be served by the target Kubernetes version.',
    rationale:
      'An apiVersion that Kubernetes removed is refused by the API server ("no matches for kind"), so the ' +
      'object can never be applied. Removals since 1.16 are known with their replacement: extensions/v1beta1 ' +
      'Deployment (1.16, apps/v1), extensions/v1beta1 Ingress (1.22, networking.k8s.io/v1), batch/v1beta1 ' +
      'CronJob (1.25, batch/v1), policy/v1beta1 PodSecurityPolicy (1.25, no replacement), and more.',
    fix: 'change apiVersion to the replacement, and adapt the fields that changed with it',
    messages: {
      removed: '{{apiVersion}} {{kind}} is not served by Kubernetes {{version}}: it was removed in {{removedIn}}{{advice}}',
    },
    defaultOptions: {},
  },
  check({ resource, kubernetesVersion, report }) {
    const entry = lookupApiLifecycle(resource.apiVersion, resource.kind);
    if (!entry || !isRemovedIn(entry, kubernetesVersion)) return;
    const { advice, fix } = describeReplacement(entry);
    report({
      messageId: 'removed',
      data: { apiVersion: resource.apiVersion, kind: resource.kind, version: kubernetesVersion, removedIn: entry.removedIn!, advice },
      path: ['apiVersion'],
      ...(fix ? { fix } : {}),
    });
  },
});
