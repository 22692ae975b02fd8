import { createRule } from '../src/engine/rule';
import { replicaRange } from '../src/index/autoscalers';
import type { ClusterIndex } from '../src/index/cluster-index';
import { type Selector, parseLabelSelector, selectorMatches, stringMap } from '../src/index/label-selector';
import { isObject, podTemplateOf } from '../src/resources/kinds';
import { declaredReplicas } from '../src/resources/workload';

const cache = new WeakMap<ClusterIndex, Map<string, Selector[]>>();

export default createRule({
  id: 'require-pdb',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'A Deployment or StatefulSet with several replicas should be covered by a PodDisruptionBudget; off by default.',
    rationale:
      'Without a PodDisruptionBudget a node drain, a cluster upgrade or the cluster autoscaler may evict every ' +
      'replica of a workload at the same time. A budget makes voluntary evictions wait until enough replicas ' +
      'are available elsewhere. Opt-in, since not every workload needs one.',
    fix: 'add a PodDisruptionBudget whose selector matches the pod labels, e.g. maxUnavailable: 1',
    messages: {
      missing: 'no PodDisruptionBudget selects the pods of this {{kind}}: a node drain may evict all {{replicas}} replicas at once',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { minReplicas: { type: 'integer', minimum: 1 } },
    },
    defaultOptions: { minReplicas: 2 },
    kinds: ['Deployment', 'StatefulSet'],
    optIn: true,
  },
  check({ resource, index, options, report }) {
    const template = podTemplateOf(resource);
    const range = template && replicaRange(index, resource);
    if (!template || !range || range.max < options.minReplicas || resource.namespace === null) return;
    const labels = stringMap(template.metadata.labels);
    const budgets = budgetsIn(index).get(resource.namespace) ?? [];
    if (budgets.some((selector) => selectorMatches(selector, labels))) return;
    const replicas = range.autoscalers.length > 0 ? `up to ${range.max}` : String(range.max);
    if (declaredReplicas(resource) !== undefined && range.autoscalers.length === 0) {
      report({ messageId: 'missing', data: { kind: resource.kind, replicas }, path: ['spec', 'replicas'] });
    } else {
      report({ messageId: 'missing', data: { kind: resource.kind, replicas }, path: ['metadata', 'name'] });
    }
  },
});

/** PodDisruptionBudget selectors by namespace (input and context), built once per index. */
function budgetsIn(index: ClusterIndex): Map<string, Selector[]> {
  let byNamespace = cache.get(index);
  if (byNamespace) return byNamespace;
  byNamespace = new Map();
  for (const pdb of index.byKind('PodDisruptionBudget')) {
    const spec = isObject(pdb.object.spec) ? pdb.object.spec : {};
    const selector = parseLabelSelector(spec.selector);
    if (!selector || pdb.namespace === null) continue;
    const list = byNamespace.get(pdb.namespace);
    if (list) list.push(selector);
    else byNamespace.set(pdb.namespace, [selector]);
  }
  cache.set(index, byNamespace);
  return byNamespace;
}
