import { createRule } from '../src/engine/rule';
import { formatLabels, formatSelector, parseLabelSelector, parseMapSelector, selectorMatches, isEmptySelector, stringMap } from '../src/index/label-selector';
import { isObject, podTemplateOf } from '../src/resources/kinds';

export default createRule({
  id: 'valid-workload-selector',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A workload's spec.selector must select the labels of its own pod template.",
    rationale:
      'The API server rejects a Deployment, ReplicaSet, StatefulSet or DaemonSet whose selector does not match ' +
      'its template labels ("selector does not match template labels"), and an empty selector. A Job may set a ' +
      'selector only with manualSelector: true.',
    fix: 'make spec.selector.matchLabels a subset of spec.template.metadata.labels',
    messages: {
      mismatch: 'spec.selector does not match the template labels ({{selector}} vs {{labels}})',
      empty: 'spec.selector is empty: an empty selector is invalid for a {{kind}}',
      jobSelector: 'spec.selector is set without spec.manualSelector: true; the Job controller generates the selector',
    },
    defaultOptions: {},
    kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController'],
  },
  check({ object, resource, report }) {
    const spec = isObject(object.spec) ? object.spec : undefined;
    const template = podTemplateOf(resource);
    if (!spec || !template || spec.selector === undefined || spec.selector === null) return;
    const labels = stringMap(template.metadata.labels);

    if (resource.kind === 'ReplicationController') {
      const selector = parseMapSelector(spec.selector);
      if (selector && !selectorMatches(selector, labels)) {
        report({
          messageId: 'mismatch',
          data: { selector: formatSelector(selector), labels: formatLabels(labels) || '<none>' },
          path: ['spec', 'selector'],
        });
      }
      return;
    }
    if (resource.kind === 'Job' && spec.manualSelector !== true) {
      report({ messageId: 'jobSelector', path: ['spec', 'selector'], target: 'key', fix: 'remove spec.selector, or set spec.manualSelector: true' });
      return;
    }
    const selector = parseLabelSelector(spec.selector);
    if (!selector) return;
    if (isEmptySelector(selector)) {
      report({ messageId: 'empty', data: { kind: resource.kind }, path: ['spec', 'selector'] });
      return;
    }
    if (selectorMatches(selector, labels)) return;
    const onlyExpressions = Object.keys(selector.matchLabels).every((k) => labels[k] === selector.matchLabels[k]);
    report({
      messageId: 'mismatch',
      data: { selector: formatSelector(selector), labels: formatLabels(labels) || '<none>' },
      path: ['spec', 'selector', onlyExpressions ? 'matchExpressions' : 'matchLabels'],
    });
  },
});
