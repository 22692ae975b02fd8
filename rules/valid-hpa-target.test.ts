import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-hpa-target';

/** A Deployment (lines 1-10) and the separator (line 11); the autoscaler starts on line 12. */
const deployment = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: { name: web }
  spec:
    selector: { matchLabels: { app: web } }
    template:
      metadata: { labels: { app: web } }
      spec:
        containers:
          - { name: web, image: nginx:1.27 }
`;
const withDeployment = (code: string) => `${deployment}---\n${code}`;

testRule(rule, {
  valid: [
    {
      name: 'an existing Deployment (autoscaling/v2 and v1)',
      code: withDeployment(yaml`
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: web }
        spec:
          scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
          minReplicas: 2
          maxReplicas: 10
        ---
        apiVersion: autoscaling/v1
        kind: HorizontalPodAutoscaler
        metadata: { name: web-v1 }
        spec:
          scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
          maxReplicas: 10
      `),
    },
    {
      name: 'a custom resource whose CRD declares the scale subresource, and one whose CRD is unknown',
      code: yaml`
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: workers.example.com }
        spec:
          group: example.com
          names: { plural: workers, kind: Worker }
          scope: Namespaced
          versions:
            - name: v1
              served: true
              storage: true
              subresources: { scale: { specReplicasPath: .spec.replicas, statusReplicasPath: .status.replicas } }
        ---
        apiVersion: example.com/v1
        kind: Worker
        metadata: { name: queue }
        ---
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: { name: web }
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: queue }
        spec:
          scaleTargetRef: { apiVersion: example.com/v1, kind: Worker, name: queue }
          maxReplicas: 5
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: web }
        spec:
          scaleTargetRef: { apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: web }
          maxReplicas: 5
      `,
    },
  ],
  invalid: [
    {
      name: 'a target that does not exist (kube-linter dangling-horizontalpodautoscaler)',
      code: withDeployment(yaml`
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: api }
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: api
          maxReplicas: 10
      `),
      errors: [
        {
          messageId: 'missing',
          line: 19,
          column: 11,
          message: 'scaleTargetRef Deployment "api" not found in namespace default',
          path: 'spec.scaleTargetRef.name',
        },
      ],
    },
    {
      name: 'the wrong API group, and a DaemonSet that cannot be scaled',
      code: withDeployment(yaml`
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: web }
        spec:
          scaleTargetRef: { apiVersion: extensions/v1beta1, kind: Deployment, name: web }
          maxReplicas: 10
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          selector: { matchLabels: { app: agent } }
          template:
            metadata: { labels: { app: agent } }
            spec:
              containers: [{ name: agent, image: agent:1.0 }]
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: agent }
        spec:
          scaleTargetRef: { apiVersion: apps/v1, kind: DaemonSet, name: agent }
          maxReplicas: 10
      `),
      errors: [
        { messageId: 'wrongGroup', line: 16, column: 33, message: 'scaleTargetRef.apiVersion "extensions/v1beta1" does not match Deployment "web" (apps/v1)' },
        { messageId: 'notScalable', line: 33, column: 48, message: 'DaemonSet "agent" cannot be autoscaled: it has no scale subresource' },
      ],
    },
    {
      name: 'a custom resource whose CRD has no scale subresource',
      code: yaml`
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: widgets.example.com }
        spec:
          group: example.com
          names: { plural: widgets, kind: Widget }
          scope: Namespaced
          versions: [{ name: v1, served: true, storage: true }]
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata: { name: w }
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: w }
        spec:
          scaleTargetRef: { apiVersion: example.com/v1, kind: Widget, name: w }
          maxReplicas: 3
      `,
      errors: [{ messageId: 'notScalable', line: 18, column: 55 }],
    },
  ],
});
