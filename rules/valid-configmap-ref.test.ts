import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-configmap-ref';

/** The ConfigMap (lines 1-7), a document separator (line 8), then the object under test from line 9. */
const withConfigMap = (code: string) => `${configMap}---\n${code}`;
const configMap = yaml`
  apiVersion: v1
  kind: ConfigMap
  metadata: { name: app-config }
  data:
    LOG_LEVEL: debug
  binaryData:
    logo.png: aGVsbG8=
`;

testRule(rule, {
  valid: [
    {
      name: 'env, envFrom and volume references to an existing ConfigMap and keys (data and binaryData)',
      code: withConfigMap(yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          containers:
            - name: web
              image: nginx:1.27
              env:
                - name: LOG_LEVEL
                  valueFrom: { configMapKeyRef: { name: app-config, key: LOG_LEVEL } }
              envFrom: [{ configMapRef: { name: app-config } }]
          volumes:
            - name: config
              configMap:
                name: app-config
                items: [{ key: logo.png, path: logo.png }]
      `),
    },
    {
      name: 'the ConfigMap is in the context (another file of the repository)',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web, namespace: shop }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  envFrom: [{ configMapRef: { name: settings } }]
      `,
      context: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: settings, namespace: shop }
        data: { A: b }
      `,
    },
    {
      name: 'kube-root-ca.crt exists in every namespace, with ca.crt',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          containers: [{ name: web, image: nginx:1.27 }]
          volumes:
            - name: ca
              projected:
                sources:
                  - configMap: { name: kube-root-ca.crt, items: [{ key: ca.crt, path: ca.crt }] }
      `,
    },
    {
      name: 'a Secret of the same name does not satisfy a ConfigMap reference, but is not reported here either',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          containers:
            - name: web
              image: nginx:1.27
              envFrom: [{ secretRef: { name: nothing-here } }]
      `,
    },
  ],
  invalid: [
    {
      name: 'configMapKeyRef to a key that exists only in binaryData (the kubelet reads data only)',
      code: withConfigMap(yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          containers:
            - name: web
              image: nginx:1.27
              env:
                - name: LOGO
                  valueFrom: { configMapKeyRef: { name: app-config, key: logo.png } }
                - name: LOGO_OPTIONAL
                  valueFrom: { configMapKeyRef: { name: app-config, key: logo.png, optional: true } }
      `),
      errors: [
        {
          messageId: 'binaryKey',
          line: 18,
          column: 66,
          message: 'ConfigMap "app-config" has "logo.png" only in binaryData, which environment variables cannot read (data keys: LOG_LEVEL)',
        },
        { messageId: 'binaryKey', line: 20, column: 66, severity: 'info' },
      ],
    },
    {
      name: 'a missing ConfigMap in envFrom, with a did-you-mean',
      code: withConfigMap(yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          containers:
            - name: web
              image: nginx:1.27
              envFrom:
                - configMapRef:
                    name: app-confg
      `),
      errors: [
        {
          messageId: 'missing',
          line: 18,
          column: 19,
          severity: 'error',
          message: 'ConfigMap "app-confg" not found in namespace default (did you mean "app-config"?)',
          path: 'spec.containers[0].envFrom[0].configMapRef.name',
        },
      ],
    },
    {
      name: 'a missing key lists the existing keys',
      code: withConfigMap(yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          containers:
            - name: web
              image: nginx:1.27
              env:
                - name: LEVEL
                  valueFrom:
                    configMapKeyRef: { name: app-config, key: LEVEL }
      `),
      errors: [
        {
          messageId: 'missingKey',
          line: 19,
          column: 55,
          message: 'ConfigMap "app-config" has no key "LEVEL" (keys: LOG_LEVEL, logo.png)',
          path: 'spec.containers[0].env[0].valueFrom.configMapKeyRef.key',
        },
      ],
    },
    {
      name: 'optional references are info, for a missing object and for a missing volume item key',
      code: withConfigMap(yaml`
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
                  envFrom: [{ configMapRef: { name: extra, optional: true } }]
              volumes:
                - name: config
                  configMap:
                    name: app-config
                    optional: true
                    items:
                      - { key: missing.yaml, path: x }
      `),
      errors: [
        { messageId: 'missing', line: 20, column: 45, severity: 'info' },
        { messageId: 'missingKey', line: 27, column: 24, severity: 'info' },
      ],
    },
    {
      name: 'the name exists only in another namespace',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: settings, namespace: other }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report, namespace: jobs }
        spec:
          schedule: '0 * * * *'
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: Never
                  containers: [{ name: run, image: busybox:1.36 }]
                  volumes: [{ name: s, configMap: { name: settings } }]
      `,
      errors: [
        {
          messageId: 'missing',
          line: 16,
          column: 51,
          message: 'ConfigMap "settings" not found in namespace jobs (one exists in namespace other)',
        },
      ],
    },
    {
      name: 'kube-root-ca.crt has only ca.crt',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          containers: [{ name: web, image: nginx:1.27 }]
          volumes:
            - name: ca
              configMap: { name: kube-root-ca.crt, items: [{ key: ca.pem, path: ca.pem }] }
      `,
      errors: [{ messageId: 'missingKey', line: 8, column: 59, message: 'ConfigMap "kube-root-ca.crt" has no key "ca.pem" (keys: ca.crt)' }],
    },
  ],
});
