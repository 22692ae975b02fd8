import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { checkLabelValue, checkQualifiedName } from '../src/index/label-selector';
import { SELECTOR_WORKLOAD_KINDS, asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import type { KubeObject } from '../src/resources/resource';

/** Kubernetes' TotalAnnotationSizeLimitB: the sum of the lengths of all annotation keys and values. */
const ANNOTATIONS_LIMIT = 256 * 1024;
const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);
const SPEC: Path = ['spec'];

type MessageId =
  | 'invalidKey'
  | 'invalidValue'
  | 'annotationsTooLarge'
  | 'invalidOperator'
  | 'valuesRequired'
  | 'valuesForbidden';

interface Checker {
  report(messageId: MessageId, data: Record<string, string | number>, path: Path, target?: 'key' | 'value'): void;
}

export default createRule({
  id: 'valid-labels',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Label and annotation keys, label values and selectors have valid syntax.',
    rationale:
      'The API server rejects an object whose label or annotation keys are not qualified names ' +
      '([prefix/]name, the name at most 63 characters of alphanumerics, "-", "_" and "."), whose label values ' +
      'are longer than 63 characters or contain other characters, or whose annotations exceed 256 KiB in ' +
      'total. The same syntax applies to label selectors, node selectors and matchExpressions, where In and ' +
      'NotIn need values and Exists and DoesNotExist take none. The schemas cannot express any of this.',
    fix: 'use keys like "app.kubernetes.io/name" and values of at most 63 alphanumerics, "-", "_" or "."',
    messages: {
      invalidKey: '{{what}} key "{{key}}" is invalid: {{problems}}',
      invalidValue: '{{what}} value "{{value}}" of "{{key}}" is invalid: {{problems}}',
      annotationsTooLarge: 'annotations take {{size}} bytes in total, more than the limit of 262144 (256 KiB)',
      invalidOperator: 'operator "{{operator}}" is not one of In, NotIn, Exists, DoesNotExist',
      valuesRequired: 'operator {{operator}} needs at least one value',
      valuesForbidden: 'operator {{operator}} takes no values',
    },
    refusals: ['invalidKey', 'invalidValue', 'annotationsTooLarge', 'invalidOperator', 'valuesRequired', 'valuesForbidden'],
    defaultOptions: {},
  },
  check({ object, resource, report }) {
    const checker: Checker = {
      report: (messageId, data, path, target = 'value') => report({ messageId, data, path, target }),
    };
    checkMetadata(checker, object.metadata, ['metadata']);
    const spec = isObject(object.spec) ? object.spec : {};

    if (SELECTOR_WORKLOAD_KINDS.has(resource.kind) || resource.kind === 'PodDisruptionBudget') {
      checkLabelSelector(checker, spec.selector, ['spec', 'selector']);
    } else if (resource.kind === 'Service' || resource.kind === 'ReplicationController') {
      checkMap(checker, 'selector', spec.selector, SPEC, 'selector', true);
    } else if (resource.kind === 'NetworkPolicy') {
      checkLabelSelector(checker, spec.podSelector, ['spec', 'podSelector']);
      for (const [direction, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
        asArray(spec[direction]).forEach((rule, r) => {
          if (!isObject(rule)) return;
          asArray(rule[peers]).forEach((peer, p) => {
            if (!isObject(peer)) return;
            for (const field of ['podSelector', 'namespaceSelector']) {
              checkLabelSelector(checker, peer[field], ['spec', direction, r, peers, p, field]);
            }
          });
        });
      }
    }
    if (resource.kind === 'CronJob' && isObject(spec.jobTemplate)) {
      checkMetadata(checker, spec.jobTemplate.metadata, ['spec', 'jobTemplate', 'metadata']);
    }
    const template = podTemplateOf(resource);
    if (template) {
      if (template.path.length > 0) checkMetadata(checker, template.metadata, [...template.path, 'metadata']);
      checkPodSpec(checker, template.spec, template.specPath);
    }
    if (resource.kind === 'StatefulSet') {
      asArray(spec.volumeClaimTemplates).forEach((t, i) => {
        if (isObject(t)) checkMetadata(checker, t.metadata, ['spec', 'volumeClaimTemplates', i, 'metadata']);
      });
    }
  },
});

function checkMetadata(checker: Checker, metadata: unknown, at: Path): void {
  if (!isObject(metadata)) return;
  if (isObject(metadata.labels)) checkMap(checker, 'label', metadata.labels, at, 'labels', true);
  const annotations = metadata.annotations;
  if (!isObject(annotations)) return;
  checkMap(checker, 'annotation', annotations, at, 'annotations', false);
  let chars = 0;
  for (const k in annotations) {
    const v = annotations[k];
    chars += k.length + (typeof v === 'string' ? v.length : 0);
  }
  // A UTF-16 unit is at most 3 UTF-8 bytes: count bytes exactly only when the limit is within reach.
  if (chars * 3 <= ANNOTATIONS_LIMIT) return;
  let bytes = 0;
  for (const [k, v] of Object.entries(annotations)) bytes += Buffer.byteLength(k) + (typeof v === 'string' ? Buffer.byteLength(v) : 0);
  if (bytes > ANNOTATIONS_LIMIT) checker.report('annotationsTooLarge', { size: bytes }, [...at, 'annotations'], 'key');
}

/**
 * A string map (at `at` + `field`) whose keys are qualified names and, for labels and selectors,
 * whose values are label values. Paths are built only for findings: most maps are valid.
 */
function checkMap(checker: Checker, what: string, map: unknown, at: Path, field: string, values: boolean): void {
  if (!isObject(map)) return;
  for (const key in map) {
    const value = map[key];
    // ValidateAnnotations checks IsQualifiedName(strings.ToLower(key)): an uppercase annotation prefix is fine.
    const keyProblems = checkQualifiedName(values ? key : key.toLowerCase());
    if (keyProblems.length > 0) checker.report('invalidKey', { what, key, problems: keyProblems.join('; ') }, [...at, field, key], 'key');
    if (!values || typeof value !== 'string') continue;
    const valueProblems = checkLabelValue(value);
    if (valueProblems.length > 0) checker.report('invalidValue', { what, key, value, problems: valueProblems.join('; ') }, [...at, field, key]);
  }
}

function checkLabelSelector(checker: Checker, selector: unknown, at: Path): void {
  if (!isObject(selector)) return;
  checkMap(checker, 'selector', selector.matchLabels, at, 'matchLabels', true);
  const expressions = asArray(selector.matchExpressions);
  for (let i = 0; i < expressions.length; i++) {
    const e = expressions[i];
    if (!isObject(e)) continue;
    const path = [...at, 'matchExpressions', i];
    if (typeof e.key === 'string') {
      const problems = checkQualifiedName(e.key);
      if (problems.length > 0) checker.report('invalidKey', { what: 'selector', key: e.key, problems: problems.join('; ') }, [...path, 'key']);
    }
    const operator = e.operator;
    if (typeof operator !== 'string') continue;
    if (!OPERATORS.has(operator)) {
      checker.report('invalidOperator', { operator }, [...path, 'operator']);
      continue;
    }
    const list = asArray(e.values);
    if ((operator === 'In' || operator === 'NotIn') && list.length === 0) {
      checker.report('valuesRequired', { operator }, Array.isArray(e.values) ? [...path, 'values'] : [...path, 'operator']);
    } else if ((operator === 'Exists' || operator === 'DoesNotExist') && list.length > 0) {
      checker.report('valuesForbidden', { operator }, [...path, 'values']);
    }
    for (let j = 0; j < list.length; j++) {
      const value = list[j];
      if (typeof value !== 'string') continue;
      const problems = checkLabelValue(value);
      const key = typeof e.key === 'string' ? e.key : '';
      if (problems.length > 0) checker.report('invalidValue', { what: 'selector', key, value, problems: problems.join('; ') }, [...path, 'values', j]);
    }
  }
}

function checkPodSpec(checker: Checker, spec: KubeObject, at: Path): void {
  if (isObject(spec.nodeSelector)) checkMap(checker, 'nodeSelector', spec.nodeSelector, at, 'nodeSelector', true);
  asArray(spec.topologySpreadConstraints).forEach((c, i) => {
    if (isObject(c)) checkLabelSelector(checker, c.labelSelector, [...at, 'topologySpreadConstraints', i, 'labelSelector']);
  });
  const affinity = isObject(spec.affinity) ? spec.affinity : {};
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const a = affinity[kind];
    if (!isObject(a)) continue;
    const base = [...at, 'affinity', kind];
    asArray(a.requiredDuringSchedulingIgnoredDuringExecution).forEach((term, i) => {
      checkTerm(checker, term, [...base, 'requiredDuringSchedulingIgnoredDuringExecution', i]);
    });
    asArray(a.preferredDuringSchedulingIgnoredDuringExecution).forEach((w, i) => {
      if (isObject(w)) checkTerm(checker, w.podAffinityTerm, [...base, 'preferredDuringSchedulingIgnoredDuringExecution', i, 'podAffinityTerm']);
    });
  }
}

function checkTerm(checker: Checker, term: unknown, at: Path): void {
  if (!isObject(term)) return;
  checkLabelSelector(checker, term.labelSelector, [...at, 'labelSelector']);
  checkLabelSelector(checker, term.namespaceSelector, [...at, 'namespaceSelector']);
}
