import { createRule } from '../src/engine/rule';
import { describeReplacement, isDeprecatedIn, lookupApiLifecycle } from '../src/resources/api-lifecycle';

export default createRule({
  id: 'no-deprecated-api',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: 'The apiVersion should not be deprecated in the target Kubernetes version.',
    rationale:
      'A deprecated apiVersion still works but will be removed in a later release; manifests that keep it ' +
      'break on the upgrade that removes it. Migrating while both versions are served is the safe path.',
    fix: 'change apiVersion to the replacement while the target version serves both',
    messages: {
      deprecated:
        '{{apiVersion}} {{kind}} is deprecated since Kubernetes {{deprecatedIn}}{{removal}}{{advice}}',
    },
    defaultOptions: {},
  },
  check({ resource, kubernetesVersion, report }) {
    const entry = lookupApiLifecycle(resource.apiVersion, resource.kind);
    if (!entry || !isDeprecatedIn(entry, kubernetesVersion)) return;
    const { advice, fix } = describeReplacement(entry);
    report({
      messageId: 'deprecated',
      data: {
        apiVersion: resource.apiVersion,
        kind: resource.kind,
        deprecatedIn: entry.deprecatedIn!,
        removal: entry.removedIn ? ` and removed in ${entry.removedIn}` : '',
        advice,
      },
      path: ['apiVersion'],
      ...(fix ? { fix } : {}),
    });
  },
});
