import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-removed-api';

testRule(rule, {
  valid: [
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
    `,
    {
      name: 'an apiVersion the target version still serves (flowcontrol v1beta3 until 1.32)',
      kubernetesVersion: '1.30',
      code: yaml`
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
        kind: FlowSchema
        metadata: { name: fs }
      `,
    },
    {
      name: 'a custom resource whose group happens to look old',
      code: yaml`
        apiVersion: extensions.example.com/v1beta1
        kind: Deployment
        metadata: { name: mine }
      `,
    },
    {
      name: 'on 1.25, autoscaling/v2beta2 (removed in 1.26) and storage.k8s.io/v1beta1 CSIStorageCapacity (1.27) are still served',
      kubernetesVersion: '1.25',
      code: yaml`
        apiVersion: autoscaling/v2beta2
        kind: HorizontalPodAutoscaler
        metadata: { name: web }
        ---
        apiVersion: storage.k8s.io/v1beta1
        kind: CSIStorageCapacity
        metadata: { name: cap }
      `,
    },
  ],
  invalid: [
    {
      name: 'on 1.25, batch/v1beta1 CronJob and policy/v1beta1 PodDisruptionBudget are gone; on 1.36 everything older too',
      kubernetesVersion: '1.25',
      code: yaml`
        apiVersion: batch/v1beta1
        kind: CronJob
        metadata: { name: nightly }
        ---
        apiVersion: policy/v1beta1
        kind: PodDisruptionBudget
        metadata: { name: web }
        ---
        apiVersion: autoscaling/v2beta2
        kind: HorizontalPodAutoscaler
        metadata: { name: web }
      `,
      errors: [
        {
          messageId: 'removed',
          line: 1,
          column: 13,
          message: 'batch/v1beta1 CronJob is not served by Kubernetes 1.25: it was removed in 1.25; use batch/v1',
        },
        { messageId: 'removed', line: 5, column: 13 },
      ],
    },
    {
      name: 'on 1.36: autoscaling/v2beta2, storage.k8s.io/v1beta1 CSIStorageCapacity and flowcontrol v1beta3 are gone',
      kubernetesVersion: '1.36',
      code: yaml`
        apiVersion: autoscaling/v2beta2
        kind: HorizontalPodAutoscaler
        metadata: { name: web }
        ---
        apiVersion: storage.k8s.io/v1beta1
        kind: CSIStorageCapacity
        metadata: { name: cap }
        ---
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
        kind: FlowSchema
        metadata: { name: fs }
        ---
        apiVersion: apps/v1beta1
        kind: ReplicaSet
        metadata: { name: old }
      `,
      errors: [
        { messageId: 'removed', line: 1, column: 13 },
        { messageId: 'removed', line: 5, column: 13 },
        { messageId: 'removed', line: 9, column: 13 },
        { messageId: 'removed', line: 13, column: 13, message: 'apps/v1beta1 ReplicaSet is not served by Kubernetes 1.36: it was removed in 1.16; use apps/v1' },
      ],
    },
    {
      name: 'extensions/v1beta1 Deployment (removed in 1.16)',
      code: yaml`
        apiVersion: extensions/v1beta1
        kind: Deployment
        metadata: { name: web }
      `,
      errors: [
        {
          messageId: 'removed',
          line: 1,
          column: 13,
          message: 'extensions/v1beta1 Deployment is not served by Kubernetes 1.34: it was removed in 1.16; use apps/v1',
          path: 'apiVersion',
        },
      ],
    },
    {
      name: 'several removals, with and without a replacement, and a changed kind',
      code: yaml`
        apiVersion: batch/v1beta1
        kind: CronJob
        metadata: { name: b }
        ---
        apiVersion: policy/v1beta1
        kind: PodSecurityPolicy
        metadata: { name: c }
        ---
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
        kind: FlowSchema
        metadata: { name: d }
        ---
        apiVersion: resource.k8s.io/v1alpha2
        kind: ResourceClass
        metadata: { name: e }
      `,
      errors: [
        { messageId: 'removed', line: 1, column: 13, message: 'batch/v1beta1 CronJob is not served by Kubernetes 1.34: it was removed in 1.25; use batch/v1' },
        {
          messageId: 'removed',
          line: 5,
          column: 13,
          message:
            'policy/v1beta1 PodSecurityPolicy is not served by Kubernetes 1.34: it was removed in 1.25 without a replacement: ' +
            'use Pod Security Admission (pod-security.kubernetes.io namespace labels) or a policy engine',
        },
        {
          messageId: 'removed',
          line: 9,
          column: 13,
          message:
            'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is not served by Kubernetes 1.34: it was removed in 1.32; use flowcontrol.apiserver.k8s.io/v1',
        },
        {
          messageId: 'removed',
          line: 13,
          column: 13,
          message:
            'resource.k8s.io/v1alpha2 ResourceClass is not served by Kubernetes 1.34: it was removed in 1.31; use resource.k8s.io/v1 DeviceClass ' +
            '(dynamic resource allocation was redesigned around devices (structured parameters))',
        },
      ],
    },
    {
      name: 'the target version decides: networking.k8s.io/v1beta1 Ingress is gone in 1.22',
      kubernetesVersion: '1.27',
      code: yaml`
        apiVersion: networking.k8s.io/v1beta1
        kind: Ingress
        metadata: { name: web }
      `,
      errors: [{ messageId: 'removed', line: 1, column: 13 }],
    },
  ],
});
