import { describe, expect, it } from 'vitest';
import { lintWithRule, testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-secret-ref';

/** The Secret takes lines 1-7, the separator line 8; the object under test starts on line 9. */
const secret = yaml`
  apiVersion: v1
  kind: Secret
  metadata: { name: apikey }
  data:
    id: aWQ=
  stringData:
    key: s3cr3t-value
`;
const withSecret = (code: string) => `${secret}---\n${code}`;

testRule(rule, {
  valid: [
    {
      name: 'env, envFrom, volumes, imagePullSecrets and a CSI secret reference to existing Secrets and keys',
      code: withSecret(yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          imagePullSecrets: [{ name: apikey }]
          containers:
            - name: web
              image: nginx:1.27
              env:
                - name: KEY
                  valueFrom: { secretKeyRef: { name: apikey, key: key } }
              envFrom: [{ secretRef: { name: apikey } }]
          volumes:
            - name: s
              secret: { secretName: apikey, items: [{ key: id, path: id }] }
            - name: p
              projected:
                sources: [{ secret: { name: apikey, items: [{ key: key, path: k }] } }]
            - name: csi
              csi: { driver: secrets-store.csi.k8s.io, nodePublishSecretRef: { name: apikey } }
      `),
    },
    {
      name: 'a service-account-token Secret gets token, ca.crt and namespace from the token controller',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata:
          name: build-token
          annotations: { kubernetes.io/service-account.name: build }
        type: kubernetes.io/service-account-token
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: c
              image: busybox:1.36
              env: [{ name: T, valueFrom: { secretKeyRef: { name: build-token, key: token } } }]
      `,
    },
    {
      name: 'an Ingress TLS Secret that cert-manager creates (annotation), and one from a Certificate',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          annotations: { cert-manager.io/cluster-issuer: letsencrypt }
        spec:
          tls: [{ hosts: [example.com], secretName: web-tls }]
          defaultBackend: { service: { name: web, port: { number: 80 } } }
        ---
        apiVersion: cert-manager.io/v1
        kind: Certificate
        metadata: { name: api }
        spec:
          secretName: api-tls
          issuerRef: { name: letsencrypt, kind: ClusterIssuer }
          dnsNames: [api.example.com]
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: api }
        spec:
          tls: [{ hosts: [api.example.com], secretName: api-tls }]
          defaultBackend: { service: { name: api, port: { number: 80 } } }
      `,
    },
    {
      name: 'a SealedSecret and an ExternalSecret produce Secrets with known keys',
      code: yaml`
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata: { name: db }
        spec:
          encryptedData: { password: AgBy3i4OJSWK }
        ---
        apiVersion: external-secrets.io/v1beta1
        kind: ExternalSecret
        metadata: { name: api }
        spec:
          secretStoreRef: { name: vault, kind: ClusterSecretStore }
          target: { name: api-credentials }
          data: [{ secretKey: token, remoteRef: { key: api/token } }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: c
              image: busybox:1.36
              env:
                - { name: A, valueFrom: { secretKeyRef: { name: db, key: password } } }
                - { name: B, valueFrom: { secretKeyRef: { name: api-credentials, key: token } } }
      `,
    },
    {
      name: 'a TLS Secret with both keys',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: web-tls }
        type: kubernetes.io/tls
        data: { tls.crt: Y2VydA==, tls.key: a2V5 }
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          tls: [{ secretName: web-tls }]
          defaultBackend: { service: { name: web, port: { number: 80 } } }
      `,
    },
    {
      name: 'a Job that generates the Secret (kube-webhook-certgen --secret-name)',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: admission-create, namespace: ingress }
        spec:
          template:
            spec:
              restartPolicy: OnFailure
              containers:
                - name: create
                  image: registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.4.1
                  args: [create, --host=admission.ingress.svc, --namespace=$(POD_NAMESPACE), --secret-name=admission]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: controller, namespace: ingress }
        spec:
          containers: [{ name: c, image: nginx:1.27 }]
          volumes: [{ name: cert, secret: { secretName: admission } }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a missing key names the existing keys, never their values',
      code: withSecret(yaml`
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
                  env:
                    - name: SECRET_ID
                      valueFrom:
                        secretKeyRef: { name: apikey, key: token }
      `),
      errors: [
        {
          messageId: 'missingKey',
          line: 23,
          column: 52,
          message: 'Secret "apikey" has no key "token" (keys: id, key)',
          path: 'spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.key',
        },
      ],
    },
    {
      name: 'missing Secrets in imagePullSecrets, a secret volume and a ServiceAccount',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: web, namespace: shop }
        spec:
          imagePullSecrets:
            - name: regcred
          containers: [{ name: web, image: nginx:1.27 }]
          volumes:
            - name: s
              secret: { secretName: certs, optional: true }
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: build, namespace: shop }
        secrets: [{ name: build-token }]
      `,
      errors: [
        { messageId: 'missing', line: 10, column: 29, severity: 'info' },
        { messageId: 'missing', line: 6, column: 13, severity: 'error', message: 'Secret "regcred" not found in namespace shop' },
        { messageId: 'missing', line: 15, column: 19, severity: 'error' },
      ],
    },
    {
      name: 'an Ingress TLS Secret that is missing, and one without tls.key',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: half }
        data: { tls.crt: Y2VydA== }
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          tls:
            - { hosts: [a.example.com], secretName: a-tls }
            - { hosts: [b.example.com], secretName: half }
          defaultBackend: { service: { name: web, port: { number: 80 } } }
      `,
      errors: [
        { messageId: 'missing', line: 11, column: 45, message: 'Secret "a-tls" not found in namespace default' },
        { messageId: 'missingTlsKeys', line: 12, column: 45, message: 'Secret "half" used for TLS has no "tls.key" (keys: tls.crt)' },
      ],
    },
    {
      name: 'a TLS Secret of type kubernetes.io/tls without tls.key is reported at the Secret (valid-config-data), unless it is only context',
      code: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: half }
        type: kubernetes.io/tls
        data: { tls.crt: Y2VydA== }
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: web }
        spec:
          tls:
            - { hosts: [a.example.com], secretName: half }
            - { hosts: [b.example.com], secretName: live }
          defaultBackend: { service: { name: web, port: { number: 80 } } }
      `,
      context: yaml`
        apiVersion: v1
        kind: Secret
        metadata: { name: live }
        type: kubernetes.io/tls
        data: { tls.key: a2V5 }
      `,
      errors: [{ messageId: 'missingTlsKeys', line: 13, column: 45, message: 'Secret "live" used for TLS has no "tls.crt" (keys: tls.key)' }],
    },
    {
      name: 'a Job that merely mentions the name in an unrelated flag does not create it',
      code: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: { name: backup }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers: [{ name: b, image: busybox:1.36, args: [--target=db-creds] }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: c, image: nginx:1.27 }]
          volumes: [{ name: s, secret: { secretName: db-creds } }]
      `,
      errors: [{ messageId: 'missing', line: 15, column: 46 }],
    },
    {
      name: 'a SealedSecret without the key asked for',
      code: yaml`
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata: { name: db }
        spec:
          encryptedData: { password: AgBy3i4OJSWK }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: c
              image: busybox:1.36
              env: [{ name: U, valueFrom: { secretKeyRef: { name: db, key: username } } }]
      `,
      errors: [{ messageId: 'missingKey', line: 14, column: 68, message: 'Secret "db" has no key "username" (keys: password)' }],
    },
  ],
});

describe('valid-secret-ref related locations', () => {
  it('points at the Secret that lacks the key, listing key names only', () => {
    const [result] = lintWithRule(rule, {
      code: withSecret(yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: c
              image: busybox:1.36
              envFrom: [{ secretRef: { name: apikey } }]
              env: [{ name: T, valueFrom: { secretKeyRef: { name: apikey, key: token } } }]
      `),
    });
    expect(result!.finding.related).toEqual([
      {
        file: 'manifest.yaml',
        location: { line: 3, column: 19, endLine: 3, endColumn: 25 },
        message: 'Secret default/apikey (keys: id, key)',
      },
    ]);
    expect(JSON.stringify(result!.finding)).not.toContain('s3cr3t');
  });
});
