import { testRule, yaml } from '../test/support/rule-tester';
import rule from './require-anti-affinity';

/** A Deployment `web` with `replicas` whose pod spec lines (given without indentation) start at line 10. */
const deployment = (replicas: string, podSpec: string) =>
  yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: web }
    spec:
      ${replicas}
      selector: { matchLabels: { app: web } }
      template:
        metadata: { labels: { app: web } }
        spec:
  ` +
  podSpec
    .split('\n')
    .map((l) => `      ${l}\n`)
    .join('');

const containers = 'containers: [{ name: web, image: web:1 }]';

testRule(rule, {
  valid: [
    { name: 'one replica', code: deployment('replicas: 1', containers) },
    { name: 'replicas left to the default of 1', code: deployment('paused: false', containers) },
    {
      name: 'preferred anti-affinity on the hostname',
      code: deployment(
        'replicas: 3',
        `${containers}
affinity:
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector: { matchLabels: { app: web } }`,
      ),
    },
    {
      name: 'required anti-affinity on the zone also keeps nodes apart',
      code: deployment(
        'replicas: 3',
        `${containers}
affinity:
  podAntiAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      - topologyKey: topology.kubernetes.io/zone
        labelSelector:
          matchExpressions: [{ key: app, operator: In, values: [web] }]`,
      ),
    },
    {
      name: 'a topology spread constraint on the hostname',
      code: deployment(
        'replicas: 3',
        `${containers}
topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: kubernetes.io/hostname
    whenUnsatisfiable: ScheduleAnyway
    labelSelector: { matchLabels: { app: web } }`,
      ),
    },
    { name: 'a higher threshold by option', options: { minReplicas: 4 }, code: deployment('replicas: 3', containers) },
  ],
  invalid: [
    {
      name: 'three replicas and nothing to spread them',
      code: deployment('replicas: 3', containers),
      errors: [
        {
          messageId: 'missing',
          line: 5,
          column: 13,
          message: '3 replicas may all run on one node: no pod anti-affinity or topology spread constraint keeps them apart',
          path: 'spec.replicas',
        },
      ],
    },
    {
      name: 'anti-affinity that selects other pods',
      code: deployment(
        'replicas: 2',
        `${containers}
affinity:
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector: { matchLabels: { app: api } }`,
      ),
      errors: [
        {
          messageId: 'selectorMisses',
          line: 17,
          column: 17,
          message: 'this Deployment keeps apart pods matching app=api, but its own pods are labelled app=web: its replicas may share a node',
        },
      ],
    },
    {
      name: 'a spread constraint on a key that is not a node or zone',
      code: deployment(
        'replicas: 2',
        `${containers}
topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: example.com/rack-power
    whenUnsatisfiable: DoNotSchedule
    labelSelector: { matchLabels: { app: web } }`,
      ),
      errors: [{ messageId: 'missing', line: 5, column: 13 }],
    },
    {
      name: 'an autoscaled Deployment without replicas',
      code:
        deployment('paused: false', containers) +
        yaml`
          ---
          apiVersion: autoscaling/v2
          kind: HorizontalPodAutoscaler
          metadata: { name: web }
          spec:
            scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
            maxReplicas: 5
        `,
      errors: [{ messageId: 'missing', line: 9, column: 5, message: 'up to 5 replicas may all run on one node: no pod anti-affinity or topology spread constraint keeps them apart', path: 'spec.template.spec' }],
    },
  ],
});
