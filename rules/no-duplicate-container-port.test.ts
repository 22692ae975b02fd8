import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-duplicate-container-port';

testRule(rule, {
  valid: [
    {
      name: 'distinct ports, and one number for TCP and UDP',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: dns }
        spec:
          containers:
            - name: dns
              image: coredns:1.11
              ports:
                - { name: dns, containerPort: 53, protocol: UDP }
                - { name: dns-tcp, containerPort: 53, protocol: TCP }
                - { name: metrics, containerPort: 9153 }
      `,
    },
    {
      name: 'one container port mapped to two host ports',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              ports:
                - { containerPort: 8080, hostPort: 80 }
                - { containerPort: 8080, hostPort: 8080 }
      `,
    },
    {
      name: 'two names for one port of a container are an alias (ingress-nginx TLS termination)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: controller
              image: controller:1
              ports:
                - { name: http, containerPort: 80 }
                - { name: https, containerPort: 80 }
      `,
    },
    {
      name: 'an init container that runs before the app may use its port',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - { name: warmup, image: w:1, ports: [{ name: http, containerPort: 8080 }] }
          containers:
            - { name: app, image: app:1, ports: [{ name: http, containerPort: 8080 }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'the same name twice in one container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              ports:
                - name: http
                  containerPort: 8080
                - name: http
                  containerPort: 8081
      `,
      errors: [
        {
          messageId: 'nameInContainer',
          line: 11,
          column: 17,
          severity: 'error',
          message: 'container "app" declares the port name "http" twice (ports[0] and ports[1])',
          path: 'spec.containers[0].ports[1].name',
        },
      ],
    },
    {
      name: 'the same port and the same name in two containers of a Deployment',
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
                - name: proxy
                  image: proxy:1
                  ports:
                    - { name: http, containerPort: 8080 }
      `,
      errors: [
        {
          messageId: 'nameInPod',
          line: 17,
          column: 23,
          severity: 'warning',
          message: 'port name "http" is declared by containers "web" and "proxy": a Service targetPort "http" resolves to the first',
        },
        {
          messageId: 'portInPod',
          line: 17,
          column: 44,
          severity: 'warning',
          message: 'port 8080/TCP is declared by containers "web" and "proxy": they share the pod network, so only one can listen on it',
        },
      ],
    },
    {
      name: 'a sidecar and an app container on one port; one port twice in a container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          initContainers:
            - name: mesh
              image: mesh:1
              restartPolicy: Always
              ports: [{ containerPort: 15001 }]
          containers:
            - name: app
              image: app:1
              ports:
                - { containerPort: 15001 }
                - { containerPort: 9090 }
                - { containerPort: 9090, name: metrics }
      `,
      errors: [
        { messageId: 'portInContainer', line: 16, column: 28, severity: 'warning', message: 'container "app" declares port 9090/TCP twice (ports[1] and ports[2])' },
        { messageId: 'portInPod', line: 9, column: 32, severity: 'warning', message: 'port 15001/TCP is declared by containers "app" and "mesh": they share the pod network, so only one can listen on it' },
      ],
    },
  ],
});
