import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-deprecated-api';

testRule(rule, {
  valid: [
    yaml`
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata: { name: web-abc }
      addressType: IPv4
      endpoints: []
    `,
    {
      name: 'before its deprecation (v1 Endpoints is deprecated from 1.33)',
      kubernetesVersion: '1.32',
      code: yaml`
        apiVersion: v1
        kind: Endpoints
        metadata: { name: legacy }
      `,
    },
    {
      name: 'after its removal it is no-removed-api, not this rule',
      kubernetesVersion: '1.34',
      code: yaml`
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
        kind: FlowSchema
        metadata: { name: fs }
      `,
    },
    {
      name: 'on 1.25 batch/v1beta1 CronJob is removed (no-removed-api), not deprecated',
      kubernetesVersion: '1.25',
      code: yaml`
        apiVersion: batch/v1beta1
        kind: CronJob
        metadata: { name: nightly }
      `,
    },
  ],
  invalid: [
    {
      name: 'on 1.24, the APIs that 1.25, 1.26 and 1.27 remove are deprecated',
      kubernetesVersion: '1.24',
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
        ---
        apiVersion: storage.k8s.io/v1beta1
        kind: CSIStorageCapacity
        metadata: { name: cap }
      `,
      errors: [
        {
          messageId: 'deprecated',
          line: 1,
          column: 13,
          message: 'batch/v1beta1 CronJob is deprecated since Kubernetes 1.21 and removed in 1.25; use batch/v1',
        },
        { messageId: 'deprecated', line: 5, column: 13 },
        { messageId: 'deprecated', line: 9, column: 13 },
        { messageId: 'deprecated', line: 13, column: 13 },
      ],
    },
    {
      name: 'v1 Endpoints on 1.34',
      code: yaml`
        apiVersion: v1
        kind: Endpoints
        metadata: { name: legacy }
      `,
      errors: [
        {
          messageId: 'deprecated',
          line: 1,
          column: 13,
          message:
            'v1 Endpoints is deprecated since Kubernetes 1.33; use discovery.k8s.io/v1 EndpointSlice ' +
            '(Endpoints is still served; EndpointSlices are what kube-proxy and most controllers read)',
          path: 'apiVersion',
        },
      ],
    },
    {
      name: 'flowcontrol v1beta2 on 1.27 names v1beta3 too: v1 is only served from 1.29',
      kubernetesVersion: '1.27',
      code: yaml`
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta2
        kind: PriorityLevelConfiguration
        metadata: { name: p }
      `,
      errors: [
        {
          messageId: 'deprecated',
          line: 1,
          column: 13,
          message:
            'flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration is deprecated since Kubernetes 1.26 and removed in 1.29; ' +
            'use flowcontrol.apiserver.k8s.io/v1 (use flowcontrol.apiserver.k8s.io/v1beta3 before 1.29)',
        },
      ],
    },
    {
      name: 'flowcontrol v1beta3 on 1.30, with the release that removes it',
      kubernetesVersion: '1.30',
      code: yaml`
        apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
        kind: FlowSchema
        metadata: { name: fs }
      `,
      errors: [
        {
          messageId: 'deprecated',
          line: 1,
          column: 13,
          message:
            'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is deprecated since Kubernetes 1.29 and removed in 1.32; use flowcontrol.apiserver.k8s.io/v1',
        },
      ],
    },
  ],
});
