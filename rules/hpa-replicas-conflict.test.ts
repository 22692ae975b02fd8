import { testRule, yaml } from '../test/support/rule-tester';
import rule from './hpa-replicas-conflict';

const hpa = (kind: string, name: string) => yaml`
  apiVersion: autoscaling/v2
  kind: HorizontalPodAutoscaler
  metadata: { name: ${name} }
  spec:
    scaleTargetRef: { apiVersion: apps/v1, kind: ${kind}, name: ${name} }
    minReplicas: 2
    maxReplicas: 10
`;

const deployment = (replicas: string) => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web }
  spec:
    ${replicas}
    selector: { matchLabels: { app: web } }
    template:
      metadata: { labels: { app: web } }
      spec: { containers: [{ name: web, image: web:1 }] }
`;

testRule(rule, {
  valid: [
    { name: 'no replicas under an autoscaler', context: hpa('Deployment', 'web'), code: deployment('paused: false') },
    { name: 'replicas without autoscaler', code: deployment('replicas: 3') },
    { name: 'an autoscaler for another kind of the same name', context: hpa('StatefulSet', 'web'), code: deployment('replicas: 3') },
  ],
  invalid: [
    {
      name: 'replicas under an autoscaler',
      context: hpa('Deployment', 'web'),
      code: deployment('replicas: 3'),
      errors: [
        {
          messageId: 'replicasSet',
          line: 5,
          column: 13,
          message: 'spec.replicas is set while HorizontalPodAutoscaler web manages the replica count: every apply resets it to 3 until the autoscaler acts',
          path: 'spec.replicas',
        },
      ],
    },
    {
      name: 'in the same file',
      code: `${deployment('replicas: 1')}---\n${hpa('Deployment', 'web')}`,
      errors: [{ messageId: 'replicasSet', line: 5, column: 13 }],
    },
  ],
});
