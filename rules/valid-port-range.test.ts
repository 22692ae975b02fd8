import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-port-range';

testRule(rule, {
  valid: [
    {
      name: 'ports at the bounds; hostPort and targetPort 0 mean unset; named probe ports are not numbers',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: c
              image: nginx:1.27
              ports:
                - { containerPort: 1, hostPort: 0 }
                - { containerPort: 65535, hostPort: 65535 }
              readinessProbe: { httpGet: { path: /, port: http } }
              livenessProbe: { tcpSocket: { port: 8080 } }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: s }
        spec:
          ports: [{ port: 65535, targetPort: 0 }]
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: np }
        spec:
          podSelector: {}
          ingress: [{ ports: [{ port: 32000, endPort: 32768 }, { port: http }] }]
      `,
    },
  ],
  invalid: [
    {
      name: 'container, host and probe ports out of range',
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
                  image: nginx:1.27
                  ports:
                    - containerPort: 80800
                      hostPort: -1
                  startupProbe:
                    grpc: { port: 0 }
                  lifecycle:
                    preStop: { httpGet: { port: 70000 } }
      `,
      errors: [
        {
          messageId: 'outOfRange',
          line: 13,
          column: 30,
          message: 'containerPort 80800 is out of range (1-65535)',
          path: 'spec.template.spec.containers[0].ports[0].containerPort',
        },
        { messageId: 'outOfRange', line: 14, column: 25, message: 'hostPort -1 is out of range (1-65535)' },
        { messageId: 'outOfRange', line: 16, column: 27, message: 'grpc.port 0 is out of range (1-65535)' },
        { messageId: 'outOfRange', line: 18, column: 41, message: 'httpGet.port 70000 is out of range (1-65535)' },
      ],
    },
    {
      name: 'Service port and targetPort',
      code: yaml`
        apiVersion: v1
        kind: Service
        metadata: { name: s }
        spec:
          ports:
            - { port: 0, targetPort: 8080 }
            - { port: 80, targetPort: 65536 }
      `,
      errors: [
        { messageId: 'outOfRange', line: 6, column: 15 },
        { messageId: 'outOfRange', line: 7, column: 31, message: 'targetPort 65536 is out of range (1-65535)' },
      ],
    },
    {
      name: 'Ingress backend ports (networking/v1 and the old servicePort)',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: { name: i }
        spec:
          defaultBackend: { service: { name: web, port: { number: 0 } } }
          rules:
            - http:
                paths:
                  - path: /
                    pathType: Prefix
                    backend: { service: { name: web, port: { number: 100000 } } }
        ---
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata: { name: old }
        spec:
          backend: { serviceName: web, servicePort: 99999 }
      `,
      errors: [
        { messageId: 'outOfRange', line: 5, column: 59, message: 'port.number 0 is out of range (1-65535)' },
        { messageId: 'outOfRange', line: 11, column: 62 },
        { messageId: 'outOfRange', line: 17, column: 45, message: 'servicePort 99999 is out of range (1-65535)' },
      ],
    },
    {
      name: 'NetworkPolicy port ranges',
      code: yaml`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: np }
        spec:
          podSelector: {}
          egress:
            - ports:
                - { port: 9000, endPort: 8000 }
                - { port: metrics, endPort: 9100 }
                - { port: 70000 }
      `,
      errors: [
        { messageId: 'endPortBelow', line: 8, column: 34, message: 'endPort 8000 is below port 9000' },
        { messageId: 'endPortNeedsNumber', line: 9, column: 37, message: 'endPort needs a numeric port, not "metrics"' },
        { messageId: 'outOfRange', line: 10, column: 19 },
      ],
    },
  ],
});
