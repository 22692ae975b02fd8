import { createRule } from '../src/engine/rule';
import { isObject } from '../src/resources/kinds';

export default createRule({
  id: 'require-cronjob-deadline',
  meta: {
    category: 'reliability',
    severity: 'warning',
    summary: 'A CronJob should set startingDeadlineSeconds; off by default.',
    rationale:
      'Without startingDeadlineSeconds the CronJob controller counts every schedule missed since the last run ' +
      '(controller down, CronJob suspended, concurrencyPolicy Forbid); past 100 missed schedules it stops ' +
      'starting the job at all ("too many missed start times"). A deadline bounds the look-back and skips runs ' +
      'that are too late to be useful.',
    fix: 'set spec.startingDeadlineSeconds (e.g. 200 for a job that runs every few minutes)',
    messages: {
      missing: 'this CronJob has no startingDeadlineSeconds: after 100 missed schedules it stops starting jobs',
    },
    defaultOptions: {},
    kinds: ['CronJob'],
    optIn: true,
  },
  check({ resource, report }) {
    const spec = isObject(resource.object.spec) ? resource.object.spec : undefined;
    if (!spec || typeof spec.startingDeadlineSeconds === 'number') return;
    report({ messageId: 'missing', path: ['spec'], target: 'key' });
  },
});
