import { createRule } from '../src/engine/rule';
import type { ClusterIndex } from '../src/index/cluster-index';
import { type Resource, formatRef } from '../src/resources/resource';

const positions = new WeakMap<ClusterIndex, Map<Resource, number>>();

/** The order of the linted objects (not the context), built once per index and only when a duplicate exists. */
function positionsOf(index: ClusterIndex): Map<Resource, number> {
  let map = positions.get(index);
  if (!map) {
    map = new Map(index.resources.map((r, i) => [r, i] as const));
    positions.set(index, map);
  }
  return map;
}

export default createRule({
  id: 'no-duplicate-object',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Each object (group, kind, namespace, name) is defined once in the input.',
    rationale:
      'When the same object is defined twice, kubectl apply applies both in turn and the last one wins, ' +
      'silently discarding the other; Helm and Argo CD refuse the manifest set. It is almost always a copy ' +
      'and paste left behind, or a namespace forgotten on one of two copies.',
    fix: 'remove one of the definitions, or give it another name or namespace',
    messages: {
      duplicate: '{{object}} is already defined {{where}}',
    },
    defaultOptions: {},
  },
  check({ resource, index, report }) {
    if (resource.name === '') return;
    const same = index.sameIdentity(resource);
    if (same.length === 0) return;
    const order = positionsOf(index);
    const mine = order.get(resource)!;
    let first: Resource | undefined;
    let firstAt = mine;
    for (const other of same) {
      const at = order.get(other);
      if (at !== undefined && at < firstAt) {
        first = other;
        firstAt = at;
      }
    }
    if (!first) return;
    report({
      messageId: 'duplicate',
      data: { object: formatRef(resource.ref), where: first.file === resource.file ? 'earlier in this file' : `in ${first.file}` },
      path: ['metadata', 'name'],
      related: [{ resource: first, path: ['metadata', 'name'], message: `first definition of ${formatRef(first.ref)}` }],
    });
  },
});
