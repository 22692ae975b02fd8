import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-cronjob-deadline';

const cronJob = (extra: string) => yaml`
  apiVersion: batch/v1
  kind: CronJob
  metadata: { name: nightly }
  spec:
    schedule: "0 3 * * *"
    ${extra}
    jobTemplate:
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{ name: run, image: run:1 }]
`;

testRule(rule, {
  valid: [{ name: 'a deadline', code: cronJob('startingDeadlineSeconds: 600') }],
  invalid: [
    {
      name: 'no deadline',
      code: cronJob('concurrencyPolicy: Forbid'),
      errors: [{ messageId: 'missing', line: 4, column: 1, message: 'this CronJob has no startingDeadlineSeconds: after 100 missed schedules it stops starting jobs' }],
    },
  ],
});
