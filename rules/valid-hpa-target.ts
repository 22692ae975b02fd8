import { createRule } from '../src/engine/rule';
import type { ClusterIndex } from '../src/index/cluster-index';
import { findTarget } from '../src/index/find-target';
import { findNearMiss } from '../src/index/near-miss';
import { asArray, isBuiltinGroup, isObject } from '../src/resources/kinds';
import { type Resource, formatRef, splitApiVersion } from '../src/resources/resource';

/** Built-in kinds with a scale subresource. */
const SCALABLE_BUILTINS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

export default createRule({
  id: 'valid-hpa-target',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A HorizontalPodAutoscaler's scaleTargetRef names an existing object that can be scaled.",
    rationale:
      'An autoscaler whose target does not exist, or names the wrong API group, reports FailedGetScale and ' +
      'never scales anything; a target without a scale subresource (a DaemonSet, a Job, a custom resource ' +
      'whose CRD has no subresources.scale) cannot be autoscaled at all. The API server accepts both.',
    fix: 'point scaleTargetRef at the Deployment, StatefulSet or ReplicaSet to scale, with its apiVersion and kind',
    messages: {
      missing: 'scaleTargetRef {{kind}} "{{name}}" not found in namespace {{namespace}}{{hint}}',
      wrongGroup: 'scaleTargetRef.apiVersion "{{apiVersion}}" does not match {{kind}} "{{name}}" ({{actual}})',
      notScalable: '{{kind}} "{{name}}" cannot be autoscaled: it has no scale subresource',
    },
    defaultOptions: {},
    kinds: ['HorizontalPodAutoscaler'],
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : {};
    const targetRef = isObject(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
    const refs = index.referencesFrom(resource);
    for (let ri = 0; ri < refs.length; ri++) {
      const ref = refs[ri]!;
      if (ref.kind !== 'ScaleTarget') continue;
      const kind = ref.targetKind;
      const namespace = ref.namespace ?? '';
      const apiVersion = typeof targetRef.apiVersion === 'string' ? targetRef.apiVersion : undefined;
      const wantedGroup = apiVersion !== undefined ? splitApiVersion(apiVersion).group : undefined;
      const target = findTarget(index, resource, kind, ref.namespace, ref.name);
      if (!target) {
        const near = findNearMiss(index, kind, ref.namespace, ref.name);
        report({
          messageId: 'missing',
          data: { kind, name: ref.name, namespace, hint: near.hint },
          path: ref.path,
          related: near.related,
        });
        continue;
      }
      const related = [{ resource: target, path: ['metadata', 'name'], message: `${formatRef(target.ref)} (${target.apiVersion})` }];
      if (wantedGroup !== undefined && wantedGroup !== target.group) {
        report({
          messageId: 'wrongGroup',
          data: { apiVersion: apiVersion!, kind, name: ref.name, actual: target.apiVersion },
          path: ['spec', 'scaleTargetRef', 'apiVersion'],
          related,
        });
        continue;
      }
      if (!isScalable(index, target)) {
        report({ messageId: 'notScalable', data: { kind, name: ref.name }, path: ['spec', 'scaleTargetRef', 'kind'], related });
      }
    }
  },
});

/**
 * Built-in kinds: only those with a scale subresource. Custom kinds: scalable unless their CRD is in
 * the input and none of its versions declares subresources.scale (without the CRD we cannot tell).
 */
function isScalable(index: ClusterIndex, target: Resource): boolean {
  if (isBuiltinGroup(target.group)) return SCALABLE_BUILTINS.has(target.kind);
  for (const crd of index.byKind('CustomResourceDefinition')) {
    const spec = isObject(crd.object.spec) ? crd.object.spec : {};
    const names = isObject(spec.names) ? spec.names : {};
    if (spec.group !== target.group || names.kind !== target.kind) continue;
    return asArray(spec.versions).some((v) => isObject(v) && isObject(v.subresources) && isObject(v.subresources.scale));
  }
  return true;
}
