import { INT_OR_PERCENT_MESSAGES, intOrPercentProblem, parseIntOrPercent } from '../src/core/int-or-percent';
import { createRule } from '../src/engine/rule';
import { isObject } from '../src/resources/kinds';

export default createRule({
  id: 'valid-pdb-budget',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'A PodDisruptionBudget sets one of minAvailable and maxUnavailable, as a count or a whole percentage up to 100%.',
    rationale:
      'The API server rejects a PodDisruptionBudget that sets both minAvailable and maxUnavailable, a negative ' +
      'count, a percentage above 100%, and a string that is not a whole percentage ("50" is neither a count nor ' +
      'a percentage: a count is written without quotes). The schema accepts all of these: the fields take an ' +
      'integer or any string.',
    fix: 'keep one of minAvailable and maxUnavailable, as a count (1) or a whole percentage ("50%")',
    messages: {
      ...INT_OR_PERCENT_MESSAGES,
      both: 'minAvailable and maxUnavailable cannot both be set: keep one of them',
    },
    refusals: ['badValue', 'stringCount', 'negative', 'over100', 'both'],
    defaultOptions: {},
    kinds: ['PodDisruptionBudget'],
  },
  check({ object, report }) {
    const spec = object.spec;
    if (!isObject(spec)) return;
    for (const field of ['minAvailable', 'maxUnavailable']) {
      const value = parseIntOrPercent(spec[field]);
      const invalid = value && intOrPercentProblem(value, false);
      if (invalid) report({ messageId: invalid.problem, data: { field, value: invalid.text }, path: ['spec', field] });
    }
    if (spec.minAvailable != null && spec.maxUnavailable != null) report({ messageId: 'both', path: ['spec', 'maxUnavailable'], target: 'key' });
  },
});
