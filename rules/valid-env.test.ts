import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-env';

testRule(rule, {
  valid: [
    {
      name: 'every source alone, an empty value beside valueFrom, label and annotation keys, pod IPs, unit divisors, names with dots and dashes',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              initContainers:
                - name: proxy
                  image: proxy:1
                  restartPolicy: Always
                  env:
                    - name: APP_MEMORY
                      valueFrom: { resourceFieldRef: { containerName: web, resource: limits.memory, divisor: 1Mi } }
              containers:
                - name: web
                  image: web:1
                  env:
                    - name: POD_NAME
                      value: ""
                      valueFrom: { fieldRef: { fieldPath: metadata.name } }
                    - name: APP_NAME
                      valueFrom: { fieldRef: { apiVersion: v1, fieldPath: "metadata.labels['app.kubernetes.io/name']" } }
                    - name: OWNER
                      valueFrom: { fieldRef: { fieldPath: "metadata.annotations['Example.com/Owner']" } }
                    - name: POD_IPS
                      valueFrom: { fieldRef: { fieldPath: status.podIPs } }
                    - name: HOST_IPS
                      valueFrom: { fieldRef: { fieldPath: status.hostIPs } }
                    - name: NODE
                      valueFrom: { fieldRef: { fieldPath: spec.host } }
                    - name: SA
                      valueFrom: { fieldRef: { fieldPath: spec.serviceAccountName } }
                    - name: MEMORY_MB
                      valueFrom: { resourceFieldRef: { resource: limits.memory, divisor: 1Mi } }
                    - name: MEMORY_KB
                      valueFrom: { resourceFieldRef: { resource: requests.memory, divisor: 1000 } }
                    - name: CPU_MILLIS
                      valueFrom: { resourceFieldRef: { resource: requests.cpu, divisor: 1m } }
                    - name: CPUS
                      valueFrom: { resourceFieldRef: { resource: limits.cpu, divisor: 1000m } }
                    - name: SCRATCH
                      valueFrom: { resourceFieldRef: { resource: limits.ephemeral-storage, divisor: 0 } }
                    - name: HUGEPAGES
                      valueFrom: { resourceFieldRef: { resource: requests.hugepages-2Mi, divisor: 1Gi } }
                    - name: DB_PASSWORD
                      valueFrom: { secretKeyRef: { name: db, key: password } }
                    - name: LOG_LEVEL
                      valueFrom: { configMapKeyRef: { name: web, key: level } }
                    - { name: my.env-name, value: a }
                    - { name: _private, value: b }
                    - { name: MyEnvName1, value: c }
                  envFrom:
                    - { prefix: WEB_, configMapRef: { name: web } }
                    - secretRef: { name: db }
      `,
    },
    {
      name: 'a fileKeyRef (EnvFiles) is a source; with another source it depends on the feature gate, so it is not reported',
      kubernetesVersion: '1.34',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              env:
                - name: FROM_FILE
                  valueFrom: { fileKeyRef: { volumeName: config, path: app.env, key: TOKEN } }
                - name: BOTH
                  valueFrom:
                    fileKeyRef: { volumeName: config, path: app.env, key: TOKEN }
                    secretKeyRef: { name: s, key: token }
          volumes: [{ name: config, emptyDir: {} }]
      `,
    },
    {
      name: 'from Kubernetes 1.32 a name or prefix may be any printable ASCII except "="',
      kubernetesVersion: '1.32',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              env:
                - { name: 1ST, value: a }
                - { name: "my var", value: b }
                - { name: "..", value: c }
              envFrom:
                - { prefix: "app:", configMapRef: { name: app } }
      `,
    },
    {
      name: 'a pod without env, and entries the schema reports (no name, a valueFrom that is not an object)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              env:
                - value: x
                - name: X
                  valueFrom: null
                - name: Y
                  valueFrom: nope
            - name: other
              image: other:1
      `,
    },
  ],
  invalid: [
    {
      name: 'a value beside valueFrom, a valueFrom without a source, one with two, a value beside two',
      code: yaml`
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
                  image: web:1
                  env:
                    - name: DB_PASSWORD
                      value: hunter2
                      valueFrom:
                        secretKeyRef: { name: db, key: password }
                    - name: POD_NAME
                      valueFrom: {}
                    - name: NODE
                      valueFrom:
                        fieldRef: { fieldPath: spec.nodeName }
                        configMapKeyRef: { name: web, key: node }
                    - name: ZONE
                      value: eu-west-1a
                      valueFrom:
                        fieldRef: { fieldPath: spec.nodeName }
                        configMapKeyRef: { name: web, key: zone }
      `,
      errors: [
        {
          messageId: 'valueAndValueFrom',
          line: 14,
          column: 22,
          message: 'env "DB_PASSWORD" of container "web" sets both value and valueFrom: valueFrom is allowed only when value is empty',
        },
        {
          messageId: 'noSource',
          line: 18,
          column: 15,
          message: 'env "POD_NAME" of container "web": valueFrom must set one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef',
        },
        {
          messageId: 'manySources',
          line: 22,
          column: 17,
          message: 'env "NODE" of container "web": valueFrom sets fieldRef and configMapKeyRef, but may set only one of them',
        },
        // a value beside two sources: the API server reports the value alone
        { messageId: 'valueAndValueFrom', line: 24, column: 22 },
      ],
    },
    {
      name: 'fieldRef paths the downward API does not offer to variables, with did you mean',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              env:
                - { name: A, valueFrom: { fieldRef: { fieldPath: metadata.podIP } } }
                - { name: B, valueFrom: { fieldRef: { fieldPath: status.podIp } } }
                - { name: C, valueFrom: { fieldRef: { fieldPath: metadata.labels.app } } }
                - { name: D, valueFrom: { fieldRef: { fieldPath: 'metadata.annotations["owner"]' } } }
                - { name: E, valueFrom: { fieldRef: { fieldPath: "metadata.label['app']" } } }
                - { name: F, valueFrom: { fieldRef: { fieldPath: status.phase } } }
                - { name: G, valueFrom: { fieldRef: { fieldPath: metadata.labels } } }
                - { name: H, valueFrom: { fieldRef: { fieldPath: "metadata.labels['-app']" } } }
                - { name: I, valueFrom: { fieldRef: { apiVersion: v2, fieldPath: metadata.name } } }
      `,
      errors: [
        {
          messageId: 'fieldPath',
          line: 9,
          column: 58,
          message: 'fieldRef.fieldPath "metadata.podIP" is not a pod field environment variables can read (did you mean "status.podIP"?)',
        },
        { messageId: 'fieldPath', line: 10, column: 58, message: 'fieldRef.fieldPath "status.podIp" is not a pod field environment variables can read (did you mean "status.podIP"?)' },
        {
          messageId: 'fieldPath',
          line: 11,
          column: 58,
          message: 'fieldRef.fieldPath "metadata.labels.app" is not a pod field environment variables can read (did you mean "metadata.labels[\'app\']"?)',
        },
        {
          messageId: 'fieldPath',
          line: 12,
          column: 58,
          message: 'fieldRef.fieldPath "metadata.annotations["owner"]" is not a pod field environment variables can read (did you mean "metadata.annotations[\'owner\']"?)',
        },
        {
          messageId: 'fieldPath',
          line: 13,
          column: 58,
          message: 'fieldRef.fieldPath "metadata.label[\'app\']" is not a pod field environment variables can read (did you mean "metadata.labels[\'app\']"?)',
        },
        {
          messageId: 'fieldPath',
          line: 14,
          column: 58,
          message:
            'fieldRef.fieldPath "status.phase" is not a pod field environment variables can read (supported: metadata.name, metadata.namespace, ' +
            "metadata.uid, metadata.labels['<key>'], metadata.annotations['<key>'], spec.nodeName, spec.serviceAccountName, status.hostIP, " +
            'status.hostIPs, status.podIP, status.podIPs)',
        },
        {
          messageId: 'wholeMap',
          line: 15,
          column: 58,
          message:
            'fieldRef.fieldPath "metadata.labels" selects every label, which only a downwardAPI volume can hold: an environment variable reads one, as metadata.labels[\'<key>\']',
        },
        {
          messageId: 'subscriptKey',
          line: 16,
          column: 58,
          message:
            'fieldRef.fieldPath "metadata.labels[\'-app\']": "-app" is not a valid label key: name part must consist of alphanumeric characters, \'-\', \'_\' or \'.\', and must start and end with an alphanumeric character',
        },
        {
          messageId: 'fieldApiVersion',
          line: 17,
          column: 59,
          message: 'fieldRef.apiVersion "v2" is not supported: the downward API reads pod fields in version v1',
        },
      ],
    },
    {
      name: 'status.hostIPs before Kubernetes 1.29',
      kubernetesVersion: '1.28',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              env:
                - name: HOST_IPS
                  valueFrom:
                    fieldRef: { fieldPath: status.hostIPs }
      `,
      errors: [
        {
          messageId: 'hostIPs',
          line: 11,
          column: 36,
          message: 'fieldRef.fieldPath "status.hostIPs" needs Kubernetes 1.29 or later (target 1.28): use status.hostIP',
        },
      ],
    },
    {
      name: 'resourceFieldRef: unknown resources, divisors that are not units, a container the pod does not have',
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
              initContainers:
                - name: init
                  image: init:1
                  env:
                    - name: DB_MEMORY
                      valueFrom:
                        resourceFieldRef:
                          containerName: dbb
                          resource: limits.memory
              containers:
                - name: db
                  image: db:1
                  env:
                    - { name: A, valueFrom: { resourceFieldRef: { resource: limits.mem } } }
                    - { name: B, valueFrom: { resourceFieldRef: { resource: memory } } }
                    - { name: C, valueFrom: { resourceFieldRef: { resource: limits.nvidia.com/gpu } } }
                    - { name: D, valueFrom: { resourceFieldRef: { resource: limits.memory, divisor: 1m } } }
                    - { name: E, valueFrom: { resourceFieldRef: { resource: requests.memory, divisor: 1024 } } }
                    - { name: F, valueFrom: { resourceFieldRef: { resource: limits.cpu, divisor: 1Mi } } }
                    - { name: G, valueFrom: { resourceFieldRef: { resource: requests.cpu, divisor: "0.5" } } }
                    - { name: H, valueFrom: { resourceFieldRef: { resource: limits.ephemeral-storage, divisor: "1e3" } } }
      `,
      errors: [
        {
          messageId: 'resource',
          line: 23,
          column: 69,
          message: 'resourceFieldRef.resource "limits.mem" is not a container resource environment variables can read (did you mean "limits.memory"?)',
        },
        { messageId: 'resource', line: 24, column: 69 },
        {
          messageId: 'resource',
          line: 25,
          column: 69,
          message:
            'resourceFieldRef.resource "limits.nvidia.com/gpu" is not a container resource environment variables can read (supported: limits.cpu, ' +
            'limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory, requests.ephemeral-storage, limits.hugepages-<size>, requests.hugepages-<size>)',
        },
        {
          messageId: 'divisor',
          line: 26,
          column: 93,
          message: 'divisor "1m" is not supported with limits.memory: use one of 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi or 1Ei',
        },
        {
          messageId: 'divisor',
          line: 27,
          column: 95,
          message:
            'divisor 1024 is not supported with requests.memory: use one of 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi or 1Ei (the same amount written "1Ki" is accepted)',
        },
        { messageId: 'divisor', line: 28, column: 90, message: 'divisor "1Mi" is not supported with limits.cpu: use one of 1m or 1' },
        { messageId: 'divisor', line: 29, column: 92 },
        {
          messageId: 'divisor',
          line: 30,
          column: 104,
          message:
            'divisor "1e3" is not supported with limits.ephemeral-storage: use one of 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi or 1Ei (the same amount written "1k" is accepted)',
        },
        {
          messageId: 'containerName',
          line: 17,
          column: 34,
          message: 'resourceFieldRef.containerName "dbb" names no container of the pod (did you mean "db"?): the kubelet cannot start container "init"',
        },
      ],
    },
    {
      name: 'names and prefixes before Kubernetes 1.32: letters, digits, "_", "-" and ".", not starting with a digit or ".."',
      kubernetesVersion: '1.30',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: migrate:1
                  env:
                    - { name: 1ST, value: a }
                    - { name: "..x", value: b }
                    - { name: "A=B", value: c }
                  envFrom:
                    - { prefix: "my prefix", configMapRef: { name: migrate } }
      `,
      errors: [
        {
          messageId: 'name',
          line: 12,
          column: 23,
          message:
            'env var name "1ST" of container "migrate" is invalid for Kubernetes 1.30: it must consist of letters, digits, \'_\', \'-\' or \'.\', ' +
            "and must not start with a digit (Kubernetes 1.32 and later accept any printable ASCII character except '=')",
        },
        {
          messageId: 'name',
          line: 13,
          column: 23,
          message:
            'env var name "..x" of container "migrate" is invalid for Kubernetes 1.30: it must not start with \'..\' (Kubernetes 1.32 and later accept any printable ASCII character except \'=\')',
        },
        {
          messageId: 'name',
          line: 14,
          column: 23,
          message: 'env var name "A=B" of container "migrate" is invalid for Kubernetes 1.30: it must consist of letters, digits, \'_\', \'-\' or \'.\', and must not start with a digit',
        },
        { messageId: 'name', line: 16, column: 25 },
      ],
    },
    {
      name: 'names from Kubernetes 1.32: printable ASCII except "=", in app, init and ephemeral containers; envFrom with no source or two',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - name: init
              image: init:1
              env: [{ name: "KEY=VALUE", value: a }]
          containers:
            - name: app
              image: app:1
              env: [{ name: "CAFÉ", value: b }, { name: "", value: c }]
              envFrom:
                - prefix: APP_
                - configMapRef: { name: app }
                  secretRef: { name: app }
                - { prefix: "TAB\tX_", secretRef: { name: app } }
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
              env: [{ name: "DEBUG=1", value: d }]
      `,
      errors: [
        { messageId: 'name', line: 12, column: 21 },
        { messageId: 'name', line: 12, column: 49, message: 'env var name "" of container "app" is invalid: it must not be empty' },
        { messageId: 'envFromNoSource', line: 14, column: 11, message: 'envFrom[0] of container "app" must set one of configMapRef or secretRef' },
        { messageId: 'envFromBoth', line: 16, column: 11, message: 'envFrom[1] of container "app" sets both configMapRef and secretRef: use one entry for each' },
        {
          messageId: 'name',
          line: 17,
          column: 21,
          message: 'envFrom prefix "TAB\\tX_" of container "app" is invalid: it may consist only of printable ASCII characters other than \'=\'',
        },
        {
          messageId: 'name',
          line: 8,
          column: 21,
          message: 'env var name "KEY=VALUE" of container "init" is invalid: it may consist only of printable ASCII characters other than \'=\'',
        },
        { messageId: 'name', line: 21, column: 21 },
      ],
    },
  ],
});

describe('valid-env and literal values', () => {
  it('marks the finding on a value beside valueFrom sensitive (code frames mask the value), and no other', () => {
    const code = yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: app
            image: app:1
            env:
              - { name: TOKEN, value: s3cr3t, valueFrom: { secretKeyRef: { name: app, key: token } } }
              - { name: NODE, valueFrom: { fieldRef: { fieldPath: spec.node } } }
    `;
    const found = lintWithRule(rule, { code });
    expect(found.map((f) => [f.messageId, f.finding.line, f.finding.column, f.sensitive ?? false])).toEqual([
      ['valueAndValueFrom', 9, 33, true],
      ['fieldPath', 10, 61, false],
    ]);
    expect(found.some((f) => f.finding.message.includes('s3cr3t'))).toBe(false);
  });
});
