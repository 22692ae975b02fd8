import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-suspicious-quantity';

/** A Pod whose container resources are the given lines (written without indentation), from line 9. */
const pod = (resources: string) =>
  yaml`
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers:
        - name: app
          image: app:1
          resources:
  ` + resources.split('\n').map((l) => `        ${l}\n`).join('');

testRule(rule, {
  valid: [
    { name: 'ordinary values', code: pod('requests: { cpu: 250m, memory: 128Mi, ephemeral-storage: 1Gi }\nlimits: { cpu: "2", memory: 1G }') },
    { name: 'a bare number of bytes above 1Mi', code: pod('requests: { memory: 268435456 }') },
    { name: 'exponent notation', code: pod('requests: { memory: 1e9, cpu: 0.5 }') },
    { name: '64 cores is the limit', code: pod('limits: { cpu: 64 }') },
    { name: 'a quoted number reads as its value', code: pod('requests:\n  cpu: "100"'), options: { maxCpuCores: 100 } },
    { name: 'a higher CPU ceiling by option', options: { maxCpuCores: 256 }, code: pod('limits: { cpu: 192 }') },
    { name: 'zero is left alone', code: pod('requests: { memory: "0", cpu: "0" }') },
    { name: 'extended resources are not checked', code: pod('limits: { nvidia.com/gpu: 1 }') },
  ],
  invalid: [
    {
      name: 'memory in milli-bytes',
      code: pod('limits:\n  memory: 128m'),
      errors: [
        {
          messageId: 'milliBytes',
          line: 10,
          column: 19,
          message: 'container "app": memory 128m is 0.128 bytes ("m" means milli, not mega); did you mean 128Mi?',
          path: 'spec.containers[0].resources.limits.memory',
        },
      ],
    },
    {
      name: 'memory as a bare small number',
      code: pod('requests:\n  memory: 512'),
      errors: [{ messageId: 'tinyMemory', line: 10, column: 19, message: 'container "app": memory 512 is 512 bytes, too little for any container; did you mean 512Mi?' }],
    },
    {
      name: 'memory in Ki below 1Mi',
      code: pod('requests:\n  memory: 64Ki'),
      errors: [{ messageId: 'tinyMemory', line: 10, column: 19, message: 'container "app": memory 64Ki is 65536 bytes, too little for any container; did you mean 64Mi?' }],
    },
    {
      name: 'ephemeral-storage in milli-bytes, no hint for a fractional value',
      code: pod('requests:\n  ephemeral-storage: "0.5"'),
      errors: [{ messageId: 'milliBytes', line: 10, column: 30, message: 'container "app": ephemeral-storage 0.5 is 0.5 bytes ("m" means milli, not mega)' }],
    },
    {
      name: 'CPU as a bare large integer',
      code: pod('requests:\n  cpu: 500'),
      errors: [{ messageId: 'hugeCpu', line: 10, column: 16, message: 'container "app": cpu 500 is 500 cores, more than 64 cores; did you mean 500m?' }],
    },
    {
      name: 'CPU as a quoted large integer',
      code: pod('limits:\n  cpu: "100"'),
      errors: [{ messageId: 'hugeCpu', line: 10, column: 16, message: 'container "app": cpu 100 is 100 cores, more than 64 cores; did you mean 100m?' }],
    },
    {
      name: 'CPU in a memory unit',
      code: pod('limits:\n  cpu: 1Gi'),
      errors: [{ messageId: 'hugeCpu', line: 10, column: 16, message: 'container "app": cpu 1Gi is 1073741824 cores, more than 64 cores' }],
    },
    {
      name: 'a LimitRange default in milli-bytes',
      code: yaml`
        apiVersion: v1
        kind: LimitRange
        metadata: { name: defaults }
        spec:
          limits:
            - type: Container
              defaultRequest:
                memory: 256m
      `,
      errors: [{ messageId: 'milliBytes', line: 8, column: 17, message: 'container defaultRequest memory 256m is 0.256 bytes ("m" means milli, not mega); did you mean 256Mi?' }],
    },
  ],
});
