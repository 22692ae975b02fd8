import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-hpa-metrics';

/** A Deployment "web" (lines 1-13) whose second container has the given resources. */
const web = (sidecarResources: string) => yaml`
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
            image: web:2
            resources: { requests: { cpu: 250m, memory: 256Mi } }
          - { name: shipper, image: shipper:1, resources: ${sidecarResources} }
`;

const hpa = (spec: string) => `---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  maxReplicas: 5
${spec}
`;

const cpuUtilization = '  metrics:\n    - type: Resource\n      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }';

testRule(rule, {
  valid: [
    { name: 'every container requests CPU', code: web('{ requests: { cpu: 50m } }') + hpa(cpuUtilization) },
    { name: 'a limit sets the request', code: web('{ limits: { cpu: 50m } }') + hpa(cpuUtilization) },
    {
      name: 'a LimitRange default request in the namespace',
      code: web('{}') + hpa(cpuUtilization) + '---\napiVersion: v1\nkind: LimitRange\nmetadata: { name: defaults }\nspec:\n  limits: [ { type: Container, defaultRequest: { cpu: 100m } } ]\n',
    },
    { name: 'an AverageValue target needs no request', code: web('{}') + hpa('  metrics:\n    - type: Resource\n      resource: { name: cpu, target: { type: AverageValue, averageValue: 200m } }') },
    {
      name: 'a ContainerResource metric counts only its container',
      code: web('{}') + hpa('  metrics:\n    - type: ContainerResource\n      containerResource: { name: cpu, container: web, target: { type: Utilization, averageUtilization: 60 } }'),
    },
    { name: 'memory utilization with memory requested everywhere', code: web('{ requests: { memory: 64Mi } }') + hpa('  metrics:\n    - type: Resource\n      resource: { name: memory, target: { type: Utilization, averageUtilization: 80 } }') },
    { name: 'a target not in the input is valid-hpa-target\'s', code: hpa(cpuUtilization).slice(4) },
  ],
  invalid: [
    {
      name: 'a Resource CPU utilization; the sidecar requests no CPU',
      code: web('{ requests: { memory: 64Mi } }') + hpa(cpuUtilization),
      errors: [
        {
          messageId: 'missingRequest',
          line: 23,
          column: 46,
          message:
            'metric 1 (Resource cpu) is a utilization of CPU requests, but container "shipper" of Deployment web requests no CPU: the autoscaler fails (missing request for cpu) and never scales',
        },
      ],
    },
    {
      name: 'the default target of a v2 autoscaler without metrics, and of autoscaling/v1; a zero request',
      code:
        web('{ requests: { cpu: "0" } }') +
        hpa('  minReplicas: 1') +
        '---\napiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata: { name: web-v1 }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }\n  maxReplicas: 5\n  targetCPUUtilizationPercentage: 60\n',
      errors: [
        {
          messageId: 'missingRequest',
          line: 19,
          column: 3,
          message:
            'the default target (80% CPU) is a utilization of CPU requests, but container "shipper" of Deployment web requests no CPU: the autoscaler fails (missing request for cpu) and never scales',
        },
        {
          messageId: 'missingRequest',
          line: 29,
          column: 35,
          message:
            'targetCPUUtilizationPercentage 60 is a utilization of CPU requests, but container "shipper" of Deployment web requests no CPU: the autoscaler fails (missing request for cpu) and never scales',
        },
      ],
    },
    {
      name: 'a LimitRange default does not replace a request written as 0',
      code:
        web('{ requests: { cpu: "0" } }') + hpa(cpuUtilization) +
        '---\napiVersion: v1\nkind: LimitRange\nmetadata: { name: defaults }\nspec:\n  limits: [ { type: Container, defaultRequest: { cpu: 100m } } ]\n',
      errors: [
        {
          messageId: 'missingRequest',
          line: 23,
          column: 46,
          message:
            'metric 1 (Resource cpu) is a utilization of CPU requests, but container "shipper" of Deployment web requests no CPU: the autoscaler fails (missing request for cpu) and never scales',
        },
      ],
    },
    {
      name: 'a ContainerResource metric naming a container the target does not have',
      code: web('{}') + hpa('  metrics:\n    - type: ContainerResource\n      containerResource: { name: cpu, container: app, target: { type: Utilization, averageUtilization: 60 } }'),
      errors: [
        {
          messageId: 'unknownContainer',
          line: 23,
          column: 71,
          severity: 'warning',
          message: 'metric 1 (ContainerResource cpu of container app) names container "app", which Deployment web does not have (containers: web, shipper)',
        },
      ],
    },
  ],
});
