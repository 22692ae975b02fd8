import { createRule } from '../src/engine/rule';
import { isEmptySelector, parseLabelSelector } from '../src/index/label-selector';
import { describeUnmatchedSelector } from '../src/index/near-miss';
import { isObject } from '../src/resources/kinds';

export default createRule({
  id: 'valid-pdb-selector',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: "A PodDisruptionBudget's selector matches at least one pod template in the input.",
    rationale:
      'A PodDisruptionBudget protects the pods its selector matches. One that matches nothing protects ' +
      'nothing: a node drain evicts every replica of the workload it was written for at once. A ' +
      'PodDisruptionBudget without a selector selects no pods, and so does an empty selector in ' +
      'policy/v1beta1 (in policy/v1 it selects every pod of the namespace).',
    fix: 'make spec.selector match the pod template labels of the workload to protect',
    messages: {
      noMatch: 'PodDisruptionBudget selector {{selector}} matches no pod template in namespace {{namespace}}{{hint}}',
      noSelector: 'PodDisruptionBudget has no selector: it protects no pods',
      emptyBeta: 'an empty selector in policy/v1beta1 selects no pods (policy/v1 selects all pods of the namespace)',
    },
    defaultOptions: {},
    kinds: ['PodDisruptionBudget'],
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : undefined;
    const namespace = resource.namespace;
    if (!spec || namespace === null) return;
    const selector = parseLabelSelector(spec.selector);
    if (!selector) {
      report({ messageId: 'noSelector', path: ['spec'], target: 'key' });
      return;
    }
    if (isEmptySelector(selector)) {
      if (resource.version === 'v1beta1') report({ messageId: 'emptyBeta', path: ['spec', 'selector'] });
      return;
    }
    const unmatched = describeUnmatchedSelector(index, namespace, selector);
    if (unmatched) report({ messageId: 'noMatch', ...unmatched, path: ['spec', 'selector'] });
  },
});
