import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-resource-claims';

testRule(rule, {
  valid: [
    {
      name: 'no claims at all',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: c, image: busybox:1.36, resources: { limits: { memory: 64Mi } } }]
      `,
    },
    {
      name: 'a shared claim and a template that exist; one claim used for two of its requests',
      code: yaml`
        apiVersion: resource.k8s.io/v1
        kind: ResourceClaim
        metadata: { name: shared-gpu }
        spec: { devices: { requests: [{ name: gpu, exactly: { deviceClassName: gpu.example.com } }] } }
        ---
        apiVersion: resource.k8s.io/v1
        kind: ResourceClaimTemplate
        metadata: { name: nics }
        spec:
          spec:
            devices:
              requests:
                - { name: a, exactly: { deviceClassName: nic.example.com } }
                - { name: b, exactly: { deviceClassName: nic.example.com } }
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { name: train }
        spec:
          template:
            spec:
              restartPolicy: Never
              initContainers:
                - name: warm
                  image: busybox:1.36
                  resources: { claims: [{ name: gpu }] }
              containers:
                - name: trainer
                  image: registry.example.com/trainer:2
                  resources:
                    claims: [{ name: gpu }, { name: nic, request: a }, { name: nic, request: b }]
              resourceClaims:
                - { name: gpu, resourceClaimName: shared-gpu }
                - { name: nic, resourceClaimTemplateName: nics }
      `,
    },
    {
      name: 'the 1.26–1.30 form, with the names under source',
      code: yaml`
        apiVersion: resource.k8s.io/v1alpha2
        kind: ResourceClaimTemplate
        metadata: { name: gpu-template }
        spec: { spec: { resourceClassName: gpu.example.com } }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: c, image: busybox:1.36, resources: { claims: [{ name: gpu }] } }]
          resourceClaims: [{ name: gpu, source: { resourceClaimTemplateName: gpu-template } }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a container uses a claim the pod does not list',
      code: yaml`
        apiVersion: resource.k8s.io/v1
        kind: ResourceClaim
        metadata: { name: gpu }
        spec: { devices: { requests: [{ name: gpu, exactly: { deviceClassName: gpu.example.com } }] } }
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  resources:
                    claims:
                      - name: gpus
              resourceClaims:
                - { name: gpu, resourceClaimName: gpu }
      `,
      errors: [
        {
          messageId: 'unknownClaim',
          line: 19,
          column: 23,
          message: 'container "web" uses resource claim "gpus", which is not in the pod\'s resourceClaims (did you mean "gpu"?)',
          path: 'spec.template.spec.containers[0].resources.claims[0].name',
        },
      ],
    },
    {
      name: 'a pod without resourceClaims',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: c, image: busybox:1.36, resources: { claims: [{ name: gpu }] } }]
      `,
      errors: [{ messageId: 'unknownClaim', line: 5, column: 78, message: 'container "c" uses resource claim "gpu", which is not in the pod\'s resourceClaims (the pod lists none)' }],
    },
    {
      name: 'a claim used twice by one container, an entry listed twice, entries with no name or both names',
      code: yaml`
        apiVersion: resource.k8s.io/v1
        kind: ResourceClaim
        metadata: { name: gpu }
        spec: { devices: { requests: [{ name: gpu, exactly: { deviceClassName: gpu.example.com } }] } }
        ---
        apiVersion: resource.k8s.io/v1
        kind: ResourceClaimTemplate
        metadata: { name: nic }
        spec: { spec: { devices: { requests: [{ name: nic, exactly: { deviceClassName: nic.example.com } }] } } }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: c
              image: busybox:1.36
              resources: { claims: [{ name: gpu }, { name: gpu }] }
          resourceClaims:
            - { name: gpu, resourceClaimName: gpu }
            - { name: gpu, resourceClaimName: gpu }
            - { name: none }
            - { name: both, resourceClaimName: gpu, resourceClaimTemplateName: nic }
      `,
      errors: [
        { messageId: 'duplicateEntry', line: 21, column: 15, message: 'the pod lists resource claim "gpu" twice' },
        { messageId: 'noSource', line: 22, column: 7, message: 'resource claim "none" must set one of resourceClaimName and resourceClaimTemplateName' },
        { messageId: 'twoSources', line: 23, column: 7, message: 'resource claim "both" sets both resourceClaimName and resourceClaimTemplateName: set one' },
        { messageId: 'duplicateClaim', line: 18, column: 52, message: 'container "c" uses resource claim "gpu" twice' },
      ],
    },
    {
      name: 'a claim and a template that do not exist (the template misspelt)',
      code: yaml`
        apiVersion: resource.k8s.io/v1
        kind: ResourceClaimTemplate
        metadata: { name: single-gpu, namespace: ml }
        spec: { spec: { devices: { requests: [{ name: gpu, exactly: { deviceClassName: gpu.example.com } }] } } }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p, namespace: ml }
        spec:
          containers: [{ name: c, image: busybox:1.36, resources: { claims: [{ name: a }, { name: b }] } }]
          resourceClaims:
            - { name: a, resourceClaimName: shared-gpu }
            - name: b
              source: { resourceClaimTemplateName: single-gpus }
      `,
      errors: [
        {
          messageId: 'missing',
          line: 12,
          column: 37,
          message: 'ResourceClaim "shared-gpu" not found in namespace ml: the pod stays Pending',
          path: 'spec.resourceClaims[0].resourceClaimName',
        },
        {
          messageId: 'missing',
          line: 14,
          column: 44,
          message: 'ResourceClaimTemplate "single-gpus" not found in namespace ml (did you mean "single-gpu"?): the pod stays Pending',
          path: 'spec.resourceClaims[1].source.resourceClaimTemplateName',
        },
      ],
    },
  ],
});
