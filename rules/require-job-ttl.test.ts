import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-job-ttl';

testRule(rule, {
  valid: [
    {
      name: 'a TTL',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: once }
        spec:
          ttlSecondsAfterFinished: 3600
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: run:1 }]
      `,
    },
    {
      name: 'a Job created by a CronJob',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: nightly-28000000
          ownerReferences: [{ apiVersion: batch/v1, kind: CronJob, name: nightly, uid: 0a1b }]
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: run:1 }]
      `,
    },
    {
      name: 'CronJobs are not checked',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{ name: run, image: run:1 }]
      `,
    },
  ],
  invalid: [
    {
      name: 'no TTL',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: once }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: run, image: run:1 }]
      `,
      errors: [{ messageId: 'missing', line: 4, column: 1, message: 'this Job has no ttlSecondsAfterFinished: it and its pods stay after it finishes until deleted by hand' }],
    },
  ],
});
