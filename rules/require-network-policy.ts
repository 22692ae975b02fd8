import { existingPrefix } from '../src/core/path';
import { createRule } from '../src/engine/rule';
import type { ClusterIndex } from '../src/index/cluster-index';
import { isEmptySelector, parseLabelSelector } from '../src/index/label-selector';
import { POD_SPEC_KINDS, asObject, podTemplateOf } from '../src/resources/kinds';
import type { Resource } from '../src/resources/resource';

interface NamespaceIsolation {
  /** A NetworkPolicy with an empty podSelector selects every pod of the namespace. */
  all: boolean;
  /** Objects whose pod template some NetworkPolicy selects. */
  readonly selected: Set<Resource>;
}

/** Per index, computed once: which pod templates of each namespace some NetworkPolicy selects. */
const isolationCache = new WeakMap<ClusterIndex, ReadonlyMap<string, NamespaceIsolation>>();

function isolationOf(index: ClusterIndex): ReadonlyMap<string, NamespaceIsolation> {
  const cached = isolationCache.get(index);
  if (cached) return cached;
  const byNamespace = new Map<string, NamespaceIsolation>();
  for (const policy of index.byKind('NetworkPolicy')) {
    if (policy.namespace === null) continue;
    let entry = byNamespace.get(policy.namespace);
    if (!entry) byNamespace.set(policy.namespace, (entry = { all: false, selected: new Set() }));
    if (entry.all) continue;
    const podSelector = asObject(policy.object.spec).podSelector;
    // podSelector is required but not a pointer: omitted, it is the empty selector (every pod).
    const selector = podSelector === undefined || podSelector === null ? { matchLabels: {}, expressions: [] } : parseLabelSelector(podSelector);
    if (!selector) continue;
    if (isEmptySelector(selector)) entry.all = true;
    else for (const template of index.podTemplatesMatching(policy.namespace, selector)) entry.selected.add(template.resource);
  }
  isolationCache.set(index, byNamespace);
  return byNamespace;
}

export default createRule({
  id: 'require-network-policy',
  meta: {
    category: 'security',
    severity: 'warning',
    summary: 'Every pod should be selected by a NetworkPolicy of its namespace.',
    rationale:
      'A pod that no NetworkPolicy selects accepts connections from every pod of the cluster and can connect ' +
      'anywhere: one compromised workload reaches all the others. Selecting it with a policy (even a namespace-wide ' +
      'default-deny) makes its allowed traffic explicit.',
    fix: 'add a NetworkPolicy that selects the pods (a default-deny policy with podSelector: {} covers the whole namespace) and allow the traffic they need',
    messages: {
      notIsolated: '{{kind}} "{{name}}" is not selected by any NetworkPolicy in namespace "{{namespace}}": its pods allow all traffic',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS.filter((kind) => kind !== 'PodTemplate'),
    optIn: true,
  },
  check({ resource, index, report }) {
    const template = podTemplateOf(resource);
    if (!template || resource.namespace === null) return;
    if (template.spec.hostNetwork === true) return; // NetworkPolicy does not apply to host-network pods
    const isolation = isolationOf(index).get(resource.namespace);
    if (isolation && (isolation.all || isolation.selected.has(resource))) return;
    report({
      messageId: 'notIsolated',
      data: { kind: resource.kind, name: resource.name, namespace: resource.namespace },
      path: existingPrefix(resource.object, [...template.path, 'metadata', 'labels']),
    });
  },
});
