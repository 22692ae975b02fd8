import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-rollout-strategy';

/** A workload of `kind` whose strategy block (given without indentation) starts at line 5. */
const workload = (kind: string, strategy: string) =>
  yaml`
    apiVersion: apps/v1
    kind: ${kind}
    metadata: { name: w }
    spec:
  ` +
  strategy
    .split('\n')
    .map((l) => `  ${l}\n`)
    .join('') +
  '  selector: { matchLabels: { app: w } }\n' +
  '  template:\n' +
  '    metadata: { labels: { app: w } }\n' +
  '    spec:\n' +
  '      containers: [{ name: w, image: w:1 }]\n';

testRule(rule, {
  valid: [
    { name: 'no strategy at all', code: workload('Deployment', 'replicas: 2') },
    { name: 'maxSurge 0 alone (maxUnavailable defaults to 25%)', code: workload('Deployment', 'strategy:\n  rollingUpdate: { maxSurge: 0 }') },
    { name: 'maxUnavailable 0 with a percentage surge', code: workload('Deployment', 'strategy:\n  rollingUpdate: { maxUnavailable: 0, maxSurge: "10%" }') },
    { name: 'a Deployment surge above 100% is allowed', code: workload('Deployment', 'strategy:\n  rollingUpdate: { maxSurge: "200%" }') },
    { name: 'Recreate without rollingUpdate', code: workload('Deployment', 'strategy:\n  type: Recreate') },
    { name: 'a DaemonSet surge with maxUnavailable 0', code: workload('DaemonSet', 'updateStrategy:\n  rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }') },
    { name: 'a DaemonSet with a percentage maxUnavailable', code: workload('DaemonSet', 'updateStrategy:\n  rollingUpdate: { maxUnavailable: "10%" }') },
    { name: 'a StatefulSet partition', code: workload('StatefulSet', 'updateStrategy:\n  rollingUpdate: { partition: 2 }') },
    {
      name: 'a StatefulSet maxUnavailable on 1.35',
      code: workload('StatefulSet', 'updateStrategy:\n  rollingUpdate: { partition: 2, maxUnavailable: "50%" }'),
      kubernetesVersion: '1.35',
    },
  ],
  invalid: [
    {
      name: 'a Deployment with both 0',
      code: workload('Deployment', 'strategy:\n  rollingUpdate:\n    maxSurge: 0\n    maxUnavailable: "0%"'),
      errors: [
        {
          messageId: 'bothZero',
          line: 8,
          column: 23,
          message: 'maxUnavailable and maxSurge are both 0: the rollout could never replace a pod',
          path: 'spec.strategy.rollingUpdate.maxUnavailable',
        },
      ],
    },
    {
      name: 'malformed percentages, and a count written as a string',
      code: workload('Deployment', 'strategy:\n  rollingUpdate:\n    maxSurge: "25.5%"\n    maxUnavailable: "5"'),
      errors: [
        { messageId: 'stringCount', line: 8, column: 23, message: 'maxUnavailable "5" is a string but not a percentage: write 5 without quotes for a count, or "5%"' },
        { messageId: 'badValue', line: 7, column: 17, message: 'maxSurge "25.5%" is not a valid value: write a count (2) or a whole percentage followed by "%" ("25%")' },
      ],
    },
    {
      name: 'maxUnavailable over 100%, negative maxSurge',
      code: workload('Deployment', 'strategy:\n  rollingUpdate:\n    maxUnavailable: 150%\n    maxSurge: -1'),
      errors: [
        { messageId: 'over100', line: 7, column: 23, message: 'maxUnavailable 150% is more than 100%' },
        { messageId: 'negative', line: 8, column: 17, message: 'maxSurge -1 must not be negative' },
      ],
    },
    {
      name: 'rollingUpdate with Recreate',
      code: workload('Deployment', 'strategy:\n  type: Recreate\n  rollingUpdate:\n    maxSurge: 1'),
      errors: [{ messageId: 'rollingUpdateWithRecreate', line: 7, column: 5, path: 'spec.strategy.rollingUpdate' }],
    },
    {
      name: 'a DaemonSet maxSurge with the default maxUnavailable',
      code: workload('DaemonSet', 'updateStrategy:\n  rollingUpdate:\n    maxSurge: 1'),
      errors: [
        {
          messageId: 'surgeWithUnavailable',
          line: 7,
          column: 17,
          message:
            'maxSurge 1 may not be set while maxUnavailable is 1 (the default): a DaemonSet either surges or takes pods down; set maxUnavailable: 0',
        },
      ],
    },
    {
      name: 'a DaemonSet with maxUnavailable 0 and no surge',
      code: workload('DaemonSet', 'updateStrategy:\n  type: RollingUpdate\n  rollingUpdate:\n    maxUnavailable: 0'),
      errors: [{ messageId: 'bothZero', line: 8, column: 23, message: 'maxUnavailable and maxSurge are both 0 (maxSurge defaults to 0): the rollout could never replace a pod' }],
    },
    {
      name: 'a DaemonSet maxSurge over 100%',
      code: workload('DaemonSet', 'updateStrategy:\n  rollingUpdate: { maxUnavailable: 0, maxSurge: "150%" }'),
      errors: [{ messageId: 'over100', line: 6, column: 51 }],
    },
    {
      name: 'rollingUpdate on an OnDelete DaemonSet is ignored (warning)',
      code: workload('DaemonSet', 'updateStrategy:\n  type: OnDelete\n  rollingUpdate: { maxUnavailable: 2 }'),
      errors: [{ messageId: 'ignoredRollingUpdate', line: 7, column: 5, severity: 'warning' }],
    },
    {
      name: 'StatefulSet: rollingUpdate with OnDelete, then a zero maxUnavailable and a negative partition (1.35)',
      kubernetesVersion: '1.35',
      code:
        workload('StatefulSet', 'updateStrategy:\n  type: OnDelete\n  rollingUpdate: { partition: 1 }') +
        '---\n' +
        workload('StatefulSet', 'updateStrategy:\n  rollingUpdate:\n    partition: -1\n    maxUnavailable: 0'),
      errors: [
        { messageId: 'rollingUpdateWithOnDelete', line: 7, column: 5 },
        { messageId: 'negativePartition', line: 20, column: 18 },
        { messageId: 'zeroUnavailable', line: 21, column: 23 },
      ],
    },
    {
      name: 'StatefulSet maxUnavailable before 1.35: dropped by the API server (warning), its value not checked',
      code: workload('StatefulSet', 'updateStrategy:\n  rollingUpdate:\n    maxUnavailable: 0'),
      kubernetesVersion: '1.34',
      errors: [{ messageId: 'maxUnavailableDropped', line: 7, column: 7, severity: 'warning' }],
    },
  ],
});
