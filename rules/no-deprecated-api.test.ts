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
  ],
  invalid: [
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
