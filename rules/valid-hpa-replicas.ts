import { createRule } from '../src/engine/rule';
import { isObject } from '../src/resources/kinds';

export default createRule({
  id: 'valid-hpa-replicas',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A HorizontalPodAutoscaler needs 1 ≤ minReplicas ≤ maxReplicas.',
    rationale:
      'The API server rejects an autoscaler whose maxReplicas is below minReplicas ("must be greater than or ' +
      'equal to `minReplicas`") or below 1, and a minReplicas of 0 unless the HPAScaleToZero feature gate (alpha) ' +
      'is on.',
    fix: 'set minReplicas (default 1) no higher than maxReplicas',
    messages: {
      minAboveMax: 'maxReplicas {{max}} is below minReplicas {{min}}',
      maxBelowOne: 'maxReplicas {{max}} must be at least 1',
      minZero: 'minReplicas 0 is rejected unless the alpha HPAScaleToZero feature gate is enabled',
    },
    refusals: ['minAboveMax', 'maxBelowOne', 'minZero'],
    defaultOptions: {},
    kinds: ['HorizontalPodAutoscaler'],
  },
  check({ resource, report }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : undefined;
    if (!spec) return;
    const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : undefined;
    const max = typeof spec.maxReplicas === 'number' ? spec.maxReplicas : undefined;
    if (min === 0) report({ messageId: 'minZero', path: ['spec', 'minReplicas'] });
    if (max === undefined) return;
    if (max < 1) report({ messageId: 'maxBelowOne', data: { max }, path: ['spec', 'maxReplicas'] });
    else if (max < (min ?? 1)) report({ messageId: 'minAboveMax', data: { min: min ?? 1, max }, path: ['spec', 'maxReplicas'] });
  },
});
