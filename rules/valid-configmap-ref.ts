import { createRule } from '../src/engine/rule';
import { dataKeysOf, envDataKeysOf, implicitDataKeys } from '../src/index/data-keys';
import { findTarget } from '../src/index/find-target';
import { findNearMiss } from '../src/index/near-miss';
import { POD_SPEC_KINDS } from '../src/resources/kinds';
import { formatRef } from '../src/resources/resource';

export default createRule({
  id: 'valid-configmap-ref',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Every ConfigMap a pod refers to exists, with every key it asks for.',
    rationale:
      'A pod that refers to a missing ConfigMap, or to a key the ConfigMap lacks, never starts: the kubelet ' +
      'reports CreateContainerConfigError (env) or the volume never mounts (ContainerCreating), and nothing ' +
      'tells the author at apply time. An environment variable (configMapKeyRef) reads the ConfigMap\'s data ' +
      'only: a key that exists only in binaryData is missing for it. References marked optional: true are ' +
      'allowed to be missing.',
    fix: 'create the ConfigMap (or add the key), fix the name, or mark the reference optional: true',
    messages: {
      missing: 'ConfigMap "{{name}}" not found in namespace {{namespace}}{{hint}}',
      missingKey: 'ConfigMap "{{name}}" has no key "{{key}}" (keys: {{keys}})',
      binaryKey: 'ConfigMap "{{name}}" has "{{key}}" only in binaryData, which environment variables cannot read (data keys: {{keys}})',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, index, report }) {
    const refs = index.referencesFrom(resource);
    for (let ri = 0; ri < refs.length; ri++) {
      const ref = refs[ri]!;
      if (ref.kind !== 'ConfigMap') continue;
      const severity = ref.optional ? ('info' as const) : undefined;
      const namespace = ref.namespace ?? '';
      const target = findTarget(index, resource, 'ConfigMap', ref.namespace, ref.name);
      const keys = target ? dataKeysOf(target) : implicitDataKeys('ConfigMap', ref.name);
      if (keys === undefined) {
        if (index.isImplicit('ConfigMap', ref.namespace, ref.name)) continue;
        const near = findNearMiss(index, 'ConfigMap', ref.namespace, ref.name);
        report({
          messageId: 'missing',
          data: { name: ref.name, namespace, hint: near.hint },
          path: ref.path,
          severity,
          fix: near.suggestion
            ? `use "${near.suggestion}", or create ConfigMap "${ref.name}" in namespace ${namespace}`
            : `create ConfigMap "${ref.name}" in namespace ${namespace}, fix the name, or mark the reference optional: true`,
          related: near.related,
        });
        continue;
      }
      const envKeys = target && ref.via === 'env' ? envDataKeysOf(target) : keys;
      for (const { key, path } of ref.keys) {
        if (envKeys.includes(key)) continue;
        if (keys.includes(key)) {
          report({
            messageId: 'binaryKey',
            data: { name: ref.name, key, keys: envKeys.join(', ') || '<none>' },
            path,
            severity,
            fix: `move "${key}" from binaryData to data, or mount the ConfigMap as a volume`,
          });
          continue;
        }
        report({
          messageId: 'missingKey',
          data: { name: ref.name, key, keys: keys.join(', ') || '<none>' },
          path,
          severity,
          fix: `use one of the existing keys, or add "${key}" to the ConfigMap`,
          related: target
            ? [{ resource: target, path: ['metadata', 'name'], message: `${formatRef(target.ref)} (keys: ${keys.join(', ') || '<none>'})` }]
            : [],
        });
      }
    }
  },
});
