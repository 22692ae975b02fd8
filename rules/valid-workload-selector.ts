import { type RuleContext, createRule } from '../src/engine/rule';
import {
  formatLabels,
  formatSelector,
  isEmptySelector,
  isWellFormedLabelSelector,
  parseLabelSelector,
  parseMapSelector,
  selectorMatches,
  stringMap,
} from '../src/index/label-selector';
import { isObject, podTemplateOf } from '../src/resources/kinds';
import type { KubeObject } from '../src/resources/resource';

export default createRule({
  id: 'valid-workload-selector',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A workload's spec.selector must select the labels of its own pod template.",
    rationale:
      'The API server rejects a Deployment, ReplicaSet, StatefulSet or DaemonSet whose selector does not match ' +
      'its template labels ("selector does not match template labels"), and an empty selector. A Job may set a ' +
      'selector of its own only with manualSelector: true (without it, the API server adds the controller-uid ' +
      'label to the selector and requires that it selects nothing else), and a CronJob\'s jobTemplate may not set ' +
      'one at all ("`selector` will be auto-generated"). A selector with invalid syntax is left to valid-labels.',
    fix: 'make spec.selector.matchLabels a subset of spec.template.metadata.labels',
    messages: {
      mismatch: 'spec.selector does not match the template labels ({{selector}} vs {{labels}})',
      empty: 'spec.selector is empty: an empty selector is invalid for a {{kind}}',
      jobSelector: 'spec.selector is set without spec.manualSelector: true; the Job controller generates the selector',
      manualWithoutSelector: 'spec.manualSelector is true but spec.selector is missing; with a manual selector the Job must set one',
      cronJobSelector: 'spec.jobTemplate.spec.selector is set; the CronJob controller generates the selector of its Jobs',
      cronJobManualSelector: 'spec.jobTemplate.spec.manualSelector: true is not allowed; the selector of the Jobs is generated',
    },
    refusals: ['mismatch', 'empty', 'jobSelector', 'manualWithoutSelector', 'cronJobSelector', 'cronJobManualSelector'],
    defaultOptions: {},
    kinds: ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController'],
  },
  check({ object, resource, report }) {
    if (resource.kind === 'CronJob') {
      checkJobTemplate(object, report);
      return;
    }
    const spec = isObject(object.spec) ? object.spec : undefined;
    const template = podTemplateOf(resource);
    if (spec && resource.kind === 'Job' && spec.manualSelector === true && (spec.selector === undefined || spec.selector === null)) {
      report({ messageId: 'manualWithoutSelector', path: ['spec', 'manualSelector'], fix: 'add spec.selector, or remove spec.manualSelector' });
      return;
    }
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
    if (!isWellFormedLabelSelector(spec.selector)) return;
    const selector = parseLabelSelector(spec.selector);
    if (!selector) return;
    if (resource.kind === 'Job' && spec.manualSelector !== true) {
      // The API server adds controller-uid=<uid> to the selector, then requires it to match exactly the generated labels.
      if (!selectorMatches(selector, GENERATED_JOB_LABELS)) {
        report({ messageId: 'jobSelector', path: ['spec', 'selector'], target: 'key', fix: 'remove spec.selector, or set spec.manualSelector: true' });
      }
      return;
    }
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

/** The labels a Job's generated selector must match (the uid is unknown here: no user value equals it). */
const GENERATED_JOB_LABELS = { 'controller-uid': '\u0000uid', 'batch.kubernetes.io/controller-uid': '\u0000uid' };

function checkJobTemplate(object: KubeObject, report: RuleContext<object, 'cronJobSelector' | 'cronJobManualSelector'>['report']): void {
  const jobTemplate = isObject(object.spec) && isObject(object.spec.jobTemplate) ? object.spec.jobTemplate : undefined;
  const jobSpec = jobTemplate && isObject(jobTemplate.spec) ? jobTemplate.spec : undefined;
  if (!jobSpec) return;
  const at = ['spec', 'jobTemplate', 'spec'];
  if (jobSpec.selector !== undefined && jobSpec.selector !== null) {
    report({ messageId: 'cronJobSelector', path: [...at, 'selector'], target: 'key', fix: 'remove spec.jobTemplate.spec.selector' });
  }
  if (jobSpec.manualSelector === true) {
    report({ messageId: 'cronJobManualSelector', path: [...at, 'manualSelector'], fix: 'remove spec.jobTemplate.spec.manualSelector' });
  }
}
