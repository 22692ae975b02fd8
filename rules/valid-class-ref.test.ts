import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-class-ref';

const CLASSES = yaml`
  apiVersion: scheduling.k8s.io/v1
  kind: PriorityClass
  metadata: { name: high-priority }
  value: 1000000
  ---
  apiVersion: node.k8s.io/v1
  kind: RuntimeClass
  metadata: { name: gvisor }
  handler: runsc
  ---
  apiVersion: storage.k8s.io/v1
  kind: StorageClass
  metadata: { name: fast-ssd }
  provisioner: ebs.csi.aws.com
  ---
  apiVersion: networking.k8s.io/v1
  kind: IngressClass
  metadata: { name: nginx-public }
  spec: { controller: k8s.io/ingress-nginx }
  ---
  apiVersion: gateway.networking.k8s.io/v1
  kind: GatewayClass
  metadata: { name: internal-lb }
  spec: { controllerName: example.com/gateway-controller }
`;

testRule(rule, {
  valid: [
    {
      name: 'classes the input defines, system PriorityClasses, and classes of the cluster unlike any of the input',
      context: CLASSES,
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              priorityClassName: high-priority
              runtimeClassName: gvisor
              containers: [{ name: web, image: nginx:1.27 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: agent }
        spec:
          priorityClassName: system-node-critical
          containers: [{ name: agent, image: busybox:1.36 }]
          volumes:
            - name: scratch
              ephemeral:
                volumeClaimTemplate:
                  spec: { storageClassName: gp3, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: { name: data }
        spec: { storageClassName: "", accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          ingressClassName: alb
          defaultBackend: { service: { name: web, port: { number: 80 } } }
      `,
    },
    {
      name: 'a name that differs from a class of the input only in its numbers is a sibling class of the cluster',
      code: yaml`
        apiVersion: storage.k8s.io/v1
        kind: StorageClass
        metadata: { name: gp3 }
        provisioner: ebs.csi.aws.com
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: { name: legacy }
        spec: { storageClassName: gp2, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
      `,
    },
    {
      name: 'without classes in the input, any name may be the cluster\'s',
      code: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: { name: data }
        spec: { storageClassName: fast-sdd, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
      `,
    },
  ],
  invalid: [
    {
      name: 'a typo of a class the input defines, in every place a class is named',
      context: CLASSES,
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec:
              priorityClassName: high-priorty
              runtimeClassName: gviser
              containers: [{ name: db, image: postgres:16 }]
              volumes:
                - name: scratch
                  ephemeral:
                    volumeClaimTemplate:
                      spec: { storageClassName: fast-sd, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
          volumeClaimTemplates:
            - metadata: { name: data }
              spec: { storageClassName: Fast-SSD, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: { name: uploads }
        spec: { storageClassName: fast-sdd, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          ingressClassName: nginx-pubic
          defaultBackend: { service: { name: web, port: { number: 80 } } }
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: { name: gw }
        spec:
          gatewayClassName: internal-lbs
          listeners: [{ name: http, port: 80, protocol: HTTP }]
      `,
      errors: [
        {
          messageId: 'typo',
          line: 20,
          column: 33,
          severity: 'error',
          message: 'StorageClass "Fast-SSD" does not exist (did you mean "fast-ssd"?): the claim stays Pending, and so do the pods that mount it',
          path: 'spec.volumeClaimTemplates[0].spec.storageClassName',
        },
        {
          messageId: 'typo',
          line: 17,
          column: 41,
          severity: 'error',
          message: 'StorageClass "fast-sd" does not exist (did you mean "fast-ssd"?): the claim stays Pending, and so do the pods that mount it',
          path: 'spec.template.spec.volumes[0].ephemeral.volumeClaimTemplate.spec.storageClassName',
        },
        {
          messageId: 'typo',
          line: 10,
          column: 26,
          severity: 'error',
          message: 'PriorityClass "high-priorty" does not exist (did you mean "high-priority"?): the API server rejects the pod (no PriorityClass with that name)',
          path: 'spec.template.spec.priorityClassName',
        },
        {
          messageId: 'typo',
          line: 11,
          column: 25,
          severity: 'error',
          message: 'RuntimeClass "gviser" does not exist (did you mean "gvisor"?): the API server rejects the pod (RuntimeClass not found)',
          path: 'spec.template.spec.runtimeClassName',
        },
        {
          messageId: 'typo',
          line: 25,
          column: 27,
          severity: 'error',
          message: 'StorageClass "fast-sdd" does not exist (did you mean "fast-ssd"?): the claim stays Pending, and so do the pods that mount it',
          path: 'spec.storageClassName',
        },
        {
          messageId: 'typo',
          line: 31,
          column: 21,
          severity: 'warning',
          message: 'IngressClass "nginx-pubic" does not exist (did you mean "nginx-public"?): no ingress controller serves the Ingress',
          path: 'spec.ingressClassName',
        },
        {
          messageId: 'typo',
          line: 38,
          column: 21,
          severity: 'warning',
          message: 'GatewayClass "internal-lbs" does not exist (did you mean "internal-lb"?): no controller accepts the Gateway',
          path: 'spec.gatewayClassName',
        },
      ],
    },
    {
      name: 'a DeviceClass typo in a claim (v1, under exactly) and in a template (v1beta1, and an alternative of firstAvailable)',
      code: yaml`
        apiVersion: resource.k8s.io/v1
        kind: DeviceClass
        metadata: { name: gpu.example.com }
        spec: { selectors: [{ cel: { expression: 'device.driver == "gpu.example.com"' } }] }
        ---
        apiVersion: resource.k8s.io/v1
        kind: ResourceClaim
        metadata: { name: one-gpu }
        spec:
          devices:
            requests:
              - name: gpu
                exactly: { deviceClassName: gpu.exmple.com }
              - name: any
                exactly: { deviceClassName: fpga.vendor.io }
        ---
        apiVersion: resource.k8s.io/v1beta1
        kind: ResourceClaimTemplate
        metadata: { name: gpus }
        spec:
          spec:
            devices:
              requests:
                - { name: a, deviceClassName: gpu.example.co }
                - name: b
                  firstAvailable: [{ name: big, deviceClassName: gpu.example.com }, { name: small, deviceClassName: gpu.exampel.com }]
      `,
      errors: [
        {
          messageId: 'typo',
          line: 13,
          column: 37,
          message: 'DeviceClass "gpu.exmple.com" does not exist (did you mean "gpu.example.com"?): the claim cannot be allocated, and the pods that use it stay Pending',
          path: 'spec.devices.requests[0].exactly.deviceClassName',
        },
        {
          messageId: 'typo',
          line: 24,
          column: 39,
          message: 'DeviceClass "gpu.example.co" does not exist (did you mean "gpu.example.com"?): the claim cannot be allocated, and the pods that use it stay Pending',
          path: 'spec.spec.devices.requests[0].deviceClassName',
        },
        {
          messageId: 'typo',
          line: 26,
          column: 109,
          message: 'DeviceClass "gpu.exampel.com" does not exist (did you mean "gpu.example.com"?): the claim cannot be allocated, and the pods that use it stay Pending',
          path: 'spec.spec.devices.requests[1].firstAvailable[1].deviceClassName',
        },
      ],
    },
  ],
});
