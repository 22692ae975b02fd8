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
  ],
  invalid: [
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
