import { createRule } from '../src/engine/rule';
import { isEmptySelector, parseLabelSelector } from '../src/index/label-selector';
import { describeUnmatchedSelector } from '../src/index/near-miss';
import { isObject } from '../src/resources/kinds';

export default createRule({
  id: 'valid-network-policy-selector',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: "A NetworkPolicy's podSelector matches at least one pod template in the input.",
    rationale:
      'A NetworkPolicy applies to the pods its spec.podSelector matches. One whose selector matches nothing ' +
      'isolates nothing, so the traffic it was written to restrict (or allow) flows as before. An empty ' +
      'podSelector selects every pod of the namespace and is not reported.',
    fix: 'make spec.podSelector match the pod template labels of the pods the policy is for',
    messages: {
      noMatch: 'NetworkPolicy podSelector {{selector}} matches no pod template in namespace {{namespace}}{{hint}}',
    },
    defaultOptions: {},
    kinds: ['NetworkPolicy'],
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : undefined;
    const namespace = resource.namespace;
    if (!spec || namespace === null) return;
    const selector = parseLabelSelector(spec.podSelector);
    if (!selector || isEmptySelector(selector)) return;
    const unmatched = describeUnmatchedSelector(index, namespace, selector);
    if (unmatched) report({ messageId: 'noMatch', ...unmatched, path: ['spec', 'podSelector'] });
  },
});
