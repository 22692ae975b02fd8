import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-service-selector';

/** A Deployment labelled app=web, tier=frontend in namespace shop (lines 1-11), then the separator (line 12). */
const deployment = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web, namespace: shop }
  spec:
    selector: { matchLabels: { app: web } }
    template:
      metadata:
        labels: { app: web, tier: frontend }
      spec:
        containers:
          - { name: web, image: nginx:1.27 }
`;
const withDeployment = (code: string) => `${deployment}---\n${code}`;

testRule(rule, {
  valid: [
    {
      name: 'a selector that is a subset of the template labels',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web, namespace: shop }
        spec:
          selector: { app: web, tier: frontend }
          ports: [{ port: 80 }]
      `),
    },
    {
      name: 'a Service without selector, an ExternalName Service, and an empty selector',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: manual }
        spec:
          ports: [{ port: 5432 }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: db }
        spec:
          type: ExternalName
          externalName: db.example.com
          selector: { app: nothing }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: empty }
        spec:
          selector: {}
          ports: [{ port: 80 }]
      `,
    },
    {
      name: 'the pods are in the context (another file), selected through a bare Pod',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: debug }
        spec:
          selector: { run: debug }
          ports: [{ port: 80 }]
      `,
      context: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: debug, labels: { run: debug } }
        spec:
          containers: [{ name: c, image: busybox:1.36 }]
      `,
    },
    {
      name: "pods of a ReplicaSet and of a CronJob's Jobs count",
      code: yaml`
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: { name: rs }
        spec:
          selector: { matchLabels: { app: rs } }
          template:
            metadata: { labels: { app: rs } }
            spec: { containers: [{ name: c, image: nginx:1.27 }] }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                metadata: { labels: { app: report } }
                spec: { restartPolicy: Never, containers: [{ name: c, image: busybox:1.36 }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: rs }
        spec: { selector: { app: rs }, ports: [{ port: 80 }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: report }
        spec: { selector: { app: report }, ports: [{ port: 80 }] }
      `,
    },
    {
      name: 'labels the controllers add: a Service per StatefulSet pod, a Service over a Job by its job-name',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: kafka }
        spec:
          serviceName: kafka
          replicas: 3
          selector: { matchLabels: { app: kafka } }
          template:
            metadata: { labels: { app: kafka } }
            spec: { containers: [{ name: c, image: kafka:3.7 }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: kafka-2 }
        spec:
          type: NodePort
          selector: { app: kafka, statefulset.kubernetes.io/pod-name: kafka-2 }
          ports: [{ port: 9092 }]
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec: { restartPolicy: Never, containers: [{ name: c, image: busybox:1.36 }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: migrate }
        spec: { selector: { batch.kubernetes.io/job-name: migrate }, ports: [{ port: 80 }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'a pod name of another StatefulSet, or below spec.ordinals.start, selects nothing',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: kafka }
        spec:
          serviceName: kafka
          ordinals: { start: 1 }
          selector: { matchLabels: { app: kafka } }
          template:
            metadata: { labels: { app: kafka } }
            spec: { containers: [{ name: c, image: kafka:3.7 }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: kafka-0 }
        spec: { selector: { statefulset.kubernetes.io/pod-name: kafka-0 }, ports: [{ port: 9092 }] }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: zk-1 }
        spec: { selector: { statefulset.kubernetes.io/pod-name: zk-1 }, ports: [{ port: 2181 }] }
      `,
      errors: [
        { messageId: 'noMatch', line: 15, column: 9 },
        { messageId: 'noMatch', line: 20, column: 9 },
      ],
    },
    {
      name: 'a label value typo, with the closest template named',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web, namespace: shop }
        spec:
          selector:
            app: webb
          ports: [{ port: 80 }]
      `),
      errors: [
        {
          messageId: 'noMatch',
          line: 17,
          column: 3,
          message: 'Service selector app=webb matches no pod template in namespace shop (closest: Deployment web with app=web,tier=frontend)',
          path: 'spec.selector',
        },
      ],
    },
    {
      name: 'another app altogether: no closest template is named for a shared key alone',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: etcd, namespace: shop }
        spec:
          selector:
            app: etcd
          ports: [{ port: 2379 }]
      `),
      errors: [{ messageId: 'noMatch', line: 17, column: 3, message: 'Service selector app=etcd matches no pod template in namespace shop' }],
    },
    {
      name: 'the pods are in another namespace',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { app: web }
          ports: [{ port: 80 }]
      `),
      errors: [{ messageId: 'noMatch', line: 17, column: 3, message: 'Service selector app=web matches no pod template in namespace default' }],
    },
    {
      name: 'one label too many',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web, namespace: shop }
        spec:
          type: LoadBalancer
          selector: { app: web, version: v2 }
          ports: [{ port: 80 }]
      `),
      errors: [{ messageId: 'noMatch', line: 18, column: 3, severity: 'warning' }],
    },
  ],
});

describe('valid-service-selector related location', () => {
  it('points at the labels of the closest pod template', () => {
    const [result] = lintWithRule(rule, {
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web, namespace: shop }
        spec:
          selector: { app: webb }
      `),
    });
    expect(result!.finding.related).toEqual([
      { file: 'manifest.yaml', location: { line: 8, column: 7, endLine: 8, endColumn: 13 }, message: 'Deployment web: pod template labels' },
    ]);
  });
});
