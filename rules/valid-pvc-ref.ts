import { createRule } from '../src/engine/rule';
import { findNearMiss } from '../src/index/near-miss';
import { POD_SPEC_KINDS } from '../src/resources/kinds';

export default createRule({
  id: 'valid-pvc-ref',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Every PersistentVolumeClaim a pod mounts exists.',
    rationale:
      'A pod whose persistentVolumeClaim volume names a claim that does not exist stays Pending forever ' +
      '(persistentvolumeclaim "…" not found), and so does the rollout that created it. Claims that a ' +
      'StatefulSet creates from its volumeClaimTemplates, and generic ephemeral volumes, are not references ' +
      'and are not checked.',
    fix: 'create the PersistentVolumeClaim in the pod\'s namespace, or fix claimName',
    messages: {
      missing: 'PersistentVolumeClaim "{{name}}" not found in namespace {{namespace}}{{hint}}',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, index, report }) {
    const refs = index.referencesFrom(resource);
    for (let ri = 0; ri < refs.length; ri++) {
      const ref = refs[ri]!;
      if (ref.kind !== 'PersistentVolumeClaim') continue;
      if (index.get('PersistentVolumeClaim', ref.namespace, ref.name)) continue;
      const near = findNearMiss(index, 'PersistentVolumeClaim', ref.namespace, ref.name);
      report({
        messageId: 'missing',
        data: { name: ref.name, namespace: ref.namespace ?? '', hint: near.hint },
        path: ref.path,
        fix: near.suggestion
          ? `use "${near.suggestion}", or create PersistentVolumeClaim "${ref.name}" in namespace ${ref.namespace ?? ''}`
          : `create PersistentVolumeClaim "${ref.name}" in namespace ${ref.namespace ?? ''}, or fix claimName`,
        related: near.related,
      });
    }
  },
});
