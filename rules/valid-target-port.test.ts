import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-target-port';

/**
 * A Deployment (lines 1-20) whose pods declare http/8080 and metrics/9090 (TCP), dns/53 (UDP), and a
 * sidecar init container with proxy/15001; then the separator (line 21). The Service starts on line 22.
 */
const deployment = yaml`
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
            image: envoy:1.30
            restartPolicy: Always
            ports: [{ name: proxy, containerPort: 15001 }]
        containers:
          - name: web
            image: nginx:1.27
            ports:
              - { name: http, containerPort: 8080 }
              - { name: metrics, containerPort: 9090 }
              - { name: dns, containerPort: 53, protocol: UDP }
`;
const withDeployment = (code: string) => `${deployment}---\n${code}`;

testRule(rule, {
  valid: [
    {
      name: 'named, numeric and defaulted target ports that the containers declare (TCP, UDP, sidecar)',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { app: web }
          ports:
            - { name: http, port: 80, targetPort: http }
            - { name: metrics, port: 9090 }
            - { name: alt, port: 8081, targetPort: 8080 }
            - { name: dns, port: 53, targetPort: dns, protocol: UDP }
            - { name: mesh, port: 15001, targetPort: proxy }
      `),
    },
    {
      name: 'a quoted port without targetPort is the schema finding only (the default targetPort is not a port name)',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { app: web }
          ports: [{ name: http, port: "80" }]
      `),
    },
    {
      name: 'a Service that selects nothing is left to valid-service-selector; ExternalName is skipped',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { app: nothing }
          ports: [{ port: 80, targetPort: http }]
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: ext }
        spec:
          type: ExternalName
          externalName: example.com
          ports: [{ port: 80, targetPort: http }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a named targetPort that no container declares, with a did-you-mean',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { app: web }
          ports:
            - name: http
              port: 80
              targetPort: htp
      `),
      errors: [
        {
          messageId: 'missingName',
          line: 30,
          column: 19,
          severity: 'error',
          message: 'targetPort "htp" is not the name of a TCP port of any selected container (named ports: http, metrics, proxy; did you mean "http"?)',
          path: 'spec.ports[0].targetPort',
        },
      ],
    },
    {
      name: 'a named targetPort whose container port has another protocol',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { app: web }
          ports: [{ name: dns, port: 53, targetPort: dns }]
      `),
      errors: [
        {
          messageId: 'protocolMismatch',
          line: 27,
          column: 46,
          message: 'targetPort "dns" names a UDP port of container "web", but the Service port is TCP',
        },
      ],
    },
    {
      name: 'a numeric targetPort, and a defaulted one, that no container declares are info',
      code: withDeployment(yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          selector: { app: web }
          ports:
            - { name: a, port: 80, targetPort: 8000 }
            - { name: b, port: 443 }
      `),
      errors: [
        { messageId: 'missingNumber', line: 28, column: 40, severity: 'info', message: 'no selected container declares port 8000/TCP (declared: 8080, 9090, 15001)' },
        { messageId: 'missingNumber', line: 29, column: 24, severity: 'info' },
      ],
    },
    {
      name: 'invalid port names are reported even when nothing is selected (a quoted number is a name)',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: web }
        spec:
          ports:
            - { name: a, port: 80, targetPort: "8080" }
            - { name: b, port: 81, targetPort: http_alt }
            - { name: c, port: 82, targetPort: metrics-endpoint }
      `,
      errors: [
        { messageId: 'invalidName', line: 6, column: 40, message: 'targetPort "8080" is not a valid port name: must contain at least one letter (a-z)' },
        { messageId: 'invalidName', line: 7, column: 40 },
        { messageId: 'invalidName', line: 8, column: 40, message: 'targetPort "metrics-endpoint" is not a valid port name: must be 1 to 15 characters long' },
      ],
    },
    {
      name: 'init containers that are not sidecars do not serve traffic',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p, labels: { app: p } }
        spec:
          initContainers:
            - { name: setup, image: busybox:1.36, ports: [{ name: web, containerPort: 80 }] }
          containers:
            - { name: main, image: busybox:1.36 }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: p }
        spec:
          selector: { app: p }
          ports: [{ port: 80, targetPort: web }]
      `,
      errors: [
        {
          messageId: 'missingName',
          line: 15,
          column: 35,
          message: 'targetPort "web" is not the name of a TCP port of any selected container (they declare no named ports)',
        },
      ],
    },
  ],
});
