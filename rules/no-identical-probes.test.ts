import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-identical-probes';

/** A Deployment whose one container (line 9) has the given probe block, indented under it. */
const withProbes = (probes: string) =>
  yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api }
    spec:
      selector: { matchLabels: { app: api } }
      template:
        metadata: { labels: { app: api } }
        spec:
          containers:
            - name: api
              image: api:2.1
              ports: [ { name: http, containerPort: 8080 }, { name: grpc, containerPort: 9090 } ]
  ` +
  probes
    .split('\n')
    .map((l) => `          ${l}\n`)
    .join('');

testRule(rule, {
  valid: [
    { name: 'different paths', code: withProbes('readinessProbe: { httpGet: { path: /ready, port: http } }\nlivenessProbe: { httpGet: { path: /livez, port: http } }') },
    { name: 'different ports', code: withProbes('readinessProbe: { tcpSocket: { port: 8080 } }\nlivenessProbe: { tcpSocket: { port: 9090 } }') },
    { name: 'different schemes', code: withProbes('readinessProbe: { httpGet: { port: 8080 } }\nlivenessProbe: { httpGet: { port: 8080, scheme: HTTPS } }') },
    { name: 'different handlers', code: withProbes('readinessProbe: { httpGet: { path: /ready, port: 8080 } }\nlivenessProbe: { tcpSocket: { port: 8080 } }') },
    { name: 'different commands', code: withProbes('readinessProbe: { exec: { command: [check, --ready] } }\nlivenessProbe: { exec: { command: [check] } }') },
    { name: 'only a readiness probe', code: withProbes('readinessProbe: { httpGet: { path: /ready, port: 8080 } }') },
    {
      name: 'a startup probe may repeat the liveness check',
      code: withProbes('startupProbe: { httpGet: { path: /livez, port: 8080 } }\nlivenessProbe: { httpGet: { path: /livez, port: 8080 } }\nreadinessProbe: { httpGet: { path: /ready, port: 8080 } }'),
    },
    { name: 'a probe with two handlers is not compared', code: withProbes('readinessProbe: { tcpSocket: { port: 8080 }, httpGet: { port: 8080 } }\nlivenessProbe: { tcpSocket: { port: 8080 } }') },
  ],
  invalid: [
    {
      name: 'the same path, the port once by name and once by number; timings do not matter',
      code: withProbes('readinessProbe:\n  httpGet: { path: /health, port: http }\nlivenessProbe:\n  httpGet: { path: /health, port: 8080 }\n  failureThreshold: 6'),
      errors: [{ messageId: 'identical', line: 15, column: 11, message: 'container "api" checks GET :8080/health for both liveness and readiness: whatever makes it unready also restarts it' }],
    },
    {
      name: 'httpGet with the default path and scheme written out on one side only',
      code: withProbes('livenessProbe: { httpGet: { port: "8080" } }\nreadinessProbe: { httpGet: { port: 8080, path: /, scheme: HTTP } }'),
      errors: [{ messageId: 'identical', line: 13, column: 11, message: 'container "api" checks GET :8080/ for both liveness and readiness: whatever makes it unready also restarts it' }],
    },
    {
      name: 'the same TCP port, the same command, the same gRPC service',
      code:
        withProbes('readinessProbe: { tcpSocket: { port: 8080 } }\nlivenessProbe: { tcpSocket: { port: http } }') +
        '---\n' +
        withProbes('readinessProbe: { exec: { command: [pg_isready, -q] } }\nlivenessProbe: { exec: { command: [pg_isready, -q] } }') +
        '---\n' +
        withProbes('readinessProbe: { grpc: { port: grpc } }\nlivenessProbe: { grpc: { port: 9090 } }'),
      errors: [
        { messageId: 'identical', line: 14, column: 11, message: 'container "api" checks TCP :8080 for both liveness and readiness: whatever makes it unready also restarts it' },
        { messageId: 'identical', line: 29, column: 11, message: 'container "api" checks exec pg_isready -q for both liveness and readiness: whatever makes it unready also restarts it' },
        { messageId: 'identical', line: 44, column: 11, message: 'container "api" checks gRPC :9090 for both liveness and readiness: whatever makes it unready also restarts it' },
      ],
    },
  ],
});
