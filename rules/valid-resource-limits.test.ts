import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-resource-limits';

/** A Pod whose container resources are the given lines (written without indentation), from line 9. */
const pod = (resources: string) =>
  yaml`
    apiVersion: v1
    kind: Pod
    metadata: { name: p, namespace: team }
    spec:
      containers:
        - name: app
          image: app:1
          resources:
  ` + resources.split('\n').map((l) => `        ${l}\n`).join('');

const limitRange = yaml`
  apiVersion: v1
  kind: LimitRange
  metadata: { name: defaults, namespace: team }
  spec:
    limits:
      - type: Container
        default:
          memory: 512Mi
`;

testRule(rule, {
  valid: [
    { name: 'request below limit', code: pod('requests: { cpu: 500m, memory: 1Gi }\nlimits: { cpu: "1", memory: 1Gi }') },
    { name: 'equal values written differently', code: pod('requests: { cpu: "0.5" }\nlimits: { cpu: 500m }') },
    { name: 'extended resource with equal request and limit', code: pod('requests: { nvidia.com/gpu: 1 }\nlimits: { nvidia.com/gpu: "1" }') },
    { name: 'extended resource as a limit only', code: pod('limits: { nvidia.com/gpu: 2 }') },
    { name: 'request without limit and no LimitRange', code: pod('requests: { memory: 4Gi }') },
    { name: 'request below the LimitRange default limit', context: limitRange, code: pod('requests: { memory: 256Mi }') },
    { name: 'an explicit limit overrides the LimitRange default', context: limitRange, code: pod('requests: { memory: 1Gi }\nlimits: { memory: 2Gi }') },
  ],
  invalid: [
    {
      name: 'CPU request above the limit',
      code: pod('requests:\n  cpu: "2"\nlimits:\n  cpu: 1500m'),
      errors: [
        {
          messageId: 'requestAboveLimit',
          line: 10,
          column: 16,
          message: 'container "app" requests 2 CPU, more than its limit of 1500m',
          path: 'spec.containers[0].resources.requests.cpu',
        },
      ],
    },
    {
      name: 'memory request above the limit in another unit',
      code: pod('requests: { memory: 2Gi }\nlimits: { memory: 2000Mi }'),
      errors: [{ messageId: 'requestAboveLimit', line: 9, column: 29, message: 'container "app" requests 2Gi memory, more than its limit of 2000Mi' }],
    },
    {
      name: 'hugepages request different from the limit',
      code: pod('requests: { hugepages-2Mi: 100Mi, memory: 1Gi }\nlimits: { hugepages-2Mi: 200Mi, memory: 1Gi }'),
      errors: [{ messageId: 'mustEqual', line: 9, column: 36 }],
    },
    {
      name: 'extended resource request without a limit',
      code: pod('requests: { example.com/fpga: 1 }'),
      errors: [
        {
          messageId: 'limitRequired',
          line: 9,
          column: 39,
          message:
            'container "app" requests example.com/fpga without a limit; example.com/fpga cannot be overcommitted, so the limit must be set to the request',
        },
      ],
    },
    {
      name: 'a request above the default limit of the namespace LimitRange',
      context: limitRange,
      code: pod('requests:\n  memory: 1Gi'),
      errors: [
        {
          messageId: 'aboveDefaultLimit',
          line: 10,
          column: 19,
          message:
            'container "app" requests 1Gi memory and sets no limit, so LimitRange team/defaults gives it the default limit 512Mi: every pod is rejected',
        },
      ],
    },
  ],
});
