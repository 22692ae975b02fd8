import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-probe-port';

testRule(rule, {
  valid: [
    {
      name: 'named and numbered ports the container declares',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              ports:
                - { name: http, containerPort: 8080 }
                - { containerPort: 9090 }
              livenessProbe: { httpGet: { path: /healthz, port: http } }
              readinessProbe: { tcpSocket: { port: 9090 } }
              startupProbe: { grpc: { port: 9090 } }
      `,
    },
    {
      name: 'exec probes have no port',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - { name: app, image: app:1, livenessProbe: { exec: { command: [ok] } } }
      `,
    },
    {
      name: 'a port declared by another container does not matter when the probe container declares it too',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - name: proxy
              image: proxy:1
              restartPolicy: Always
              ports: [{ name: admin, containerPort: 15000 }]
              readinessProbe: { httpGet: { path: /ready, port: admin } }
          containers:
            - { name: app, image: app:1 }
      `,
    },
  ],
  invalid: [
    {
      name: 'a misspelled named port',
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
                  ports:
                    - { name: http, containerPort: 8080 }
                  livenessProbe:
                    httpGet:
                      path: /healthz
                      port: htpp
      `,
      errors: [
        {
          messageId: 'namedPort',
          line: 17,
          column: 21,
          severity: 'error',
          message: 'liveness probe of container "web" uses port "htpp", which the container does not declare (did you mean "http"?)',
          path: 'spec.template.spec.containers[0].livenessProbe.httpGet.port',
        },
      ],
    },
    {
      name: 'a named port on a container without ports, and a port of another container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              readinessProbe:
                tcpSocket: { port: metrics }
            - name: exporter
              image: exporter:1
              ports: [{ name: metrics, containerPort: 9100 }]
      `,
      errors: [{ messageId: 'namedPort', line: 9, column: 28, message: 'readiness probe of container "app" uses port "metrics", which the container does not declare (it declares no ports)' }],
    },
    {
      name: 'an undeclared number is info',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              ports: [{ containerPort: 8080 }]
              startupProbe:
                httpGet: { path: /, port: 8081 }
      `,
      errors: [
        {
          messageId: 'numberedPort',
          line: 10,
          column: 35,
          severity: 'info',
          message: 'startup probe of container "app" uses port 8081, which the container does not declare (declared: 8080)',
        },
      ],
    },
  ],
});
