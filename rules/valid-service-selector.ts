import { createRule } from '../src/engine/rule';
import { formatLabels, formatSelector, parseMapSelector } from '../src/index/label-selector';
import { findClosestTemplate } from '../src/index/near-miss';
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
    if (index.podTemplatesMatching(namespace, selector).length > 0) return;
    const closest = findClosestTemplate(index.podTemplates(namespace), selector);
    report({
      messageId: 'noMatch',
      data: {
        selector: formatSelector(selector),
        namespace,
        hint: closest ? ` (closest: ${closest.resource.kind} ${closest.resource.name} with ${formatLabels(closest.labels)})` : '',
      },
      path: ['spec', 'selector'],
      related: closest
        ? [{ resource: closest.resource, path: [...closest.template.path, 'metadata', 'labels'], message: `${closest.resource.kind} ${closest.resource.name}: pod template labels` }]
        : [],
    });
  },
});

