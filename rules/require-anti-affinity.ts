import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { replicaRange } from '../src/index/autoscalers';
import { formatLabels, formatSelector, parseLabelSelector, selectorMatches, stringMap } from '../src/index/label-selector';
import { asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { declaredReplicas } from '../src/resources/workload';

export default createRule({
  id: 'require-anti-affinity',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'A workload with several replicas must keep them apart with pod anti-affinity or a topology spread constraint.',
    rationale:
      'Without anti-affinity or a spread constraint the scheduler may put every replica on the same node, and ' +
      'losing that node (a crash, an upgrade, a drain) takes the whole workload down. Anti-affinity on any ' +
      'topology key keeps replicas on different nodes; a spread constraint counts when its topology key is a ' +
      'node or a zone. Either must select the workload\'s own pods, or it does nothing for them.',
    fix: 'add a preferred podAntiAffinity term on kubernetes.io/hostname selecting the pod labels, or a topologySpreadConstraint',
    messages: {
      missing: '{{replicas}} replicas may all run on one node: no pod anti-affinity or topology spread constraint keeps them apart',
      selectorMisses: 'this {{kind}} keeps apart pods matching {{selector}}, but its own pods are labelled {{labels}}: its replicas may share a node',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minReplicas: { type: 'integer', minimum: 2 },
        spreadTopologyKeys: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      },
    },
    defaultOptions: { minReplicas: 2, spreadTopologyKeys: ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'] as string[] },
    kinds: ['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet'],
  },
  check({ resource, index, options, report }) {
    const template = podTemplateOf(resource);
    const range = template && replicaRange(index, resource);
    if (!template || !range || range.max < options.minReplicas) return;
    const labels = stringMap(template.metadata.labels);
    const spec = template.spec;
    let miss: { path: Path; selector: string } | undefined;

    const covers = (term: unknown, at: Path, topologyKeys: readonly string[] | null): boolean => {
      if (!isObject(term) || typeof term.topologyKey !== 'string' || term.topologyKey === '') return false;
      if (topologyKeys && !topologyKeys.includes(term.topologyKey)) return false;
      const namespaces = asArray(term.namespaces);
      if (namespaces.length > 0 && !namespaces.includes(resource.namespace) && term.namespaceSelector == null) return false;
      const selector = parseLabelSelector(term.labelSelector);
      if (selector && selectorMatches(selector, labels)) return true;
      miss ??= { path: [...at, 'labelSelector'], selector: selector ? formatSelector(selector) || '<everything>' : '<nothing>' };
      return false;
    };

    const affinity = isObject(spec.affinity) ? spec.affinity : {};
    const anti = isObject(affinity.podAntiAffinity) ? affinity.podAntiAffinity : {};
    const antiPath: Path = [...template.specPath, 'affinity', 'podAntiAffinity'];
    // Any topology key separates nodes: two pods on one node share every topology value.
    const required = asArray(anti.requiredDuringSchedulingIgnoredDuringExecution).some((term, i) =>
      covers(term, [...antiPath, 'requiredDuringSchedulingIgnoredDuringExecution', i], null),
    );
    const preferred = asArray(anti.preferredDuringSchedulingIgnoredDuringExecution).some(
      (p, i) => isObject(p) && covers(p.podAffinityTerm, [...antiPath, 'preferredDuringSchedulingIgnoredDuringExecution', i, 'podAffinityTerm'], null),
    );
    const spread = asArray(spec.topologySpreadConstraints).some((c, i) =>
      covers(c, [...template.specPath, 'topologySpreadConstraints', i], options.spreadTopologyKeys),
    );
    if (required || preferred || spread) return;

    if (miss) {
      report({ messageId: 'selectorMisses', data: { kind: resource.kind, selector: miss.selector, labels: formatLabels(labels) || '<none>' }, path: miss.path, target: 'key' });
      return;
    }
    const replicas = range.autoscalers.length > 0 ? `up to ${range.max}` : String(range.max);
    if (declaredReplicas(resource) !== undefined && range.autoscalers.length === 0) {
      report({ messageId: 'missing', data: { replicas }, path: ['spec', 'replicas'] });
    } else {
      report({ messageId: 'missing', data: { replicas }, path: template.specPath, target: 'key' });
    }
  },
});
