import { createRule } from '../src/engine/rule';
import { isEmptySelector, parseLabelSelector } from '../src/index/label-selector';
import { describeUnmatchedSelector } from '../src/index/near-miss';
import { asArray, isObject } from '../src/resources/kinds';

export default createRule({
  id: 'valid-network-policy-selector',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: "A NetworkPolicy's podSelector, and the pod selectors of its same-namespace peers, match at least one pod template in the input.",
    rationale:
      'A NetworkPolicy applies to the pods its spec.podSelector matches. One whose selector matches nothing ' +
      'isolates nothing, so the traffic it was written to restrict (or allow) flows as before. An empty ' +
      'podSelector selects every pod of the namespace and is not reported. A from/to peer with a podSelector and no ' +
      'namespaceSelector stands for pods of the same namespace: one that matches none allows no traffic.',
    fix: 'make spec.podSelector match the pod template labels of the pods the policy is for',
    messages: {
      noMatch: 'NetworkPolicy podSelector {{selector}} matches no pod template in namespace {{namespace}}{{hint}}',
      peerNoMatch: '{{direction}} peer podSelector {{selector}} matches no pod template in namespace {{namespace}}{{hint}}: the rule allows traffic {{fromTo}} no pod',
    },
    defaultOptions: {},
    kinds: ['NetworkPolicy'],
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : undefined;
    const namespace = resource.namespace;
    if (!spec || namespace === null) return;
    const selector = parseLabelSelector(spec.podSelector);
    if (selector && !isEmptySelector(selector)) {
      const unmatched = describeUnmatchedSelector(index, namespace, selector);
      if (unmatched) report({ messageId: 'noMatch', ...unmatched, path: ['spec', 'podSelector'] });
    }
    for (const [field, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
      asArray(spec[field]).forEach((rule, i) => {
        asArray(isObject(rule) ? rule[peers] : undefined).forEach((peer, j) => {
          // a namespaceSelector (or an ipBlock) reaches beyond the namespace: not checked
          if (!isObject(peer) || peer.namespaceSelector !== undefined || peer.ipBlock !== undefined) return;
          const peerSelector = parseLabelSelector(peer.podSelector);
          if (!peerSelector || isEmptySelector(peerSelector)) return;
          const unmatched = describeUnmatchedSelector(index, namespace, peerSelector);
          if (!unmatched) return;
          const data = { ...unmatched.data, direction: field, fromTo: peers };
          report({ messageId: 'peerNoMatch', data, related: unmatched.related, path: ['spec', field, i, peers, j, 'podSelector'] });
        });
      });
    }
  },
});
