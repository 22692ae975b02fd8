import { testRule, yaml } from '../test/support/rule-tester';
import rule from './pdb-allows-eviction';

const workloads = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web }
  spec:
    replicas: 3
    selector: { matchLabels: { app: web } }
    template:
      metadata: { labels: { app: web, tier: front } }
      spec: { containers: [{ name: web, image: web:1 }] }
  ---
  apiVersion: apps/v1
  kind: StatefulSet
  metadata: { name: cache }
  spec:
    serviceName: cache
    selector: { matchLabels: { app: cache } }
    template:
      metadata: { labels: { app: cache, tier: front } }
      spec: { containers: [{ name: cache, image: cache:1 }] }
  ---
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: { name: agent }
  spec:
    selector: { matchLabels: { app: agent } }
    template:
      metadata: { labels: { app: agent } }
      spec: { containers: [{ name: agent, image: agent:1 }] }
`;

/** A PodDisruptionBudget whose spec lines (without indentation) start at line 5. */
const pdb = (spec: string) =>
  yaml`
    apiVersion: policy/v1
    kind: PodDisruptionBudget
    metadata: { name: budget }
    spec:
  ` +
  spec
    .split('\n')
    .map((l) => `  ${l}\n`)
    .join('');

testRule(rule, {
  valid: [
    { name: 'minAvailable below the replicas', context: workloads, code: pdb('minAvailable: 2\nselector: { matchLabels: { app: web } }') },
    { name: 'a percentage that leaves one pod', context: workloads, code: pdb('minAvailable: 60%\nselector: { matchLabels: { app: web } }') },
    { name: 'maxUnavailable 1', context: workloads, code: pdb('maxUnavailable: 1\nselector: { matchLabels: { app: web } }') },
    { name: 'two workloads selected together: 4 pods', context: workloads, code: pdb('minAvailable: 3\nselector: { matchLabels: { tier: front } }') },
    { name: 'a DaemonSet: the pod count depends on the nodes', context: workloads, code: pdb('minAvailable: 5\nselector: { matchLabels: { app: agent } }') },
    { name: 'a selector that matches nothing in the input', context: workloads, code: pdb('minAvailable: 5\nselector: { matchLabels: { app: other } }') },
    {
      name: 'an autoscaler raises the pod count',
      context: `${workloads}---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: web }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }\n  minReplicas: 4\n  maxReplicas: 8\n`,
      code: pdb('minAvailable: 3\nselector: { matchLabels: { app: web } }'),
    },
  ],
  invalid: [
    {
      name: 'maxUnavailable 0',
      context: workloads,
      code: pdb('maxUnavailable: 0\nselector: { matchLabels: { app: web } }'),
      errors: [{ messageId: 'zeroMaxUnavailable', line: 5, column: 19, message: 'maxUnavailable 0 blocks every voluntary eviction: node drains wait forever', path: 'spec.maxUnavailable' }],
    },
    {
      name: 'maxUnavailable 0%',
      code: pdb('maxUnavailable: "0%"\nselector: { matchLabels: { app: web } }'),
      errors: [{ messageId: 'zeroMaxUnavailable', line: 5, column: 19, message: 'maxUnavailable 0% blocks every voluntary eviction: node drains wait forever' }],
    },
    {
      name: 'minAvailable 100%, whatever it selects',
      code: pdb('minAvailable: 100%\nselector: { matchLabels: { app: agent } }'),
      errors: [{ messageId: 'fullMinAvailable', line: 5, column: 17 }],
    },
    {
      name: 'minAvailable equal to the replicas',
      context: workloads,
      code: pdb('minAvailable: 3\nselector: { matchLabels: { app: web } }'),
      errors: [
        {
          messageId: 'minAvailableTooHigh',
          line: 5,
          column: 17,
          message:
            'minAvailable 3 requires all 3 pod(s) it selects (Deployment web: 3) to stay up: no pod can ever be evicted, so node drains wait forever',
        },
      ],
    },
    {
      name: 'a percentage that rounds up to every pod of a one-replica StatefulSet',
      context: workloads,
      code: pdb('minAvailable: 50%\nselector: { matchLabels: { app: cache } }'),
      errors: [{ messageId: 'minAvailableTooHigh', line: 5, column: 17, message: 'minAvailable 50% requires all 1 pod(s) it selects (StatefulSet cache: 1) to stay up: no pod can ever be evicted, so node drains wait forever' }],
    },
    {
      name: 'the autoscaler minimum is what counts',
      context: `${workloads}---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: web }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }\n  minReplicas: 2\n  maxReplicas: 8\n`,
      code: pdb('minAvailable: 2\nselector: { matchLabels: { app: web } }'),
      errors: [{ messageId: 'minAvailableTooHigh', line: 5, column: 17, message: 'minAvailable 2 requires all 2 pod(s) it selects (Deployment web: 2 at its autoscaler minimum) to stay up: no pod can ever be evicted, so node drains wait forever' }],
    },
  ],
});
