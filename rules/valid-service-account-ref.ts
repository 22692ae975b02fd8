import { createRule } from '../src/engine/rule';
import { findNearMiss } from '../src/index/near-miss';
import { POD_SPEC_KINDS } from '../src/resources/kinds';

export default createRule({
  id: 'valid-service-account-ref',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: 'The ServiceAccount a pod runs as exists.',
    rationale:
      'The ServiceAccount admission plugin rejects a pod whose serviceAccountName does not exist, so a ' +
      'workload whose ServiceAccount is missing never gets a pod: the ReplicaSet or Job reports FailedCreate ' +
      'and retries forever. Every namespace has a "default" ServiceAccount. It is a warning because the ' +
      'ServiceAccount is often created elsewhere (a Helm chart, an operator, another repository).',
    fix: 'create the ServiceAccount in the pod\'s namespace, or fix serviceAccountName',
    messages: {
      missing: 'ServiceAccount "{{name}}" not found in namespace {{namespace}}{{hint}}',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, index, report }) {
    const refs = index.referencesFrom(resource);
    for (let ri = 0; ri < refs.length; ri++) {
      const ref = refs[ri]!;
      if (ref.kind !== 'ServiceAccount' || ref.via !== 'serviceAccountName') continue;
      if (index.get('ServiceAccount', ref.namespace, ref.name) || index.isImplicit('ServiceAccount', ref.namespace, ref.name)) continue;
      const near = findNearMiss(index, 'ServiceAccount', ref.namespace, ref.name);
      report({
        messageId: 'missing',
        data: { name: ref.name, namespace: ref.namespace ?? '', hint: near.hint },
        path: ref.path,
        fix: near.suggestion
          ? `use "${near.suggestion}", or create ServiceAccount "${ref.name}" in namespace ${ref.namespace ?? ''}`
          : `create ServiceAccount "${ref.name}" in namespace ${ref.namespace ?? ''}, or fix the name`,
        related: near.related,
      });
    }
  },
});
