import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-job-spec';

const POD = `
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: main, image: busybox:1.36 }]
      initContainers: [{ name: setup, image: busybox:1.36 }]`;

/** A Job named `name` whose spec is `lines` (indented by two) and a pod template; the spec's first line is line 5. */
function job(lines: string, name = 'work', template = POD): string {
  return `apiVersion: batch/v1\nkind: Job\nmetadata: { name: ${name} }\nspec:\n${lines.replace(/^\n/, '')}${template}\n`;
}

testRule(rule, {
  valid: [
    {
      name: 'counts of 0 and more, an Indexed Job with completions, per-index backoff and a failed-index cap',
      code: job(`
  parallelism: 0
  completions: 10
  completionMode: Indexed
  backoffLimit: 0
  backoffLimitPerIndex: 1
  maxFailedIndexes: 10
  activeDeadlineSeconds: 600
  ttlSecondsAfterFinished: 0`),
    },
    {
      name: 'an Indexed Job at the limits',
      code: job(`
  completions: 100000
  parallelism: 100000
  completionMode: Indexed`, 'x'),
    },
    {
      name: 'above 100000 completions, backoffLimitPerIndex with maxFailedIndexes and parallelism at 10000',
      code: job(`
  completions: 200000
  parallelism: 10000
  completionMode: Indexed
  backoffLimitPerIndex: 2
  maxFailedIndexes: 10000`, 'x'),
    },
    {
      name: 'a pod failure policy as the Kubernetes documentation writes it',
      code: job(`
  completions: 12
  backoffLimit: 6
  podReplacementPolicy: Failed
  podFailurePolicy:
    rules:
      - action: FailJob
        onExitCodes: { containerName: main, operator: In, values: [1, 42] }
      - action: Count
        onExitCodes: { containerName: setup, operator: NotIn, values: [0, 1, 2] }
      - action: Ignore
        onPodConditions: [{ type: DisruptionTarget, status: "True" }, { type: example.com/ConfigIssue, status: "True" }]
      - action: FailJob
        onExitCodes: { operator: In, values: [3] }
        onPodConditions: []`),
    },
    {
      name: 'FailIndex with backoffLimitPerIndex',
      code: job(`
  completions: 4
  completionMode: Indexed
  backoffLimitPerIndex: 1
  podFailurePolicy:
    rules:
      - action: FailIndex
        onExitCodes: { operator: In, values: [42] }`),
    },
    {
      name: 'a pod failure policy with restartPolicy missing or Always: valid-restart-policy\'s findings, not this rule\'s',
      code:
        job(
          `
  podFailurePolicy:
    rules: [{ action: FailJob, onExitCodes: { operator: In, values: [42] } }]`,
          'work',
          `
  template:
    spec:
      containers: [{ name: main, image: busybox:1.36 }]`,
        ) +
        '---\n' +
        job(
          `
  podFailurePolicy:
    rules: [{ action: FailJob, onExitCodes: { operator: In, values: [42] } }]`,
          'other',
          `
  template:
    spec:
      restartPolicy: Always
      containers: [{ name: main, image: busybox:1.36 }]`,
        ),
    },
    {
      name: 'a success policy of an Indexed Job, and a Job managed by Kueue',
      code: job(`
  completions: 10
  parallelism: 10
  completionMode: Indexed
  managedBy: kueue.x-k8s.io/multikueue
  successPolicy:
    rules:
      - succeededIndexes: 0,2-3
        succeededCount: 1
      - succeededCount: 10`),
    },
    {
      name: 'per-index fields before 1.29: the alpha gate is off, the API server drops them',
      kubernetesVersion: '1.28',
      code: job(`
  backoffLimitPerIndex: 1
  maxFailedIndexes: 2`),
    },
    {
      name: 'a success policy before 1.31: the alpha gate is off, the API server drops it',
      kubernetesVersion: '1.30',
      code: job(`
  successPolicy:
    rules: []`),
    },
    {
      name: 'a CronJob with zero deadlines and history limits',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly }
        spec:
          schedule: "@daily"
          startingDeadlineSeconds: 0
          successfulJobsHistoryLimit: 0
          failedJobsHistoryLimit: 0
          jobTemplate:
            spec:
              backoffLimit: 0
              completions: 3
              completionMode: Indexed
              template:
                spec:
                  restartPolicy: Never
                  containers: [{ name: main, image: busybox:1.36 }]
      `,
    },
    {
      name: 'a Job of another API group is not the batch Job',
      code: yaml`
        apiVersion: example.com/v1
        kind: Job
        metadata: { name: other }
        spec: { parallelism: -1, completionMode: Indexed }
      `,
    },
  ],
  invalid: [
    {
      name: 'negative counts, and a deadline of 0',
      code: job(`
  parallelism: -1
  completions: -2
  backoffLimit: -1
  ttlSecondsAfterFinished: -3
  activeDeadlineSeconds: 0`),
      errors: [
        { messageId: 'negative', line: 5, column: 16, message: 'parallelism is -1: it must be 0 or more', path: 'spec.parallelism' },
        { messageId: 'negative', line: 6, column: 16, message: 'completions is -2: it must be 0 or more' },
        { messageId: 'negative', line: 7, column: 17, message: 'backoffLimit is -1: it must be 0 or more' },
        { messageId: 'negative', line: 8, column: 28, message: 'ttlSecondsAfterFinished is -3: it must be 0 or more' },
        {
          messageId: 'zeroDeadline',
          line: 9,
          column: 26,
          severity: 'warning',
          message: 'activeDeadlineSeconds is 0: the Job fails (DeadlineExceeded) as soon as it starts',
        },
      ],
    },
    {
      name: 'a negative activeDeadlineSeconds',
      code: job(`
  activeDeadlineSeconds: -60`),
      errors: [{ messageId: 'negative', line: 5, column: 26, severity: 'error', message: 'activeDeadlineSeconds is -60: it must be 0 or more' }],
    },
    {
      name: 'an empty completionMode',
      code: job(`
  completionMode: ""`),
      errors: [
        { messageId: 'emptyCompletionMode', line: 5, column: 19, message: 'completionMode "" is not supported: use "NonIndexed" or "Indexed", or omit it (NonIndexed)' },
      ],
    },
    {
      name: 'Indexed without completions, and too many parallel pods',
      code: job(`
  completionMode: Indexed
  parallelism: 100001`),
      errors: [
        { messageId: 'indexedWithoutCompletions', line: 5, column: 19, message: 'completionMode Indexed requires completions (the number of indexes)' },
        { messageId: 'indexedLimit', line: 6, column: 16, message: 'parallelism 100001 is more than 100000, the most an Indexed Job allows' },
      ],
    },
    {
      name: 'per-index fields without Indexed',
      code: job(`
  backoffLimitPerIndex: 1
  maxFailedIndexes: 2`),
      errors: [
        { messageId: 'requiresIndexed', line: 5, column: 25, message: 'backoffLimitPerIndex requires completionMode: Indexed' },
        { messageId: 'requiresIndexed', line: 6, column: 21, message: 'maxFailedIndexes requires completionMode: Indexed' },
      ],
    },
    {
      name: 'maxFailedIndexes without backoffLimitPerIndex, and above completions',
      code: job(`
  completionMode: Indexed
  completions: 3
  maxFailedIndexes: 5`) + '---\n' + job(`
  completionMode: Indexed
  completions: 3
  backoffLimitPerIndex: 1
  maxFailedIndexes: 5`, 'other'),
      errors: [
        {
          messageId: 'maxFailedWithoutBackoff',
          line: 7,
          column: 21,
          message: 'maxFailedIndexes requires backoffLimitPerIndex: it counts the indexes that used up their per-index backoff limit',
        },
        { messageId: 'aboveCompletions', line: 21, column: 21, message: 'maxFailedIndexes 5 is more than completions (3)' },
      ],
    },
    {
      name: 'more than 100000 completions with backoffLimitPerIndex',
      code: job(`
  completionMode: Indexed
  completions: 100001
  parallelism: 10001
  backoffLimitPerIndex: 1`, 'x') + '---\n' + job(`
  completionMode: Indexed
  completions: 100001
  backoffLimitPerIndex: 1
  maxFailedIndexes: 10001`, 'y'),
      errors: [
        {
          messageId: 'maxFailedIndexesRequired',
          line: 6,
          column: 16,
          message: 'completions 100001 is above 100000 with backoffLimitPerIndex: maxFailedIndexes must be set as well',
        },
        {
          messageId: 'indexedLimit',
          line: 7,
          column: 16,
          message: 'parallelism 10001 is more than 10000, the most allowed when completions is above 100000 with backoffLimitPerIndex',
        },
        {
          messageId: 'indexedLimit',
          line: 22,
          column: 21,
          message: 'maxFailedIndexes 10001 is more than 10000, the most allowed when completions is above 100000 with backoffLimitPerIndex',
        },
      ],
    },
    {
      name: 'a pod failure policy with podReplacementPolicy TerminatingOrFailed (and restartPolicy OnFailure, valid-restart-policy\'s finding)',
      code: job(
        `
  podReplacementPolicy: TerminatingOrFailed
  podFailurePolicy:
    rules: [{ action: FailJob, onExitCodes: { operator: In, values: [42] } }]`,
        'work',
        `
  template:
    spec:
      restartPolicy: OnFailure
      containers: [{ name: main, image: busybox:1.36 }]`,
      ),
      errors: [
        // restartPolicy OnFailure (line 10) is valid-restart-policy's finding
        {
          messageId: 'podFailurePolicyReplacement',
          line: 5,
          column: 25,
          message: 'podReplacementPolicy "TerminatingOrFailed" cannot be used with podFailurePolicy: only "Failed" is supported',
        },
      ],
    },
    {
      name: 'pod failure policy rules the API server refuses',
      code: job(`
  podFailurePolicy:
    rules:
      - action: FailIndex
        onExitCodes: { containerName: mian, operator: In, values: [0, 5, 1, 1] }
      - action: Ignore
      - action: Count
        onExitCodes: { operator: NotIn, values: [] }
        onPodConditions: [{ type: "Config Issue", status: "True" }]`),
      errors: [
        { messageId: 'failIndexWithoutBackoff', line: 7, column: 17, message: 'action FailIndex requires backoffLimitPerIndex' },
        {
          messageId: 'unknownContainer',
          line: 8,
          column: 39,
          message: 'containerName "mian" is not a container or init container of the pod template (did you mean "main"?)',
        },
        { messageId: 'exitCodeZero', line: 8, column: 68, message: 'exit code 0 with operator In: 0 is success, not a failure, and the API server refuses it' },
        { messageId: 'duplicateExitCode', line: 8, column: 77, message: 'exit code 1 is listed more than once', path: 'spec.podFailurePolicy.rules[0].onExitCodes.values[3]' },
        { messageId: 'unorderedExitCodes', line: 8, column: 59, message: 'exit codes must be in increasing order: 1 comes after 5' },
        {
          messageId: 'noRequirement',
          line: 9,
          column: 9,
          message: 'podFailurePolicy rule 1 has neither onExitCodes nor onPodConditions: a rule needs one of them',
        },
        { messageId: 'noExitCodes', line: 11, column: 41, message: 'onExitCodes has no values: at least one exit code is required' },
        {
          messageId: 'invalidConditionType',
          line: 12,
          column: 35,
          message:
            "pod condition type \"Config Issue\" is invalid: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        },
        {
          messageId: 'bothRequirements',
          line: 10,
          column: 9,
          message: 'podFailurePolicy rule 2 has both onExitCodes and onPodConditions: a rule has exactly one of them',
        },
      ],
    },
    {
      name: 'a container name of another template',
      code: job(`
  podFailurePolicy:
    rules: [{ action: FailJob, onExitCodes: { containerName: worker, operator: In, values: [42] } }]`),
      errors: [
        {
          messageId: 'unknownContainer',
          line: 6,
          column: 62,
          message: 'containerName "worker" is not a container or init container of the pod template (containers: main, setup)',
        },
      ],
    },
    {
      name: 'more than 20 pod failure policy rules, and more than 255 exit codes',
      code: job(`
  podFailurePolicy:
    rules:
${Array.from({ length: 21 }, (_, i) => `      - { action: FailJob, onExitCodes: { operator: In, values: [${i + 1}] } }`).join('\n')}
      - action: FailJob
        onExitCodes: { operator: NotIn, values: [${Array.from({ length: 256 }, (_, i) => i).join(', ')}] }`),
      errors: [
        { messageId: 'tooMany', line: 6, column: 5, message: 'podFailurePolicy.rules has 22 items, more than 20' },
        { messageId: 'tooMany', line: 29, column: 41, message: 'onExitCodes.values has 256 items, more than 255' },
      ],
    },
    {
      name: 'a success policy without Indexed',
      code: job(`
  successPolicy:
    rules: [{ succeededCount: 1 }]`),
      errors: [{ messageId: 'requiresIndexed', line: 5, column: 3, message: 'successPolicy requires completionMode: Indexed' }],
    },
    {
      name: 'success policy rules the API server refuses',
      code: job(`
  completionMode: Indexed
  completions: 5
  successPolicy:
    rules:
      - {}
      - succeededCount: 6
      - succeededCount: -1`) + '---\n' + job(`
  completionMode: Indexed
  completions: 5
  successPolicy:
    rules: []`, 'other'),
      errors: [
        { messageId: 'emptySuccessRule', line: 9, column: 9, message: 'successPolicy rule 0 has neither succeededCount nor succeededIndexes' },
        { messageId: 'aboveCompletions', line: 10, column: 25, message: 'succeededCount 6 is more than completions (5)' },
        { messageId: 'negative', line: 11, column: 25, message: 'succeededCount is -1: it must be 0 or more' },
        { messageId: 'noSuccessRules', line: 25, column: 5, message: 'successPolicy has no rules: at least one rule is required' },
      ],
    },
    {
      name: 'a managedBy that is not a domain-prefixed path',
      code: job(`
  managedBy: kueue`) + '---\n' + job(`
  managedBy: Example.com/controller`, 'other') + '---\n' + job(`
  managedBy: example.com/${'c'.repeat(60)}`, 'third'),
      errors: [
        { messageId: 'invalidManagedBy', line: 5, column: 14, message: 'managedBy "kueue" must be a domain-prefixed path (such as "acme.io/foo")' },
        {
          messageId: 'invalidManagedBy',
          line: 16,
          column: 14,
          message:
            "managedBy \"Example.com/controller\" has a domain \"Example.com\" that must be a DNS-1123 subdomain: lowercase alphanumeric characters, '-' or '.', starting and ending with an alphanumeric character",
        },
        { messageId: 'invalidManagedBy', line: 27, column: 14, message: `managedBy "example.com/${'c'.repeat(60)}" is 72 characters, more than 63` },
      ],
    },
    {
      name: 'an Indexed Job whose name with the last index is not a DNS label',
      code: job(`
  completionMode: Indexed
  completions: 3`, 'batch.import') + '---\n' + job(`
  completionMode: Indexed
  completions: 100000`, 'a'.repeat(58)),
      errors: [
        {
          messageId: 'indexedHostname',
          line: 3,
          column: 19,
          message:
            "with completionMode Indexed the pods get the hostname \"batch.import-2\" (name-index), which is not a valid DNS-1123 label: must be a DNS-1123 label: lowercase alphanumeric characters or '-', starting and ending with an alphanumeric character",
        },
        {
          messageId: 'indexedHostname',
          line: 15,
          column: 19,
          message: `with completionMode Indexed the pods get the hostname "${'a'.repeat(58)}-99999" (name-index), which is not a valid DNS-1123 label: must be no more than 63 characters`,
        },
      ],
    },
    {
      name: 'a CronJob: its deadline, history limits and jobTemplate',
      code: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: nightly.import }
        spec:
          schedule: "@daily"
          startingDeadlineSeconds: -5
          successfulJobsHistoryLimit: -1
          failedJobsHistoryLimit: -1
          jobTemplate:
            spec:
              completionMode: Indexed
              backoffLimit: -1
              podFailurePolicy:
                rules: [{ action: FailJob, onExitCodes: { containerName: mian, operator: In, values: [42] } }]
              template:
                spec:
                  restartPolicy: OnFailure
                  containers: [{ name: main, image: busybox:1.36 }]
      `,
      errors: [
        { messageId: 'negative', line: 6, column: 28, message: 'startingDeadlineSeconds is -5: it must be 0 or more', path: 'spec.startingDeadlineSeconds' },
        { messageId: 'negative', line: 7, column: 31, message: 'successfulJobsHistoryLimit is -1: it must be 0 or more' },
        { messageId: 'negative', line: 8, column: 27, message: 'failedJobsHistoryLimit is -1: it must be 0 or more' },
        { messageId: 'negative', line: 12, column: 21, path: 'spec.jobTemplate.spec.backoffLimit' },
        { messageId: 'indexedWithoutCompletions', line: 11, column: 23, path: 'spec.jobTemplate.spec.completionMode' },
        { messageId: 'unknownContainer', line: 14, column: 66, path: 'spec.jobTemplate.spec.podFailurePolicy.rules[0].onExitCodes.containerName' },
      ],
    },
  ],
});
