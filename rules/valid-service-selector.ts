import { createRule } from '../src/engine/rule';
import { parseMapSelector } from '../src/index/label-selector';
import { describeUnmatchedSelector } from '../src/index/near-miss';
import { isObject } from '../src/resources/kinds';

export default createRule({
  id: 'valid-service-selector',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: 'A Service selector matches at least one pod template in the input.',
    rationale:
      'A Service whose selector matches no pod has no endpoints: connections to it are refused or time out, ' +
      'and nothing reports an error. A typo in a label, or a label changed on the Deployment but not on the ' +
      'Service, is the usual cause. Services without a selector (endpoints managed by hand) and ExternalName ' +
      'Services are skipped.',
    fix: "make the Service's spec.selector a subset of the pod template labels of the workload it fronts",
    messages: {
      noMatch: 'Service selector {{selector}} matches no pod template in namespace {{namespace}}{{hint}}',
    },
    defaultOptions: {},
    kinds: ['Service'],
  },
  check({ object, resource, index, report }) {
    const spec = isObject(object.spec) ? object.spec : undefined;
    if (!spec || spec.type === 'ExternalName') return;
    const selector = parseMapSelector(spec.selector);
    const namespace = resource.namespace;
    if (!selector || namespace === null) return;
    const unmatched = describeUnmatchedSelector(index, namespace, selector);
    if (unmatched) report({ messageId: 'noMatch', ...unmatched, path: ['spec', 'selector'] });
  },
});

